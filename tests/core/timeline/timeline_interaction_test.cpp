#include "timeline/timeline_interaction.h"

#include <gtest/gtest.h>

#include "timeline/timeline_frame.h"
#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

// Three point events in one lane, 100 days apart, on a 1000 px canvas showing 400 days.
struct Scene {
    Dataset dataset;
    TimelineIndex index;
    TimelineLayout layout;
    TimelineAxis axis;
    AxisLimits limits;

    Scene() {
        Builder b;
        b.lane("a");
        b.point("first", "a", 20000);
        b.point("second", "a", 20100);
        b.point("third", "a", 20200);
        dataset = b.build();
        index = build_timeline_index(dataset, 20500);
        axis = TimelineAxis{TimeWindow{19950.0, 20350.0}, 0.0, 1000.0};
        TimelineLayoutInput input;
        input.axis = axis;
        layout = layout_timeline(dataset, index, input);
    }
    // The context with `selected` (an id, or empty for none) as the current selection.
    TimelineContext context(const std::string& selected = "") const {
        const auto found = dataset.index.entity_by_id.find(selected);
        const std::uint32_t entity = found == dataset.index.entity_by_id.end() ? kNoEntity : found->second;
        return TimelineContext{dataset, index, layout, axis, limits, 40.0f, entity};
    }
    // The id the outcome selects; empty when it clears; "(kept)" when it leaves the selection.
    std::string selection(const TimelineOutcome& outcome) const {
        if (outcome.selection == TimelineSelection::Keep) return "(kept)";
        if (outcome.selection == TimelineSelection::Clear) return "";
        return dataset.entities[outcome.entity].id.str();
    }
    // Where the layout put an entity's mark.
    TimelinePointer on(const std::string& id) const {
        TimelinePointer pointer;
        pointer.inside = true;
        for (const TimelineItemBox& item : layout.items) {
            if (dataset.entities[item.entity].id == id) {
                pointer.x = item.x0;
                pointer.y = (item.y0 + item.y1) / 2.0f;
            }
        }
        return pointer;
    }
};

TEST(TimelineInteraction, ClickSelectsAndClickOnEmptySpaceClears) {
    Scene scene;
    TimelinePointer pointer = scene.on("second");
    pointer.clicked = true;
    TimelineOutcome outcome = decide_timeline_input(scene.context(), pointer, {});
    EXPECT_TRUE(changes_anything(outcome));
    EXPECT_EQ(scene.selection(outcome), "second");
    EXPECT_FALSE(outcome.window.has_value());  // a click does not move the window

    pointer.y += 500.0f;  // below every lane
    outcome = decide_timeline_input(scene.context("second"), pointer, {});
    EXPECT_TRUE(changes_anything(outcome));
    EXPECT_EQ(scene.selection(outcome), "");
}

TEST(TimelineInteraction, ShiftClickConnectsAnItemToTheSelection) {
    Scene scene;
    TimelinePointer pointer = scene.on("third");
    pointer.clicked = true;
    pointer.shift = true;
    TimelineOutcome outcome = decide_timeline_input(scene.context("first"), pointer, {});
    EXPECT_EQ(outcome.selection, TimelineSelection::Connect);
    EXPECT_EQ(scene.dataset.entities[outcome.entity].id, "third");
    EXPECT_TRUE(changes_anything(outcome));

    // On the selection itself, or on empty space: nothing (the selection is kept).
    outcome = decide_timeline_input(scene.context("third"), pointer, {});
    EXPECT_FALSE(changes_anything(outcome));
    pointer.y += 500.0f;
    outcome = decide_timeline_input(scene.context("first"), pointer, {});
    EXPECT_FALSE(changes_anything(outcome));

    // With nothing selected, Shift+click just selects.
    pointer = scene.on("second");
    pointer.clicked = true;
    pointer.shift = true;
    outcome = decide_timeline_input(scene.context(), pointer, {});
    EXPECT_EQ(outcome.selection, TimelineSelection::Select);
    EXPECT_EQ(scene.selection(outcome), "second");
}

TEST(TimelineInteraction, WheelZoomsAroundTheCursorAndDragPans) {
    Scene scene;
    TimelinePointer pointer;
    pointer.inside = true;
    pointer.x = 250.0f;  // day 20050
    pointer.wheel = 1.0f;
    const TimelineOutcome zoomed = decide_timeline_input(scene.context(), pointer, {});
    ASSERT_TRUE(zoomed.window.has_value());
    EXPECT_NEAR(window_span(*zoomed.window), 400.0 / 1.25, 1e-9);
    EXPECT_NEAR(zoomed.window->start_day + 0.25 * window_span(*zoomed.window), 20050.0, 1e-9);

    Scene moved;
    TimelinePointer drag;
    drag.inside = true;
    drag.drag_dx = 250.0f;  // 100 days at 2.5 px a day: the window moves 100 days earlier
    const TimelineOutcome panned = decide_timeline_input(moved.context(), drag, {});
    ASSERT_TRUE(panned.window.has_value());
    EXPECT_NEAR(panned.window->start_day, 19850.0, 1e-9);
    EXPECT_NEAR(panned.window->end_day, 20250.0, 1e-9);
}

