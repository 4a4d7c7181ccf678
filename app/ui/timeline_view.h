// The timeline: swimlanes of dated entities with adaptive ticks, clusters where dense, the
// selection's links and linked items (ringed; the undated ones in a strip), the focus's fade,
// the chains of "connect two things", a today marker and an overview strip. Computes
// nothing itself: core's build_timeline_frame lays it out and decide_timeline_input turns
// input into an outcome that this view applies to the session's state.
#pragma once

#include <cstdint>
#include <string>

#include "explore/explorer_models.h"
#include "session/app_session.h"
#include "timeline/timeline_frame.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_linked.h"

namespace pe {

struct TimelineView {
    TimelineIndex full;      // every dated entity
    TimelineIndex filtered;  // those the filter shows, when a filter is active
    bool filtering = false;
    std::uint64_t filtered_version = 0;  // the ExplorerModels::shown_version `filtered` follows
    bool built = false;
    std::uint64_t built_generation = 0;
    std::int64_t built_today = 0;
    AxisLimits limits;
    TimelineFrame frame;  // the last frame drawn: input is hit-tested against what was seen
    bool frame_valid = false;
    float scroll_y = 0.0f;  // lanes scrolled up by this many pixels when taller than the canvas
    // The selection's linked items (core's timeline_linked), recomputed when what they
    // depend on changes: the selection, the focus, the filter, the data.
    TimelineLinked linked;
    bool linked_valid = false;
    std::string linked_selection;
    int linked_focus = 0;
    std::uint64_t linked_filter = 0, linked_generation = 0;
    std::int64_t linked_today = 0;
    // The overview strip's density, kept while the index and the strip's size stay the same.
    TimelineOverviewStrip overview;
    bool overview_valid = false;
    std::size_t overview_bins = 0;
    float overview_left = 0.0f, overview_width = 0.0f;
    std::string framed_selection;  // the selection the window last moved to show (or found in view)
    bool reveal_linked = false;    // a new selection: scroll the lanes to its linked items once laid out
};

// The index the timeline draws: the filtered one while a filter is active.
const TimelineIndex& active_index(const TimelineView& view);

// Draws into a region `height` pixels high at the cursor, the full available width, the
// entities `models` shows.
void draw_timeline(TimelineView& view, AppSession& session, const ExplorerModels& models, float height);

// Days since 1970-01-01 of the local calendar date today (the UI's clock; core never reads it).
std::int64_t local_today();

}  // namespace pe
