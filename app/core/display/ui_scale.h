// How big to rasterise fonts and scale the style so text is crisp and the same physical
// size on every screen: the web (canvas in device pixels), X11 (window in pixels, content
// scale from DPI) and macOS/Wayland (logical window, framebuffer in pixels).
#pragma once

namespace pe {

struct UiScale {
    float font_raster_pixels = 17.0f;  // size the atlas glyphs are rasterised at
    float font_global_scale = 1.0f;    // ImGuiIO::FontGlobalScale
    float style_scale = 1.0f;          // ImGuiStyle::ScaleAllSizes
};

// content_scale: physical pixels per 96-dpi pixel (devicePixelRatio, glfwGetWindowContentScale).
// framebuffer_scale: framebuffer pixels per window coordinate (1 where the window is in pixels).
UiScale compute_ui_scale(float base_font_pixels, float content_scale, float framebuffer_scale);

}  // namespace pe
