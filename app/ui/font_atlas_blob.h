// A built ImGui font atlas of one font as compact bytes: its size and metrics, each glyph's box,
// advance and texture coordinates, where the atlas's own rectangles (white pixel, cursors, lines)
// sit, and the alpha pixels with runs of zeros folded. The build bakes it (app/tools/
// font_atlas_baker.cpp); start-up reads it back instead of rasterising the font (no stb_truetype).
#pragma once

#include <string>
#include <string_view>

struct ImFontAtlas;

namespace pe {

// `atlas` built (ImFontAtlas::Build) with exactly one font, as bytes; empty when it is not.
std::string save_font_atlas(const ImFontAtlas& atlas);

// The pixel size the saved atlas was rasterised at; 0 when `saved` is not a saved atlas.
float saved_font_atlas_pixels(std::string_view saved);

// Replaces everything in `atlas` with the saved atlas, built (pixels, glyphs, lookup tables).
// The atlas keeps a copy of `saved` as its font data and reads it again if rebuilt. False,
// with the atlas cleared, when the bytes are not a whole saved atlas.
bool load_font_atlas(ImFontAtlas& atlas, std::string_view saved);

}  // namespace pe
