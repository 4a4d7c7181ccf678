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
    TimelineContext context() const { return TimelineContext{dataset, index, layout, axis, limits, 40.0f}; }
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
    ViewState state;
    TimelinePointer pointer = scene.on("second");
    pointer.clicked = true;
    EXPECT_TRUE(apply_timeline_input(state, scene.context(), pointer, {}));
    EXPECT_EQ(state.selected_id, "second");
    EXPECT_FALSE(state.has_time_window);  // a click does not move the window

    pointer.y += 500.0f;  // below every lane
    EXPECT_TRUE(apply_timeline_input(state, scene.context(), pointer, {}));
    EXPECT_TRUE(state.selected_id.empty());
}

TEST(TimelineInteraction, WheelZoomsAroundTheCursorAndDragPans) {
    Scene scene;
    ViewState state;
    TimelinePointer pointer;
    pointer.inside = true;
    pointer.x = 250.0f;  // day 20050
    pointer.wheel = 1.0f;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), pointer, {}));
    EXPECT_NEAR(window_span(state.time_window), 400.0 / 1.25, 1e-9);
    EXPECT_NEAR(state.time_window.start_day + 0.25 * window_span(state.time_window), 20050.0, 1e-9);

    Scene moved;
    ViewState panned;
    TimelinePointer drag;
    drag.inside = true;
    drag.drag_dx = 250.0f;  // 100 days at 2.5 px a day: the window moves 100 days earlier
    ASSERT_TRUE(apply_timeline_input(panned, moved.context(), drag, {}));
    EXPECT_NEAR(panned.time_window.start_day, 19850.0, 1e-9);
    EXPECT_NEAR(panned.time_window.end_day, 20250.0, 1e-9);
}

TEST(TimelineInteraction, ArrowKeysStepThroughEventsAndBringThemIntoView) {
    Scene scene;
    ViewState state;
    state.selected_id = "first";
    TimelineKeys keys;
    keys.next = true;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), {}, keys));
    EXPECT_EQ(state.selected_id, "second");
    EXPECT_NEAR(state.time_window.start_day, 19950.0, 1e-9);  // already visible: no move

    keys = {};
    keys.previous = true;
    state.selected_id = "first";
    EXPECT_FALSE(apply_timeline_input(state, scene.context(), {}, keys));  // nothing before the first event
    EXPECT_EQ(state.selected_id, "first");

    // Zoomed onto the first event only: stepping to the third recentres the window on it.
    Scene narrow;
    narrow.axis.window = TimeWindow{19990.0, 20010.0};
    ViewState stepping;
    stepping.selected_id = "second";
    keys = {};
    keys.next = true;
    ASSERT_TRUE(apply_timeline_input(stepping, narrow.context(), {}, keys));
    EXPECT_EQ(stepping.selected_id, "third");
    EXPECT_NEAR(stepping.time_window.start_day, 20190.5, 1e-9);
    EXPECT_NEAR(stepping.time_window.end_day, 20210.5, 1e-9);
}

TEST(TimelineInteraction, KeysZoomFitAndClear) {
    Scene scene;
    ViewState state;
    state.selected_id = "third";
    TimelineKeys keys;
    keys.zoom_in = true;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), {}, keys));
    EXPECT_NEAR(window_span(state.time_window), 400.0 / kKeyZoomFactor, 1e-9);
    EXPECT_NEAR((state.time_window.start_day + state.time_window.end_day) / 2.0, 20150.0, 1e-9);

    keys = {};
    keys.fit = true;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), {}, keys));
    const TimeWindow all = fit_all(scene.index, 1000.0, 40.0, scene.limits);
    EXPECT_EQ(state.time_window.start_day, all.start_day);
    EXPECT_EQ(state.time_window.end_day, all.end_day);

    keys = {};
    keys.clear = true;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), {}, keys));
    EXPECT_TRUE(state.selected_id.empty());
}

TEST(TimelineInteraction, DoubleClickZoomsToTheItem) {
    Scene scene;
    ViewState state;
    TimelinePointer pointer = scene.on("third");
    pointer.clicked = true;
    pointer.double_clicked = true;
    ASSERT_TRUE(apply_timeline_input(state, scene.context(), pointer, {}));
    EXPECT_EQ(state.selected_id, "third");
    TimeWindow expected;
    ASSERT_TRUE(window_for_entity(scene.context(), 2, expected));
    EXPECT_EQ(state.time_window.start_day, expected.start_day);
    EXPECT_EQ(state.time_window.end_day, expected.end_day);
    EXPECT_LT(window_span(state.time_window), 10.0);  // one day plus the margins, at least the minimum span
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
