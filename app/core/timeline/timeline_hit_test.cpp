// Point queries over a TimelineLayout (timeline_hit_test.h). Relies on two facts the layout
// guarantees: lanes are stacked top to bottom, and within a row (or a lane's cluster row)
// boxes come in x order without overlapping.
#include "timeline/timeline_hit_test.h"

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

// Nearest box in [begin, end) to x within `tolerance`, boxes given by left/right accessors.
template <typename Left, typename Right>
bool nearest_in_row(std::uint32_t begin, std::uint32_t end, float x, float tolerance, Left left, Right right,
                    std::uint32_t& found) {
    if (begin >= end) return false;
    // First box whose left edge is beyond x; the candidate holding x is the one before it.
    std::uint32_t lo = begin, hi = end;
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (left(mid) <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    const std::uint32_t after = lo;
    if (after > begin && x < right(after - 1)) {
        found = after - 1;
        return true;
    }
    float best = INFINITY;
    if (after > begin) {
        const float d = x - right(after - 1);  // >= 0: the point is right of that box
        if (d < tolerance) {
            best = d;
            found = after - 1;
        }
    }
    if (after < end) {
        const float d = left(after) - x;  // > 0: the point is left of that box
        if (d <= tolerance && d < best) {
            best = d;
            found = after;
        }
    }
    return best < INFINITY;
}

}  // namespace

TimelineHit hit_test(const TimelineLayout& layout, float x, float y, float tolerance) {
    TimelineHit hit;
    const auto& lanes = layout.lanes;
    const auto lane_it = std::upper_bound(lanes.begin(), lanes.end(), y,
                                          [](float v, const TimelineLaneBox& lane) { return v < lane.y0; });
    if (lane_it == lanes.begin()) return hit;
    const TimelineLaneBox& lane = *(lane_it - 1);
    if (y >= lane.y1) return hit;  // in the gap below a lane
    hit.lane = lane.lane;
    const std::uint32_t rows = lane.row_end - lane.row_begin;
    if (rows > 0 && y >= layout.rows[lane.row_begin].y0 && y < layout.rows[lane.row_end - 1].y1) {
        const float row_height = layout.rows[lane.row_begin].y1 - layout.rows[lane.row_begin].y0;
        auto r = static_cast<std::uint32_t>((y - layout.rows[lane.row_begin].y0) / row_height);
        r = std::min(r, rows - 1);
        if (r > 0 && y < layout.rows[lane.row_begin + r].y0) --r;  // rounding at a row edge
        if (r + 1 < rows && y >= layout.rows[lane.row_begin + r].y1) ++r;
        const TimelineRow& row = layout.rows[lane.row_begin + r];
        std::uint32_t found = 0;
        if (nearest_in_row(
                row.item_begin, row.item_end, x, tolerance,
                [&](std::uint32_t i) { return layout.items[i].box_x0; },
                [&](std::uint32_t i) { return layout.items[i].box_x1; }, found)) {
            hit.kind = TimelineHitKind::Item;
            hit.index = found;
            hit.entity = layout.items[found].entity;
        }
        return hit;
    }
    if (lane.has_cluster_row && y >= lane.cluster_y0 && y < lane.cluster_y1) {
        std::uint32_t found = 0;
        if (nearest_in_row(
                lane.cluster_begin, lane.cluster_end, x, tolerance,
                [&](std::uint32_t i) { return layout.clusters[i].x0; },
                [&](std::uint32_t i) { return layout.clusters[i].x1; }, found)) {
            hit.kind = TimelineHitKind::Cluster;
            hit.index = found;
        }
    }
    return hit;
}

}  // namespace pe
