// Implements the timeline's input rules (timeline_interaction.h).
#include "timeline/timeline_interaction.h"

#include "timeline/timeline_frame.h"
#include "timeline/timeline_hit_test.h"

namespace pe {

namespace {

bool set_window(ViewState& state, const TimeWindow& window) {
    const bool changed = !state.has_time_window || window.start_day != state.time_window.start_day ||
                         window.end_day != state.time_window.end_day;
    state.has_time_window = true;
    state.time_window = window;
    return changed;
}

bool select_index(ViewState& state, const Dataset& dataset, std::uint32_t entity) {
    if (entity >= dataset.entities.size()) return false;
    if (state.selected_id == dataset.entities[entity].id) return false;
    state.selected_id = dataset.entities[entity].id;
    return true;
}

std::uint32_t selected_index(const ViewState& state, const Dataset& dataset) {
    const auto found = dataset.index.entity_by_id.find(state.selected_id);
    return found == dataset.index.entity_by_id.end() ? kNoEntity : found->second;
}

// Keeps the span, moves the window so the item is inside it (centred) when it is not.
TimeWindow bring_into_view(const TimelineAxis& axis, const TimelineItem& item, const AxisLimits& limits) {
    const TimeWindow window = axis.window;
    if (item.start >= window.start_day && item.start < window.end_day) return window;
    return centred_window(window, static_cast<double>(item.start) + 0.5, limits);
}

bool step_event(ViewState& state, const TimelineContext& context, int direction) {
    const std::uint32_t selected = selected_index(state, context.dataset);
    TimelineSlot from;
    if (selected != kNoEntity && selected < context.index.slots.size()) from = context.index.slots[selected];
    const double centre = (context.axis.window.start_day + context.axis.window.end_day) / 2.0;
    TimelineSlot to;
    if (!adjacent_item(context.index, from, centre, direction, to)) return false;
    const TimelineItem& item = item_at(context.index, to);
    bool changed = select_index(state, context.dataset, item.entity);
    changed |= set_window(state, bring_into_view(context.axis, item, context.limits));
    return changed;
}

bool handle_click(ViewState& state, const TimelineContext& context, const TimelinePointer& pointer) {
    const TimelineHit hit = hit_test(context.layout, pointer.x, pointer.y, 2.0f);
    if (hit.kind == TimelineHitKind::Item) {
        bool changed = select_index(state, context.dataset, hit.entity);
        if (pointer.double_clicked) {
            TimeWindow window;
            if (window_for_entity(context, hit.entity, window)) changed |= set_window(state, window);
        }
        return changed;
    }
    if (hit.kind == TimelineHitKind::Cluster) {
        const TimelineCluster& cluster = context.layout.clusters[hit.index];
        return set_window(state, fit_window(cluster.first_day, cluster.end_day, context.axis.width,
                                            context.fit_margin, context.limits));
    }
    if (state.selected_id.empty()) return false;
    state.selected_id.clear();
    return true;
}

}  // namespace

TimeWindow centred_window(const TimeWindow& window, double centre_day, const AxisLimits& limits) {
    const double span = window_span(window);
    return clamp_window(TimeWindow{centre_day - span / 2.0, centre_day + span / 2.0}, limits);
}

bool window_for_entity(const TimelineContext& context, std::uint32_t entity, TimeWindow& window) {
    if (entity >= context.index.slots.size()) return false;
    const TimelineSlot slot = context.index.slots[entity];
    if (slot.lane == kNoTimelineLane) return false;
    const TimelineItem& item = item_at(context.index, slot);
    window = fit_window(item.start, item.end, context.axis.width, context.fit_margin, context.limits);
    return true;
}

bool apply_timeline_input(ViewState& state, const TimelineContext& context, const TimelinePointer& pointer,
                          const TimelineKeys& keys) {
    bool changed = false;
    TimelineAxis axis = context.axis;
    if (pointer.inside && pointer.drag_dx != 0.0f) {
        changed |= set_window(state, pan_by_pixels(axis, pointer.drag_dx, context.limits));
        axis.window = state.time_window;
    }
    if (pointer.inside && pointer.wheel != 0.0f) {
        changed |=
            set_window(state, zoom_at(axis, pointer.x, wheel_zoom_factor(pointer.wheel), context.limits));
        axis.window = state.time_window;
    }
    if (pointer.inside && (pointer.clicked || pointer.double_clicked))
        changed |= handle_click(state, context, pointer);

    const double centre_x = axis.left + axis.width / 2.0;
    if (keys.zoom_in) changed |= set_window(state, zoom_at(axis, centre_x, kKeyZoomFactor, context.limits));
    if (keys.zoom_out)
        changed |= set_window(state, zoom_at(axis, centre_x, 1.0 / kKeyZoomFactor, context.limits));
    if (keys.fit)
        changed |= set_window(state, fit_all(context.index, axis.width, context.fit_margin, context.limits));
    if (keys.next) changed |= step_event(state, context, +1);
    if (keys.previous) changed |= step_event(state, context, -1);
    if (keys.clear && !state.selected_id.empty()) {
        state.selected_id.clear();
        changed = true;
    }
    return changed;
}

}  // namespace pe
