// One frame's layout: lanes stacked, items packed into rows without touching, bars at the
// span of their precision, clusters where a bucket is denser than the rows (and how they
// split when zooming in), collapsed lanes, selection and the labels' text.
#include "timeline/timeline_layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

// 2020-01-03: a multiple of 8, so cluster buckets of 1, 2, 4 or 8 days start on it.
constexpr std::int64_t D = 18264;

TimelineLayoutInput input_at(double px_per_day, std::uint32_t max_rows) {
    return timeline_test::layout_input(px_per_day, max_rows);
}

std::vector<std::string> ids_of(const Dataset& data, const std::vector<std::uint32_t>& entities) {
    std::vector<std::string> ids;
    for (std::uint32_t e : entities) ids.push_back(data.entities[e].id.str());
    return ids;
}

TEST(TimelineLayout, BucketsArePowersOfTwoDaysAtLeastClusterPxWide) {
    EXPECT_DOUBLE_EQ(cluster_bucket_days(10.0, 32.0), 4.0);
    EXPECT_DOUBLE_EQ(cluster_bucket_days(8.0, 32.0), 4.0);
    EXPECT_DOUBLE_EQ(cluster_bucket_days(40.0, 32.0), 1.0);
    EXPECT_DOUBLE_EQ(cluster_bucket_days(320.0, 32.0), 0.125);
    EXPECT_DOUBLE_EQ(cluster_bucket_days(0.1, 32.0), 512.0);
}

TEST(TimelineLayout, PointsPackIntoRowsSoLabelsNeverTouch) {
    Builder b;
    b.lane("a").lane("b");
    b.point("A", "a", D + 1, "Alpha");
    b.point("B", "a", D + 3, "Bravo");
    b.point("C", "a", D + 20, "Charlie");
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    const TimelineLayout layout = layout_timeline(data, index, input_at(10.0, 3));
    ASSERT_EQ(layout.items.size(), 3u);
    EXPECT_TRUE(layout.clusters.empty());
    // Sorted by row, then x: Alpha and Charlie share row 0, Bravo would touch Alpha's label.
    const TimelineItemBox& alpha = layout.items[0];
    EXPECT_EQ(data.entities[alpha.entity].id, "A");
    EXPECT_EQ(alpha.row, 0u);
    EXPECT_FLOAT_EQ(alpha.x0, 15.0f);  // the middle of its day
    EXPECT_FLOAT_EQ(alpha.box_x0, 11.0f);
    EXPECT_FLOAT_EQ(alpha.label_x, 23.0f);
    EXPECT_FLOAT_EQ(alpha.label_width, 35.0f);
    EXPECT_FLOAT_EQ(alpha.box_x1, 58.0f);
    EXPECT_EQ(alpha.label, "Alpha");
    EXPECT_FLOAT_EQ(alpha.y0, 4.0f);
    EXPECT_FLOAT_EQ(alpha.y1, 24.0f);
    EXPECT_EQ(data.entities[layout.items[1].entity].id, "C");
    EXPECT_EQ(layout.items[1].row, 0u);
    EXPECT_FLOAT_EQ(layout.items[1].x0, 205.0f);
    const TimelineItemBox& bravo = layout.items[2];
    EXPECT_EQ(data.entities[bravo.entity].id, "B");
    EXPECT_EQ(bravo.row, 1u);
    EXPECT_FLOAT_EQ(bravo.box_x0, 31.0f);
    EXPECT_FLOAT_EQ(bravo.y0, 24.0f);

    ASSERT_EQ(layout.lanes.size(), 2u);
    const TimelineLaneBox& a = layout.lanes[0];
    EXPECT_FLOAT_EQ(a.y0, 0.0f);
    EXPECT_FLOAT_EQ(a.y1, 48.0f);  // two rows and the padding
    EXPECT_EQ(a.row_end - a.row_begin, 2u);
    EXPECT_EQ(layout.rows[0].item_begin, 0u);
    EXPECT_EQ(layout.rows[0].item_end, 2u);
    EXPECT_EQ(layout.rows[1].item_begin, 2u);
    EXPECT_EQ(layout.rows[1].item_end, 3u);
    EXPECT_FALSE(a.has_cluster_row);
    EXPECT_EQ(a.visible_count, 3u);
    const TimelineLaneBox& empty = layout.lanes[1];
    EXPECT_FLOAT_EQ(empty.y0, 50.0f);
    EXPECT_FLOAT_EQ(empty.y1, 78.0f);  // an empty lane keeps one row
    EXPECT_FLOAT_EQ(layout.height, 78.0f);
}

