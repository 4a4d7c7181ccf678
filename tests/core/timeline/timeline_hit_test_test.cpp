// Hit testing a laid-out frame: items by their box (mark and label), clusters in their row,
// edges (left and top inclusive, right and bottom exclusive), misses, and the tolerance.
#include "timeline/timeline_hit_test.h"

#include <gtest/gtest.h>

#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

constexpr std::int64_t D = 18264;

TimelineLayoutInput input_at(double px_per_day, std::uint32_t max_rows) {
    return timeline_test::layout_input(px_per_day, max_rows);
}

// Lane a: Alpha [11, 58) and Charlie [201, 262) in row 0 (y 4..24), Bravo [31, 78) in row 1
// (y 24..44); lane a spans y 0..48, lane b y 50..78.
struct Frame {
    Dataset data;
    TimelineIndex index;
    TimelineLayout layout;
    std::string at(float x, float y, float tolerance = 0.0f) const {
        const TimelineHit hit = hit_test(layout, x, y, tolerance);
        if (hit.kind == TimelineHitKind::Item) return data.entities[hit.entity].id.str();
        if (hit.kind == TimelineHitKind::Cluster) return "cluster " + std::to_string(hit.index);
        return hit.lane == kNoTimelineLane ? "-" : "lane " + std::to_string(hit.lane);
    }
};

Frame three_points() {
    Builder b;
    b.lane("a").lane("b");
    b.point("A", "a", D + 1, "Alpha");
    b.point("B", "a", D + 3, "Bravo");
    b.point("C", "a", D + 20, "Charlie");
    Frame f{b.build(), {}, {}};
    f.index = build_timeline_index(f.data, 0);
    f.layout = layout_timeline(f.data, f.index, input_at(10.0, 3));
    return f;
}

TEST(TimelineHitTest, ItemsByTheirBoxWithHalfOpenEdges) {
    const Frame f = three_points();
    EXPECT_EQ(f.at(20.0f, 10.0f), "A");
    EXPECT_EQ(f.at(11.0f, 10.0f), "A");  // left edge in
    EXPECT_EQ(f.at(10.9f, 10.0f), "lane 0");
    EXPECT_EQ(f.at(57.9f, 10.0f), "A");
    EXPECT_EQ(f.at(58.0f, 10.0f), "lane 0");  // right edge out
    EXPECT_EQ(f.at(40.0f, 23.9f), "A");
    EXPECT_EQ(f.at(40.0f, 24.0f), "B");  // row 1 starts at 24
    EXPECT_EQ(f.at(77.9f, 30.0f), "B");
    EXPECT_EQ(f.at(201.0f, 4.0f), "C");
    EXPECT_EQ(f.at(261.9f, 10.0f), "C");  // its label runs to 262
    EXPECT_EQ(f.at(262.0f, 10.0f), "lane 0");
    EXPECT_EQ(f.at(100.0f, 10.0f), "lane 0");
}

TEST(TimelineHitTest, MissesInPaddingGapsAndOutside) {
    const Frame f = three_points();
    EXPECT_EQ(f.at(40.0f, 2.0f), "lane 0");   // the lane's top padding
    EXPECT_EQ(f.at(40.0f, 45.0f), "lane 0");  // its bottom padding
    EXPECT_EQ(f.at(40.0f, 49.0f), "-");       // between lanes
    EXPECT_EQ(f.at(40.0f, 60.0f), "lane 1");
    EXPECT_EQ(f.at(40.0f, 78.0f), "-");  // below the last lane
    EXPECT_EQ(f.at(40.0f, -1.0f), "-");
}

TEST(TimelineHitTest, ToleranceReachesTheNearerBoxThenTheLeftOne) {
    const Frame f = three_points();
    EXPECT_EQ(f.at(60.0f, 10.0f, 3.0f), "A");   // 2 px right of Alpha
    EXPECT_EQ(f.at(199.0f, 10.0f, 3.0f), "C");  // 2 px left of Charlie
    EXPECT_EQ(f.at(130.0f, 10.0f, 3.0f), "lane 0");
    EXPECT_EQ(f.at(129.5f, 10.0f, 100.0f), "A");  // 71.5 px from both: the left one
    EXPECT_EQ(f.at(130.0f, 10.0f, 100.0f), "C");  // 71 px from Charlie, 72 from Alpha
}

TEST(TimelineHitTest, ClustersInTheirRow) {
    Builder b;
    b.lane("a");
    b.point("P", "a", D, "LongLabelName");  // item in row 0, box [1, 104)
    b.point("Q", "a", D + 5);               // clustered: [40, 80) in the cluster row (y 24..44)
    Frame f{b.build(), {}, {}};
    f.index = build_timeline_index(f.data, 0);
    f.layout = layout_timeline(f.data, f.index, input_at(10.0, 1));
    ASSERT_EQ(f.layout.clusters.size(), 1u);
    EXPECT_EQ(f.at(50.0f, 10.0f), "P");
    EXPECT_EQ(f.at(50.0f, 30.0f), "cluster 0");
    EXPECT_EQ(f.at(40.0f, 24.0f), "cluster 0");
    EXPECT_EQ(f.at(80.0f, 30.0f), "lane 0");
    EXPECT_EQ(f.at(39.9f, 30.0f), "lane 0");
    EXPECT_EQ(f.at(50.0f, 44.0f), "lane 0");
}

TEST(TimelineHitTest, ManyRowsAndItemsFindTheSameAsAScan) {
    Builder b;
    b.lane("a").lane("b");
    for (int i = 0; i < 400; ++i)
        b.point("p" + std::to_string(i), i % 2 ? "a" : "b", D + (i * 7) % 300, "Item " + std::to_string(i));
    Frame f{b.build(), {}, {}};
    f.index = build_timeline_index(f.data, 0);
    f.layout = layout_timeline(f.data, f.index, input_at(30.0, 6));
    ASSERT_FALSE(f.layout.items.empty());
    for (float y = -5.0f; y < f.layout.height + 5.0f; y += 3.3f) {
        for (float x = -5.0f; x < 1005.0f; x += 7.7f) {
            std::uint32_t expect = kNoEntity;
            for (const TimelineItemBox& item : f.layout.items) {
                if (x >= item.box_x0 && x < item.box_x1 && y >= item.y0 && y < item.y1) expect = item.entity;
            }
            const TimelineHit hit = hit_test(f.layout, x, y);
            EXPECT_EQ(hit.kind == TimelineHitKind::Item ? hit.entity : kNoEntity, expect) << x << "," << y;
        }
    }
}

}  // namespace
}  // namespace pe
