// Tick generation for timeline_ticks.h: walk the calendar over the window for each level
// from fine to coarse, skip levels that cannot fit by their average spacing alone, and keep
// the first whose measured labels fit.
#include "timeline/timeline_ticks.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/date.h"

namespace pe {

namespace {

constexpr std::array<const char*, 12> kMonthShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Average days between two ticks of a level, to skip hopeless levels without walking them.
double average_spacing_days(TickLevel level) {
    switch (level.unit) {
        case TickUnit::Day:
            return level.step == 1 ? 1.0 : level.step == 7 ? kDaysPerYear / 48.0 : kDaysPerYear / 24.0;
        case TickUnit::Month:
            return kDaysPerYear / 12.0;
        case TickUnit::Quarter:
            return kDaysPerYear / 4.0;
        case TickUnit::Year:
            return kDaysPerYear * level.step;
        case TickUnit::Decade:
            return kDaysPerYear * 10.0 * level.step;
    }
    return 1.0;
}

bool day_opens_tick(int day_of_month, int step) {
    if (step == 7) return day_of_month == 1 || day_of_month == 8 || day_of_month == 15 || day_of_month == 22;
    if (step == 15) return day_of_month == 1 || day_of_month == 16;
    return true;
}

int floor_div(int a, int b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Days (ascending) that open a period of `level` in [from, to).
std::vector<double> tick_days(double from, double to, TickLevel level) {
    std::vector<double> days;
    const Date first = date_from_days(static_cast<std::int64_t>(std::floor(from)));
    const Date last = date_from_days(static_cast<std::int64_t>(std::floor(to)));
    auto push = [&](std::int64_t day) {
        const double d = static_cast<double>(day);
        if (d >= from && d < to) days.push_back(d);
    };
    if (level.unit == TickUnit::Year || level.unit == TickUnit::Decade) {
        const int step = level.unit == TickUnit::Year ? level.step : 10 * level.step;
        for (int y = floor_div(first.year, step) * step; y <= last.year; y += step)
            push(days_from_civil(y, 1, 1));
        return days;
    }
    for (int y = first.year, m = first.month; y < last.year || (y == last.year && m <= last.month);) {
        if (level.unit == TickUnit::Month || (level.unit == TickUnit::Quarter && m % 3 == 1)) {
            push(days_from_civil(y, m, 1));
        } else if (level.unit == TickUnit::Day) {
            const int n = days_in_month(y, m);
            for (int d = 1; d <= n; ++d) {
                if (day_opens_tick(d, level.step)) push(days_from_civil(y, m, d));
            }
        }
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return days;
}

// The context unit named by the major ticks of a level, or false when there is none.
bool major_unit_of(TickLevel level, TickUnit& unit) {
    switch (level.unit) {
        case TickUnit::Day:
            unit = TickUnit::Month;
            return true;
        case TickUnit::Month:
        case TickUnit::Quarter:
            unit = TickUnit::Year;
            return true;
        case TickUnit::Year:
            unit = TickUnit::Decade;
            return true;
        case TickUnit::Decade:
            return false;
    }
    return false;
}

// The first day of the `unit` period that contains `day`.
double period_start(double day, TickUnit unit) {
    const Date d = date_from_days(static_cast<std::int64_t>(std::floor(day)));
    switch (unit) {
        case TickUnit::Month:
            return static_cast<double>(days_from_civil(d.year, d.month, 1));
        case TickUnit::Year:
            return static_cast<double>(days_from_civil(d.year, 1, 1));
        case TickUnit::Decade:
            return static_cast<double>(days_from_civil(floor_div(d.year, 10) * 10, 1, 1));
        default:
            break;
    }
    return std::floor(day);
}

std::string year_text(int year, Language language) {
    return std::to_string(year) + (language == Language::Zh ? "年" : "");
}

std::string decade_text(int year, Language language) {
    return std::to_string(floor_div(year, 10) * 10) + (language == Language::Zh ? "年代" : "s");
}

Tick make_tick(const TimelineAxis& axis, double day, std::string label, const TextMeasure& measure,
               const TickParams& params) {
    Tick tick;
    tick.day = day;
    tick.x = static_cast<float>(day_to_x(axis, day));
    tick.label_width = text_width(measure, label);
    tick.label = std::move(label);
    tick.label_x = tick.x + params.label_pad;
    return tick;
}

bool labels_fit(const std::vector<Tick>& ticks, float gap) {
    for (std::size_t i = 1; i < ticks.size(); ++i) {
        if (ticks[i - 1].label_x + ticks[i - 1].label_width + gap > ticks[i].label_x) return false;
    }
    return true;
}

// Leaves out labels that would touch the last one kept (only needed when nothing fits).
void drop_touching_labels(std::vector<Tick>& ticks, float gap) {
    float right = -INFINITY;
    for (Tick& tick : ticks) {
        if (tick.label_x < right + gap) {
            tick.label.clear();
            tick.label_width = 0.0f;
        } else {
            right = tick.label_x + tick.label_width;
        }
    }
}

}  // namespace

const std::vector<TickLevel>& tick_levels() {
    static const std::vector<TickLevel> kLevels = {
        {TickUnit::Day, 1},     {TickUnit::Day, 7},    {TickUnit::Day, 15},   {TickUnit::Month, 1},
        {TickUnit::Quarter, 1}, {TickUnit::Year, 1},   {TickUnit::Year, 2},   {TickUnit::Year, 5},
        {TickUnit::Decade, 1},  {TickUnit::Decade, 2}, {TickUnit::Decade, 5},
    };
    return kLevels;
}

std::string tick_label(double day, TickLevel level, Language language) {
    const Date d = date_from_days(static_cast<std::int64_t>(std::floor(day)));
    const bool zh = language == Language::Zh;
    switch (level.unit) {
        case TickUnit::Day:
            return std::to_string(d.day) + (zh ? "日" : "");
        case TickUnit::Month:
            return zh ? std::to_string(d.month) + "月" : kMonthShort[static_cast<std::size_t>(d.month - 1)];
        case TickUnit::Quarter: {
            const std::string q = std::to_string((d.month - 1) / 3 + 1);
            return zh ? "第" + q + "季度" : "Q" + q;
        }
        case TickUnit::Year:
            return year_text(d.year, language);
        case TickUnit::Decade:
            return level.step == 1 ? decade_text(d.year, language) : year_text(d.year, language);
    }
    return {};
}

std::string major_tick_label(double day, TickUnit unit, Language language) {
    const Date d = date_from_days(static_cast<std::int64_t>(std::floor(day)));
    switch (unit) {
        case TickUnit::Month:
            if (language == Language::Zh)
                return std::to_string(d.year) + "年" + std::to_string(d.month) + "月";
            return std::string(kMonthShort[static_cast<std::size_t>(d.month - 1)]) + " " +
                   std::to_string(d.year);
        case TickUnit::Year:
            return year_text(d.year, language);
        case TickUnit::Decade:
            return decade_text(d.year, language);
        default:
            break;
    }
    return tick_label(day, TickLevel{unit, 1}, language);
}

// The major ticks of `unit` for the window: the period holding its start (label held at
// the left edge, pushed left by the next label), then those opening inside it.
std::vector<Tick> major_ticks(const TimelineAxis& axis, TickUnit unit, Language language,
                              const TextMeasure& measure, const TickParams& params) {
    const TimeWindow& w = axis.window;
    std::vector<double> days;
    const double first = period_start(w.start_day, unit);
    if (first < w.start_day) days.push_back(first);
    for (double day : tick_days(w.start_day, w.end_day, TickLevel{unit, 1})) days.push_back(day);
    std::vector<Tick> ticks;
    ticks.reserve(days.size());
    for (double day : days)
        ticks.push_back(make_tick(axis, day, major_tick_label(day, unit, language), measure, params));
    if (!ticks.empty()) {
        Tick& held = ticks.front();
        held.label_x = std::max(held.x, static_cast<float>(axis.left)) + params.label_pad;
        if (ticks.size() > 1)
            held.label_x = std::min(held.label_x, ticks[1].label_x - params.label_gap - held.label_width);
    }
    return ticks;
}

TimelineTicks build_ticks(const TimelineAxis& axis, Language language, const TextMeasure& measure,
                          const TickParams& params) {
    TimelineTicks result;
    const double ppd = px_per_day(axis);
    const TimeWindow& w = axis.window;
    if (!(ppd > 0.0)) return result;
    const std::vector<TickLevel>& levels = tick_levels();
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const bool coarsest = i + 1 == levels.size();
        const double spacing_px = average_spacing_days(levels[i]) * ppd;
        if (!coarsest && (spacing_px < params.label_gap + 4.0 || axis.width / spacing_px > 4096.0)) continue;
        std::vector<Tick> ticks;
        for (double day : tick_days(w.start_day, w.end_day, levels[i])) {
            ticks.push_back(make_tick(axis, day, tick_label(day, levels[i], language), measure, params));
        }
        if (!coarsest && !labels_fit(ticks, params.label_gap)) continue;
        TickUnit major = TickUnit::Year;
        const bool has_major = major_unit_of(levels[i], major);
        std::vector<Tick> majors;
        if (has_major) majors = major_ticks(axis, major, language, measure, params);
        // The context row must fit too (it may not where days are labelled every half month).
        if (!coarsest && !labels_fit(majors, params.label_gap)) continue;
        if (coarsest) {
            drop_touching_labels(ticks, params.label_gap);
            drop_touching_labels(majors, params.label_gap);
        }
        result.minor_level = levels[i];
        result.minor = std::move(ticks);
        result.has_major = has_major;
        result.major_unit = major;
        result.major = std::move(majors);
        break;
    }
    return result;
}

}  // namespace pe
