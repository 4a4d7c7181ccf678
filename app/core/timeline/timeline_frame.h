// Everything the timeline view draws in one frame, computed in one call: the layout, the
// ticks, the selection's links and the today marker; plus the overview strip (the whole
// span with the visible window on it) and the window moves that need the index (fit all,
// the pan bounds). The view only draws these and turns input into a new window.
// Filters narrow the timeline through the index: pass filter_timeline_index's copy
// (timeline_index.h) and everything here sees only the entities shown.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "links/link_emphasis.h"
#include "model/dataset.h"
#include "timeline/timeline_axis.h"
#include "timeline/timeline_emphasis.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_linked.h"
#include "timeline/timeline_links.h"
#include "timeline/timeline_ticks.h"

namespace pe {

struct TimelineFrameInput {
    TimelineLayoutInput layout;  // window, canvas, collapsed lanes, selection, language, text measure
    TickParams ticks;
    TimelineLinkParams links;
    // The focus, the chains and the selection's linked items (both or neither): without
    // them every item's emphasis is Normal and there are no chain marks.
    const LinkEmphasis* emphasis = nullptr;
    const TimelineLinked* linked = nullptr;
};

struct TimelineFrame {
    TimelineLayout layout;
    TimelineTicks ticks;
    TimelineLinks links;  // without the links to entities a filter hides (see hidden_links)
    // Links of the selection with an end the index's filter hides (TimelineIndex::filtered_out;
    // all of them when the selection itself is hidden): left out of links.marks and of
    // links.not_on_timeline, so nothing is drawn for them and they are not called undated.
    std::size_t hidden_links = 0;
    TimelineEmphasisFrame emphasis;  // linked, on a chain, faded by the focus
    bool today_visible = false;
    float today_x = 0.0f;  // the middle of today
};

// Reuses `out`'s storage from the previous frame.
void build_timeline_frame(const Dataset& dataset, const TimelineIndex& index, const TimelineFrameInput& input,
                          TimelineFrame& out);

// The window showing every item with `margin` pixels each side; with no items, the year
// around today.
TimeWindow fit_all(const TimelineIndex& index, double width, double margin, const AxisLimits& limits);

// The default limits with bounds: the items' span plus a fifth of it (at least a year) on
// each side, so panning cannot lose the data.
AxisLimits timeline_limits(const TimelineIndex& index);

// Per-lane collapsed flags (Dataset::lanes order) from the lane ids a view state keeps.
std::vector<bool> collapsed_lane_flags(const Dataset& dataset, const std::vector<std::string>& collapsed_ids);

struct TimelineOverviewStrip {
    TimelineAxis axis;                         // the items' whole span across the strip
    float window_x0 = 0.0f, window_x1 = 0.0f;  // the visible window drawn on the strip
    std::vector<std::uint32_t> density;        // items starting in each of `bins` equal slices of the strip
    std::uint32_t max_density = 0;
};

// Costs bins x lanes binary searches, whatever the dataset's size: keep it while the index
// and the strip's size stay the same, and move only its window (place_overview_window).
TimelineOverviewStrip build_overview_strip(const TimelineIndex& index, const TimeWindow& visible, double left,
                                           double width, std::size_t bins);

// The visible window drawn on the strip.
void place_overview_window(TimelineOverviewStrip& overview, const TimeWindow& visible);

}  // namespace pe