TEST(TimelineLayout, BarsSpanTheirYearOrMonthWithTheLabelInsideOrAfter) {
    Builder b;
    b.lane("a");
    b.at("year", "a", "Plan2020", year_date(2020));  // 2020-01-01 (D - 2) .. 2021-01-01
    b.at("feb", "a", "Feb", month_date(2020, 2));    // 2020-02-01 (D + 29) .. 2020-03-01 (D + 58)
    b.at("mar", "a", "A much longer name", month_date(2020, 3));
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    const TimelineLayout layout = layout_timeline(data, index, input_at(10.0, 3));
    ASSERT_EQ(layout.items.size(), 3u);
    const TimelineItemBox& year = layout.items[0];
    EXPECT_EQ(year.shape, ItemShape::Bar);
    EXPECT_EQ(year.start_precision, DatePrecision::Year);
    EXPECT_TRUE(year.starts_before);  // starts at x = -20, drawn from -16
    EXPECT_FLOAT_EQ(year.x0, -16.0f);
    EXPECT_TRUE(year.ends_after);  // ends at x = 3640, drawn to 1016
    EXPECT_FLOAT_EQ(year.x1, 1016.0f);
    EXPECT_TRUE(year.label_inside);
    EXPECT_FLOAT_EQ(year.label_x, 4.0f);  // held at the canvas edge
    EXPECT_FLOAT_EQ(year.box_x0, 0.0f);
    EXPECT_EQ(year.row, 0u);
    const TimelineItemBox& feb = layout.items[1];
    EXPECT_EQ(data.entities[feb.entity].id, "feb");
    EXPECT_EQ(feb.row, 1u);
    EXPECT_FLOAT_EQ(feb.x0, 290.0f);
    EXPECT_FLOAT_EQ(feb.x1, 580.0f);
    EXPECT_TRUE(feb.label_inside);
    EXPECT_FLOAT_EQ(feb.label_x, 294.0f);
    EXPECT_FLOAT_EQ(feb.box_x1, 580.0f);
    // March: 310 px wide, its 126 px label fits inside too; one pixel after February's box
    // plus the gap it would not: 580 + 6 > 580.
    const TimelineItemBox& mar = layout.items[2];
    EXPECT_EQ(data.entities[mar.entity].id, "mar");
    EXPECT_EQ(mar.row, 2u);
    EXPECT_FLOAT_EQ(mar.x0, 580.0f);
    EXPECT_FLOAT_EQ(mar.x1, 890.0f);
}

TEST(TimelineLayout, ALabelWiderThanItsBarGoesAfterIt) {
    Builder b;
    b.lane("a");
    b.period("p", "a", timeline_test::date_on_day(D + 10), timeline_test::date_on_day(D + 11), "Wide label");
    const Dataset data = b.build();
    const TimelineLayout layout = layout_timeline(data, build_timeline_index(data, 0), input_at(10.0, 3));
    ASSERT_EQ(layout.items.size(), 1u);
    const TimelineItemBox& p = layout.items[0];
    EXPECT_EQ(p.shape, ItemShape::Bar);
    EXPECT_FLOAT_EQ(p.x0, 100.0f);
    EXPECT_FLOAT_EQ(p.x1, 120.0f);  // two days, both ends inclusive
    EXPECT_FALSE(p.label_inside);
    EXPECT_FLOAT_EQ(p.label_x, 124.0f);
    EXPECT_FLOAT_EQ(p.box_x1, 194.0f);
}

