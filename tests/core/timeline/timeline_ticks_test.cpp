// Axis ticks: the level chosen for a window (the finest whose labels fit), the tick days,
// positions and labels in both languages, and the major row that names the context.
#include "timeline/timeline_ticks.h"

#include <gtest/gtest.h>

#include "model/date.h"

namespace pe {
namespace {

double day(int y, int m, int d) {
    return static_cast<double>(days_from_civil(y, m, d));
}

// 7 px per Latin character, 13 per Chinese one; labels 3 px right of their tick, 8 px apart.
const TextMeasure kMeasure{};

TEST(TimelineTicks, LabelsInBothLanguages) {
    EXPECT_EQ(tick_label(day(2025, 6, 10), {TickUnit::Day, 1}, Language::En), "10");
    EXPECT_EQ(tick_label(day(2025, 6, 10), {TickUnit::Day, 1}, Language::Zh), "10日");
    EXPECT_EQ(tick_label(day(2025, 6, 1), {TickUnit::Month, 1}, Language::En), "Jun");
    EXPECT_EQ(tick_label(day(2025, 6, 1), {TickUnit::Month, 1}, Language::Zh), "6月");
    EXPECT_EQ(tick_label(day(2025, 4, 1), {TickUnit::Quarter, 1}, Language::En), "Q2");
    EXPECT_EQ(tick_label(day(2025, 4, 1), {TickUnit::Quarter, 1}, Language::Zh), "第2季度");
    EXPECT_EQ(tick_label(day(2015, 1, 1), {TickUnit::Year, 1}, Language::En), "2015");
    EXPECT_EQ(tick_label(day(2015, 1, 1), {TickUnit::Year, 1}, Language::Zh), "2015年");
    EXPECT_EQ(tick_label(day(2010, 1, 1), {TickUnit::Decade, 1}, Language::En), "2010s");
    EXPECT_EQ(tick_label(day(2010, 1, 1), {TickUnit::Decade, 1}, Language::Zh), "2010年代");
    EXPECT_EQ(tick_label(day(2000, 1, 1), {TickUnit::Decade, 5}, Language::En), "2000");
    EXPECT_EQ(major_tick_label(day(2025, 6, 1), TickUnit::Month, Language::En), "Jun 2025");
    EXPECT_EQ(major_tick_label(day(2025, 6, 1), TickUnit::Month, Language::Zh), "2025年6月");
    EXPECT_EQ(major_tick_label(day(2025, 1, 1), TickUnit::Year, Language::Zh), "2025年");
}

// 2015-01-01 plus 4096 days across 512 px: 0.125 px per day.
TimelineAxis years_axis() {
    return TimelineAxis{TimeWindow{day(2015, 1, 1), day(2015, 1, 1) + 4096.0}, 0.0, 512.0};
}

TEST(TimelineTicks, YearsWhenQuartersDoNotFit) {
    const TimelineTicks ticks = build_ticks(years_axis(), Language::En, kMeasure);
    EXPECT_EQ(ticks.minor_level.unit, TickUnit::Year);
    EXPECT_EQ(ticks.minor_level.step, 1);
    ASSERT_EQ(ticks.minor.size(), 12u);
    EXPECT_EQ(ticks.minor[0].label, "2015");
    EXPECT_DOUBLE_EQ(ticks.minor[0].day, day(2015, 1, 1));
    EXPECT_FLOAT_EQ(ticks.minor[0].x, 0.0f);
    EXPECT_FLOAT_EQ(ticks.minor[0].label_x, 3.0f);
    EXPECT_FLOAT_EQ(ticks.minor[0].label_width, 28.0f);
    EXPECT_FLOAT_EQ(ticks.minor[1].x, 45.625f);
    EXPECT_FLOAT_EQ(ticks.minor[2].x, 91.375f);  // 2016 has 366 days
    EXPECT_EQ(ticks.minor[11].label, "2026");
    EXPECT_FLOAT_EQ(ticks.minor[11].x, 502.25f);
    // The decade row: 2010s held at the left edge, 2020s at its tick.
    ASSERT_TRUE(ticks.has_major);
    EXPECT_EQ(ticks.major_unit, TickUnit::Decade);
    ASSERT_EQ(ticks.major.size(), 2u);
    EXPECT_EQ(ticks.major[0].label, "2010s");
    EXPECT_FLOAT_EQ(ticks.major[0].x, -228.25f);
    EXPECT_FLOAT_EQ(ticks.major[0].label_x, 3.0f);
    EXPECT_EQ(ticks.major[1].label, "2020s");
    EXPECT_FLOAT_EQ(ticks.major[1].x, 228.25f);
    EXPECT_FLOAT_EQ(ticks.major[1].label_x, 231.25f);
}

TEST(TimelineTicks, WiderChineseLabelsTakeEveryOtherYear) {
    const TimelineTicks ticks = build_ticks(years_axis(), Language::Zh, kMeasure);
    EXPECT_EQ(ticks.minor_level.unit, TickUnit::Year);
    EXPECT_EQ(ticks.minor_level.step, 2);
    ASSERT_EQ(ticks.minor.size(), 6u);
    EXPECT_EQ(ticks.minor[0].label, "2016年");
    EXPECT_FLOAT_EQ(ticks.minor[0].x, 45.625f);
    EXPECT_FLOAT_EQ(ticks.minor[0].label_width, 41.0f);
    EXPECT_EQ(ticks.minor[5].label, "2026年");
    EXPECT_EQ(ticks.major[0].label, "2010年代");
}

// 2025-01-01 plus 512 days across 768 px: 1.5 px per day.
TEST(TimelineTicks, MonthsWithTheirYearAboveThem) {
    const TimelineAxis axis{TimeWindow{day(2025, 1, 1), day(2025, 1, 1) + 512.0}, 0.0, 768.0};
    const TimelineTicks en = build_ticks(axis, Language::En, kMeasure);
    EXPECT_EQ(en.minor_level.unit, TickUnit::Month);  // 1st/16th: "16" does not fit before Mar 1
    ASSERT_EQ(en.minor.size(), 17u);                  // Jan 2025 .. May 2026
    EXPECT_EQ(en.minor[0].label, "Jan");
    EXPECT_EQ(en.minor[1].label, "Feb");
    EXPECT_FLOAT_EQ(en.minor[1].x, 46.5f);
    EXPECT_EQ(en.minor[12].label, "Jan");
    EXPECT_FLOAT_EQ(en.minor[12].x, 547.5f);
    EXPECT_EQ(en.minor[16].label, "May");
    ASSERT_EQ(en.major.size(), 2u);
    EXPECT_EQ(en.major_unit, TickUnit::Year);
    EXPECT_EQ(en.major[0].label, "2025");
    EXPECT_FLOAT_EQ(en.major[0].label_x, 3.0f);
    EXPECT_EQ(en.major[1].label, "2026");
    EXPECT_FLOAT_EQ(en.major[1].x, 547.5f);
    const TimelineTicks zh = build_ticks(axis, Language::Zh, kMeasure);
    EXPECT_EQ(zh.minor_level.unit, TickUnit::Month);
    EXPECT_EQ(zh.minor[9].label, "10月");
    EXPECT_EQ(zh.major[1].label, "2026年");
}

TEST(TimelineTicks, QuartersWhenMonthsDoNotFit) {
    // 1 px per day: "Feb" (21 px + 8) does not fit in February's 28 px.
    const TimelineAxis axis{TimeWindow{day(2025, 1, 1), day(2025, 1, 1) + 512.0}, 0.0, 512.0};
    const TimelineTicks ticks = build_ticks(axis, Language::En, kMeasure);
    EXPECT_EQ(ticks.minor_level.unit, TickUnit::Quarter);
    ASSERT_EQ(ticks.minor.size(), 6u);  // Q1 2025 .. Q2 2026
    EXPECT_EQ(ticks.minor[1].label, "Q2");
    EXPECT_FLOAT_EQ(ticks.minor[1].x, 90.0f);
    EXPECT_EQ(build_ticks(axis, Language::Zh, kMeasure).minor[1].label, "第2季度");
}

// 2025-06-01 plus 16 days across 512 px: 32 px per day.
TEST(TimelineTicks, DaysWithTheMonthAboveThem) {
    const TimelineAxis axis{TimeWindow{day(2025, 6, 1), day(2025, 6, 17)}, 0.0, 512.0};
    const TimelineTicks en = build_ticks(axis, Language::En, kMeasure);
    EXPECT_EQ(en.minor_level.unit, TickUnit::Day);
    EXPECT_EQ(en.minor_level.step, 1);
    ASSERT_EQ(en.minor.size(), 16u);
    EXPECT_EQ(en.minor[9].label, "10");
    EXPECT_FLOAT_EQ(en.minor[9].x, 288.0f);
    ASSERT_EQ(en.major.size(), 1u);
    EXPECT_EQ(en.major[0].label, "Jun 2025");
    // "10日" needs 27 + 8 px, a day has 32: the 1st, 8th and 15th only.
    const TimelineTicks zh = build_ticks(axis, Language::Zh, kMeasure);
    EXPECT_EQ(zh.minor_level.unit, TickUnit::Day);
    EXPECT_EQ(zh.minor_level.step, 7);
    ASSERT_EQ(zh.minor.size(), 3u);
    EXPECT_EQ(zh.minor[0].label, "1日");
    EXPECT_EQ(zh.minor[1].label, "8日");
    EXPECT_FLOAT_EQ(zh.minor[1].x, 224.0f);
    EXPECT_EQ(zh.minor[2].label, "15日");
    EXPECT_EQ(zh.major[0].label, "2025年6月");
}

TEST(TimelineTicks, TheHeldMonthLabelIsPushedOutByTheNextOne) {
    const TimelineAxis axis{TimeWindow{day(2025, 6, 30), day(2025, 6, 30) + 16.0}, 0.0, 512.0};
    const TimelineTicks ticks = build_ticks(axis, Language::En, kMeasure);
    ASSERT_EQ(ticks.minor.size(), 16u);
    EXPECT_EQ(ticks.minor[0].label, "30");
    EXPECT_EQ(ticks.minor[1].label, "1");
    ASSERT_EQ(ticks.major.size(), 2u);
    EXPECT_EQ(ticks.major[0].label, "Jun 2025");
    EXPECT_FLOAT_EQ(ticks.major[0].x, -928.0f);
    EXPECT_FLOAT_EQ(ticks.major[0].label_x, -29.0f);  // 35 - 8 - 56: just clear of "Jul 2025"
    EXPECT_EQ(ticks.major[1].label, "Jul 2025");
    EXPECT_FLOAT_EQ(ticks.major[1].label_x, 35.0f);
}

TEST(TimelineTicks, LabelsNeverTouchAtAnyZoom) {
    for (double span = 3.0; span < 60.0 * kDaysPerYear; span *= 1.37) {
        for (Language language : {Language::En, Language::Zh}) {
            const TimelineAxis axis{TimeWindow{day(2003, 2, 17), day(2003, 2, 17) + span}, 10.0, 900.0};
            const TimelineTicks ticks = build_ticks(axis, language, kMeasure);
            ASSERT_FALSE(ticks.minor.empty()) << span;
            for (std::size_t i = 1; i < ticks.minor.size(); ++i) {
                EXPECT_LE(ticks.minor[i - 1].label_x + ticks.minor[i - 1].label_width + 8.0f,
                          ticks.minor[i].label_x)
                    << span;
            }
            for (std::size_t i = 1; i < ticks.major.size(); ++i) {
                EXPECT_LE(ticks.major[i - 1].label_x + ticks.major[i - 1].label_width + 8.0f,
                          ticks.major[i].label_x)
                    << span;
            }
        }
    }
}

TEST(TimelineTicks, TheMeasureCallbackDecides) {
    TextMeasure wide;
    wide.width = [](std::string_view) { return 40.0f; };  // every label 40 px: 48 with the gap
    const TimelineTicks ticks = build_ticks(years_axis(), Language::En, wide);
    EXPECT_EQ(ticks.minor_level.step, 2);  // a year is 45.6 px
}

}  // namespace
}  // namespace pe

