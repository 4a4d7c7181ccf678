#include "display/ui_scale.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(UiScale, StandardScreen) {
    const UiScale scale = compute_ui_scale(17.0f, 1.0f, 1.0f);
    EXPECT_EQ(scale.font_raster_pixels, 17.0f);
    EXPECT_EQ(scale.font_global_scale, 1.0f);
    EXPECT_EQ(scale.style_scale, 1.0f);
}

TEST(UiScale, WebCanvasInDevicePixelsAtRatioTwo) {
    // The page sizes the canvas in device pixels, so GLFW's window is in pixels too.
    const UiScale scale = compute_ui_scale(17.0f, 2.0f, 1.0f);
    EXPECT_EQ(scale.font_raster_pixels, 34.0f);
    EXPECT_EQ(scale.font_global_scale, 1.0f);
    EXPECT_EQ(scale.style_scale, 2.0f);
}

TEST(UiScale, LogicalWindowWithRetinaFramebuffer) {
    const UiScale scale = compute_ui_scale(17.0f, 2.0f, 2.0f);
    EXPECT_EQ(scale.font_raster_pixels, 34.0f);
    EXPECT_EQ(scale.font_global_scale, 0.5f);
    EXPECT_EQ(scale.style_scale, 1.0f);
}

TEST(UiScale, FractionalRatioRastersWholePixels) {
    const UiScale scale = compute_ui_scale(17.0f, 1.25f, 1.0f);
    EXPECT_EQ(scale.font_raster_pixels, 21.0f);  // 21.25 rounded
    EXPECT_EQ(scale.style_scale, 1.25f);
}

TEST(UiScale, NonsenseInputFallsBackToOne) {
    const UiScale scale = compute_ui_scale(17.0f, 0.0f, -3.0f);
    EXPECT_EQ(scale.font_raster_pixels, 17.0f);
    EXPECT_EQ(scale.style_scale, 1.0f);
}

}  // namespace
}  // namespace pe