// Four points on four consecutive days, names 14 px wide.
Dataset four_points() {
    Builder b;
    b.lane("a");
    for (int i = 0; i < 4; ++i) b.point("E" + std::to_string(i), "a", D + i);
    return b.build();
}

TEST(TimelineLayout, ADenseBucketBecomesOneClusterThatSplitsWhenZoomingIn) {
    const Dataset data = four_points();
    const TimelineIndex index = build_timeline_index(data, 0);
    // 10 px/day, 4-day buckets: four items for one row.
    const TimelineLayout far = layout_timeline(data, index, input_at(10.0, 1));
    EXPECT_TRUE(far.items.empty());
    ASSERT_EQ(far.clusters.size(), 1u);
    const TimelineCluster& all = far.clusters[0];
    EXPECT_EQ(all.count, 4u);
    EXPECT_FLOAT_EQ(all.x0, 0.0f);
    EXPECT_FLOAT_EQ(all.x1, 40.0f);
    EXPECT_DOUBLE_EQ(all.first_day, D);
    EXPECT_DOUBLE_EQ(all.end_day, D + 4);
    EXPECT_EQ(all.label, "+4");
    EXPECT_TRUE(all.label_fits);
    EXPECT_FLOAT_EQ(all.y0, 4.0f);  // the cluster row is the lane's only row
    EXPECT_FLOAT_EQ(all.y1, 24.0f);
    EXPECT_EQ(ids_of(data, cluster_members(index, all)), (std::vector<std::string>{"E0", "E1", "E2", "E3"}));
    EXPECT_EQ(ids_of(data, cluster_members(index, all, 2)), (std::vector<std::string>{"E0", "E1"}));
    EXPECT_TRUE(far.lanes[0].has_cluster_row);
    EXPECT_EQ(far.lanes[0].visible_count, 4u);

    // 20 px/day, 2-day buckets: two clusters of two.
    const TimelineLayout nearer = layout_timeline(data, index, input_at(20.0, 1));
    ASSERT_EQ(nearer.clusters.size(), 2u);
    EXPECT_EQ(nearer.clusters[0].count, 2u);
    EXPECT_FLOAT_EQ(nearer.clusters[0].x1, 40.0f);
    EXPECT_EQ(nearer.clusters[1].count, 2u);
    EXPECT_FLOAT_EQ(nearer.clusters[1].x0, 40.0f);
    EXPECT_FLOAT_EQ(nearer.clusters[1].x1, 80.0f);
    EXPECT_EQ(ids_of(data, cluster_members(index, nearer.clusters[1])),
              (std::vector<std::string>{"E2", "E3"}));

    // 40 px/day, 1-day buckets: every item has room in the one row.
    const TimelineLayout close = layout_timeline(data, index, input_at(40.0, 1));
    EXPECT_TRUE(close.clusters.empty());
    ASSERT_EQ(close.items.size(), 4u);
    EXPECT_FLOAT_EQ(close.items[1].box_x0, 56.0f);
    for (const TimelineItemBox& item : close.items) EXPECT_EQ(item.row, 0u);
}

TEST(TimelineLayout, MoreRowsShowTheSameItemsSooner) {
    const Dataset data = four_points();
    const TimelineIndex index = build_timeline_index(data, 0);
    EXPECT_EQ(layout_timeline(data, index, input_at(10.0, 3)).clusters.size(), 1u);  // 4 > 3 rows
    const TimelineLayout two = layout_timeline(data, index, input_at(20.0, 3));
    EXPECT_TRUE(two.clusters.empty());
    ASSERT_EQ(two.items.size(), 4u);
    std::vector<std::string> order;
    std::vector<std::uint32_t> rows;
    for (const TimelineItemBox& item : two.items) {
        order.push_back(data.entities[item.entity].id.str());
        rows.push_back(item.row);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"E0", "E2", "E1", "E3"}));
    EXPECT_EQ(rows, (std::vector<std::uint32_t>{0, 0, 1, 1}));
}

