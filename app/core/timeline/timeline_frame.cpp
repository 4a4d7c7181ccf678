// The frame assembly of timeline_frame.h: calls into layout, ticks and links in order, and
// the index-wide helpers (fit, limits, overview) that sit above the axis maths.
#include "timeline/timeline_frame.h"

#include <algorithm>

#include "model/dataset_index.h"

namespace pe {

namespace {

bool filtered_out(const TimelineIndex& index, std::uint32_t entity) {
    return entity < index.filtered_out.size() && index.filtered_out[entity] != 0;
}

// A hidden end is not on the filtered timeline, so build_timeline_links counted its mark
// as "not on the timeline" and drew nothing: take it out of both.
void drop_hidden_links(const TimelineIndex& index, TimelineFrame& out) {
    std::vector<TimelineLinkMark>& marks = out.links.marks;
    const auto kept = std::remove_if(marks.begin(), marks.end(), [&](const TimelineLinkMark& mark) {
        return filtered_out(index, mark.self.entity) || filtered_out(index, mark.other.entity);
    });
    out.hidden_links = static_cast<std::size_t>(marks.end() - kept);
    out.links.not_on_timeline -= std::min(out.links.not_on_timeline, out.hidden_links);
    marks.erase(kept, marks.end());
}

void add_lane_of(const TimelineIndex& index, std::uint32_t entity, std::vector<std::uint32_t>& lanes) {
    if (entity >= index.slots.size() || index.slots[entity].lane == kNoTimelineLane) return;
    const std::uint32_t lane = index.slots[entity].lane;
    if (std::find(lanes.begin(), lanes.end(), lane) == lanes.end()) lanes.push_back(lane);
}

// The lanes holding the ends of what is drawn between items (the selection's links, the
// chains): laid out in full even off screen, so an arc to an item there still finds it.
void add_link_lanes(const Dataset& dataset, const TimelineIndex& index, const TimelineFrameInput& input,
                    std::vector<std::uint32_t>& lanes) {
    const std::uint32_t selected = input.layout.selected;
    if (selected < dataset.entities.size()) {
        add_lane_of(index, selected, lanes);
        auto add_other = [&](std::uint32_t link, bool outgoing) {
            if (link >= dataset.links.size()) return;
            const Link& l = dataset.links[link];
            const std::uint32_t other = entity_position_or_none(dataset.index, outgoing ? l.to : l.from);
            if (other != kNoEntity) add_lane_of(index, other, lanes);
        };
        if (selected < dataset.index.links_out.size())
            for (const std::uint32_t link : dataset.index.links_out[selected]) add_other(link, true);
        if (selected < dataset.index.links_in.size())
            for (const std::uint32_t link : dataset.index.links_in[selected]) add_other(link, false);
    }
    if (input.emphasis == nullptr) return;
    for (const Chain& chain : input.emphasis->chains.chains)
        for (const std::uint32_t e : chain.entities) add_lane_of(index, e, lanes);
}

}  // namespace

void build_timeline_frame(const Dataset& dataset, const TimelineIndex& index, const TimelineFrameInput& input,
                          TimelineFrame& out) {
    TimelineLayoutInput layout = input.layout;
    add_link_lanes(dataset, index, input, layout.full_lanes);
    layout_timeline(dataset, index, layout, out.layout);
    const TimelineAxis& axis = input.layout.axis;
    out.ticks = build_ticks(axis, input.layout.language, input.layout.text, input.ticks);
    out.links = build_timeline_links(dataset, index, out.layout, input.layout.selected, input.links);
    out.hidden_links = 0;
    if (!index.filtered_out.empty()) drop_hidden_links(index, out);
    if (input.emphasis != nullptr && input.linked != nullptr) {
        build_timeline_emphasis(dataset, index, out.layout, *input.emphasis, *input.linked, input.links,
                                out.emphasis);
    } else {
        out.emphasis.items.assign(out.layout.items.size(), TimelineEmphasis::Normal);
        out.emphasis.clusters.assign(out.layout.clusters.size(), TimelineEmphasis::Normal);
        out.emphasis.chain_marks.clear();
    }
    const double today = static_cast<double>(index.today) + 0.5;
    out.today_visible = today >= axis.window.start_day && today < axis.window.end_day;
    out.today_x = static_cast<float>(day_to_x(axis, today));
}

TimeWindow fit_all(const TimelineIndex& index, double width, double margin, const AxisLimits& limits) {
    if (!index.has_items) {
        const double today = static_cast<double>(index.today);
        return fit_window(today - kDaysPerYear / 2.0, today + kDaysPerYear / 2.0, width, margin, limits);
    }
    return fit_window(index.first_day, index.end_day, width, margin, limits);
}

AxisLimits timeline_limits(const TimelineIndex& index) {
    AxisLimits limits;
    if (!index.has_items) return limits;
    const double span = static_cast<double>(index.end_day - index.first_day);
    const double margin = std::max(kDaysPerYear, span / 5.0);
    limits.has_bounds = true;
    limits.bound_start = index.first_day - margin;
    limits.bound_end = index.end_day + margin;
    return limits;
}

std::vector<bool> collapsed_lane_flags(const Dataset& dataset,
                                       const std::vector<std::string>& collapsed_ids) {
    std::vector<bool> flags(dataset.lanes.size(), false);
    for (std::size_t l = 0; l < dataset.lanes.size(); ++l) {
        flags[l] =
            std::find(collapsed_ids.begin(), collapsed_ids.end(), dataset.lanes[l].id) != collapsed_ids.end();
    }
    return flags;
}

TimelineOverviewStrip build_overview_strip(const TimelineIndex& index, const TimeWindow& visible, double left,
                                           double width, std::size_t bins) {
    TimelineOverviewStrip overview;
    const double first =
        index.has_items ? index.first_day : static_cast<double>(index.today) - kDaysPerYear / 2.0;
    const double end = index.has_items ? index.end_day : first + kDaysPerYear;
    overview.axis = TimelineAxis{TimeWindow{first, std::max(end, first + 1.0)}, left, width};
    place_overview_window(overview, visible);
    overview.density.assign(bins, 0);
    const double days_per_bin =
        window_span(overview.axis.window) / static_cast<double>(std::max<std::size_t>(bins, 1));
    for (std::size_t b = 0; b < bins; ++b) {
        const double from = first + days_per_bin * static_cast<double>(b);
        const double to = b + 1 == bins ? end : from + days_per_bin;
        std::size_t count = 0;
        for (const TimelineLaneIndex& lane : index.lanes) count += items_starting_in(lane, from, to);
        overview.density[b] = static_cast<std::uint32_t>(count);
        overview.max_density = std::max(overview.max_density, overview.density[b]);
    }
    return overview;
}

void place_overview_window(TimelineOverviewStrip& overview, const TimeWindow& visible) {
    overview.window_x0 = static_cast<float>(day_to_x(overview.axis, visible.start_day));
    overview.window_x1 = static_cast<float>(day_to_x(overview.axis, visible.end_day));
}

}  // namespace pe
