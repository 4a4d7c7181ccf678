// The network camera: zoom keeps the point under the cursor, pan moves by pixels, fit shows
// the bounds whole, scales stay in their limits.
#include <gtest/gtest.h>

#include "network/network_camera.h"

namespace pe {
namespace {

const NetworkViewport kView{10.0, 20.0, 800.0, 600.0};

TEST(NetworkCamera, WorldAndScreenAreInverse) {
    const NetworkCamera cam{100.0, -50.0, 2.5};
    const ScreenPoint s = world_to_screen(cam, kView, 130.0, -40.0);
    EXPECT_DOUBLE_EQ(s.x, 10.0 + 400.0 + 75.0);
    EXPECT_DOUBLE_EQ(s.y, 20.0 + 300.0 + 25.0);
    const ScreenPoint w = screen_to_world(cam, kView, s.x, s.y);
    EXPECT_NEAR(w.x, 130.0, 1e-9);
    EXPECT_NEAR(w.y, -40.0, 1e-9);
    const ScreenPoint centre = world_to_screen(cam, kView, 100.0, -50.0);
    EXPECT_DOUBLE_EQ(centre.x, 410.0);
    EXPECT_DOUBLE_EQ(centre.y, 320.0);
}

TEST(NetworkCamera, ZoomKeepsThePointUnderTheCursor) {
    const NetworkCamera cam{0.0, 0.0, 1.0};
    for (const double factor : {1.25, 0.8, 7.0, 1e6, 1e-6}) {
        const ScreenPoint before = screen_to_world(cam, kView, 123.0, 456.0);
        const NetworkCamera z = zoom_at(cam, kView, 123.0, 456.0, factor);
        const ScreenPoint after = world_to_screen(z, kView, before.x, before.y);
        EXPECT_NEAR(after.x, 123.0, 1e-6) << factor;
        EXPECT_NEAR(after.y, 456.0, 1e-6) << factor;
        EXPECT_GE(z.scale, CameraLimits{}.min_scale);
        EXPECT_LE(z.scale, CameraLimits{}.max_scale);
    }
    EXPECT_DOUBLE_EQ(zoom_at(cam, kView, 0.0, 0.0, 2.0).scale, 2.0);
    EXPECT_DOUBLE_EQ(zoom_at(cam, kView, 0.0, 0.0, 1e9).scale, CameraLimits{}.max_scale);
}

TEST(NetworkCamera, PanMovesTheContentWithTheDrag) {
    const NetworkCamera cam{5.0, 5.0, 2.0};
    const ScreenPoint before = world_to_screen(cam, kView, 40.0, 60.0);
    const ScreenPoint after = world_to_screen(pan_by_pixels(cam, 30.0, -12.0), kView, 40.0, 60.0);
    EXPECT_NEAR(after.x - before.x, 30.0, 1e-9);
    EXPECT_NEAR(after.y - before.y, -12.0, 1e-9);
}

TEST(NetworkCamera, FitShowsTheBoundsWholeWithTheMargin) {
    const NetworkBounds b{-500.0, 100.0, 1500.0, 400.0};
    const NetworkCamera cam = fit_bounds(b, kView, 20.0);
    const ScreenPoint a = world_to_screen(cam, kView, b.min_x, b.min_y);
    const ScreenPoint z = world_to_screen(cam, kView, b.max_x, b.max_y);
    EXPECT_GE(a.x, kView.left + 20.0 - 1e-9);
    EXPECT_GE(a.y, kView.top + 20.0 - 1e-9);
    EXPECT_LE(z.x, kView.left + kView.width - 20.0 + 1e-9);
    EXPECT_LE(z.y, kView.top + kView.height - 20.0 + 1e-9);
    // The binding side (width here) is used to the margin.
    EXPECT_NEAR(z.x - a.x, kView.width - 40.0, 1e-9);
    const NetworkBounds visible = visible_world(cam, kView);
    EXPECT_LE(visible.min_x, b.min_x);
    EXPECT_GE(visible.max_y, b.max_y);
    // A single point is centred at a finite scale.
    const NetworkCamera point = fit_bounds(NetworkBounds{3.0, 4.0, 3.0, 4.0}, kView, 20.0);
    EXPECT_DOUBLE_EQ(point.centre_x, 3.0);
    EXPECT_DOUBLE_EQ(point.centre_y, 4.0);
    EXPECT_GT(point.scale, 0.0);
}

}  // namespace
}  // namespace pe