TEST(TimelineLayout, ABucketWhoseItemsFindNoFreeRowIsClustered) {
    Builder b;
    b.lane("a");
    b.point("P", "a", D, "LongLabelName");  // box [1, 104)
    b.point("Q", "a", D + 5);               // box from 51: row 0 is taken until 110
    b.point("R", "a", D + 20);              // box from 201: fits again
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    const TimelineLayout layout = layout_timeline(data, index, input_at(10.0, 1));
    ASSERT_EQ(layout.items.size(), 2u);
    EXPECT_EQ(data.entities[layout.items[0].entity].id, "P");
    EXPECT_EQ(data.entities[layout.items[1].entity].id, "R");
    ASSERT_EQ(layout.clusters.size(), 1u);
    EXPECT_EQ(layout.clusters[0].count, 1u);
    EXPECT_FLOAT_EQ(layout.clusters[0].x0, 40.0f);
    EXPECT_FLOAT_EQ(layout.clusters[0].x1, 80.0f);
    EXPECT_EQ(layout.clusters[0].label, "+1");
    EXPECT_FLOAT_EQ(layout.clusters[0].y0, 24.0f);  // below the item row
    EXPECT_FLOAT_EQ(layout.lanes[0].y1, 48.0f);
}

TEST(TimelineLayout, AdjacentClustersMergeWhileTheirCountDoesNotFit) {
    Builder b;
    b.lane("a");
    for (int i = 0; i < 1234; ++i) b.point("a" + std::to_string(10000 + i), "a", D);
    for (int i = 0; i < 1234; ++i) b.point("b" + std::to_string(10000 + i), "a", D + 5);
    for (int i = 0; i < 10; ++i) b.point("c" + std::to_string(10000 + i), "a", D + 13);
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    const TimelineLayout layout = layout_timeline(data, index, input_at(10.0, 3));
    EXPECT_TRUE(layout.items.empty());
    ASSERT_EQ(layout.clusters.size(), 2u);
    // "+1.2k" is 35 px + 2 * 4 padding > 40: the next bucket's cluster joins it.
    const TimelineCluster& merged = layout.clusters[0];
    EXPECT_EQ(merged.count, 2468u);
    EXPECT_EQ(merged.label, "+2.4k");
    EXPECT_TRUE(merged.label_fits);
    EXPECT_FLOAT_EQ(merged.x0, 0.0f);
    EXPECT_FLOAT_EQ(merged.x1, 80.0f);
    EXPECT_EQ(merged.range_begin, 0u);
    EXPECT_EQ(merged.range_end, 2468u);
    // Bucket [D+8, D+12) is empty, so the one after it stands alone.
    EXPECT_EQ(layout.clusters[1].count, 10u);
    EXPECT_FLOAT_EQ(layout.clusters[1].x0, 120.0f);
    EXPECT_FLOAT_EQ(layout.clusters[1].x1, 160.0f);
}

TEST(TimelineLayout, ItemsRunningIntoTheWindowJoinTheFirstBucket) {
    Builder b;
    b.lane("a");
    for (int i = 0; i < 5; ++i) b.at("y" + std::to_string(i), "a", "Y", year_date(2020));
    b.point("p", "a", D + 1);
    b.at("gone", "a", "G", year_date(2019));  // ended before the window
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    const TimelineLayout layout = layout_timeline(data, index, input_at(10.0, 3));
    ASSERT_EQ(layout.clusters.size(), 1u);
    const TimelineCluster& first = layout.clusters[0];
    EXPECT_EQ(first.count, 6u);
    EXPECT_TRUE(first.has_running);
    EXPECT_DOUBLE_EQ(first.running_day, D);
    EXPECT_EQ(ids_of(data, cluster_members(index, first)),
              (std::vector<std::string>{"y0", "y1", "y2", "y3", "y4", "p"}));
    EXPECT_EQ(layout.lanes[0].visible_count, 6u);
}

