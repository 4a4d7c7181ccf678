// The timeline drawn for real, without a GPU, driven by mouse and keys as a person would:
// a click on an item selects it everywhere, the wheel zooms, a drag pans, keys step.
#include <gtest/gtest.h>

#include <algorithm>

#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

ImVec2 mark_of(const TimelineItemBox& item) {
    return ImVec2(item.x0 + 1.0f, (item.y0 + item.y1) * 0.5f);
}

// The first item drawn on its own whose mark is inside the canvas.
const TimelineItemBox* visible_item(const UiHarness& ui) {
    for (const TimelineItemBox& item : ui.ui.timeline.frame.layout.items) {
        if (!item.starts_before && item.y0 >= 0.0f) return &item;
    }
    return nullptr;
}

TEST(TimelineView, FirstFrameFitsTheDatedEntities) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    ASSERT_TRUE(ui.session.state.has_time_window);
    EXPECT_GT(ui.ui.timeline.full.item_count, 0u);
    EXPECT_EQ(ui.ui.timeline.full.item_count + ui.ui.timeline.full.undated_count,
              ui.session.dataset->entities.size());
    EXPECT_FALSE(ui.ui.timeline.frame.layout.items.empty());
    EXPECT_FALSE(ui.ui.timeline.frame.ticks.minor.empty());
}

TEST(TimelineView, ClickingAnItemSelectsItAndTheListAgrees) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const TimelineItemBox* item = visible_item(ui);
    ASSERT_NE(item, nullptr);
    const Entity& entity = ui.session.dataset->entities[item->entity];
    ui.click_at(mark_of(*item));
    EXPECT_EQ(ui.session.state.selected_id, entity.id);
    // The same selection shows in the timeline (highlighted), the entity table (its row,
    // scrolled into view, in the UI language) and the details panel.
    bool highlighted = false;
    for (const TimelineItemBox& box : ui.ui.timeline.frame.layout.items) highlighted |= box.selected;
    EXPECT_TRUE(highlighted);
    EXPECT_NE(find_recorded_item(entity.name.en), nullptr);
    EXPECT_EQ(ui.ui.details.details.id, entity.id);

    // Selecting in the table moves the timeline's highlight: the row after the selection
    // is in view, as the table scrolled the selection to its middle.
    const auto& rows = ui.ui.models.table_rows;
    const auto at = std::find(rows.begin(), rows.end(), ui.session.dataset->index.entity_by_id.at(entity.id));
    ASSERT_NE(at, rows.end());
    const Entity& other = ui.session.dataset->entities[at + 1 != rows.end() ? *(at + 1) : *(at - 1)];
    ASSERT_TRUE(ui.click(other.name.en));
    EXPECT_EQ(ui.session.state.selected_id, other.id);
    EXPECT_EQ(ui.ui.timeline.frame.links.selected, ui.session.dataset->index.entity_by_id.at(other.id));
}

TEST(TimelineView, WheelZoomsAndDragPans) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const TimelineAxis axis = ui.ui.timeline.frame.layout.axis;
    const ImVec2 centre(static_cast<float>(axis.left + axis.width / 2.0),
                        ui.ui.timeline.frame.layout.lanes[0].y0 + 5.0f);
    const double span = window_span(ui.session.state.time_window);
    ui.wheel_at(centre, 2.0f);
    EXPECT_NEAR(window_span(ui.session.state.time_window), span / (1.25 * 1.25), span * 1e-6);

    const TimeWindow before = ui.session.state.time_window;
    const double days_per_px = window_span(before) / axis.width;
    ui.drag(centre, ImVec2(centre.x - 100.0f, centre.y));
    EXPECT_NEAR(ui.session.state.time_window.start_day - before.start_day, 100.0 * days_per_px, days_per_px);
    EXPECT_TRUE(ui.session.state.selected_id.empty());  // a drag is not a click
}

TEST(TimelineView, ArrowKeysStepThroughEventsEscapeClears) {
    UiHarness ui;
    ui.frame();
    ui.frame();
    const TimelineItemBox* item = visible_item(ui);
    ASSERT_NE(item, nullptr);
    ui.click_at(mark_of(*item));  // selects, and focuses the timeline
    const std::string first = ui.session.state.selected_id;
    ui.press(ImGuiKey_RightArrow);
    EXPECT_NE(ui.session.state.selected_id, first);
    EXPECT_FALSE(ui.session.state.selected_id.empty());
    ui.press(ImGuiKey_LeftArrow);
    EXPECT_EQ(ui.session.state.selected_id, first);
    ui.press(ImGuiKey_Escape);
    EXPECT_TRUE(ui.session.state.selected_id.empty());
}

}  // namespace
}  // namespace pe
