// The theme switch in the menu bar, clicked as a person would: the window background and the
// timeline's lane colours follow the chosen palette (theme_palette.h), and switching back works.
#include <gtest/gtest.h>

#include "ui_harness.h"
#include "ui_theme.h"

namespace pe {
namespace {

using testing::UiHarness;

// Whether any vertex drawn this frame has exactly this colour.
bool drew_colour(ImU32 colour) {
    const ImDrawData* data = ImGui::GetDrawData();
    for (int list = 0; list < data->CmdListsCount; ++list) {
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer) {
            if (vertex.col == colour) return true;
        }
    }
    return false;
}

ImU32 window_bg_in_style() {
    return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
}

TEST(ThemeSwitch, StartsDark) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.session.state.theme, Theme::Dark);
    EXPECT_EQ(window_bg_in_style(), to_imu32(theme_palette(Theme::Dark).window_bg));
    EXPECT_TRUE(drew_colour(to_imu32(theme_palette(Theme::Dark).window_bg)));
    EXPECT_TRUE(drew_colour(to_imu32(lane_ink(Theme::Dark, 0).band)));
}

TEST(ThemeSwitch, ClickingLightSwitchesTheWindowAndTheTimeline) {
    UiHarness ui(Language::En);
    ui.frame();
    ui.frame();
    const std::string light = lookup(ui.session.strings, "menu.theme.light", Language::En);
    ASSERT_TRUE(ui.click(light));
    EXPECT_EQ(ui.session.state.theme, Theme::Light);
    ui.frame();
    const ThemePalette& palette = theme_palette(Theme::Light);
    EXPECT_EQ(window_bg_in_style(), to_imu32(palette.window_bg));
    EXPECT_EQ(current_ui_theme(), Theme::Light);
    // What was drawn, not only the style: the main window's background and the lanes.
    EXPECT_TRUE(drew_colour(to_imu32(palette.window_bg)));
    EXPECT_TRUE(drew_colour(to_imu32(lane_ink(Theme::Light, 0).band)));
    EXPECT_FALSE(drew_colour(to_imu32(lane_ink(Theme::Dark, 0).band)));
    EXPECT_EQ(ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_Text]),
              to_imu32(palette.text));

    const std::string dark = lookup(ui.session.strings, "menu.theme.dark", Language::En);
    ASSERT_TRUE(ui.click(dark));
    EXPECT_EQ(ui.session.state.theme, Theme::Dark);
    ui.frame();
    EXPECT_EQ(window_bg_in_style(), to_imu32(theme_palette(Theme::Dark).window_bg));
}

TEST(ThemeSwitch, LabelsFollowTheLanguage) {
    UiHarness ui(Language::Zh);
    ui.frame();
    ui.frame();
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "menu.theme.light", Language::Zh)), nullptr);
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "menu.theme.dark", Language::Zh)), nullptr);
}

TEST(ThemeSwitch, RescaleKeepsTheChosenTheme) {
    UiHarness ui;
    ui.session.state.theme = Theme::Light;
    ui.frame();
    configure_ui(2.0f, 1.0f);  // the screen's pixel ratio changed
    EXPECT_EQ(current_ui_theme(), Theme::Light);
    EXPECT_EQ(window_bg_in_style(), to_imu32(theme_palette(Theme::Light).window_bg));
}

}  // namespace
}  // namespace pe
