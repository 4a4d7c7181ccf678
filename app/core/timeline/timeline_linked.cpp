// The selection's linked items on the timeline (timeline_linked.h): the walk is the focus's
// or graph/neighbourhood's, never one of its own; this file only sorts what it reached.
#include "timeline/timeline_linked.h"

#include <algorithm>
#include <limits>

#include "model/entity_types.h"

namespace pe {

namespace {

constexpr int kWidestDepth = 3;  // how far the focus-off rule reaches for a dated item

bool on_timeline(const TimelineIndex& index, std::uint32_t entity) {
    return entity < index.slots.size() && index.slots[entity].lane != kNoTimelineLane;
}

bool shown(const std::vector<std::uint8_t>* visible, std::uint32_t entity) {
    return visible == nullptr || visible->empty() || (entity < visible->size() && (*visible)[entity] != 0);
}

// The least depth within kWidestDepth at which the walk reaches a dated entity the filter
// shows; 0 when it reaches none.
int nearest_dated_depth(const Neighbourhood& walk, const TimelineIndex& index,
                        const std::vector<std::uint8_t>* visible) {
    for (std::size_t k = 1; k < walk.entities.size(); ++k) {  // by distance: the first found is nearest
        const std::uint32_t e = walk.entities[k];
        if (on_timeline(index, e) && shown(visible, e)) return walk.distances[k];
    }
    return 0;
}

void count_types(const Dataset& dataset, TimelineLinked& out) {
    out.undated_types.clear();
    for (const std::uint32_t e : out.undated) {
        const DataString& type = dataset.entities[e].type;
        auto group = std::find_if(out.undated_types.begin(), out.undated_types.end(),
                                  [&](const TimelineTypeCount& g) { return g.type == type; });
        if (group == out.undated_types.end()) {
            const std::uint8_t number = entity_type_number(type);
            const std::size_t kind = number == kUnknownKind ? kEntityTypes.size() : number;
            out.undated_types.push_back(TimelineTypeCount{type.str(), kind, 0});
            group = out.undated_types.end() - 1;
        }
        ++group->count;
    }
    std::sort(out.undated_types.begin(), out.undated_types.end(),
              [](const TimelineTypeCount& a, const TimelineTypeCount& b) {
                  return a.count != b.count ? a.count > b.count : a.type < b.type;
              });
    // The entities in the groups' order, each group in walk order (stable).
    auto rank = [&](std::uint32_t e) {
        const DataString& type = dataset.entities[e].type;
        for (std::size_t g = 0; g < out.undated_types.size(); ++g) {
            if (out.undated_types[g].type == type) return g;
        }
        return out.undated_types.size();
    };
    std::stable_sort(out.undated.begin(), out.undated.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return rank(a) < rank(b); });
}

const Neighbourhood& walk_of(const TimelineLinked& linked, const LinkEmphasis& emphasis) {
    return linked.focus ? emphasis.neighbourhood : linked.walk;
}

}  // namespace

void update_timeline_linked(const Dataset& dataset, const GraphIndex& graph, const LinkEmphasis& emphasis,
                            const TimelineIndex& index, const std::vector<std::uint8_t>* visible,
                            std::uint32_t selected, TimelineLinked& out) {
    out.selected = selected < dataset.entities.size() ? selected : kNoEntity;
    out.selected_dated = out.selected != kNoEntity && on_timeline(index, out.selected);
    out.depth = 0;
    out.focus = false;
    out.widened = false;
    out.dated.clear();
    out.undated.clear();
    out.undated_types.clear();
    out.hidden = 0;
    if (out.selected == kNoEntity) {
        update_neighbourhood(graph, kNoEntity, 0, GraphRestriction{}, out.walk);
        return;
    }
    out.focus = !emphasis.in_focus.empty() && emphasis.neighbourhood.centre == out.selected;
    if (out.focus) {
        out.depth = emphasis.neighbourhood.hops;
    } else {
        // The walk follows every link, as the focus does: the filter hides, it does not cut.
        update_neighbourhood(graph, out.selected, 1, GraphRestriction{}, out.walk);
        out.depth = 1;
        if (!out.selected_dated && nearest_dated_depth(out.walk, index, visible) == 0) {
            update_neighbourhood(graph, out.selected, kWidestDepth, GraphRestriction{}, out.walk);
            const int nearest = nearest_dated_depth(out.walk, index, visible);
            out.widened = nearest > 1;
            out.depth = std::max(1, nearest);
        }
    }
    const Neighbourhood& walk = walk_of(out, emphasis);
    for (std::size_t k = 0; k < walk.entities.size(); ++k) {
        const std::uint32_t e = walk.entities[k];
        if (e == out.selected || walk.distances[k] > out.depth) continue;
        if (!shown(visible, e)) {
            ++out.hidden;
        } else if (on_timeline(index, e)) {
            out.dated.push_back(e);
        } else {
            out.undated.push_back(e);
        }
    }
    count_types(dataset, out);
}