TEST(TimelineLayout, ACollapsedLaneShowsOnlyClustersInOneRow) {
    Builder b;
    b.lane("a");
    b.point("A", "a", D + 1, "Alpha");
    b.point("B", "a", D + 3, "Bravo");
    b.point("C", "a", D + 20, "Charlie");
    const Dataset data = b.build();
    TimelineLayoutInput in = input_at(10.0, 3);
    in.collapsed = {true};
    const TimelineLayout layout = layout_timeline(data, build_timeline_index(data, 0), in);
    EXPECT_TRUE(layout.items.empty());
    ASSERT_EQ(layout.clusters.size(), 2u);
    EXPECT_EQ(layout.clusters[0].count, 2u);
    EXPECT_EQ(layout.clusters[1].count, 1u);
    EXPECT_FLOAT_EQ(layout.clusters[1].x0, 200.0f);
    EXPECT_TRUE(layout.lanes[0].collapsed);
    EXPECT_EQ(layout.lanes[0].row_begin, layout.lanes[0].row_end);
    EXPECT_FLOAT_EQ(layout.lanes[0].y1, 28.0f);
}

TEST(TimelineLayout, SelectionMarksItsItemOrItsCluster) {
    const Dataset data = four_points();
    const TimelineIndex index = build_timeline_index(data, 0);
    TimelineLayoutInput in = input_at(20.0, 1);
    in.selected = data.index.entity_by_id.at("E3");
    const TimelineLayout clustered = layout_timeline(data, index, in);
    ASSERT_EQ(clustered.clusters.size(), 2u);
    EXPECT_FALSE(clustered.clusters[0].selected);
    EXPECT_TRUE(clustered.clusters[1].selected);
    in = input_at(40.0, 1);
    in.selected = data.index.entity_by_id.at("E3");
    const TimelineLayout shown = layout_timeline(data, index, in);
    for (const TimelineItemBox& item : shown.items)
        EXPECT_EQ(item.selected, data.entities[item.entity].id == "E3");
}

TEST(TimelineLayout, UndatedEntitiesAreNotLaidOut) {
    Builder b;
    b.lane("a");
    b.entity("u", "a", "Undated");
    b.point("p", "a", D + 1);
    const Dataset data = b.build();
    const TimelineLayout layout = layout_timeline(data, build_timeline_index(data, 0), input_at(10.0, 3));
    ASSERT_EQ(layout.items.size(), 1u);
    EXPECT_EQ(data.entities[layout.items[0].entity].id, "p");
}

TEST(TimelineLayout, LabelsInTheLanguageCutToTheMaximumWidth) {
    Builder b;
    b.lane("a");
    b.point("p", "a", D + 1, std::string(40, 'x'));
    const Dataset data = b.build();
    TimelineLayoutInput in = input_at(10.0, 3);
    in.params.max_label_px = 220.0f;
    const TimelineLayout en = layout_timeline(data, build_timeline_index(data, 0), in);
    ASSERT_EQ(en.items.size(), 1u);
    EXPECT_EQ(en.items[0].label, std::string(29, 'x') + "…");  // 29 * 7 + 13 = 216
    EXPECT_FLOAT_EQ(en.items[0].label_width, 216.0f);
    in.language = Language::Zh;
    const TimelineLayout zh = layout_timeline(data, build_timeline_index(data, 0), in);
    EXPECT_EQ(zh.items[0].label, std::string(29, 'x') + "…");  // "xxx…_zh" is cut the same way
}

