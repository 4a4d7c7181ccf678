// Implements the UI font's atlas input (ui_font_source.h).
#include "ui_font_source.h"

#include <imgui.h>

#include <string_view>

#include "load/embedded_assets.h"

namespace pe {

ImFont* add_ui_font_source(ImFontAtlas& atlas, float raster_pixels) {
    atlas.TexDesiredWidth = 4096;  // WebGL guarantees at least this texture size

    // Glyph ranges come from the very text the subset was made from, so the atlas holds
    // exactly the characters the program can show. ImGui keeps a pointer: keep them alive.
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        const std::string_view chars = embedded_font_chars();
        builder.AddText(chars.data(), chars.data() + chars.size());
        builder.BuildRanges(&ranges);
    }

    const std::string_view font = embedded_font_otf();
    if (font.empty()) return nullptr;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static bytes in the binary
    config.OversampleH = 1;               // CJK glyphs are dense: 1x keeps the atlas small
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(const_cast<char*>(font.data()), static_cast<int>(font.size()),
                                      raster_pixels, &config, ranges.Data);
}

}  // namespace pe
