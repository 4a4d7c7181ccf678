// The timeline's day <-> x mapping and the window moves: zoom around the cursor, pan, fit,
// and the span and bound limits.
#include "timeline/timeline_axis.h"

#include <gtest/gtest.h>

#include "model/date.h"

namespace pe {
namespace {

TimelineAxis axis_0_100() {
    return TimelineAxis{TimeWindow{0.0, 100.0}, 50.0, 1000.0};
}

TEST(TimelineAxis, MapsDaysToPixelsAndBack) {
    const TimelineAxis axis = axis_0_100();
    EXPECT_DOUBLE_EQ(px_per_day(axis), 10.0);
    EXPECT_DOUBLE_EQ(day_to_x(axis, 0.0), 50.0);
    EXPECT_DOUBLE_EQ(day_to_x(axis, 25.0), 300.0);
    EXPECT_DOUBLE_EQ(day_to_x(axis, 100.0), 1050.0);
    EXPECT_DOUBLE_EQ(day_to_x(axis, -5.0), 0.0);
    EXPECT_DOUBLE_EQ(x_to_day(axis, 300.0), 25.0);
    EXPECT_DOUBLE_EQ(x_to_day(axis, 55.0), 0.5);
}

TEST(TimelineAxis, MapsCalendarDates) {
    const double y2015 = static_cast<double>(days_from_civil(2015, 1, 1));
    const TimelineAxis axis{TimeWindow{y2015, y2015 + 365.0}, 0.0, 730.0};
    EXPECT_DOUBLE_EQ(day_to_x(axis, static_cast<double>(days_from_civil(2015, 7, 1))), 362.0);
    EXPECT_DOUBLE_EQ(day_to_x(axis, static_cast<double>(days_from_civil(2016, 1, 1))), 730.0);
}

TEST(TimelineAxis, ZoomKeepsTheDayUnderTheCursor) {
    const TimelineAxis axis = axis_0_100();
    const TimeWindow in = zoom_at(axis, 300.0, 2.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(in.start_day, 12.5);
    EXPECT_DOUBLE_EQ(in.end_day, 62.5);
    EXPECT_DOUBLE_EQ(x_to_day(TimelineAxis{in, 50.0, 1000.0}, 300.0), 25.0);
    const TimeWindow out = zoom_at(axis, 1050.0, 0.5, AxisLimits{});
    EXPECT_DOUBLE_EQ(out.start_day, -100.0);
    EXPECT_DOUBLE_EQ(out.end_day, 100.0);
}

TEST(TimelineAxis, ZoomStopsAtThreeDaysAndSixtyYears) {
    const TimelineAxis axis = axis_0_100();
    const TimeWindow in = zoom_at(axis, 300.0, 1000.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(in.start_day, 24.25);
    EXPECT_DOUBLE_EQ(in.end_day, 27.25);
    const TimeWindow out = zoom_at(axis, 300.0, 1e-6, AxisLimits{});
    EXPECT_DOUBLE_EQ(window_span(out), 60.0 * kDaysPerYear);
    EXPECT_DOUBLE_EQ(out.start_day, 25.0 - 0.25 * 60.0 * kDaysPerYear);
}

TEST(TimelineAxis, PanMovesByPixelsAndStaysOnTheBounds) {
    const TimelineAxis axis = axis_0_100();
    const TimeWindow right = pan_by_pixels(axis, 100.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(right.start_day, -10.0);
    EXPECT_DOUBLE_EQ(right.end_day, 90.0);
    AxisLimits bounded;
    bounded.has_bounds = true;
    bounded.bound_start = 0.0;
    bounded.bound_end = 200.0;
    const TimeWindow held = pan_by_pixels(axis, 100.0, bounded);
    EXPECT_DOUBLE_EQ(held.start_day, 0.0);
    EXPECT_DOUBLE_EQ(held.end_day, 100.0);
    const TimeWindow far = pan_by_pixels(axis, -1500.0, bounded);
    EXPECT_DOUBLE_EQ(far.start_day, 100.0);
    EXPECT_DOUBLE_EQ(far.end_day, 200.0);
    // Wider than the bounds: the bounds stay in view.
    EXPECT_DOUBLE_EQ(clamp_window(TimeWindow{-100.0, 400.0}, bounded).start_day, -100.0);
    EXPECT_DOUBLE_EQ(clamp_window(TimeWindow{50.0, 550.0}, bounded).start_day, 0.0);
    EXPECT_DOUBLE_EQ(clamp_window(TimeWindow{-400.0, 100.0}, bounded).start_day, -300.0);
}

TEST(TimelineAxis, FitLeavesMarginsAndClampsTinySpans) {
    const TimeWindow all = fit_window(0.0, 800.0, 1000.0, 100.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(all.start_day, -100.0);
    EXPECT_DOUBLE_EQ(all.end_day, 900.0);
    const TimeWindow one = fit_window(10.0, 10.0, 1000.0, 100.0, AxisLimits{});
    EXPECT_DOUBLE_EQ(one.start_day, 9.0);
    EXPECT_DOUBLE_EQ(one.end_day, 12.0);
}

TEST(TimelineAxis, WheelNotchesMultiply) {
    EXPECT_DOUBLE_EQ(wheel_zoom_factor(1.0), 1.25);
    EXPECT_DOUBLE_EQ(wheel_zoom_factor(-2.0), 0.64);
    EXPECT_DOUBLE_EQ(wheel_zoom_factor(0.0), 1.0);
}

}  // namespace
}  // namespace pe
