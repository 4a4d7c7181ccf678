// The equirectangular projection at Beijing's latitude, its inverse, the haversine
// distance and bounding boxes (map_projection.h).
#include "map/map_projection.h"

#include <algorithm>
#include <cmath>

namespace pe {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kKmPerDegLat = kEarthRadiusKm * kPi / 180.0;
constexpr double kCosBeijing = 0.7671651518152997;  // cos(39.9°), written out: no libm call

double radians(double degrees) {
    return degrees * kPi / 180.0;
}

}  // namespace

MapProjection beijing_projection() {
    MapProjection projection;
    projection.centre = GeoCoord{116.40, 39.90};
    projection.km_per_deg_lon = kKmPerDegLat * kCosBeijing;
    projection.km_per_deg_lat = kKmPerDegLat;
    return projection;
}

MapProjection make_projection(GeoCoord centre) {
    MapProjection projection;
    projection.centre = centre;
    projection.km_per_deg_lon = kKmPerDegLat * std::cos(radians(centre.lat));
    projection.km_per_deg_lat = kKmPerDegLat;
    return projection;
}

MapPoint project(const MapProjection& projection, GeoCoord coord) {
    return MapPoint{(coord.lon - projection.centre.lon) * projection.km_per_deg_lon,
                    (coord.lat - projection.centre.lat) * projection.km_per_deg_lat};
}

GeoCoord unproject(const MapProjection& projection, MapPoint point) {
    return GeoCoord{projection.centre.lon + point.x / projection.km_per_deg_lon,
                    projection.centre.lat + point.y / projection.km_per_deg_lat};
}

double great_circle_km(GeoCoord a, GeoCoord b) {
    const double dlat = radians(b.lat - a.lat);
    const double dlon = radians(b.lon - a.lon);
    const double s_lat = std::sin(dlat / 2.0);
    const double s_lon = std::sin(dlon / 2.0);
    const double h = s_lat * s_lat + std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * s_lon * s_lon;
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double map_distance_km(MapPoint a, MapPoint b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    return std::sqrt(dx * dx + dy * dy);
}

void extend(MapBounds& bounds, MapPoint point) {
    if (bounds.empty) {
        bounds = MapBounds{false, point.x, point.y, point.x, point.y};
        return;
    }
    bounds.min_x = std::min(bounds.min_x, point.x);
    bounds.min_y = std::min(bounds.min_y, point.y);
    bounds.max_x = std::max(bounds.max_x, point.x);
    bounds.max_y = std::max(bounds.max_y, point.y);
}

void extend(MapBounds& bounds, const MapBounds& other) {
    if (other.empty) return;
    extend(bounds, MapPoint{other.min_x, other.min_y});
    extend(bounds, MapPoint{other.max_x, other.max_y});
}

}  // namespace pe