bool is_linked(const TimelineLinked& linked, const LinkEmphasis& emphasis, std::uint32_t entity) {
    if (linked.selected == kNoEntity || entity == linked.selected) return false;
    const std::uint8_t distance = walk_of(linked, emphasis).distance(entity);
    return distance != kOutside && distance <= linked.depth;
}

bool linked_in_view(const TimelineIndex& index, const TimelineLinked& linked, const TimeWindow& window) {
    auto in_view = [&](std::uint32_t e) {
        if (!on_timeline(index, e)) return false;
        const TimelineItem& item = item_at(index, index.slots[e]);
        return item.end > window.start_day && item.start < window.end_day;
    };
    if (linked.selected != kNoEntity && in_view(linked.selected)) return true;
    return std::any_of(linked.dated.begin(), linked.dated.end(), in_view);
}

bool linked_fit_window(const TimelineIndex& index, const TimelineLinked& linked, double width, double margin,
                       const AxisLimits& limits, TimeWindow& out) {
    double first = std::numeric_limits<double>::max();
    double end = std::numeric_limits<double>::lowest();
    auto take = [&](std::uint32_t e) {
        if (!on_timeline(index, e)) return;
        const TimelineItem& item = item_at(index, index.slots[e]);
        first = std::min(first, static_cast<double>(item.start));
        end = std::max(end, static_cast<double>(item.end));
    };
    if (linked.selected != kNoEntity) take(linked.selected);
    for (const std::uint32_t e : linked.dated) take(e);
    if (first > end) return false;
    out = fit_window(first, end, width, margin, limits);
    return true;
}

TimeWindow window_after_selection(const TimelineIndex& index, const TimelineLinked& linked,
                                  const TimeWindow& shown_window, double width, double margin,
                                  const AxisLimits& limits) {
    TimeWindow fitted;
    if (linked_in_view(index, linked, shown_window)) return shown_window;
    if (!linked_fit_window(index, linked, width, margin, limits, fitted)) return shown_window;
    return fitted;
}

float scroll_to_linked(const TimelineLayout& layout, const TimelineIndex& index, const TimelineLinked& linked,
                       float view_top, float view_bottom, float scroll) {
    std::vector<bool> wanted(index.lanes.size(), false);
    auto want = [&](std::uint32_t e) {
        if (on_timeline(index, e)) wanted[index.slots[e].lane] = true;
    };
    if (linked.selected != kNoEntity) want(linked.selected);
    for (const std::uint32_t e : linked.dated) want(e);
    const TimelineLaneBox* first = nullptr;
    for (const TimelineLaneBox& lane : layout.lanes) {
        if (lane.lane >= wanted.size() || !wanted[lane.lane]) continue;
        if (lane.y1 > view_top && lane.y0 < view_bottom) return scroll;  // one is in view already
        if (first == nullptr || lane.y0 < first->y0) first = &lane;
    }
    return first == nullptr ? scroll : scroll + (first->y0 - view_top);
}

}  // namespace pe