TEST(TimelineLayout, NoTwoBoxesInARowTouchAtAnyZoom) {
    Builder b;
    b.lane("a");
    for (int i = 0; i < 300; ++i) {
        const std::int64_t day = D + (i * 37) % 400;
        if (i % 3 == 0)
            b.point("p" + std::to_string(i), "a", day, "Item " + std::to_string(i));
        else if (i % 3 == 1)
            b.at("m" + std::to_string(i), "a", "Month " + std::to_string(i), month_date(2020, 1 + i % 12));
        else
            b.period("r" + std::to_string(i), "a", timeline_test::date_on_day(day),
                     timeline_test::date_on_day(day + i % 90));
    }
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    for (double ppd = 0.5; ppd < 200.0; ppd *= 1.5) {
        const TimelineLayout layout = layout_timeline(data, index, input_at(ppd, 4));
        std::uint64_t shown = layout.items.size();
        for (const TimelineCluster& c : layout.clusters) shown += c.count;
        EXPECT_EQ(shown, layout.lanes[0].visible_count) << ppd;
        for (const TimelineRow& row : layout.rows) {
            for (std::uint32_t i = row.item_begin + 1; i < row.item_end; ++i) {
                EXPECT_LE(layout.items[i - 1].box_x1 + 6.0f, layout.items[i].box_x0) << ppd;
            }
        }
        for (std::size_t i = 1; i < layout.clusters.size(); ++i) {
            EXPECT_LE(layout.clusters[i - 1].x1, layout.clusters[i].x0) << ppd;
        }
    }
}

TEST(TimelineLayout, EveryVisibleItemIsShownOrCountedOnceForRandomDataAndWindows) {
    Builder b;
    b.lane("a").lane("b").lane("c");
    std::uint64_t seed = 12345;
    auto next = [&](std::uint64_t n) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::int64_t>((seed >> 33) % n);
    };
    const char* lanes[] = {"a", "b", "c"};
    for (int i = 0; i < 2000; ++i) {
        const std::string id = "e" + std::to_string(i);
        const char* lane = lanes[next(3)];
        const std::int64_t day = days_from_civil(2003, 1, 1) + next(9000);
        const Date d = date_from_days(day);
        switch (next(5)) {
            case 0:
                b.point(id, lane, day, "Point " + id);
                break;
            case 1:
                b.at(id, lane, "Month " + id, month_date(d.year, d.month));
                break;
            case 2:
                b.at(id, lane, "Year " + id, year_date(d.year));
                break;
            case 3:
                b.period(id, lane, d, date_from_days(day + next(2000)));
                break;
            default:
                b.ongoing(id, lane, year_date(d.year));
                break;
        }
    }
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, days_from_civil(2025, 11, 10));
    for (int trial = 0; trial < 60; ++trial) {
        const double span = 3.0 * std::pow(2.0, static_cast<double>(next(13)));
        const double start = static_cast<double>(days_from_civil(2000, 1, 1) + next(11000)) + 0.25;
        TimelineLayoutInput in = input_at(1.0, static_cast<std::uint32_t>(next(7)));
        in.axis = TimelineAxis{TimeWindow{start, start + span}, 50.0, 900.0};
        in.collapsed = {next(4) == 0, false, next(2) == 0};
        const TimelineLayout layout = layout_timeline(data, index, in);
        for (const TimelineLaneBox& lane : layout.lanes) {
            // Brute force: what overlaps the window.
            std::uint64_t expected = 0;
            for (const TimelineItem& item : index.lanes[lane.lane].items) {
                if (item.start < start + span && item.end > start) ++expected;
            }
            EXPECT_EQ(lane.visible_count, expected) << trial;
            std::uint64_t counted = lane.item_end - lane.item_begin;
            for (std::uint32_t i = lane.cluster_begin; i < lane.cluster_end; ++i) {
                const TimelineCluster& cluster = layout.clusters[i];
                counted += cluster.count;
                EXPECT_EQ(cluster_members(index, cluster).size(), cluster.count) << trial;
            }
            EXPECT_EQ(counted, expected) << trial;
            if (lane.collapsed) {
                EXPECT_EQ(lane.item_end, lane.item_begin);
            }
        }
        for (const TimelineRow& row : layout.rows) {
            for (std::uint32_t i = row.item_begin + 1; i < row.item_end; ++i) {
                EXPECT_LE(layout.items[i - 1].box_x1 + 6.0f, layout.items[i].box_x0) << trial;
            }
        }
    }
}

