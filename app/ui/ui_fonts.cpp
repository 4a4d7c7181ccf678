// Implements the font atlas set-up (ui_fonts.h): the atlas baked at build time when the screen
// wants its size, else the embedded font rasterised now, else ImGui's default font.
#include "ui_fonts.h"

#include <imgui.h>

#include <string_view>

#include "font_atlas_blob.h"
#include "load/embedded_assets.h"
#include "ui_font_source.h"

namespace pe {

namespace {
bool g_baked = false;  // what the last load_ui_fonts used
}  // namespace

bool load_ui_fonts(float raster_pixels) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const std::string_view baked = embedded_font_atlas();
    g_baked = saved_font_atlas_pixels(baked) == raster_pixels && load_font_atlas(atlas, baked);
    if (g_baked) return true;

    atlas.Clear();
    atlas.FontBuilderIO = nullptr;  // ImGui's own builder (stb_truetype)
    const ImFont* loaded = add_ui_font_source(atlas, raster_pixels);
    if (loaded == nullptr || !atlas.Build()) {
        atlas.Clear();
        ImFontConfig fallback;
        fallback.SizePixels = raster_pixels;
        atlas.AddFontDefault(&fallback);
        atlas.Build();
        return false;
    }
    return true;
}

bool ui_fonts_baked() {
    return g_baked;
}

}  // namespace pe
