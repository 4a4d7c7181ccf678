// The map camera: km to pixels and back, zoom keeps the point under the cursor, pan moves
// by pixels, fit shows a box whole, limits hold; the scale bar picks 1, 2, 5 × 10^k km.
#include <gtest/gtest.h>

#include "map/map_camera.h"

namespace pe {
namespace {

const MapViewport kViewport{100.0, 50.0, 800.0, 600.0};

TEST(MapCamera, ScreenAndMapRoundTripWithNorthUp) {
    const MapCamera camera{MapPoint{10.0, -5.0}, 4.0};
    const MapScreenPoint centre = map_to_screen(camera, kViewport, camera.centre);
    EXPECT_DOUBLE_EQ(centre.x, 500.0);
    EXPECT_DOUBLE_EQ(centre.y, 350.0);
    const MapScreenPoint north_east = map_to_screen(camera, kViewport, MapPoint{20.0, 5.0});
    EXPECT_DOUBLE_EQ(north_east.x, 540.0);  // 10 km east: 40 px right
    EXPECT_DOUBLE_EQ(north_east.y, 310.0);  // 10 km north: 40 px up
    const MapPoint back = screen_to_map(camera, kViewport, MapScreenPoint{123.0, 456.0});
    const MapScreenPoint again = map_to_screen(camera, kViewport, back);
    EXPECT_NEAR(again.x, 123.0, 1e-9);
    EXPECT_NEAR(again.y, 456.0, 1e-9);
}

TEST(MapCamera, ZoomKeepsThePointUnderTheCursor) {
    const MapCamera camera{MapPoint{0.0, 0.0}, 4.0};
    const MapScreenPoint cursor{250.0, 500.0};
    const MapPoint under = screen_to_map(camera, kViewport, cursor);
    const MapCamera zoomed = zoom_at(camera, kViewport, cursor, 2.0, MapCameraLimits{});
    EXPECT_DOUBLE_EQ(zoomed.px_per_km, 8.0);
    const MapPoint still = screen_to_map(zoomed, kViewport, cursor);
    EXPECT_NEAR(still.x, under.x, 1e-9);
    EXPECT_NEAR(still.y, under.y, 1e-9);
}

TEST(MapCamera, ZoomStopsAtTheLimitsAndIgnoresNonsense) {
    const MapCameraLimits limits{1.0, 10.0};
    const MapCamera camera{MapPoint{3.0, 4.0}, 8.0};
    EXPECT_DOUBLE_EQ(zoom_at(camera, kViewport, MapScreenPoint{500.0, 350.0}, 100.0, limits).px_per_km, 10.0);
    EXPECT_DOUBLE_EQ(zoom_at(camera, kViewport, MapScreenPoint{500.0, 350.0}, 0.001, limits).px_per_km, 1.0);
    const MapCamera same = zoom_at(camera, kViewport, MapScreenPoint{0.0, 0.0}, 0.0, limits);
    EXPECT_DOUBLE_EQ(same.px_per_km, 8.0);
    EXPECT_DOUBLE_EQ(same.centre.x, 3.0);
    EXPECT_DOUBLE_EQ(clamp_camera(MapCamera{MapPoint{}, -1.0}, limits).px_per_km, 1.0);
}

TEST(MapCamera, PanMovesTheContentWithTheDrag) {
    const MapCamera camera{MapPoint{0.0, 0.0}, 5.0};
    const MapPoint point{2.0, 3.0};
    const MapScreenPoint before = map_to_screen(camera, kViewport, point);
    const MapCamera moved = pan_by_pixels(camera, 30.0, -20.0);
    const MapScreenPoint after = map_to_screen(moved, kViewport, point);
    EXPECT_NEAR(after.x - before.x, 30.0, 1e-9);
    EXPECT_NEAR(after.y - before.y, -20.0, 1e-9);
}

TEST(MapCamera, FitShowsTheBoxWholeWithItsMargin) {
    MapBounds box;
    extend(box, MapPoint{-80.0, -60.0});
    extend(box, MapPoint{80.0, 100.0});  // 160 km wide, 160 km tall
    const MapCamera fitted = fit_bounds(MapCamera{}, box, kViewport, 20.0, MapCameraLimits{});
    EXPECT_DOUBLE_EQ(fitted.px_per_km, 560.0 / 160.0);  // the height limits: (600 - 40) / 160
    EXPECT_DOUBLE_EQ(fitted.centre.x, 0.0);
    EXPECT_DOUBLE_EQ(fitted.centre.y, 20.0);
    const MapScreenPoint top_left = map_to_screen(fitted, kViewport, MapPoint{box.min_x, box.max_y});
    EXPECT_NEAR(top_left.y, kViewport.top + 20.0, 1e-9);
    EXPECT_GE(top_left.x, kViewport.left + 20.0);

    MapBounds point;
    extend(point, MapPoint{5.0, 5.0});
    EXPECT_DOUBLE_EQ(fit_bounds(MapCamera{}, point, kViewport, 20.0, MapCameraLimits{1.0, 50.0}).px_per_km,
                     50.0);
    const MapCamera unchanged =
        fit_bounds(MapCamera{MapPoint{7.0, 8.0}, 3.0}, MapBounds{}, kViewport, 20.0, {});
    EXPECT_DOUBLE_EQ(unchanged.centre.x, 7.0);
    EXPECT_DOUBLE_EQ(unchanged.px_per_km, 3.0);
}

TEST(MapScaleBar, PicksTheLongestNiceLengthThatFits) {
    struct Case {
        double px_per_km, max_px, km;
        const char* label;
    };
    const Case cases[] = {
        {4.0, 120.0, 20.0, "20 km"},  // 20 km = 80 px; 50 km would be 200 px
        {4.0, 200.0, 50.0, "50 km"},  // exactly 200 px fits
        {4.0, 199.0, 20.0, "20 km"}, {1.0, 120.0, 100.0, "100 km"}, {30.0, 120.0, 2.0, "2 km"},
        {100.0, 120.0, 1.0, "1 km"}, {500.0, 120.0, 0.2, "200 m"},  {2000.0, 120.0, 0.05, "50 m"},
        {1e7, 120.0, 0.001, "1 m"},  // nothing fits: the shortest
    };
    for (const Case& c : cases) {
        const ScaleBar bar = choose_scale_bar(c.px_per_km, c.max_px);
        EXPECT_DOUBLE_EQ(bar.km, c.km) << c.px_per_km << " px/km, " << c.max_px << " px";
        EXPECT_DOUBLE_EQ(bar.px, c.km * c.px_per_km);
        EXPECT_EQ(scale_bar_label(bar.km), c.label);
    }
}

}  // namespace
}  // namespace pe
