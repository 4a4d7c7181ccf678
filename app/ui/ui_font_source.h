// The UI font as ImGui's atlas input: the embedded CJK subset with exactly the glyphs the
// program can show, and the rasterising options. Shared by the start-up path (ui_fonts) and
// the build-time atlas baker (app/tools/font_atlas_baker.cpp), so both build the same atlas.
#pragma once

struct ImFontAtlas;
struct ImFont;

namespace pe {

// Adds the embedded font at `raster_pixels` to `atlas` (not built yet); null when the
// embedded font is missing.
ImFont* add_ui_font_source(ImFontAtlas& atlas, float raster_pixels);

}  // namespace pe
