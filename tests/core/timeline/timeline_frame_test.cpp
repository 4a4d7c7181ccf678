// The frame assembly and the index-wide helpers: today's marker, fit-all, the pan bounds
// and the overview strip's window and density.
#include "timeline/timeline_frame.h"

#include <gtest/gtest.h>

#include "timeline/timeline_hit_test.h"
#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

constexpr std::int64_t D = 18264;

struct Small {
    Dataset data;
    TimelineIndex index;
};

Small small() {
    Builder b;
    b.lane("a").lane("b");
    b.point("p", "a", D);
    b.point("q", "b", D + 30);
    b.point("r", "a", D + 99);
    b.link("p", "q", "enabled");
    Small s{b.build(), {}};
    s.index = build_timeline_index(s.data, D + 10);
    return s;
}

TEST(TimelineFrame, OneCallGivesLayoutTicksLinksAndToday) {
    const Small s = small();
    TimelineFrameInput in;
    in.layout.axis = TimelineAxis{TimeWindow{D, D + 100.0}, 0.0, 1000.0};
    in.layout.selected = s.data.index.entity_by_id.at("p");
    TimelineFrame frame;
    build_timeline_frame(s.data, s.index, in, frame);
    EXPECT_EQ(frame.layout.items.size(), 3u);
    EXPECT_FALSE(frame.ticks.minor.empty());
    ASSERT_EQ(frame.links.marks.size(), 1u);
    EXPECT_EQ(frame.links.marks[0].draw, LinkDraw::Arc);
    EXPECT_TRUE(frame.today_visible);
    EXPECT_FLOAT_EQ(frame.today_x, 105.0f);
    in.layout.axis.window = TimeWindow{D + 20.0, D + 30.0};
    build_timeline_frame(s.data, s.index, in, frame);  // reusing the storage
    EXPECT_FALSE(frame.today_visible);
    EXPECT_EQ(frame.layout.items.size(), 0u);
}

