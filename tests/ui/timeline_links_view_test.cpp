// The timeline's links drawn for real on the built-in dataset: selecting an undated park
// rings its nearest dated links (moving the window to them) and lists the undated ones as
// chips that select when clicked; the focus fades items outside it; Shift+click connects.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "ui_harness.h"

namespace pe {
namespace {

using testing::UiHarness;

constexpr const char* kPark = "park-zgc-life-science";

std::uint32_t entity_of(const UiHarness& ui, std::string_view id) {
    return ui.session.dataset->index.entity_by_id.at(id);
}

// The emphasis of the entity's item in the last frame; false when it is not shown on its own.
bool emphasis_of(const UiHarness& ui, std::uint32_t entity, TimelineEmphasis& out) {
    const TimelineFrame& frame = ui.ui.timeline.frame;
    for (std::size_t i = 0; i < frame.layout.items.size(); ++i) {
        if (frame.layout.items[i].entity != entity) continue;
        out = frame.emphasis.items[i];
        return true;
    }
    return false;
}

void select(UiHarness& ui, const std::string& id) {
    ASSERT_TRUE(select_entity(ui.session.state, *ui.session.dataset, id));
    ui.frame();
    ui.frame();
}

TEST(TimelineLinksView, AnUndatedParkLightsUpItsDatedLinksAndListsTheRest) {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(1280.0f, 560.0f);  // the canvas shows the first lanes only
    ui.frame();
    ui.session.state.time_window = TimeWindow{0.0, 400.0};  // 1970: nothing of the park in view
    select(ui, kPark);
    const TimelineLinked& linked = ui.ui.timeline.linked;
    EXPECT_FALSE(linked.selected_dated);
    // None of the park's four direct links has a date; two links away, one does.
    EXPECT_TRUE(linked.widened);
    EXPECT_EQ(linked.depth, 2);
    ASSERT_FALSE(linked.dated.empty());
    EXPECT_FALSE(linked.undated.empty());
    std::size_t counted = 0;
    for (const TimelineTypeCount& group : linked.undated_types) counted += group.count;
    EXPECT_EQ(counted, linked.undated.size());

    // The window moved to them, the lanes scrolled to them, and the frame rings them.
    const TimeWindow& window = ui.session.state.time_window;
    EXPECT_GT(window.start_day, 400.0);
    const RecordedItem* canvas = find_recorded_item("##timeline_canvas");
    ASSERT_NE(canvas, nullptr);
    for (const std::uint32_t e : linked.dated) {
        TimelineEmphasis emphasis = TimelineEmphasis::Normal;
        ASSERT_TRUE(emphasis_of(ui, e, emphasis)) << ui.session.dataset->entities[e].id;
        EXPECT_EQ(emphasis, TimelineEmphasis::Linked);
    }
    bool one_on_canvas = false;
    for (const TimelineItemBox& item : ui.ui.timeline.frame.layout.items) {
        const bool dated_link =
            std::find(linked.dated.begin(), linked.dated.end(), item.entity) != linked.dated.end();
        one_on_canvas |= dated_link && item.y0 >= canvas->min.y && item.y1 <= canvas->max.y;
    }
    EXPECT_TRUE(one_on_canvas);

    // A chip for each undated one that fits; clicking one selects it everywhere.
    const Entity& first = ui.session.dataset->entities[linked.undated.front()];
    const std::string chip = "##linked." + first.id;
    ASSERT_NE(find_recorded_item(chip), nullptr);
    ASSERT_TRUE(ui.click(chip));
    EXPECT_EQ(ui.session.state.selected_id, first.id);
    EXPECT_EQ(ui.ui.details.details.id, first.id);
    EXPECT_EQ(ui.ui.timeline.linked.selected, entity_of(ui, first.id));
}

TEST(TimelineLinksView, TheFocusFadesWhatLiesOutsideItsNeighbourhood) {
    UiHarness ui;
    ui.frame();
    select(ui, "product-amimestrocel");
    ui.session.state.focus_hops = 1;
    ui.frame();
    ui.frame();
    std::size_t faded = 0, linked = 0;
    const TimelineFrame& frame = ui.ui.timeline.frame;
    for (std::size_t i = 0; i < frame.layout.items.size(); ++i) {
        const std::uint32_t e = frame.layout.items[i].entity;
        if (frame.emphasis.items[i] == TimelineEmphasis::Faded) {
            ++faded;
            EXPECT_TRUE(faded_by_focus(ui.session.links, e));  // faded, and still drawn
        }
        if (frame.emphasis.items[i] == TimelineEmphasis::Linked) {
            ++linked;
            EXPECT_FALSE(faded_by_focus(ui.session.links, e));
        }
    }
    EXPECT_GT(faded, 0u);
    EXPECT_GT(linked, 0u);

    ui.session.state.focus_hops = 0;  // off: nothing faded
    ui.frame();
    ui.frame();
    for (const TimelineEmphasis e : ui.ui.timeline.frame.emphasis.items)
        EXPECT_NE(e, TimelineEmphasis::Faded);
}

TEST(TimelineLinksView, ShiftClickOnAnItemConnectsItToTheSelection) {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(1280.0f, 1600.0f);  // room for every lane on the canvas
    ui.frame();
    const std::string first = "product-amimestrocel";
    select(ui, first);
    // One of its dated links, shown on its own on the canvas.
    const RecordedItem* canvas = find_recorded_item("##timeline_canvas");
    ASSERT_NE(canvas, nullptr);
    const TimelineFrame& frame = ui.ui.timeline.frame;
    const TimelineItemBox* target = nullptr;
    for (const TimelineItemBox& item : frame.layout.items) {
        const auto& dated = ui.ui.timeline.linked.dated;
        if (!item.starts_before && item.y0 >= canvas->min.y && item.y1 <= canvas->max.y &&
            std::find(dated.begin(), dated.end(), item.entity) != dated.end())
            target = &item;
    }
    ASSERT_NE(target, nullptr);
    const std::string second = ui.session.dataset->entities[target->entity].id.str();
    const ImVec2 at(target->x0 + 1.0f, (target->y0 + target->y1) * 0.5f);

    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    ui.frame();
    ui.click_at(at);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.session.state.selected_id, first);  // the selection stays
    EXPECT_EQ(ui.session.state.connect_id, second);
    ASSERT_FALSE(ui.session.links.chains.chains.empty());  // a direct link: a chain of one step
    TimelineEmphasis emphasis = TimelineEmphasis::Normal;
    ASSERT_TRUE(emphasis_of(ui, entity_of(ui, second), emphasis));
    EXPECT_EQ(emphasis, TimelineEmphasis::Chain);
    bool arc_on_chain = false;  // the arc of that link is drawn as a chain's step
    for (const TimelineLinkMark& mark : ui.ui.timeline.frame.links.marks)
        arc_on_chain |=
            mark.other.entity == entity_of(ui, second) && link_on_chain(ui.session.links, mark.link);
    EXPECT_TRUE(arc_on_chain);

    // Without Shift a click selects as before (after the double-click time has passed).
    for (int i = 0; i < 30; ++i) ui.frame();
    ui.click_at(at);
    EXPECT_EQ(ui.session.state.selected_id, second);
}

}  // namespace
}  // namespace pe
