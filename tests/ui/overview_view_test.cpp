// The overview window drawn for real, without a GPU: it lists every entity in both
// languages, a click on a row selects that entity, the filter narrows the list, and the
// language switch changes the UI strings.
#include <gtest/gtest.h>

#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

TEST(OverviewView, FirstFrameListsEntitiesInChineseAndEnglish) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const Entity& first = ui.session.dataset->entities[ui.session.dataset->index.events_by_time.front()];
    EXPECT_NE(find_recorded_item(first.name.zh), nullptr) << first.name.zh;
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 1000);
}

TEST(OverviewView, ClickingARowSelectsItsEntity) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const Entity& target = ui.session.dataset->entities[ui.session.dataset->index.events_by_time[1]];
    ASSERT_TRUE(ui.click(target.name.zh));
    EXPECT_EQ(ui.session.state.selected_id, target.id);
}

TEST(OverviewView, FilterNarrowsTheList) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const std::size_t all = ui.ui.overview.shown.size();
    ASSERT_EQ(all, ui.session.dataset->entities.size());
    ASSERT_TRUE(ui.click("##filter"));
    const Entity& target = ui.session.dataset->entities.back();
    ui.type(target.name.en.c_str());
    EXPECT_LT(ui.ui.overview.shown.size(), all);
    EXPECT_GE(ui.ui.overview.shown.size(), 1u);
    EXPECT_NE(find_recorded_item(target.name.zh), nullptr);
}

TEST(OverviewView, LanguageSwitchChangesTheStrings) {
    UiHarness ui(Language::En);
    ui.frame();
    ui.frame();
    const std::string zh_label = lookup(ui.session.strings, "menu.language.zh", Language::En);
    ASSERT_TRUE(ui.click(zh_label));
    EXPECT_EQ(ui.session.state.language, Language::Zh);
    ui.frame();
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "menu.language.zh", Language::Zh)), nullptr);
    EXPECT_EQ(ui.ui.overview.model.title, ui.session.dataset->title.zh);
}

}  // namespace
}  // namespace pe
