// Implements the font atlas set-up (ui_fonts.h).
#include "ui_fonts.h"

#include <imgui.h>

#include "load/embedded_assets.h"

namespace pe {

bool load_ui_fonts(float raster_pixels) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->TexDesiredWidth = 4096;  // WebGL guarantees at least this texture size

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
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static bytes in the binary
    config.OversampleH = 1;               // CJK glyphs are dense: 1x keeps the atlas small
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* loaded = nullptr;
    if (!font.empty()) {
        loaded = io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(font.data()), static_cast<int>(font.size()),
                                                raster_pixels, &config, ranges.Data);
    }
    if (loaded == nullptr || !io.Fonts->Build()) {
        io.Fonts->Clear();
        ImFontConfig fallback;
        fallback.SizePixels = raster_pixels;
        io.Fonts->AddFontDefault(&fallback);
        io.Fonts->Build();
        return false;
    }
    return true;
}

}  // namespace pe
