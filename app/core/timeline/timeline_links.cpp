// Link marks for the selection (timeline_links.h): each end is found through the index
// (is it dated, is it in the window) and then in the laid-out lane (alone or clustered).
#include "timeline/timeline_links.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace pe {

namespace {

const TimelineLaneBox* lane_box(const TimelineLayout& layout, std::uint32_t lane) {
    if (lane < layout.lanes.size() && layout.lanes[lane].lane == lane) return &layout.lanes[lane];
    for (const TimelineLaneBox& box : layout.lanes) {
        if (box.lane == lane) return &box;
    }
    return nullptr;
}

// The middle of the lane's `stack`-th row (wrapping), for edge markers.
float edge_y(const TimelineLayout& layout, const TimelineLaneBox& lane, std::size_t stack) {
    const TimelineLayoutParams& p = layout.params;
    const float inner = lane.y1 - lane.y0 - 2.0f * p.lane_padding;
    const auto rows = static_cast<std::size_t>(std::max(1.0f, std::round(inner / p.row_height)));
    return lane.y0 + p.lane_padding + p.row_height * (0.5f + static_cast<float>(stack % rows));
}

struct Resolver {
    const TimelineIndex& index;
    const TimelineLayout& layout;
    std::map<std::pair<std::uint32_t, int>, std::size_t> stacks;  // (lane, side) -> markers so far

    TimelineLinkEnd resolve(std::uint32_t entity) {
        TimelineLinkEnd end;
        end.entity = entity;
        if (entity >= index.slots.size() || index.slots[entity].lane >= index.lanes.size()) return end;
        const TimelineSlot slot = index.slots[entity];
        const TimelineLaneBox* lane = lane_box(layout, slot.lane);
        if (lane == nullptr) return end;
        const TimelineItem& item = item_at(index, slot);
        const TimeWindow& w = layout.axis.window;
        if (item.end <= w.start_day || item.start >= w.end_day) {
            const bool left = item.end <= w.start_day;
            end.kind = left ? LinkEndKind::OffLeft : LinkEndKind::OffRight;
            end.x = static_cast<float>(left ? layout.axis.left : layout.axis.left + layout.axis.width);
            end.y = edge_y(layout, *lane, stacks[{slot.lane, left ? -1 : 1}]++);
            return end;
        }
        for (std::uint32_t i = lane->item_begin; i < lane->item_end; ++i) {
            const TimelineItemBox& box = layout.items[i];
            if (box.position != slot.position) continue;
            end.kind = LinkEndKind::Item;
            end.index = i;
            end.x = box.shape == ItemShape::Point ? box.x0
                                                  : std::max(box.x0, static_cast<float>(layout.axis.left));
            end.y = (box.y0 + box.y1) / 2.0f;
            return end;
        }
        for (std::uint32_t i = lane->cluster_begin; i < lane->cluster_end; ++i) {
            const TimelineCluster& cluster = layout.clusters[i];
            if (!cluster_contains(index, cluster, slot)) continue;
            end.kind = LinkEndKind::Cluster;
            end.index = i;
            end.x = (cluster.x0 + cluster.x1) / 2.0f;
            end.y = (cluster.y0 + cluster.y1) / 2.0f;
            return end;
        }
        return end;  // not reached: every item in the window is shown or clustered
    }
};

bool on_screen(const TimelineLinkEnd& end) {
    return end.kind == LinkEndKind::Item || end.kind == LinkEndKind::Cluster;
}
bool off_screen(const TimelineLinkEnd& end) {
    return end.kind == LinkEndKind::OffLeft || end.kind == LinkEndKind::OffRight;
}

void decide(TimelineLinkMark& mark, const TimelineLinkParams& params) {
    const TimelineLinkEnd& a = mark.self;
    const TimelineLinkEnd& b = mark.other;
    if (on_screen(a) && on_screen(b)) {
        if (a.kind == b.kind && a.index == b.index) return;  // the same cluster (or item)
        mark.draw = LinkDraw::Arc;
        mark.from_x = a.x, mark.from_y = a.y, mark.to_x = b.x, mark.to_y = b.y;
        const float rise = std::min(params.arc_max_height,
                                    params.arc_min_height + params.arc_height_per_px * std::fabs(b.x - a.x));
        mark.control_x = (a.x + b.x) / 2.0f;
        mark.control_y = std::min(a.y, b.y) - rise;
        return;
    }
    if (on_screen(a) != on_screen(b) && (off_screen(a) || off_screen(b))) {
        const TimelineLinkEnd& shown = on_screen(a) ? a : b;
        const TimelineLinkEnd& edge = on_screen(a) ? b : a;
        mark.draw = LinkDraw::EdgeMarker;
        mark.from_x = shown.x, mark.from_y = shown.y, mark.to_x = edge.x, mark.to_y = edge.y;
        mark.direction = edge.kind == LinkEndKind::OffLeft ? -1 : 1;
        return;
    }
    if (off_screen(a) && off_screen(b) && a.kind != b.kind) {
        const TimelineLinkEnd& l = a.kind == LinkEndKind::OffLeft ? a : b;
        const TimelineLinkEnd& r = a.kind == LinkEndKind::OffLeft ? b : a;
        mark.draw = LinkDraw::Across;
        mark.from_x = l.x, mark.from_y = l.y, mark.to_x = r.x, mark.to_y = r.y;
    }
}

}  // namespace

