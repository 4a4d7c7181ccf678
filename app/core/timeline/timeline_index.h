// What the timeline precomputes once per dataset (and per "today"): every dated entity as
// an item in its lane, sorted by start, with the lookups that make a frame's layout cost
// what is visible rather than the dataset's size. Undated entities, and entities whose lane
// is not one of Dataset::lanes, are not on the timeline; a filtered copy of the index holds
// only the entities a filter shows. Per-frame layout: timeline_layout.h.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "model/dataset.h"

namespace pe {

inline constexpr std::uint32_t kNoTimelineLane = std::numeric_limits<std::uint32_t>::max();

enum class ItemShape : std::uint8_t {
    Point,  // a day-precision date with no end: one day
    Bar,    // a year or month (its whole span, approximate), or a period start..end / start..today
};

// Days are numbers since 1970-01-01; an item covers [start, end).
struct TimelineItem {
    std::uint32_t entity = 0;  // index into Dataset::entities
    std::int32_t start = 0;
    std::int32_t end = 0;
    ItemShape shape = ItemShape::Point;
    DatePrecision start_precision =
        DatePrecision::Day;  // Year/Month: the bar's start is that period's first day
    DatePrecision end_precision =
        DatePrecision::Day;  // of the stated end, or of the start when there is none
    bool open_end = false;   // "ongoing": runs up to today, no stated end
};

// Items whose ends follow one rule, to find those still running at a day without a scan.
// In a monotone class ends ascend with starts (points, month bars, year bars); periods are
// grouped by length (a power of two of days), so those running at d start after d - max_length.
struct TimelineEndClass {
    bool monotone = false;
    std::int32_t max_length = 0;
    std::vector<std::uint32_t> positions;  // into the lane's items, ascending
    std::vector<std::int32_t> starts;      // of those items
    std::vector<std::int32_t> ends;
};

struct TimelineLaneIndex {
    std::vector<TimelineItem> items;   // by start, then end, then entity id
    std::vector<std::int32_t> starts;  // items[i].start, for binary search
    std::vector<TimelineEndClass> classes;
};

struct TimelineSlot {
    std::uint32_t lane = kNoTimelineLane;  // kNoTimelineLane: not on the timeline
    std::uint32_t position = 0;            // in that lane's items
};

struct TimelineIndex {
    std::vector<TimelineLaneIndex> lanes;  // in Dataset::lanes order
    std::vector<TimelineSlot> slots;       // per entity
    std::int64_t today = 0;
    std::size_t item_count = 0;
    std::size_t undated_count = 0;  // entities with no start
    std::size_t unlaned_count = 0;  // dated, but their lane is not in Dataset::lanes
    bool has_items = false;
    std::int32_t first_day = 0;  // the earliest start
    std::int32_t end_day = 0;    // the latest end
    // Set by filter_timeline_index: per entity, 1 when it is on the full timeline but the
    // filter hides it (its slot is then kNoTimelineLane); empty when nothing is hidden.
    std::vector<std::uint8_t> filtered_out;
    std::size_t hidden_count = 0;  // items of the full index the filter hides
};

// `today` (days since 1970-01-01) ends the bars of ongoing periods; rebuild when it changes.
TimelineIndex build_timeline_index(const Dataset& dataset, std::int64_t today);

// The timeline of the entities a filter shows: `full`'s items whose entity is visible, in
// the same order and end classes, so layout, clusters, hit testing, links and next/previous
// work on it unchanged and cost what they did; hidden entities are simply not there.
// `visible` as in FilterResult (entity_filter.h): 1 = shown; null or empty: everything;
// an entity past its end is hidden. undated_count and unlaned_count count shown entities
// only. Linear in the entities, no sort; call it when the filter result or `full` changes.
// Reuses `out`'s storage; `out` must not be `full`.
void filter_timeline_index(const Dataset& dataset, const TimelineIndex& full,
                           const std::vector<std::uint8_t>* visible, TimelineIndex& out);

// The span an entity's time covers on the timeline, as build_timeline_index computes it.
// False when it has no start.
bool timeline_item_for(const Entity& entity, std::int64_t today, TimelineItem& item);

// Items of a lane that started before `day` and still run at it (start < day < end): their
// number, and their positions (ascending) appended to `positions` when given.
std::size_t items_running_at(const TimelineLaneIndex& lane, double day,
                             std::vector<std::uint32_t>* positions);

// The number of items of a lane that start in [from, to).
std::size_t items_starting_in(const TimelineLaneIndex& lane, double from, double to);

// "Next / previous event": items in the order (start, lane, position); the one right after
// (direction > 0) or before (direction < 0) `from`. When `from` is not on the timeline, the
// first item starting on or after `day`, or the last starting before it. False: none.
bool adjacent_item(const TimelineIndex& index, TimelineSlot from, double day, int direction,
                   TimelineSlot& out);

inline const TimelineItem& item_at(const TimelineIndex& index, TimelineSlot slot) {
    return index.lanes[slot.lane].items[slot.position];
}

}  // namespace pe
