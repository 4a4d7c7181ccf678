// The per-dataset timeline index: which entities become items, the span each covers at its
// precision (a year is its whole year, never a made-up day), their order per lane, and the
// queries a frame uses (running at a day, starting in a range, next/previous event).
#include "timeline/timeline_index.h"

#include <gtest/gtest.h>

#include "timeline_fixture.h"

namespace pe {
namespace {

using timeline_test::Builder;

std::int32_t day(int y, int m, int d) {
    return static_cast<std::int32_t>(days_from_civil(y, m, d));
}

TEST(TimelineIndex, EachPrecisionSpansWhatItSays) {
    Builder b;
    b.lane("a");
    const auto year = b.at("y", "a", "Y", year_date(2015));
    const auto month = b.at("m", "a", "M", month_date(2016, 2));
    const auto point = b.point("d", "a", day(2016, 3, 5));
    const auto plan = b.period("p", "a", month_date(2024, 12), year_date(2027));
    const auto ongoing = b.ongoing("o", "a", year_date(2015));
    const Dataset data = b.build();
    const std::int64_t today = day(2025, 11, 10);
    const TimelineIndex index = build_timeline_index(data, today);
    ASSERT_EQ(index.item_count, 5u);

    const TimelineItem& y = item_at(index, index.slots[year]);
    EXPECT_EQ(y.shape, ItemShape::Bar);
    EXPECT_EQ(y.start, day(2015, 1, 1));
    EXPECT_EQ(y.end, day(2016, 1, 1));  // exclusive: through 2015-12-31
    EXPECT_EQ(y.start_precision, DatePrecision::Year);
    EXPECT_EQ(y.end_precision, DatePrecision::Year);
    EXPECT_FALSE(y.open_end);

    const TimelineItem& m = item_at(index, index.slots[month]);
    EXPECT_EQ(m.shape, ItemShape::Bar);
    EXPECT_EQ(m.start, day(2016, 2, 1));
    EXPECT_EQ(m.end, day(2016, 3, 1));  // 29 days: a leap year
    EXPECT_EQ(m.start_precision, DatePrecision::Month);

    const TimelineItem& d = item_at(index, index.slots[point]);
    EXPECT_EQ(d.shape, ItemShape::Point);
    EXPECT_EQ(d.start, day(2016, 3, 5));
    EXPECT_EQ(d.end, day(2016, 3, 6));

    const TimelineItem& p = item_at(index, index.slots[plan]);
    EXPECT_EQ(p.start, day(2024, 12, 1));
    EXPECT_EQ(p.end, day(2028, 1, 1));
    EXPECT_EQ(p.start_precision, DatePrecision::Month);
    EXPECT_EQ(p.end_precision, DatePrecision::Year);

    const TimelineItem& o = item_at(index, index.slots[ongoing]);
    EXPECT_EQ(o.start, day(2015, 1, 1));
    EXPECT_EQ(o.end, today + 1);  // through today
    EXPECT_TRUE(o.open_end);

    EXPECT_TRUE(index.has_items);
    EXPECT_EQ(index.first_day, day(2015, 1, 1));
    EXPECT_EQ(index.end_day, day(2028, 1, 1));
}

TEST(TimelineIndex, UndatedAndLanelessEntitiesAreNotOnTheTimeline) {
    Builder b;
    b.lane("a").lane("b");
    const auto undated = b.entity("u", "a", "U");
    const auto stray = b.at("s", "nowhere", "S", year_date(2020));
    const auto dated = b.at("d", "b", "D", year_date(2020));
    const TimelineIndex index = build_timeline_index(b.build(), 0);
    EXPECT_EQ(index.item_count, 1u);
    EXPECT_EQ(index.undated_count, 1u);
    EXPECT_EQ(index.unlaned_count, 1u);
    EXPECT_EQ(index.slots[undated].lane, kNoTimelineLane);
    EXPECT_EQ(index.slots[stray].lane, kNoTimelineLane);
    EXPECT_EQ(index.slots[dated].lane, 1u);
    EXPECT_TRUE(index.lanes[0].items.empty());
}

TEST(TimelineIndex, LaneItemsByStartThenEndThenId) {
    Builder b;
    b.lane("a");
    b.at("z-year", "a", "Z", year_date(2020));
    b.at("a-year", "a", "A", year_date(2020));
    b.at("month", "a", "M", month_date(2020, 1));
    b.point("first-day", "a", day(2020, 1, 1));
    b.point("earlier", "a", day(2019, 6, 1));
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    std::vector<std::string> ids;
    for (const TimelineItem& item : index.lanes[0].items) ids.push_back(data.entities[item.entity].id.str());
    EXPECT_EQ(ids, (std::vector<std::string>{"earlier", "first-day", "month", "a-year", "z-year"}));
    for (std::size_t p = 0; p < index.lanes[0].items.size(); ++p) {
        EXPECT_EQ(index.slots[index.lanes[0].items[p].entity].position, p);
        EXPECT_EQ(index.lanes[0].starts[p], index.lanes[0].items[p].start);
    }
}

TEST(TimelineIndex, RunningAtADayAcrossAllShapes) {
    Builder b;
    b.lane("a");
    b.at("y2019", "a", "Y", year_date(2019));
    b.at("y2020", "a", "Y", year_date(2020));
    b.at("m", "a", "M", month_date(2020, 3));
    b.point("p", "a", day(2020, 3, 10));
    b.period("long", "a", year_date(2005), year_date(2022));
    b.period("short", "a", month_date(2020, 1), month_date(2020, 2));
    b.ongoing("open", "a", year_date(2018));
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, day(2025, 1, 1));
    const TimelineLaneIndex& lane = index.lanes[0];
    auto running_ids = [&](double at) {
        std::vector<std::uint32_t> positions;
        const std::size_t n = items_running_at(lane, at, &positions);
        EXPECT_EQ(n, positions.size());
        std::vector<std::string> ids;
        for (std::uint32_t p : positions) ids.push_back(data.entities[lane.items[p].entity].id.str());
        return ids;
    };
    // Mid-day on 2020-03-10: the point has started too (start < day).
    EXPECT_EQ(running_ids(day(2020, 3, 10) + 0.5),
              (std::vector<std::string>{"long", "open", "y2020", "m", "p"}));
    // At the very start of 2020-03-10, the point has not started (start < day is false).
    EXPECT_EQ(running_ids(day(2020, 3, 10)), (std::vector<std::string>{"long", "open", "y2020", "m"}));
    EXPECT_EQ(running_ids(day(2020, 1, 15)), (std::vector<std::string>{"long", "open", "short", "y2020"}));
    EXPECT_EQ(running_ids(day(2019, 12, 31) + 0.5), (std::vector<std::string>{"long", "open", "y2019"}));
    EXPECT_EQ(running_ids(day(2030, 1, 1)), (std::vector<std::string>{}));
    EXPECT_EQ(items_starting_in(lane, day(2020, 1, 1), day(2020, 3, 10)), 3u);  // y2020, short, m
    EXPECT_EQ(items_starting_in(lane, day(2020, 1, 1), day(2020, 3, 10) + 0.5), 4u);
}

TEST(TimelineIndex, NextAndPreviousEventInTimeThenLaneOrder) {
    Builder b;
    b.lane("a").lane("b");
    const auto a1 = b.point("a1", "a", 100);
    const auto a2 = b.point("a2", "a", 200);
    const auto b1 = b.point("b1", "b", 100);
    const auto b2 = b.point("b2", "b", 150);
    const Dataset data = b.build();
    const TimelineIndex index = build_timeline_index(data, 0);
    auto step = [&](std::uint32_t from, int direction) {
        TimelineSlot out;
        if (!adjacent_item(index, index.slots[from], 0.0, direction, out)) return std::string("none");
        return data.entities[item_at(index, out).entity].id.str();
    };
    EXPECT_EQ(step(a1, 1), "b1");  // same day, next lane
    EXPECT_EQ(step(b1, 1), "b2");
    EXPECT_EQ(step(b2, 1), "a2");
    EXPECT_EQ(step(a2, 1), "none");
    EXPECT_EQ(step(a2, -1), "b2");
    EXPECT_EQ(step(b2, -1), "b1");
    EXPECT_EQ(step(b1, -1), "a1");
    EXPECT_EQ(step(a1, -1), "none");
    TimelineSlot out;
    ASSERT_TRUE(adjacent_item(index, TimelineSlot{}, 120.0, 1, out));
    EXPECT_EQ(data.entities[item_at(index, out).entity].id, "b2");
    ASSERT_TRUE(adjacent_item(index, TimelineSlot{}, 120.0, -1, out));
    EXPECT_EQ(data.entities[item_at(index, out).entity].id, "b1");
}

// [SECTION] the filtered index (filters narrow the timeline)
std::vector<std::string> lane_ids(const Dataset& data, const TimelineLaneIndex& lane) {
    std::vector<std::string> ids;
    for (const TimelineItem& item : lane.items) ids.push_back(data.entities[item.entity].id.str());
    return ids;
}

TEST(TimelineIndexFilter, KeepsOnlyShownItemsInTheirOrder) {
    Builder b;
    b.lane("a").lane("b");
    const auto y = b.at("y", "a", "Y", year_date(2015));
    const auto m = b.at("m", "a", "M", month_date(2016, 2));
    const auto d = b.point("d", "a", day(2016, 3, 5));
    const auto p = b.period("p", "b", month_date(2024, 12), year_date(2027));
    const auto o = b.ongoing("o", "b", year_date(2018));
    const auto u = b.entity("u", "a", "U");
    const auto s = b.at("s", "nowhere", "S", year_date(2020));
    const auto u2 = b.entity("u2", "a", "U2");
    const Dataset data = b.build();
    const TimelineIndex full = build_timeline_index(data, day(2025, 11, 10));
    std::vector<std::uint8_t> visible(data.entities.size(), 1);
    visible[m] = visible[p] = visible[u] = 0;
    TimelineIndex shown;
    filter_timeline_index(data, full, &visible, shown);

    EXPECT_EQ(shown.item_count, 3u);
    EXPECT_EQ(lane_ids(data, shown.lanes[0]), (std::vector<std::string>{"y", "d"}));
    EXPECT_EQ(lane_ids(data, shown.lanes[1]), (std::vector<std::string>{"o"}));
    EXPECT_EQ(shown.lanes[0].starts, (std::vector<std::int32_t>{day(2015, 1, 1), day(2016, 3, 5)}));
    EXPECT_EQ(shown.slots[d].lane, 0u);
    EXPECT_EQ(shown.slots[d].position, 1u);
    EXPECT_EQ(shown.slots[o].position, 0u);
    EXPECT_EQ(shown.slots[m].lane, kNoTimelineLane);
    EXPECT_EQ(shown.slots[p].lane, kNoTimelineLane);
    // Hidden items are marked; hidden undated ones were never items.
    EXPECT_EQ(shown.hidden_count, 2u);
    EXPECT_EQ(shown.filtered_out[m], 1);
    EXPECT_EQ(shown.filtered_out[p], 1);
    EXPECT_EQ(shown.filtered_out[u], 0);
    EXPECT_EQ(shown.filtered_out[y], 0);
    EXPECT_EQ(shown.filtered_out[u2], 0);
    EXPECT_EQ(shown.undated_count, 1u);  // u2; u is hidden
    EXPECT_EQ(shown.unlaned_count, 1u);  // s
    EXPECT_EQ(shown.slots[s].lane, kNoTimelineLane);
    EXPECT_TRUE(shown.has_items);
    EXPECT_EQ(shown.first_day, day(2015, 1, 1));
    EXPECT_EQ(shown.end_day, day(2025, 11, 11));  // "o" runs through today; p (to 2027) is hidden
    EXPECT_EQ(shown.today, full.today);
    // The period's end class is gone: nothing runs in 2026 but "o".
    std::vector<std::uint32_t> running;
    EXPECT_EQ(items_running_at(shown.lanes[1], day(2025, 6, 1), &running), 1u);
    EXPECT_EQ(items_running_at(full.lanes[1], day(2025, 6, 1), nullptr), 2u);
    EXPECT_EQ(items_starting_in(shown.lanes[0], day(2016, 1, 1), day(2017, 1, 1)), 1u);  // d, not m

    // Nothing visible: an empty timeline that still knows today.
    std::fill(visible.begin(), visible.end(), 0);
    filter_timeline_index(data, full, &visible, shown);  // reusing the storage
    EXPECT_EQ(shown.item_count, 0u);
    EXPECT_FALSE(shown.has_items);
    EXPECT_EQ(shown.hidden_count, 5u);
    EXPECT_EQ(shown.undated_count, 0u);
    EXPECT_TRUE(shown.lanes[0].items.empty() && shown.lanes[0].starts.empty() &&
                shown.lanes[0].classes.empty());
}

TEST(TimelineIndexFilter, NoMaskOrAnEmptyOneKeepsEverything) {
    Builder b;
    b.lane("a");
    b.at("y", "a", "Y", year_date(2015));
    b.period("p", "a", month_date(2024, 12), year_date(2027));
    b.entity("u", "a", "U");
    const Dataset data = b.build();
    const TimelineIndex full = build_timeline_index(data, day(2025, 11, 10));
    const std::vector<std::uint8_t> empty;
    for (const std::vector<std::uint8_t>* mask :
         {static_cast<const std::vector<std::uint8_t>*>(nullptr), &empty}) {
        TimelineIndex shown;
        filter_timeline_index(data, full, mask, shown);
        EXPECT_TRUE(shown.filtered_out.empty());
        EXPECT_EQ(shown.hidden_count, 0u);
        EXPECT_EQ(shown.item_count, full.item_count);
        EXPECT_EQ(shown.undated_count, 1u);
        EXPECT_EQ(lane_ids(data, shown.lanes[0]), lane_ids(data, full.lanes[0]));
        EXPECT_EQ(shown.lanes[0].classes.size(), full.lanes[0].classes.size());
        EXPECT_EQ(shown.first_day, full.first_day);
        EXPECT_EQ(shown.end_day, full.end_day);
    }
}

TEST(TimelineIndexFilter, NextAndPreviousSkipHiddenItems) {
    Builder b;
    b.lane("a").lane("b");
    const auto a1 = b.point("a1", "a", 100);
    const auto a2 = b.point("a2", "a", 200);
    const auto b1 = b.point("b1", "b", 100);
    const auto b2 = b.point("b2", "b", 150);
    const Dataset data = b.build();
    const TimelineIndex full = build_timeline_index(data, 0);
    std::vector<std::uint8_t> visible(data.entities.size(), 1);
    visible[b1] = visible[b2] = 0;
    TimelineIndex shown;
    filter_timeline_index(data, full, &visible, shown);
    TimelineSlot out;
    ASSERT_TRUE(adjacent_item(shown, shown.slots[a1], 0.0, 1, out));
    EXPECT_EQ(data.entities[item_at(shown, out).entity].id, "a2");
    ASSERT_TRUE(adjacent_item(shown, shown.slots[a2], 0.0, -1, out));
    EXPECT_EQ(data.entities[item_at(shown, out).entity].id, "a1");
    ASSERT_TRUE(adjacent_item(shown, TimelineSlot{}, 120.0, 1, out));
    EXPECT_EQ(data.entities[item_at(shown, out).entity].id, "a2");
}

}  // namespace
}  // namespace pe
