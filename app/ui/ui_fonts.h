// Builds ImGui's font atlas from the embedded CJK subset, at the pixel scale of the screen
// (devicePixelRatio on the web, the monitor's content scale natively) so text stays crisp.
#pragma once

namespace pe {

inline constexpr float kBaseFontPixels = 17.0f;

// Replaces the atlas fonts with the embedded font rasterised at `raster_pixels`; returns
// false when it could not be used (ImGui's default font is loaded instead: no Chinese).
bool load_ui_fonts(float raster_pixels);

}  // namespace pe
