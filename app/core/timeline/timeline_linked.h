// What the timeline shows of the links around the selection: which entities are "linked"
// (the focus's neighbourhood when a focus is on; else the direct links, reaching out to the
// nearest dated ones for an undated selection), which of them are on the timeline, which
// have no date (listed, counted by type), and the window that shows them when none is in view.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph_index.h"
#include "graph/neighbourhood.h"
#include "links/link_emphasis.h"
#include "model/dataset.h"
#include "timeline/timeline_axis.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_layout.h"

namespace pe {

struct TimelineTypeCount {
    std::string type;      // the entity type ("company")
    std::size_t kind = 0;  // its index in kEntityTypes (the colour), kEntityTypes.size() if unknown
    std::size_t count = 0;
};

// Kept between frames and recomputed when the selection, the focus, the filter or the data
// changes (update_timeline_linked).
struct TimelineLinked {
    std::uint32_t selected = kNoEntity;
    bool selected_dated = false;  // the selection is on the timeline shown
    // The linked entities are those within `depth` links of the selection (0: none).
    // With a focus on: the focus's depth and walk (LinkEmphasis::neighbourhood). With the
    // focus off: 1, the direct links; for an undated selection none of whose direct links
    // is dated, the least depth (2 or 3) that reaches a dated entity, so that selecting a
    // park lights up its companies' products and milestones; `widened` says so.
    int depth = 0;
    bool focus = false;
    bool widened = false;
    Neighbourhood walk;                  // the focus-off walk (unused with a focus on)
    std::vector<std::uint32_t> dated;    // linked, on the timeline: by distance, then walk order
    std::vector<std::uint32_t> undated;  // linked, shown, not on the timeline: by type group, then distance
    std::vector<TimelineTypeCount> undated_types;  // the groups of `undated`: most first, ties by type name
    std::size_t hidden = 0;                        // linked entities the filter hides
};

// `index` is the timeline shown (filtered); `visible` the filter's mask as in
// FilterResult (null or empty: everything shown); `emphasis` is the session's, up to date.
// Cost: the walk (what it reaches, up to 3 hops) plus the linked entities.
void update_timeline_linked(const Dataset& dataset, const GraphIndex& graph, const LinkEmphasis& emphasis,
                            const TimelineIndex& index, const std::vector<std::uint8_t>* visible,
                            std::uint32_t selected, TimelineLinked& out);

// Whether `entity` is linked to the selection (the selection itself is not).
bool is_linked(const TimelineLinked& linked, const LinkEmphasis& emphasis, std::uint32_t entity);

// Whether the selection (when dated) or one of its dated linked items overlaps `window`.
bool linked_in_view(const TimelineIndex& index, const TimelineLinked& linked, const TimeWindow& window);

// The window showing the selection (when dated) and all its dated linked items, `margin`
// pixels each side on a `width` px canvas; false when none of them is on the timeline.
bool linked_fit_window(const TimelineIndex& index, const TimelineLinked& linked, double width, double margin,
                       const AxisLimits& limits, TimeWindow& out);

// What a change of selection does to the window: when nothing of the selection is in view
// but some of it is on the timeline, the window that fits it; else `shown_window` unchanged.
TimeWindow window_after_selection(const TimelineIndex& index, const TimelineLinked& linked,
                                  const TimeWindow& shown_window, double width, double margin,
                                  const AxisLimits& limits);

// The lanes' scroll (TimelineView::scroll_y) that shows the selection's lane or a lane
// holding one of its dated linked items: `scroll` when one of those lanes already overlaps
// [view_top, view_bottom) (screen y of the canvas), else the scroll that puts the topmost of
// them at view_top (the caller clamps it to the lanes' height).
float scroll_to_linked(const TimelineLayout& layout, const TimelineIndex& index, const TimelineLinked& linked,
                       float view_top, float view_bottom, float scroll);

}  // namespace pe
