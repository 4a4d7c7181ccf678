#include "text/date_format.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

Date year(int y) {
    return Date{y, 0, 0, DatePrecision::Year};
}
Date month(int y, int m) {
    return Date{y, m, 0, DatePrecision::Month};
}
Date day(int y, int m, int d) {
    return Date{y, m, d, DatePrecision::Day};
}

TEST(DateDisplay, EachPrecisionInBothLanguages) {
    EXPECT_EQ(display_date(year(2015), Language::Zh), "2015年");
    EXPECT_EQ(display_date(year(2015), Language::En), "2015");
    EXPECT_EQ(display_date(month(2025, 6), Language::Zh), "2025年6月");
    EXPECT_EQ(display_date(month(2025, 6), Language::En), "Jun 2025");
    EXPECT_EQ(display_date(day(2025, 6, 10), Language::Zh), "2025年6月10日");
    EXPECT_EQ(display_date(day(2025, 6, 10), Language::En), "10 Jun 2025");
}

TEST(DateDisplay, NeverShowsADayOrMonthBeyondThePrecision) {
    // Stray fields in a year-precision date must not leak into the text.
    EXPECT_EQ(display_date(Date{2024, 12, 31, DatePrecision::Year}, Language::En), "2024");
    EXPECT_EQ(display_date(Date{2024, 12, 31, DatePrecision::Month}, Language::Zh), "2024年12月");
}

TEST(DateDisplay, Spans) {
    TimeSpan plan;
    plan.has_start = true;
    plan.start = month(2024, 12);
    plan.has_end = true;
    plan.end = year(2027);
    EXPECT_EQ(display_span(plan, Language::Zh), "2024年12月–2027年");
    EXPECT_EQ(display_span(plan, Language::En), "Dec 2024 – 2027");

    TimeSpan since;
    since.has_start = true;
    since.start = year(2015);
    since.open_end = true;
    EXPECT_EQ(display_span(since, Language::Zh), "2015年至今");
    EXPECT_EQ(display_span(since, Language::En), "2015 – ongoing");

    EXPECT_EQ(display_span(TimeSpan{}, Language::En), "");
}

}  // namespace
}  // namespace pe
