// The projection keeps distances true across Beijing (within 1% of the great-circle
// distance), its inverse returns the coordinates, and boxes grow as points are added.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "map/map_projection.h"

namespace pe {
namespace {

const GeoCoord kTiananmen{116.3975, 39.9087};
const GeoCoord kCapitalAirport{116.6031, 40.0799};

TEST(MapProjection, TiananmenToTheAirportIsWithinOnePercentOfTheGreatCircle) {
    const MapProjection projection = beijing_projection();
    const double sphere = great_circle_km(kTiananmen, kCapitalAirport);
    const double flat =
        map_distance_km(project(projection, kTiananmen), project(projection, kCapitalAirport));
    std::printf("Tiananmen -> Capital Airport: great circle %.3f km, projected %.3f km (%.3f%%)\n", sphere,
                flat, 100.0 * (flat - sphere) / sphere);
    EXPECT_NEAR(sphere, 26.0, 2.0);  // a sanity check of the haversine itself: ~26 km on any map
    EXPECT_LT(std::fabs(flat - sphere) / sphere, 0.01);
}

double relative_error(const MapProjection& projection, GeoCoord a, GeoCoord b) {
    const double sphere = great_circle_km(a, b);
    return std::fabs(map_distance_km(project(projection, a), project(projection, b)) - sphere) / sphere;
}

TEST(MapProjection, DistancesBetween39_4And40_6NorthStayWithinOnePercent) {
    const MapProjection projection = beijing_projection();
    // The urban districts, Daxing, Fangshan, Tongzhou, Shunyi, Changping and Yanqing's south.
    const GeoCoord places[] = {
        {115.70, 40.55}, {117.30, 40.55}, {115.70, 39.45}, {117.30, 39.45}, {116.40, 40.00}};
    double worst = 0.0;
    for (const GeoCoord a : places) {
        for (const GeoCoord b : places) {
            if (a.lon == b.lon && a.lat == b.lat) continue;
            worst = std::max(worst, relative_error(projection, a, b));
        }
    }
    std::printf("worst relative error between 39.45 and 40.55 N: %.3f%%\n", 100.0 * worst);
    EXPECT_LT(worst, 0.01);
}

TEST(MapProjection, AtBeijingsNorthernTipEastWestDistancesAreLongByUnderTwoPercent) {
    // Equirectangular at 39.9° N stretches east-west by cos(39.9°)/cos(φ): at Huairou's and
    // Miyun's northern edge (41.05° N) that is 1.7%, the most anywhere in the municipality.
    const MapProjection projection = beijing_projection();
    const double error = relative_error(projection, GeoCoord{116.5, 41.05}, GeoCoord{116.9, 41.05});
    std::printf("east-west error at 41.05 N: %.3f%%\n", 100.0 * error);
    EXPECT_GT(error, 0.01);
    EXPECT_LT(error, 0.02);
}

TEST(MapProjection, TwentyAndFiftyKilometresReadTrueAlongBothAxes) {
    const MapProjection projection = beijing_projection();
    const MapPoint origin = project(projection, kTiananmen);
    // 50 km east and 20 km north, measured on the sphere from the projected offsets.
    const GeoCoord east = unproject(projection, MapPoint{origin.x + 50.0, origin.y});
    const GeoCoord north = unproject(projection, MapPoint{origin.x, origin.y + 20.0});
    EXPECT_NEAR(great_circle_km(kTiananmen, east), 50.0, 0.5);
    EXPECT_NEAR(great_circle_km(kTiananmen, north), 20.0, 0.2);
}

TEST(MapProjection, TheInverseReturnsTheCoordinates) {
    const MapProjection projection = beijing_projection();
    for (const GeoCoord coord : {kTiananmen, kCapitalAirport, GeoCoord{115.5, 41.0}, GeoCoord{117.4, 39.4}}) {
        const GeoCoord back = unproject(projection, project(projection, coord));
        EXPECT_NEAR(back.lon, coord.lon, 1e-12);
        EXPECT_NEAR(back.lat, coord.lat, 1e-12);
    }
    const MapPoint centre = project(projection, projection.centre);
    EXPECT_EQ(centre.x, 0.0);
    EXPECT_EQ(centre.y, 0.0);
}

TEST(MapProjection, BeijingsConstantMatchesTheComputedProjection) {
    const MapProjection written = beijing_projection();
    const MapProjection computed = make_projection(written.centre);
    EXPECT_NEAR(written.km_per_deg_lon, computed.km_per_deg_lon, 1e-9);
    EXPECT_DOUBLE_EQ(written.km_per_deg_lat, computed.km_per_deg_lat);
    EXPECT_NEAR(written.km_per_deg_lat, 111.195, 0.001);  // a degree of latitude
    EXPECT_NEAR(written.km_per_deg_lon, 85.30, 0.01);     // a degree of longitude at 39.9° N
}

TEST(MapProjection, BoundsGrowWithEachPoint) {
    MapBounds box;
    EXPECT_TRUE(box.empty);
    extend(box, MapPoint{1.0, -2.0});
    EXPECT_FALSE(box.empty);
    EXPECT_EQ(box.min_x, 1.0);
    EXPECT_EQ(box.max_y, -2.0);
    extend(box, MapPoint{-3.0, 5.0});
    MapBounds other;
    extend(box, other);  // an empty box changes nothing
    EXPECT_EQ(box.min_x, -3.0);
    EXPECT_EQ(box.max_x, 1.0);
    EXPECT_EQ(box.min_y, -2.0);
    EXPECT_EQ(box.max_y, 5.0);
}

}  // namespace
}  // namespace pe
