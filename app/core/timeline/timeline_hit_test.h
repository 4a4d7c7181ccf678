// Which item or cluster of a laid-out timeline frame is under a screen point: the lane by
// binary search over y, the row by arithmetic, then a binary search over x within the row,
// so the cost is logarithmic in what is shown. Nothing here changes the layout.
#pragma once

#include <cstdint>

#include "timeline/timeline_layout.h"

namespace pe {

enum class TimelineHitKind : std::uint8_t { None, Item, Cluster };

struct TimelineHit {
    TimelineHitKind kind = TimelineHitKind::None;
    std::uint32_t index = 0;               // into TimelineLayout::items or ::clusters
    std::uint32_t entity = kNoEntity;      // the item's entity (Item only)
    std::uint32_t lane = kNoTimelineLane;  // the lane under the point, also on a miss inside a lane
};

// Boxes are half-open: [box_x0, box_x1) x [y0, y1) for items, [x0, x1) x [y0, y1) for clusters.
// `tolerance` widens them sideways by that many pixels; when two are then in reach, the
// one whose box holds the point wins, else the nearer one, else the left one.
TimelineHit hit_test(const TimelineLayout& layout, float x, float y, float tolerance = 0.0f);

}  // namespace pe