// [SECTION] filters narrow the timeline (filter_timeline_index)
TEST(TimelineLayoutFilter, HiddenItemsAreNeitherDrawnNorCountedInClusters) {
    const Dataset data = four_points();
    const TimelineIndex full = build_timeline_index(data, 0);
    std::vector<std::uint8_t> visible = {1, 0, 1, 1};  // E1 hidden
    TimelineIndex shown;
    filter_timeline_index(data, full, &visible, shown);

    // 10 px/day, one 4-day bucket: a cluster of the three shown.
    const TimelineLayout far = layout_timeline(data, shown, input_at(10.0, 1));
    ASSERT_EQ(far.clusters.size(), 1u);
    EXPECT_EQ(far.clusters[0].count, 3u);
    EXPECT_EQ(far.clusters[0].label, "+3");
    EXPECT_EQ(far.lanes[0].visible_count, 3u);
    EXPECT_EQ(ids_of(data, cluster_members(shown, far.clusters[0])),
              (std::vector<std::string>{"E0", "E2", "E3"}));

    // 20 px/day, 2-day buckets: E0 alone now fits its row; E2 and E3 still cluster.
    const TimelineLayout nearer = layout_timeline(data, shown, input_at(20.0, 1));
    ASSERT_EQ(nearer.items.size(), 1u);
    EXPECT_EQ(data.entities[nearer.items[0].entity].id, "E0");
    ASSERT_EQ(nearer.clusters.size(), 1u);
    EXPECT_EQ(nearer.clusters[0].count, 2u);

    // 40 px/day: every shown item on its own, never E1.
    const TimelineLayout close = layout_timeline(data, shown, input_at(40.0, 1));
    EXPECT_TRUE(close.clusters.empty());
    EXPECT_EQ(close.items.size(), 3u);
    for (const TimelineItemBox& item : close.items) EXPECT_NE(data.entities[item.entity].id, "E1");
    // The selection of a hidden entity marks nothing.
    TimelineLayoutInput in = input_at(10.0, 1);
    in.selected = 1;
    EXPECT_FALSE(layout_timeline(data, shown, in).clusters[0].selected);
    EXPECT_TRUE(layout_timeline(data, full, in).clusters[0].selected);
}

