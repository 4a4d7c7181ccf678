// The lower half of the window drawn for real, without a GPU: the entity table lists every
// entity, a click on a row selects it and the details panel and the timeline agree; typing
// a query narrows the table (pinyin initials included); a type filter narrows the table and
// the timeline together; links in the details select their entity and back/forward walk
// the history; the language switch changes the strings.
#include <gtest/gtest.h>

#include <algorithm>

#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

const Entity& entity_named(const UiHarness& ui, const char* zh) {
    const auto& entities = ui.session.dataset->entities;
    const auto it =
        std::find_if(entities.begin(), entities.end(), [&](const Entity& e) { return e.name.zh == zh; });
    EXPECT_NE(it, entities.end()) << zh;
    return *it;
}

TEST(EntityTable, FirstFrameListsEntitiesByDate) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.ui.models.table_rows.size(), ui.session.dataset->entities.size());
    const Entity& first = ui.session.dataset->entities[ui.ui.models.table_rows.front()];
    EXPECT_NE(find_recorded_item(first.name.en), nullptr) << first.name.en;
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 1000);
}

TEST(EntityTable, ClickingARowSelectsItAndTheDetailsAndTimelineAgree) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const Entity& target = ui.session.dataset->entities[ui.ui.models.table_rows[1]];
    ASSERT_TRUE(ui.click(target.name.en));
    EXPECT_EQ(ui.session.state.selected_id, target.id);
    ui.frame();
    EXPECT_EQ(ui.ui.details.details.id, target.id);
    EXPECT_EQ(ui.ui.details.details.name, target.name.en);
    // The timeline drew the selection: its frame knows the selected entity.
    EXPECT_EQ(ui.ui.timeline.frame.links.selected, ui.session.dataset->index.entity_by_id.at(target.id));
}

TEST(EntityTable, TypingAQueryNarrowsTheTable) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    ASSERT_TRUE(ui.click("##search"));
    ui.type("ammts");
    ui.frame();
    const Entity& product = entity_named(ui, "艾米迈托赛注射液");
    ASSERT_FALSE(ui.ui.models.table_rows.empty());
    EXPECT_LT(ui.ui.models.table_rows.size(), ui.session.dataset->entities.size());
    EXPECT_EQ(ui.session.dataset->entities[ui.ui.models.table_rows.front()].id, product.id);
    EXPECT_NE(find_recorded_item(product.name.en), nullptr);
}

TEST(EntityTable, ATypeFilterNarrowsTableAndTimelineTogether) {
    UiHarness ui;
    ui.frame();
    ui.session.state.filter.types = {"regulation"};
    ui.frame();
    ui.frame();
    ASSERT_FALSE(ui.ui.models.table_rows.empty());
    for (const std::uint32_t e : ui.ui.models.table_rows)
        EXPECT_EQ(ui.session.dataset->entities[e].type, "regulation");
    ASSERT_TRUE(ui.ui.timeline.filtering);
    const TimelineIndex& shown = active_index(ui.ui.timeline);
    EXPECT_LT(shown.item_count, ui.ui.timeline.full.item_count);
    EXPECT_GT(shown.item_count, 0u);
    for (const TimelineLaneIndex& lane : shown.lanes) {
        for (const TimelineItem& item : lane.items) {
            EXPECT_EQ(ui.session.dataset->entities[item.entity].type, "regulation");
        }
    }
    ASSERT_TRUE(ui.click(lookup(ui.session.strings, "filter.clear", Language::En)));
    EXPECT_FALSE(ui.ui.timeline.filtering);
    EXPECT_EQ(ui.ui.models.table_rows.size(), ui.session.dataset->entities.size());
}

TEST(DetailsPanel, LinksSelectTheirEntityAndBackForwardWalkTheHistory) {
    UiHarness ui;
    ui.frame();
    const Entity& product = entity_named(ui, "艾米迈托赛注射液");
    select_entity(ui.session.state, *ui.session.dataset, product.id);
    ui.frame();
    ui.frame();
    ASSERT_FALSE(ui.ui.details.details.links.empty());
    const DetailsLinkItem target = ui.ui.details.details.links.front().items.front();
    const std::string label = target.name + "  ·  " + target.type_label;
    // The links are below the summary and the sources: scroll the panel down to them.
    const RecordedItem* back = find_recorded_item("##back");
    ASSERT_NE(back, nullptr);
    const ImVec2 panel(back->center().x + 200.0f, back->center().y + 120.0f);
    for (int tries = 0; tries < 30 && find_recorded_item(label) == nullptr; ++tries)
        ui.wheel_at(panel, -2.0f);
    ASSERT_TRUE(ui.click(label));
    EXPECT_EQ(ui.session.state.selected_id, target.id);
    ui.frame();
    ASSERT_TRUE(ui.click("##back"));
    EXPECT_EQ(ui.session.state.selected_id, product.id);
    ASSERT_TRUE(ui.click("##forward"));
    EXPECT_EQ(ui.session.state.selected_id, target.id);
    // Alt+Left goes back too.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Alt, true);
    io.AddKeyEvent(ImGuiKey_LeftArrow, true);
    ui.frame();
    io.AddKeyEvent(ImGuiKey_LeftArrow, false);
    io.AddKeyEvent(ImGuiMod_Alt, false);
    ui.frame();
    EXPECT_EQ(ui.session.state.selected_id, product.id);
}

TEST(DatasetHeaderView, LanguageSwitchChangesTheStrings) {
    UiHarness ui(Language::En);
    ui.frame();
    ui.frame();
    const std::string zh_label = lookup(ui.session.strings, "menu.language.zh", Language::En);
    ASSERT_TRUE(ui.click(zh_label));
    EXPECT_EQ(ui.session.state.language, Language::Zh);
    ui.frame();
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "menu.language.zh", Language::Zh)), nullptr);
    EXPECT_NE(find_recorded_item(lookup(ui.session.strings, "filter.clear", Language::Zh)), nullptr);
    EXPECT_EQ(ui.ui.dataset_header.model.title, ui.session.dataset->title.zh);
}

}  // namespace
}  // namespace pe