TEST(TimelineInteraction, ArrowKeysStepThroughEventsAndBringThemIntoView) {
    Scene scene;
    TimelineKeys keys;
    keys.next = true;
    TimelineOutcome outcome = decide_timeline_input(scene.context("first"), {}, keys);
    ASSERT_TRUE(changes_anything(outcome));
    EXPECT_EQ(scene.selection(outcome), "second");
    EXPECT_FALSE(outcome.window.has_value());  // already visible: no move

    keys = {};
    keys.previous = true;
    outcome = decide_timeline_input(scene.context("first"), {}, keys);
    EXPECT_FALSE(changes_anything(outcome));  // nothing before the first event
    EXPECT_EQ(scene.selection(outcome), "(kept)");

    // Zoomed onto the first event only: stepping to the third recentres the window on it.
    Scene narrow;
    narrow.axis.window = TimeWindow{19990.0, 20010.0};
    keys = {};
    keys.next = true;
    outcome = decide_timeline_input(narrow.context("second"), {}, keys);
    ASSERT_TRUE(changes_anything(outcome));
    EXPECT_EQ(narrow.selection(outcome), "third");
    ASSERT_TRUE(outcome.window.has_value());
    EXPECT_NEAR(outcome.window->start_day, 20190.5, 1e-9);
    EXPECT_NEAR(outcome.window->end_day, 20210.5, 1e-9);
}

TEST(TimelineInteraction, KeysZoomFitAndClear) {
    Scene scene;
    TimelineKeys keys;
    keys.zoom_in = true;
    TimelineOutcome outcome = decide_timeline_input(scene.context("third"), {}, keys);
    ASSERT_TRUE(outcome.window.has_value());
    EXPECT_NEAR(window_span(*outcome.window), 400.0 / kKeyZoomFactor, 1e-9);
    EXPECT_NEAR((outcome.window->start_day + outcome.window->end_day) / 2.0, 20150.0, 1e-9);
    EXPECT_EQ(scene.selection(outcome), "(kept)");

    keys = {};
    keys.fit = true;
    outcome = decide_timeline_input(scene.context("third"), {}, keys);
    ASSERT_TRUE(outcome.window.has_value());
    const TimeWindow all = fit_all(scene.index, 1000.0, 40.0, scene.limits);
    EXPECT_EQ(outcome.window->start_day, all.start_day);
    EXPECT_EQ(outcome.window->end_day, all.end_day);

    keys = {};
    keys.clear = true;
    outcome = decide_timeline_input(scene.context("third"), {}, keys);
    ASSERT_TRUE(changes_anything(outcome));
    EXPECT_EQ(scene.selection(outcome), "");
    EXPECT_FALSE(decide_timeline_input(scene.context(), {}, keys).window.has_value());
    EXPECT_FALSE(changes_anything(decide_timeline_input(scene.context(), {}, keys)));  // nothing to clear
}

TEST(TimelineInteraction, DoubleClickZoomsToTheItem) {
    Scene scene;
    TimelinePointer pointer = scene.on("third");
    pointer.clicked = true;
    pointer.double_clicked = true;
    const TimelineOutcome outcome = decide_timeline_input(scene.context(), pointer, {});
    ASSERT_TRUE(changes_anything(outcome));
    EXPECT_EQ(scene.selection(outcome), "third");
    TimeWindow expected;
    ASSERT_TRUE(window_for_entity(scene.context(), 2, expected));
    ASSERT_TRUE(outcome.window.has_value());
    EXPECT_EQ(outcome.window->start_day, expected.start_day);
    EXPECT_EQ(outcome.window->end_day, expected.end_day);
    EXPECT_LT(window_span(*outcome.window), 10.0);  // one day plus the margins, at least the minimum span
}

TEST(TimelineInteraction, CentredWindowKeepsTheSpanWithinTheLimits) {
    const TimeWindow moved = centred_window(TimeWindow{100.0, 140.0}, 500.0, AxisLimits{});
    EXPECT_EQ(moved.start_day, 480.0);
    EXPECT_EQ(moved.end_day, 520.0);
    AxisLimits bounded;
    bounded.has_bounds = true;
    bounded.bound_start = 0.0;
    bounded.bound_end = 510.0;
    const TimeWindow clamped = centred_window(TimeWindow{100.0, 140.0}, 500.0, bounded);
    EXPECT_EQ(clamped.end_day, 510.0);
    EXPECT_EQ(window_span(clamped), 40.0);
}

}  // namespace
}  // namespace pe
