#include "text/date_format.h"
#include "support/test_dates.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

TEST(DateDisplay, EachPrecisionInBothLanguages) {
    EXPECT_EQ(display_date(year_date(2015), Language::Zh), "2015年");
    EXPECT_EQ(display_date(year_date(2015), Language::En), "2015");
    EXPECT_EQ(display_date(month_date(2025, 6), Language::Zh), "2025年6月");
    EXPECT_EQ(display_date(month_date(2025, 6), Language::En), "Jun 2025");
    EXPECT_EQ(display_date(day_date(2025, 6, 10), Language::Zh), "2025年6月10日");
    EXPECT_EQ(display_date(day_date(2025, 6, 10), Language::En), "10 Jun 2025");
}

TEST(DateDisplay, NeverShowsADayOrMonthBeyondThePrecision) {
    // Stray fields in a year-precision date must not leak into the text.
    EXPECT_EQ(display_date(Date{2024, 12, 31, DatePrecision::Year}, Language::En), "2024");
    EXPECT_EQ(display_date(Date{2024, 12, 31, DatePrecision::Month}, Language::Zh), "2024年12月");
}

TEST(DateDisplay, Spans) {
    TimeSpan plan;
    plan.has_start = true;
    plan.start = month_date(2024, 12);
    plan.has_end = true;
    plan.end = year_date(2027);
    EXPECT_EQ(display_span(plan, Language::Zh), "2024年12月–2027年");
    EXPECT_EQ(display_span(plan, Language::En), "Dec 2024 – 2027");

    TimeSpan since;
    since.has_start = true;
    since.start = year_date(2015);
    since.open_end = true;
    EXPECT_EQ(display_span(since, Language::Zh), "2015年至今");
    EXPECT_EQ(display_span(since, Language::En), "2015 – ongoing");

    EXPECT_EQ(display_span(TimeSpan{}, Language::En), "");
}

}  // namespace
}  // namespace pe
