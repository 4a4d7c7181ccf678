// Builds ImGui's font atlas from the embedded CJK subset, at the pixel scale of the screen
// (devicePixelRatio on the web, the monitor's content scale natively) so text stays crisp.
#pragma once

namespace pe {

inline constexpr float kBaseFontPixels = 17.0f;
// The size the build bakes the atlas at (cmake/generated_assets.cmake): a screen at scale 1.
inline constexpr float kBakedFontPixels = kBaseFontPixels;

// Replaces the atlas fonts with the embedded font at `raster_pixels`: the atlas baked at build
// time (kBakedFontPixels) when that is the size, else rasterised now; returns false when the
// font could not be used (ImGui's default font is loaded instead: no Chinese).
bool load_ui_fonts(float raster_pixels);

// Whether the last load_ui_fonts used the baked atlas (nothing rasterised).
bool ui_fonts_baked();

}  // namespace pe
