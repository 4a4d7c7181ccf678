// The per-frame emphasis of timeline_emphasis.h: items by a mask lookup each, clusters by
// their members among the few entities the focus and the chains name.
#include "timeline/timeline_emphasis.h"

#include <algorithm>

namespace pe {

namespace {

// Raises the emphasis of the cluster holding `entity` (if it is clustered in this frame).
void raise_cluster(const TimelineIndex& index, const TimelineLayout& layout, std::uint32_t entity,
                   TimelineEmphasis level, std::vector<TimelineEmphasis>& clusters) {
    if (entity >= index.slots.size() || index.slots[entity].lane == kNoTimelineLane) return;
    const TimelineSlot slot = index.slots[entity];
    for (const TimelineLaneBox& lane : layout.lanes) {
        if (lane.lane != slot.lane) continue;
        for (std::uint32_t c = lane.cluster_begin; c < lane.cluster_end; ++c) {
            if (cluster_contains(index, layout.clusters[c], slot)) clusters[c] = std::max(clusters[c], level);
        }
        return;
    }
}

std::vector<std::uint32_t> chain_links_off_selection(const LinkEmphasis& emphasis, std::uint32_t selected) {
    std::vector<std::uint32_t> links;
    for (const Chain& chain : emphasis.chains.chains) {
        for (const ChainStep& step : chain.steps) {
            if (step.from != selected && step.to != selected) links.push_back(step.link);
        }
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    return links;
}

}  // namespace

TimelineEmphasis timeline_emphasis(const LinkEmphasis& emphasis, const TimelineLinked& linked,
                                   std::uint32_t entity) {
    if (on_chain(emphasis, entity)) return TimelineEmphasis::Chain;
    if (is_linked(linked, emphasis, entity)) return TimelineEmphasis::Linked;
    if (faded_by_focus(emphasis, entity)) return TimelineEmphasis::Faded;
    return TimelineEmphasis::Normal;
}

void build_timeline_emphasis(const Dataset& dataset, const TimelineIndex& index, const TimelineLayout& layout,
                             const LinkEmphasis& emphasis, const TimelineLinked& linked,
                             const TimelineLinkParams& params, TimelineEmphasisFrame& out) {
    out.items.clear();
    for (const TimelineItemBox& item : layout.items)
        out.items.push_back(timeline_emphasis(emphasis, linked, item.entity));

    const bool focus = !emphasis.in_focus.empty();
    out.clusters.assign(layout.clusters.size(), focus ? TimelineEmphasis::Faded : TimelineEmphasis::Normal);
    if (!layout.clusters.empty()) {
        if (focus) {
            for (const std::uint32_t e : emphasis.neighbourhood.entities) {
                const TimelineEmphasis level =
                    e == linked.selected ? TimelineEmphasis::Normal : timeline_emphasis(emphasis, linked, e);
                raise_cluster(index, layout, e, level, out.clusters);
            }
        } else {
            for (const std::uint32_t e : linked.dated)
                raise_cluster(index, layout, e, TimelineEmphasis::Linked, out.clusters);
        }
        for (const Chain& chain : emphasis.chains.chains) {
            for (const std::uint32_t e : chain.entities)
                raise_cluster(index, layout, e, TimelineEmphasis::Chain, out.clusters);
        }
    }
    out.chain_marks = build_link_marks(dataset, index, layout,
                                       chain_links_off_selection(emphasis, linked.selected), params);
}

}  // namespace pe
