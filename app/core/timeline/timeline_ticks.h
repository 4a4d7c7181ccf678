// The timeline's axis ticks: calendar-aligned marks from days to decades, the finest level
// whose labels fit without touching, and a coarser "major" level that names the context
// (the month of the days, the year of the months). Labels in Chinese or English. The
// mapping itself is timeline_axis.h; drawing is the view's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/language.h"
#include "timeline/timeline_axis.h"
#include "timeline/timeline_text.h"

namespace pe {

enum class TickUnit : std::uint8_t { Day, Month, Quarter, Year, Decade };

// Day: step 1 every day, 7 the 1st/8th/15th/22nd, 15 the 1st/16th of each month.
// Month and Quarter: step 1. Year: every 1, 2 or 5 years. Decade: every 1, 2 or 5 decades.
struct TickLevel {
    TickUnit unit = TickUnit::Year;
    int step = 1;
};

// The levels from finest to coarsest, in the order build_ticks tries them.
const std::vector<TickLevel>& tick_levels();

struct Tick {
    double day = 0.0;  // the first day of the period the tick opens
    float x = 0.0f;
    std::string label;     // empty when a label had to be left out (only at the coarsest level)
    float label_x = 0.0f;  // left edge of the label
    float label_width = 0.0f;
};

struct TickParams {
    float label_pad = 3.0f;  // from the tick line to its label
    float label_gap = 8.0f;  // the least free space between two labels
};

struct TimelineTicks {
    TickLevel minor_level;
    std::vector<Tick> minor;  // ticks with window.start_day <= day < window.end_day
    bool has_major = false;
    TickUnit major_unit = TickUnit::Year;
    // Context periods that overlap the window; the first may open before it, with its label
    // held at the left edge (and pushed left by the next label when they would touch).
    std::vector<Tick> major;
};

// The label of the period that starts on `day` at a level, and of a major period.
// Minor: "10"/"10日", "Jun"/"6月", "Q2"/"第2季度", "2015"/"2015年", "2010s"/"2010年代".
// Major: "Jun 2025"/"2025年6月" (month), "2025"/"2025年" (year), "2010s"/"2010年代" (decade).
std::string tick_label(double day, TickLevel level, Language language);
std::string major_tick_label(double day, TickUnit unit, Language language);

TimelineTicks build_ticks(const TimelineAxis& axis, Language language, const TextMeasure& measure,
                          const TickParams& params = {});

}  // namespace pe
