// The links of the selected entity as the timeline shows them in one frame: an arc to each
// linked item (or the cluster holding it) on screen, a marker at the left or right edge
// for an end outside the window, and nothing for an end that is not on the timeline
// (undated, or in no lane): those are listed so the view can say so.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_layout.h"

namespace pe {

enum class LinkEndKind : std::uint8_t {
    Item,           // shown on its own: layout.items[index]
    Cluster,        // inside layout.clusters[index]
    OffLeft,        // ends before the window
    OffRight,       // starts after the window
    NotOnTimeline,  // no date, or no lane
};

struct TimelineLinkEnd {
    LinkEndKind kind = LinkEndKind::NotOnTimeline;
    std::uint32_t entity = kNoEntity;
    std::uint32_t index = 0;   // item or cluster, for Item / Cluster
    float x = 0.0f, y = 0.0f;  // where a line attaches; for OffLeft / OffRight on the canvas edge
};

enum class LinkDraw : std::uint8_t {
    Arc,         // both ends on screen: a curve from `from` through `control` to `to`
    EdgeMarker,  // one end on screen: an arrow at the edge point (`to`), pointing `direction`
    Across,      // both ends off screen on opposite sides: a line from edge to edge
    None,        // both off screen on one side, both in the same cluster, or an end not on the timeline
};

struct TimelineLinkMark {
    std::uint32_t link = 0;  // index into Dataset::links
    std::string relation;
    bool outgoing = true;  // the selected entity is the link's `from`
    TimelineLinkEnd self;  // the selected entity's end
    TimelineLinkEnd other;
    LinkDraw draw = LinkDraw::None;
    float from_x = 0.0f, from_y = 0.0f;        // the on-screen end (for Across: the left edge point)
    float to_x = 0.0f, to_y = 0.0f;            // the other end, or the edge point
    float control_x = 0.0f, control_y = 0.0f;  // Arc: quadratic Bézier control point, above both ends
    int direction = 0;                         // EdgeMarker: -1 earlier (left), +1 later (right)
};

struct TimelineLinks {
    std::uint32_t selected = kNoEntity;
    TimelineLinkEnd self;                 // where the selected entity is in this frame
    std::vector<TimelineLinkMark> marks;  // links_out first, then links_in, each in link order
    std::size_t not_on_timeline = 0;      // marks with an end that is not on the timeline (drawn: nothing)
};

struct TimelineLinkParams {
    float arc_min_height = 10.0f;  // an arc rises at least this much above its higher end
    float arc_max_height = 60.0f;
    float arc_height_per_px = 0.25f;  // ... plus this much per pixel between its ends
};

TimelineLinks build_timeline_links(const Dataset& dataset, const TimelineIndex& index,
                                   const TimelineLayout& layout, std::uint32_t selected,
                                   const TimelineLinkParams& params = {});

// Marks for any links (Dataset::links indices), `self` being each link's `from` end: how
// the chains of "connect two things" are drawn between two items neither of which is the
// selection. Links with an end that is not on the timeline get no mark.
std::vector<TimelineLinkMark> build_link_marks(const Dataset& dataset, const TimelineIndex& index,
                                               const TimelineLayout& layout,
                                               const std::vector<std::uint32_t>& links,
                                               const TimelineLinkParams& params = {});

}  // namespace pe
