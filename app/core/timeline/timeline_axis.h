// The timeline's time axis: which days are visible, how a day maps to an x in pixels and
// back, and the moves a person makes (zoom around the cursor, pan by pixels, fit a span),
// all clamped to sensible limits. Days are numbers since 1970-01-01 as doubles: day d
// covers [d, d + 1). No ticks here (timeline_ticks.h) and no items (timeline_layout.h).
#pragma once

namespace pe {

inline constexpr double kDaysPerYear = 365.2425;

// The visible days, [start_day, end_day).
struct TimeWindow {
    double start_day = 0.0;
    double end_day = 1.0;
};

inline double window_span(const TimeWindow& window) {
    return window.end_day - window.start_day;
}

struct AxisLimits {
    double min_span_days = 3.0;                  // the most zoomed in: three days across
    double max_span_days = 60.0 * kDaysPerYear;  // the most zoomed out: sixty years across
    bool has_bounds = false;  // keep the window on [bound_start, bound_end] (e.g. the data plus a margin)
    double bound_start = 0.0;
    double bound_end = 0.0;
};

// A window drawn across `width` pixels from x = `left`:  x = (day - start_day) * px_per_day + left.
struct TimelineAxis {
    TimeWindow window;
    double left = 0.0;
    double width = 1.0;
};

double px_per_day(const TimelineAxis& axis);
double day_to_x(const TimelineAxis& axis, double day);
double x_to_day(const TimelineAxis& axis, double x);

// The window with its span clamped to the limits (around its middle), then moved onto the
// bounds when it has them: a window narrower than the bounds stays inside them, a wider one
// keeps them all in view.
TimeWindow clamp_window(TimeWindow window, const AxisLimits& limits);

// Zooms by `factor` (> 1 zooms in: the span divides by it) keeping the day under pixel `x`
// under `x` (unless the bounds have to move the window).
TimeWindow zoom_at(const TimelineAxis& axis, double x, double factor, const AxisLimits& limits);

// The window after the content was dragged `dx` pixels to the right (it shows earlier days).
TimeWindow pan_by_pixels(const TimelineAxis& axis, double dx, const AxisLimits& limits);

// The window that shows [first_day, end_day) across `width` pixels with `margin` pixels left
// free on each side, clamped. An empty or inverted span is treated as one day.
TimeWindow fit_window(double first_day, double end_day, double width, double margin,
                      const AxisLimits& limits);

// A wheel turn of `steps` notches (positive: away from the user, zoom in) as a zoom factor.
double wheel_zoom_factor(double steps, double per_notch = 1.25);

}  // namespace pe
