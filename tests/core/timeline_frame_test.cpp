// The frame assembly and the index-wide helpers: today's marker, fit-all, the pan bounds
// and the overview strip's window and density.
#include "timeline_frame.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace pe
