// The contrast maths against known WCAG 2 values, and both themes held to readable contrast:
// body text 7:1 (AAA), secondary and error text and every label drawn on a timeline fill 4.5:1
// (AA), lane colours and other non-text marks 3:1 against what they are drawn on.
#include "display/theme_palette.h"

#include <gtest/gtest.h>

#include <string>

namespace pe {
namespace {

constexpr Rgba kBlack{0.0f, 0.0f, 0.0f, 1.0f};
constexpr Rgba kWhite{1.0f, 1.0f, 1.0f, 1.0f};

std::string describe(Rgba c) {
    return "rgba(" + std::to_string(c.r * 255.0f) + ", " + std::to_string(c.g * 255.0f) + ", " +
           std::to_string(c.b * 255.0f) + ", " + std::to_string(c.a) + ")";
}

TEST(ContrastRatio, BlackOnWhiteIs21AndOrderDoesNotMatter) {
    EXPECT_DOUBLE_EQ(contrast_ratio(kBlack, kWhite), 21.0);
    EXPECT_DOUBLE_EQ(contrast_ratio(kWhite, kBlack), 21.0);
}

TEST(ContrastRatio, SameColourIsOne) {
    EXPECT_DOUBLE_EQ(contrast_ratio(kWhite, kWhite), 1.0);
    const Rgba grey{0.3f, 0.3f, 0.3f, 1.0f};
    EXPECT_DOUBLE_EQ(contrast_ratio(grey, grey), 1.0);
}

TEST(ContrastRatio, KnownPairs) {
    const Rgba grey77{0x77 / 255.0f, 0x77 / 255.0f, 0x77 / 255.0f, 1.0f};  // the classic "just fails AA"
    EXPECT_NEAR(contrast_ratio(grey77, kWhite), 4.478, 0.001);
    EXPECT_NEAR(contrast_ratio(Rgba{1.0f, 0.0f, 0.0f, 1.0f}, kWhite), 3.998, 0.001);
    EXPECT_NEAR(contrast_ratio(Rgba{0.0f, 0.0f, 1.0f, 1.0f}, kWhite), 8.592, 0.001);
}

TEST(ContrastRatio, TranslucentForegroundIsCompositedFirst) {
    // Black at half alpha over white is the grey (0.5, 0.5, 0.5).
    EXPECT_NEAR(contrast_ratio(Rgba{0.0f, 0.0f, 0.0f, 0.5f}, kWhite), 3.977, 0.001);
    EXPECT_DOUBLE_EQ(contrast_ratio(Rgba{0.0f, 0.0f, 0.0f, 0.0f}, kWhite), 1.0);
}

TEST(RelativeLuminance, Extremes) {
    EXPECT_DOUBLE_EQ(relative_luminance(kBlack), 0.0);
    EXPECT_NEAR(relative_luminance(kWhite), 1.0, 1e-12);
    EXPECT_NEAR(relative_luminance(Rgba{0.0f, 1.0f, 0.0f, 1.0f}), 0.7152, 1e-9);
}

TEST(Composite, SourceOverOnOpaqueStaysOpaque) {
    const Rgba mixed = composite(Rgba{1.0f, 0.0f, 0.0f, 0.25f}, Rgba{0.0f, 0.0f, 1.0f, 1.0f});
    EXPECT_FLOAT_EQ(mixed.r, 0.25f);
    EXPECT_FLOAT_EQ(mixed.g, 0.0f);
    EXPECT_FLOAT_EQ(mixed.b, 0.75f);
    EXPECT_FLOAT_EQ(mixed.a, 1.0f);
}

TEST(ThemeName, RoundTripsAndRejectsOthers) {
    for (const Theme theme : {Theme::Dark, Theme::Light}) {
        Theme parsed = theme == Theme::Dark ? Theme::Light : Theme::Dark;
        ASSERT_TRUE(parse_theme(theme_name(theme), parsed));
        EXPECT_EQ(parsed, theme);
    }
    EXPECT_EQ(theme_name(Theme::Dark), "dark");
    EXPECT_EQ(theme_name(Theme::Light), "light");
    Theme theme = Theme::Dark;
    EXPECT_TRUE(parse_theme("LIGHT", theme));
    EXPECT_EQ(theme, Theme::Light);
    EXPECT_FALSE(parse_theme("sepia", theme));
    EXPECT_FALSE(parse_theme("", theme));
    EXPECT_EQ(theme, Theme::Light);  // unchanged by a refused name
}

TEST(ThemePalette, DarkIsDarkAndLightIsLight) {
    EXPECT_LT(relative_luminance(theme_palette(Theme::Dark).window_bg), 0.05);
    EXPECT_GT(relative_luminance(theme_palette(Theme::Light).window_bg), 0.8);
}

TEST(ThemePalette, LaneInksRepeatAndMatchTheirPalette) {
    for (const Theme theme : {Theme::Dark, Theme::Light}) {
        const LaneInk& first = lane_ink(theme, 1);
        const LaneInk& again = lane_ink(theme, 1 + kLaneColourCount);
        EXPECT_EQ(&first, &again);
        const LaneInk fresh = compute_lane_ink(theme_palette(theme), 1);
        EXPECT_FLOAT_EQ(first.bar.r, fresh.bar.r);
        EXPECT_FLOAT_EQ(first.bar.a, 1.0f);
    }
}

class ThemeContrast : public ::testing::TestWithParam<Theme> {
  protected:
    const ThemePalette& palette() const { return theme_palette(GetParam()); }
};

TEST_P(ThemeContrast, BodyTextOnEverySurfaceIsAtLeast7) {
    const ThemePalette& p = palette();
    EXPECT_GE(contrast_ratio(p.text, p.window_bg), 7.0);
    EXPECT_GE(contrast_ratio(p.text, p.panel_bg), 7.0);
    EXPECT_GE(contrast_ratio(p.text, p.frame_bg), 7.0);
    EXPECT_GE(contrast_ratio(p.text, p.frame_hover), 7.0);
    EXPECT_GE(contrast_ratio(p.text, composite(p.selection, p.window_bg)), 7.0) << "selected row";
}

TEST_P(ThemeContrast, DimTextIsAtLeast4Point5) {
    const ThemePalette& p = palette();
    EXPECT_GE(contrast_ratio(p.text_dim, p.window_bg), 4.5);
    EXPECT_GE(contrast_ratio(p.text_dim, p.panel_bg), 4.5);
    EXPECT_GE(contrast_ratio(p.text_dim, p.frame_bg), 4.5) << "hint text in a field";
}

TEST_P(ThemeContrast, ErrorTextIsAtLeast4Point5) {
    const ThemePalette& p = palette();
    EXPECT_GE(contrast_ratio(p.error_text, p.window_bg), 4.5);
    EXPECT_GE(contrast_ratio(p.error_text, p.panel_bg), 4.5);
}

TEST_P(ThemeContrast, AccentMarksAreAtLeast3) {
    const ThemePalette& p = palette();
    EXPECT_GE(contrast_ratio(p.accent, p.frame_bg), 3.0) << "radio check mark";
    EXPECT_GE(contrast_ratio(p.accent, p.window_bg), 3.0);
    // Outlines of fields and radio buttons, against what is around and inside them.
    EXPECT_GE(contrast_ratio(p.control_border, p.window_bg), 3.0);
    EXPECT_GE(contrast_ratio(p.control_border, p.panel_bg), 3.0);
    EXPECT_GE(contrast_ratio(p.control_border, p.frame_bg), 3.0);
}

TEST_P(ThemeContrast, EveryLaneReads) {
    const ThemePalette& p = palette();
    for (std::size_t lane = 0; lane < kLaneColourCount; ++lane) {
        SCOPED_TRACE("lane " + std::to_string(lane) + " " + describe(p.lanes[lane]));
        const LaneInk& ink = lane_ink(GetParam(), lane);
        // Non-text graphics: points and outlines against the timeline and the window.
        EXPECT_GE(contrast_ratio(ink.line, ink.band), 3.0);
        EXPECT_GE(contrast_ratio(ink.line, p.window_bg), 3.0);
        EXPECT_GE(contrast_ratio(p.link, ink.band), 3.0) << "link arcs";
        // Labels beside points and bars, lane names, and the today marker's label.
        EXPECT_GE(contrast_ratio(p.text, ink.band), 7.0);
        EXPECT_GE(contrast_ratio(p.text, ink.name_bg), 7.0);
        EXPECT_GE(contrast_ratio(p.text_dim, ink.band), 4.5);
        EXPECT_GE(contrast_ratio(p.today, ink.band), 4.5);
        // Labels drawn on the fills.
        EXPECT_GE(contrast_ratio(ink.bar_label, ink.bar), 4.5) << describe(ink.bar);
        EXPECT_GE(contrast_ratio(ink.bar_approximate_label, ink.bar_approximate), 4.5)
            << describe(ink.bar_approximate);
        EXPECT_GE(contrast_ratio(ink.cluster_label, ink.cluster), 4.5) << describe(ink.cluster);
        EXPECT_GE(contrast_ratio(ink.cluster_selected_label, ink.cluster_selected), 4.5)
            << describe(ink.cluster_selected);
    }
}

TEST_P(ThemeContrast, TodayMarkerReadsOnTheWindow) {
    EXPECT_GE(contrast_ratio(palette().today, palette().window_bg), 4.5);
}

std::string theme_test_name(const ::testing::TestParamInfo<Theme>& param) {
    return std::string(theme_name(param.param));
}

INSTANTIATE_TEST_SUITE_P(BothThemes, ThemeContrast, ::testing::Values(Theme::Dark, Theme::Light),
                         theme_test_name);

}  // namespace
}  // namespace pe
