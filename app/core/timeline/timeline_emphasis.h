// How each item and cluster of one timeline frame is drawn with respect to the links around
// the selection: on a chain of "connect two things", linked to the selection (a ring), faded
// by the focus (outside the neighbourhood: faded, never hidden) or plain; plus the chain's
// steps between two dated items as arcs. Read from the session's LinkEmphasis and the
// timeline's linked items; decides nothing about colours.
#pragma once

#include <cstdint>
#include <vector>

#include "links/link_emphasis.h"
#include "model/dataset.h"
#include "timeline/timeline_index.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_linked.h"
#include "timeline/timeline_links.h"

namespace pe {

// In order of precedence: a chain's entity is highlighted even outside the focus.
enum class TimelineEmphasis : std::uint8_t { Normal, Faded, Linked, Chain };

struct TimelineEmphasisFrame {
    std::vector<TimelineEmphasis> items;     // parallel to TimelineLayout::items
    std::vector<TimelineEmphasis> clusters;  // parallel to TimelineLayout::clusters: its strongest member's
    // The steps of the chains whose two ends are dated and neither is the selection (the
    // selection's own links are in TimelineLinks, flagged by link_on_chain).
    std::vector<TimelineLinkMark> chain_marks;
};

// The emphasis of one entity: Chain if on a chain, Linked if linked to the selection,
// Faded if the focus is on and it lies outside, else Normal. The selection itself is
// Normal here (it has its own ring).
TimelineEmphasis timeline_emphasis(const LinkEmphasis& emphasis, const TimelineLinked& linked,
                                   std::uint32_t entity);

// Cost: the items shown, plus for the clusters the focus's and the chains' entities that
// are on the timeline, each checked against its lane's clusters.
void build_timeline_emphasis(const Dataset& dataset, const TimelineIndex& index, const TimelineLayout& layout,
                             const LinkEmphasis& emphasis, const TimelineLinked& linked,
                             const TimelineLinkParams& params, TimelineEmphasisFrame& out);

}  // namespace pe
