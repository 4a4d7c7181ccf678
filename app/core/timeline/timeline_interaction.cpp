// Implements the timeline's input rules (timeline_interaction.h).
#include "timeline/timeline_interaction.h"

#include "timeline/timeline_frame.h"
#include "timeline/timeline_hit_test.h"

namespace pe {

namespace {

// The window and selection as the rules of one input move them, one rule after another.
struct Working {
    TimeWindow window;
    std::uint32_t selected = kNoEntity;
    bool window_set = false;            // some rule chose a window (even the shown one)
    std::uint32_t connect = kNoEntity;  // a Shift+click's second entity
};

void set_window(Working& working, const TimeWindow& window) {
    working.window = window;
    working.window_set = true;
}

void select_index(Working& working, const Dataset& dataset, std::uint32_t entity) {
    if (entity < dataset.entities.size()) working.selected = entity;
}

// Keeps the span, moves the window so the item is inside it (centred) when it is not.
TimeWindow bring_into_view(const TimelineAxis& axis, const TimelineItem& item, const AxisLimits& limits) {
    const TimeWindow window = axis.window;
    if (item.start >= window.start_day && item.start < window.end_day) return window;
    return centred_window(window, static_cast<double>(item.start) + 0.5, limits);
}

void step_event(Working& working, const TimelineContext& context, int direction) {
    TimelineSlot from;
    if (working.selected != kNoEntity && working.selected < context.index.slots.size())
        from = context.index.slots[working.selected];
    const double centre = (context.axis.window.start_day + context.axis.window.end_day) / 2.0;
    TimelineSlot to;
    if (!adjacent_item(context.index, from, centre, direction, to)) return;
    const TimelineItem& item = item_at(context.index, to);
    select_index(working, context.dataset, item.entity);
    set_window(working, bring_into_view(context.axis, item, context.limits));
}

void handle_click(Working& working, const TimelineContext& context, const TimelinePointer& pointer) {
    const TimelineHit hit = hit_test(context.layout, pointer.x, pointer.y, 2.0f);
    if (pointer.shift && working.selected != kNoEntity) {  // connect, or nothing: never a new selection
        if (hit.kind == TimelineHitKind::Item && hit.entity != working.selected &&
            hit.entity < context.dataset.entities.size())
            working.connect = hit.entity;
        return;
    }
    if (hit.kind == TimelineHitKind::Item) {
        select_index(working, context.dataset, hit.entity);
        TimeWindow window;
        if (pointer.double_clicked && window_for_entity(context, hit.entity, window))
            set_window(working, window);
        return;
    }
    if (hit.kind == TimelineHitKind::Cluster) {
        const TimelineCluster& cluster = context.layout.clusters[hit.index];
        set_window(working, fit_window(cluster.first_day, cluster.end_day, context.axis.width,
                                       context.fit_margin, context.limits));
        return;
    }
    working.selected = kNoEntity;
}

TimelineOutcome outcome_of(const Working& working, const TimelineContext& context) {
    TimelineOutcome outcome;
    const TimeWindow& shown = context.axis.window;
    if (working.window_set &&
        (working.window.start_day != shown.start_day || working.window.end_day != shown.end_day)) {
        outcome.window = working.window;
    }
    if (working.selected != context.selected) {
        outcome.selection =
            working.selected == kNoEntity ? TimelineSelection::Clear : TimelineSelection::Select;
        outcome.entity = working.selected;
    }
    if (working.connect != kNoEntity) {
        outcome.selection = TimelineSelection::Connect;
        outcome.entity = working.connect;
    }
    return outcome;
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

bool changes_anything(const TimelineOutcome& outcome) {
    return outcome.window.has_value() || outcome.selection != TimelineSelection::Keep;
}

TimelineOutcome decide_timeline_input(const TimelineContext& context, const TimelinePointer& pointer,
                                      const TimelineKeys& keys) {
    Working working;
    working.window = context.axis.window;
    working.selected = context.selected;
    // Drag and wheel chain: the wheel zooms the window the drag just moved. The keys then act
    // on that window too; a click's window (a cluster, a double-click) does not move them.
    TimelineAxis axis = context.axis;
    if (pointer.inside && pointer.drag_dx != 0.0f) {
        set_window(working, pan_by_pixels(axis, pointer.drag_dx, context.limits));
        axis.window = working.window;
    }
    if (pointer.inside && pointer.wheel != 0.0f) {
        set_window(working, zoom_at(axis, pointer.x, wheel_zoom_factor(pointer.wheel), context.limits));
        axis.window = working.window;
    }
    if (pointer.inside && (pointer.clicked || pointer.double_clicked))
        handle_click(working, context, pointer);

    const double centre_x = axis.left + axis.width / 2.0;
    if (keys.zoom_in) set_window(working, zoom_at(axis, centre_x, kKeyZoomFactor, context.limits));
    if (keys.zoom_out) set_window(working, zoom_at(axis, centre_x, 1.0 / kKeyZoomFactor, context.limits));
    if (keys.fit) set_window(working, fit_all(context.index, axis.width, context.fit_margin, context.limits));
    if (keys.next) step_event(working, context, +1);
    if (keys.previous) step_event(working, context, -1);
    if (keys.clear) working.selected = kNoEntity;
    return outcome_of(working, context);
}

}  // namespace pe
