// The day <-> pixel mapping and the window moves of timeline_axis.h: plain arithmetic on
// doubles, no calendar (dates become day numbers in date.h).
#include "timeline/timeline_axis.h"

#include <algorithm>
#include <cmath>

namespace pe {

double px_per_day(const TimelineAxis& axis) {
    const double span = window_span(axis.window);
    return span > 0.0 ? axis.width / span : 0.0;
}

double day_to_x(const TimelineAxis& axis, double day) {
    return (day - axis.window.start_day) * px_per_day(axis) + axis.left;
}

double x_to_day(const TimelineAxis& axis, double x) {
    const double ppd = px_per_day(axis);
    return ppd > 0.0 ? axis.window.start_day + (x - axis.left) / ppd : axis.window.start_day;
}

TimeWindow clamp_window(TimeWindow window, const AxisLimits& limits) {
    const double span = window_span(window);
    const double clamped = std::clamp(span > 0.0 ? span : limits.min_span_days, limits.min_span_days,
                                      std::max(limits.min_span_days, limits.max_span_days));
    if (clamped != span) {
        const double middle = window.start_day + span / 2.0;
        window.start_day = middle - clamped / 2.0;
        window.end_day = window.start_day + clamped;
    }
    if (limits.has_bounds) {
        // Narrow: start in [bound_start, bound_end - span]; wide: in [bound_end - span, bound_start].
        const double a = limits.bound_start, b = limits.bound_end - clamped;
        const double start = std::clamp(window.start_day, std::min(a, b), std::max(a, b));
        window.start_day = start;
        window.end_day = start + clamped;
    }
    return window;
}

TimeWindow zoom_at(const TimelineAxis& axis, double x, double factor, const AxisLimits& limits) {
    if (!(factor > 0.0) || axis.width <= 0.0) return clamp_window(axis.window, limits);
    const double anchor = x_to_day(axis, x);
    const double fraction = (x - axis.left) / axis.width;
    const double span = std::clamp(window_span(axis.window) / factor, limits.min_span_days,
                                   std::max(limits.min_span_days, limits.max_span_days));
    TimeWindow window;
    window.start_day = anchor - fraction * span;
    window.end_day = window.start_day + span;
    return clamp_window(window, limits);
}

TimeWindow pan_by_pixels(const TimelineAxis& axis, double dx, const AxisLimits& limits) {
    const double ppd = px_per_day(axis);
    TimeWindow window = axis.window;
    if (ppd > 0.0) {
        window.start_day -= dx / ppd;
        window.end_day -= dx / ppd;
    }
    return clamp_window(window, limits);
}

TimeWindow fit_window(double first_day, double end_day, double width, double margin,
                      const AxisLimits& limits) {
    if (!(end_day > first_day)) end_day = first_day + 1.0;
    const double inner = width - 2.0 * margin;
    TimeWindow window{first_day, end_day};
    if (inner > 0.0 && width > 0.0) {
        const double days_per_px = (end_day - first_day) / inner;
        window.start_day = first_day - margin * days_per_px;
        window.end_day = end_day + margin * days_per_px;
    }
    return clamp_window(window, limits);
}

double wheel_zoom_factor(double steps, double per_notch) {
    return std::pow(per_notch, steps);
}

}  // namespace pe