namespace pe {
namespace {

TEST(TimelineText, EstimatedWidthsCutLabelsAndCompactCounts) {
    const TextMeasure m{};
    EXPECT_FLOAT_EQ(text_width(m, "Jun 2025"), 56.0f);
    EXPECT_FLOAT_EQ(text_width(m, "2025年6月"), 7.0f * 5 + 13.0f * 2);
    EXPECT_FLOAT_EQ(text_width(m, "é"), 7.0f);  // two bytes, one narrow character
    float w = 0.0f;
    EXPECT_EQ(elide_to_width(m, "Alpha", 35.0f, w), "Alpha");
    EXPECT_FLOAT_EQ(w, 35.0f);
    EXPECT_EQ(elide_to_width(m, "Alphabet", 50.0f, w), "Alpha…");  // 5 * 7 + 13 = 48
    EXPECT_FLOAT_EQ(w, 48.0f);
    EXPECT_EQ(elide_to_width(m, "干细胞临床研究", 50.0f, w), "干细…");  // 3 * 13 = 39; one more is 52
    EXPECT_EQ(elide_to_width(m, "Alphabet", 5.0f, w), "…");
    EXPECT_EQ(compact_count(7, Language::En), "+7");
    EXPECT_EQ(compact_count(999, Language::En), "+999");
    EXPECT_EQ(compact_count(1999, Language::En), "+1.9k");
    EXPECT_EQ(compact_count(2000, Language::En), "+2k");
    EXPECT_EQ(compact_count(35400, Language::En), "+35k");
    EXPECT_EQ(compact_count(1250000, Language::En), "+1.2M");
    EXPECT_EQ(compact_count(9999, Language::Zh), "+9999");
    EXPECT_EQ(compact_count(12000, Language::Zh), "+1.2万");
    EXPECT_EQ(compact_count(350000, Language::Zh), "+35万");
    EXPECT_EQ(compact_count(120000000, Language::Zh), "+1.2亿");
}

}  // namespace
}  // namespace pe