TimelineLinks build_timeline_links(const Dataset& dataset, const TimelineIndex& index,
                                   const TimelineLayout& layout, std::uint32_t selected,
                                   const TimelineLinkParams& params) {
    TimelineLinks result;
    result.selected = selected;
    if (selected >= dataset.entities.size()) return result;
    Resolver resolver{index, layout, {}};
    result.self = resolver.resolve(selected);
    auto add = [&](std::uint32_t link, bool outgoing) {
        if (link >= dataset.links.size()) return;
        const Link& l = dataset.links[link];
        const auto other = dataset.index.entity_by_id.find(outgoing ? l.to : l.from);
        TimelineLinkMark mark;
        mark.link = link;
        mark.relation = l.relation;
        mark.outgoing = outgoing;
        mark.self = result.self;
        if (other != dataset.index.entity_by_id.end()) mark.other = resolver.resolve(other->second);
        if (mark.self.kind == LinkEndKind::NotOnTimeline || mark.other.kind == LinkEndKind::NotOnTimeline) {
            ++result.not_on_timeline;
        } else {
            decide(mark, params);
        }
        result.marks.push_back(std::move(mark));
    };
    if (selected < dataset.index.links_out.size()) {
        for (std::uint32_t link : dataset.index.links_out[selected]) add(link, true);
    }
    if (selected < dataset.index.links_in.size()) {
        for (std::uint32_t link : dataset.index.links_in[selected]) add(link, false);
    }
    return result;
}

std::vector<TimelineLinkMark> build_link_marks(const Dataset& dataset, const TimelineIndex& index,
                                               const TimelineLayout& layout,
                                               const std::vector<std::uint32_t>& links,
                                               const TimelineLinkParams& params) {
    std::vector<TimelineLinkMark> marks;
    Resolver resolver{index, layout, {}};
    for (const std::uint32_t link : links) {
        if (link >= dataset.links.size()) continue;
        const Link& l = dataset.links[link];
        const auto from = dataset.index.entity_by_id.find(l.from);
        const auto to = dataset.index.entity_by_id.find(l.to);
        if (from == dataset.index.entity_by_id.end() || to == dataset.index.entity_by_id.end()) continue;
        TimelineLinkMark mark;
        mark.link = link;
        mark.relation = l.relation;
        mark.self = resolver.resolve(from->second);
        mark.other = resolver.resolve(to->second);
        if (mark.self.kind == LinkEndKind::NotOnTimeline || mark.other.kind == LinkEndKind::NotOnTimeline)
            continue;
        decide(mark, params);
        marks.push_back(std::move(mark));
    }
    return marks;
}

}  // namespace pe