TEST(TimelineFrame, FitAllAndBounds) {
    const Small s = small();
    const TimeWindow all = fit_all(s.index, 1000.0, 100.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(all.start_day, D - 12.5);
    EXPECT_DOUBLE_EQ(all.end_day, D + 112.5);
    const AxisLimits limits = timeline_limits(s.index);
    EXPECT_TRUE(limits.has_bounds);
    EXPECT_DOUBLE_EQ(limits.bound_start, D - kDaysPerYear);
    EXPECT_DOUBLE_EQ(limits.bound_end, D + 100 + kDaysPerYear);
    const TimelineIndex empty = build_timeline_index(Dataset{}, D);
    const TimeWindow around = fit_all(empty, 1000.0, 0.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(around.start_day, D - kDaysPerYear / 2.0);
    EXPECT_FALSE(timeline_limits(empty).has_bounds);
}

TEST(TimelineFrame, OverviewShowsTheWindowAndTheDensity) {
    const Small s = small();
    const TimelineOverviewStrip overview =
        build_overview_strip(s.index, TimeWindow{D, D + 50.0}, 0.0, 400.0, 4);
    EXPECT_FLOAT_EQ(overview.window_x0, 0.0f);
    EXPECT_FLOAT_EQ(overview.window_x1, 200.0f);
    EXPECT_EQ(overview.density, (std::vector<std::uint32_t>{1, 1, 0, 1}));
    EXPECT_EQ(overview.max_density, 1u);
}

TEST(TimelineFrame, CollapsedLaneIdsBecomeFlags) {
    const Small s = small();
    EXPECT_EQ(collapsed_lane_flags(s.data, {"b", "unknown"}), (std::vector<bool>{false, true}));
    EXPECT_EQ(collapsed_lane_flags(s.data, {}), (std::vector<bool>{false, false}));
}

// [SECTION] filters narrow the timeline
// p (lane a, D), q (lane b, D+30), r (lane a, D+99), u undated; links p->q, p->u, r->q.
struct Filtered {
    Dataset data;
    TimelineIndex full;
    TimelineIndex shown;  // q hidden
};

Filtered filtered() {
    Builder b;
    b.lane("a").lane("b");
    b.point("p", "a", D, "P");
    b.point("q", "b", D + 30, "Q");
    b.point("r", "a", D + 99, "R");
    b.entity("u", "a", "U");
    b.link("p", "q", "enables");
    b.link("p", "u", "enables");
    b.link("r", "q", "enables");
    Filtered f{b.build(), {}, {}};
    f.full = build_timeline_index(f.data, D + 10);
    const std::vector<std::uint8_t> visible = {1, 0, 1, 1};
    filter_timeline_index(f.data, f.full, &visible, f.shown);
    return f;
}

TimelineFrameInput frame_input(const Dataset& data, const char* selected) {
    TimelineFrameInput in;
    in.layout.axis = TimelineAxis{TimeWindow{D, D + 100.0}, 0.0, 1000.0};
    in.layout.selected = data.index.entity_by_id.at(selected);
    return in;
}

TEST(TimelineFrameFilter, AHiddenItemIsNeitherDrawnNorHit) {
    const Filtered f = filtered();
    TimelineFrame all;
    build_timeline_frame(f.data, f.full, frame_input(f.data, "p"), all);
    ASSERT_EQ(all.layout.items.size(), 3u);
    const TimelineItemBox* q_box = nullptr;
    for (const TimelineItemBox& box : all.layout.items) {
        if (f.data.entities[box.entity].id == "q") q_box = &box;
    }
    ASSERT_NE(q_box, nullptr);
    const float qx = q_box->x0, qy = (q_box->y0 + q_box->y1) / 2.0f;
    EXPECT_EQ(hit_test(all.layout, qx, qy).kind, TimelineHitKind::Item);

    TimelineFrame frame;
    build_timeline_frame(f.data, f.shown, frame_input(f.data, "p"), frame);
    ASSERT_EQ(frame.layout.items.size(), 2u);
    for (const TimelineItemBox& box : frame.layout.items) EXPECT_NE(f.data.entities[box.entity].id, "q");
    EXPECT_TRUE(frame.layout.clusters.empty());
    const TimelineHit miss = hit_test(frame.layout, qx, qy, 8.0f);
    EXPECT_EQ(miss.kind, TimelineHitKind::None);
    EXPECT_EQ(miss.lane, 1u);  // the lane is still there, empty
}

TEST(TimelineFrameFilter, LinksToHiddenEntitiesAreNotDrawnNorCalledUndated) {
    const Filtered f = filtered();
    TimelineFrame all;
    build_timeline_frame(f.data, f.full, frame_input(f.data, "p"), all);
    ASSERT_EQ(all.links.marks.size(), 2u);  // p->q drawn, p->u undated
    EXPECT_EQ(all.links.not_on_timeline, 1u);
    EXPECT_EQ(all.hidden_links, 0u);

    TimelineFrame frame;
    build_timeline_frame(f.data, f.shown, frame_input(f.data, "p"), frame);
    ASSERT_EQ(frame.links.marks.size(), 1u);
    EXPECT_EQ(f.data.links[frame.links.marks[0].link].to, "u");
    EXPECT_EQ(frame.links.marks[0].draw, LinkDraw::None);
    EXPECT_EQ(frame.links.not_on_timeline, 1u);  // still only the undated one
    EXPECT_EQ(frame.hidden_links, 1u);

    // The hidden entity selected (e.g. from a list before the filter changed): none of its
    // links is drawn.
    build_timeline_frame(f.data, f.shown, frame_input(f.data, "q"), frame);
    EXPECT_TRUE(frame.links.marks.empty());
    EXPECT_EQ(frame.links.not_on_timeline, 0u);
    EXPECT_EQ(frame.hidden_links, 2u);  // p->q and r->q
    // Back to the full index: the count resets.
    build_timeline_frame(f.data, f.full, frame_input(f.data, "q"), frame);
    EXPECT_EQ(frame.links.marks.size(), 2u);
    EXPECT_EQ(frame.hidden_links, 0u);
}

TEST(TimelineFrameFilter, OverviewAndFitSeeOnlyTheShownItems) {
    const Filtered f = filtered();
    const TimelineOverviewStrip overview =
        build_overview_strip(f.shown, TimeWindow{D, D + 50.0}, 0.0, 400.0, 4);
    EXPECT_EQ(overview.density, (std::vector<std::uint32_t>{1, 0, 0, 1}));
    std::vector<std::uint8_t> only_q = {0, 1, 0, 0};
    TimelineIndex q;
    filter_timeline_index(f.data, f.full, &only_q, q);
    AxisLimits limits;
    limits.min_span_days = 0.5;  // let the one-day item fill the canvas
    const TimeWindow fit = fit_all(q, 1000.0, 0.0, limits);
    EXPECT_DOUBLE_EQ(fit.start_day, D + 30.0);
    EXPECT_DOUBLE_EQ(fit.end_day, D + 31.0);
}

}  // namespace
}  // namespace pe
