// The saved font atlas (font_atlas_blob.h) and the baked one the build embeds: read back, an
// atlas is the one ImGui's own build makes (pixels, glyphs, metrics, the white pixel and line
// coordinates), so start-up can skip rasterising; broken bytes are refused.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cstring>
#include <string>

#include "font_atlas_blob.h"
#include "load/embedded_assets.h"
#include "ui_font_source.h"
#include "ui_fonts.h"

namespace pe {
namespace {

// Builds the UI font at `pixels` with ImGui's own builder (stb_truetype).
void build_rasterised(ImFontAtlas& atlas, float pixels) {
    ASSERT_NE(add_ui_font_source(atlas, pixels), nullptr);
    ASSERT_TRUE(atlas.Build());
}

void expect_same_atlas(const ImFontAtlas& expected, const ImFontAtlas& actual) {
    ASSERT_EQ(expected.TexWidth, actual.TexWidth);
    ASSERT_EQ(expected.TexHeight, actual.TexHeight);
    const auto count =
        static_cast<std::size_t>(expected.TexWidth) * static_cast<std::size_t>(expected.TexHeight);
    EXPECT_EQ(std::memcmp(expected.TexPixelsAlpha8, actual.TexPixelsAlpha8, count), 0) << "pixels differ";
    EXPECT_EQ(expected.TexUvWhitePixel.x, actual.TexUvWhitePixel.x);
    EXPECT_EQ(expected.TexUvWhitePixel.y, actual.TexUvWhitePixel.y);
    for (int i = 0; i < IM_ARRAYSIZE(expected.TexUvLines); ++i) {
        EXPECT_EQ(expected.TexUvLines[i].x, actual.TexUvLines[i].x) << "line " << i;
        EXPECT_EQ(expected.TexUvLines[i].w, actual.TexUvLines[i].w) << "line " << i;
    }
    ASSERT_EQ(actual.Fonts.Size, 1);
    const ImFont& a = *expected.Fonts[0];
    const ImFont& b = *actual.Fonts[0];
    EXPECT_EQ(a.FontSize, b.FontSize);
    EXPECT_EQ(a.Ascent, b.Ascent);
    EXPECT_EQ(a.Descent, b.Descent);
    EXPECT_EQ(a.FallbackChar, b.FallbackChar);
    EXPECT_EQ(a.EllipsisChar, b.EllipsisChar);
    ASSERT_EQ(a.Glyphs.Size, b.Glyphs.Size);
    for (int i = 0; i < a.Glyphs.Size; ++i) {
        const ImFontGlyph& x = a.Glyphs[i];
        const ImFontGlyph& y = b.Glyphs[i];
        ASSERT_EQ(x.Codepoint, y.Codepoint);
        EXPECT_TRUE(x.X0 == y.X0 && x.Y0 == y.Y0 && x.X1 == y.X1 && x.Y1 == y.Y1 && x.U0 == y.U0 &&
                    x.V0 == y.V0 && x.U1 == y.U1 && x.V1 == y.V1 && x.AdvanceX == y.AdvanceX &&
                    x.Visible == y.Visible)
            << "glyph U+" << std::hex << x.Codepoint;
    }
    // Text measures the same through the lookup tables the load rebuilt.
    const char* text = "Policy Explorer 政策浏览器";
    EXPECT_EQ(a.CalcTextSizeA(a.FontSize, 1e9f, 0.0f, text).x,
              b.CalcTextSizeA(b.FontSize, 1e9f, 0.0f, text).x);
}

TEST(FontAtlasBlob, ReadsBackTheAtlasImGuiBuilt) {
    ImFontAtlas built;
    build_rasterised(built, 23.0f);
    const std::string saved = save_font_atlas(built);
    ASSERT_FALSE(saved.empty());
    EXPECT_EQ(saved_font_atlas_pixels(saved), 23.0f);
    // Runs of zeros are folded: far smaller than the texture.
    EXPECT_LT(saved.size(),
              static_cast<std::size_t>(built.TexWidth) * static_cast<std::size_t>(built.TexHeight) / 2);

    ImFontAtlas loaded;
    ASSERT_TRUE(load_font_atlas(loaded, saved));
    expect_same_atlas(built, loaded);
}

TEST(FontAtlasBlob, RefusesBrokenBytes) {
    ImFontAtlas built;
    build_rasterised(built, 17.0f);
    const std::string saved = save_font_atlas(built);
    ImFontAtlas atlas;
    EXPECT_FALSE(load_font_atlas(atlas, saved.substr(0, saved.size() - 1)));  // cut short
    EXPECT_EQ(atlas.Fonts.Size, 0);
    EXPECT_FALSE(load_font_atlas(atlas, saved + "x"));  // trailing bytes
    std::string wrong_magic = saved;
    wrong_magic[0] = 'X';
    EXPECT_FALSE(load_font_atlas(atlas, wrong_magic));
    EXPECT_EQ(saved_font_atlas_pixels("PEFA"), 0.0f);
    EXPECT_EQ(save_font_atlas(ImFontAtlas()), "");  // nothing built
}

TEST(FontAtlasBlob, BakedAtlasIsTheOneStartUpWouldRasterise) {
    ASSERT_EQ(saved_font_atlas_pixels(embedded_font_atlas()), kBakedFontPixels);
    ImFontAtlas rasterised;
    build_rasterised(rasterised, kBakedFontPixels);
    ImFontAtlas baked;
    ASSERT_TRUE(load_font_atlas(baked, embedded_font_atlas()));
    expect_same_atlas(rasterised, baked);
}

TEST(FontAtlasBlob, StartUpUsesTheBakedAtlasOnlyAtItsSize) {
    ImGui::CreateContext();
    ASSERT_TRUE(load_ui_fonts(kBakedFontPixels));
    EXPECT_TRUE(ui_fonts_baked());
    EXPECT_EQ(ImGui::GetIO().Fonts->Fonts[0]->FontSize, kBakedFontPixels);
    ASSERT_TRUE(load_ui_fonts(2 * kBakedFontPixels));  // a 2x screen: rasterised at its size
    EXPECT_FALSE(ui_fonts_baked());
    EXPECT_EQ(ImGui::GetIO().Fonts->Fonts[0]->FontSize, 2 * kBakedFontPixels);
    ImGui::DestroyContext();
}

}  // namespace
}  // namespace pe
