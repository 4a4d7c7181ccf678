// The layout kept in ImGui's settings text (layout_persistence.h): the splitters and the
// theme written by one run are read back by the next, next to ImGui's own table settings,
// and a damaged section changes nothing.
#include "layout_persistence.h"

#include <gtest/gtest.h>

#include <string>

#include "ui_harness.h"
#include "ui_theme.h"

namespace pe {
namespace {

using testing::UiHarness;

std::string saved_text(float timeline_share, float details_share, Theme theme) {
    UiHarness ui;
    register_layout_settings(ui.ui, ui.session);
    ui.frame();
    ui.frame();
    // Sort by name: click the header above the first row's name (headers record no label).
    const Entity& first = ui.session.dataset->entities[ui.ui.models.table_rows.front()];
    const RecordedItem* row = find_recorded_item(first.name.en);
    EXPECT_NE(row, nullptr);
    if (row != nullptr) {
        const float height = row->max.y - row->min.y;
        ui.click_at(ImVec2(row->min.x + 20.0f, row->min.y - height * 0.5f - 2.0f));
    }
    ui.ui.timeline_share = timeline_share;
    ui.ui.details_share = details_share;
    ui.session.state.theme = theme;
    ui.frame();
    return ImGui::SaveIniSettingsToMemory();
}

TEST(LayoutPersistence, TheNextRunGetsTheLayoutBack) {
    const std::string text = saved_text(0.3f, 0.6f, Theme::Light);
    EXPECT_NE(
        text.find("[PolicyExplorer][Layout]\ntimeline_share=0.3000\ndetails_share=0.6000\ntheme=light\n"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("[Table]"), std::string::npos) << "the entity table's columns are kept too";

    UiHarness next;
    register_layout_settings(next.ui, next.session);
    ImGui::LoadIniSettingsFromMemory(text.c_str(), text.size());
    next.frame();
    EXPECT_FLOAT_EQ(next.ui.timeline_share, 0.3f);
    EXPECT_FLOAT_EQ(next.ui.details_share, 0.6f);
    EXPECT_EQ(next.session.state.theme, Theme::Light);
    EXPECT_EQ(current_ui_theme(), Theme::Light);
    next.frame();
    EXPECT_TRUE(next.ui.table_order.by_column) << "the table's sort came back";
    EXPECT_EQ(next.ui.table_order.sort.column, TableColumn::Name);
}

TEST(LayoutPersistence, ADamagedSectionChangesNothing) {
    UiHarness ui;
    register_layout_settings(ui.ui, ui.session);
    const std::string text = "[PolicyExplorer][Layout]\ntimeline_share=7\ntheme=mauve\ngarbage\n";
    ImGui::LoadIniSettingsFromMemory(text.c_str(), text.size());
    ui.frame();
    EXPECT_FLOAT_EQ(ui.ui.timeline_share, AppUi{}.timeline_share);
    EXPECT_EQ(ui.session.state.theme, Theme::Dark);
}

}  // namespace
}  // namespace pe