// The filtered index lays out exactly as the full index of the same data with the hidden
// entities moved off the timeline (into no lane): same items, rows, clusters and counts.
TEST(TimelineLayoutFilter, SameLayoutAsADatasetWithoutTheHiddenEntities) {
    Builder b;
    b.lane("a").lane("b").lane("c");
    std::uint64_t seed = 777;
    auto next = [&](std::uint64_t n) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::int64_t>((seed >> 33) % n);
    };
    const char* lanes[] = {"a", "b", "c"};
    for (int i = 0; i < 1500; ++i) {
        const std::string id = "e" + std::to_string(i);
        const char* lane = lanes[next(3)];
        const std::int64_t day = days_from_civil(2003, 1, 1) + next(9000);
        const Date d = date_from_days(day);
        switch (next(6)) {
            case 0:
                b.point(id, lane, day);
                break;
            case 1:
                b.at(id, lane, id, month_date(d.year, d.month));
                break;
            case 2:
                b.at(id, lane, id, year_date(d.year));
                break;
            case 3:
                b.period(id, lane, d, date_from_days(day + next(2000)));
                break;
            case 4:
                b.ongoing(id, lane, year_date(d.year));
                break;
            default:
                b.entity(id, lane, id);  // undated
                break;
        }
    }
    const Dataset data = b.build();
    const std::int64_t today = days_from_civil(2025, 11, 10);
    const TimelineIndex full = build_timeline_index(data, today);
    TimelineIndex shown;
    for (int trial = 0; trial < 12; ++trial) {
        const auto keep_in = static_cast<std::uint64_t>(2 + trial % 4);  // keep 1/2 .. 1/5
        std::vector<std::uint8_t> visible(data.entities.size());
        Dataset reference = data;
        for (std::size_t e = 0; e < visible.size(); ++e) {
            visible[e] = next(keep_in) == 0 ? 1 : 0;
            if (visible[e] == 0) reference.entities[e].lane = "hidden";
        }
        filter_timeline_index(data, full, &visible, shown);
        const TimelineIndex expected = build_timeline_index(reference, today);
        ASSERT_EQ(shown.item_count, expected.item_count) << trial;
        EXPECT_EQ(shown.hidden_count, expected.unlaned_count - full.unlaned_count) << trial;
        EXPECT_EQ(shown.first_day, expected.first_day) << trial;
        EXPECT_EQ(shown.end_day, expected.end_day) << trial;
        for (std::size_t l = 0; l < shown.lanes.size(); ++l) {
            const TimelineLaneIndex& got = shown.lanes[l];
            const TimelineLaneIndex& want = expected.lanes[l];
            ASSERT_EQ(got.items.size(), want.items.size());
            for (std::size_t p = 0; p < got.items.size(); ++p)
                EXPECT_EQ(got.items[p].entity, want.items[p].entity);
            EXPECT_EQ(got.starts, want.starts);
            ASSERT_EQ(got.classes.size(), want.classes.size());
            for (std::size_t c = 0; c < got.classes.size(); ++c) {
                EXPECT_EQ(got.classes[c].monotone, want.classes[c].monotone);
                EXPECT_EQ(got.classes[c].max_length, want.classes[c].max_length);
                EXPECT_EQ(got.classes[c].positions, want.classes[c].positions);
                EXPECT_EQ(got.classes[c].starts, want.classes[c].starts);
                EXPECT_EQ(got.classes[c].ends, want.classes[c].ends);
            }
        }
        for (int w = 0; w < 5; ++w) {
            const double span = 3.0 * std::pow(2.0, static_cast<double>(next(13)));
            const double start = static_cast<double>(days_from_civil(2000, 1, 1) + next(11000)) + 0.25;
            TimelineLayoutInput in = input_at(1.0, static_cast<std::uint32_t>(1 + next(6)));
            in.axis = TimelineAxis{TimeWindow{start, start + span}, 50.0, 900.0};
            const TimelineLayout got = layout_timeline(data, shown, in);
            const TimelineLayout want = layout_timeline(reference, expected, in);
            ASSERT_EQ(got.items.size(), want.items.size()) << trial << " " << w;
            for (std::size_t i = 0; i < got.items.size(); ++i) {
                EXPECT_EQ(got.items[i].entity, want.items[i].entity);
                EXPECT_EQ(visible[got.items[i].entity], 1);
                EXPECT_EQ(got.items[i].row, want.items[i].row);
                EXPECT_FLOAT_EQ(got.items[i].x0, want.items[i].x0);
            }
            ASSERT_EQ(got.clusters.size(), want.clusters.size()) << trial << " " << w;
            for (std::size_t i = 0; i < got.clusters.size(); ++i) {
                EXPECT_EQ(got.clusters[i].count, want.clusters[i].count);
                EXPECT_FLOAT_EQ(got.clusters[i].x0, want.clusters[i].x0);
                for (const std::uint32_t e : cluster_members(shown, got.clusters[i]))
                    EXPECT_EQ(visible[e], 1);
            }
            for (std::size_t l = 0; l < got.lanes.size(); ++l)
                EXPECT_EQ(got.lanes[l].visible_count, want.lanes[l].visible_count);
        }
    }
}

}  // namespace
}  // namespace pe
