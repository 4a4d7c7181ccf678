// Calendar rules of date.h: leap years, month lengths, the three date forms and their
// precision, what is rejected and why, day numbers, and ordering.
#include "model/date.h"

#include <gtest/gtest.h>

namespace pe {
namespace {

Date make(int year, int month, int day, DatePrecision precision) {
    Date d;
    d.year = year;
    d.month = month;
    d.day = day;
    d.precision = precision;
    return d;
}

TEST(Date, LeapYears) {
    EXPECT_TRUE(is_leap_year(2024));
    EXPECT_TRUE(is_leap_year(2000));
    EXPECT_TRUE(is_leap_year(1600));
    EXPECT_TRUE(is_leap_year(0));
    EXPECT_FALSE(is_leap_year(2023));
    EXPECT_FALSE(is_leap_year(2025));
    EXPECT_FALSE(is_leap_year(1900));
    EXPECT_FALSE(is_leap_year(2100));
}

TEST(Date, DaysInMonth) {
    EXPECT_EQ(days_in_month(2025, 1), 31);
    EXPECT_EQ(days_in_month(2025, 2), 28);
    EXPECT_EQ(days_in_month(2024, 2), 29);
    EXPECT_EQ(days_in_month(1900, 2), 28);
    EXPECT_EQ(days_in_month(2000, 2), 29);
    EXPECT_EQ(days_in_month(2025, 4), 30);
    EXPECT_EQ(days_in_month(2025, 6), 30);
    EXPECT_EQ(days_in_month(2025, 9), 30);
    EXPECT_EQ(days_in_month(2025, 11), 30);
    EXPECT_EQ(days_in_month(2025, 12), 31);
    EXPECT_EQ(days_in_month(2025, 0), 0);
    EXPECT_EQ(days_in_month(2025, 13), 0);
}

TEST(Date, ParsesTheThreeFormsWithTheirPrecision) {
    DateParse year = parse_date("2015");
    ASSERT_TRUE(year.ok) << year.error;
    EXPECT_EQ(year.date.year, 2015);
    EXPECT_EQ(year.date.month, 0);
    EXPECT_EQ(year.date.day, 0);
    EXPECT_EQ(year.date.precision, DatePrecision::Year);

    DateParse month = parse_date("2025-06");
    ASSERT_TRUE(month.ok) << month.error;
    EXPECT_EQ(month.date.year, 2025);
    EXPECT_EQ(month.date.month, 6);
    EXPECT_EQ(month.date.day, 0);
    EXPECT_EQ(month.date.precision, DatePrecision::Month);

    DateParse day = parse_date("2025-11-10");
    ASSERT_TRUE(day.ok) << day.error;
    EXPECT_EQ(day.date.year, 2025);
    EXPECT_EQ(day.date.month, 11);
    EXPECT_EQ(day.date.day, 10);
    EXPECT_EQ(day.date.precision, DatePrecision::Day);
    EXPECT_TRUE(day.error.empty());
}

TEST(Date, AcceptsLeapDaysOnlyInLeapYears) {
    EXPECT_TRUE(parse_date("2024-02-29").ok);
    EXPECT_TRUE(parse_date("2000-02-29").ok);
    EXPECT_FALSE(parse_date("1900-02-29").ok);
    const DateParse p = parse_date("2023-02-29");
    EXPECT_FALSE(p.ok);
    EXPECT_EQ(p.error, "\"2023-02-29\" is not a calendar date: February 2023 has 28 days");
}

TEST(Date, RejectsDaysPastTheEndOfTheMonth) {
    EXPECT_EQ(parse_date("2025-02-30").error,
              "\"2025-02-30\" is not a calendar date: February 2025 has 28 days");
    EXPECT_EQ(parse_date("2025-04-31").error,
              "\"2025-04-31\" is not a calendar date: April 2025 has 30 days");
    EXPECT_EQ(parse_date("2025-01-32").error,
              "\"2025-01-32\" is not a calendar date: January 2025 has 31 days");
    EXPECT_EQ(parse_date("2025-01-00").error, "\"2025-01-00\" is not a calendar date: there is no day 00");
    EXPECT_TRUE(parse_date("2025-01-31").ok);
    EXPECT_TRUE(parse_date("2025-12-31").ok);
}

TEST(Date, RejectsMonthsOutOfRange) {
    EXPECT_EQ(parse_date("2025-13").error, "\"2025-13\" is not a calendar date: there is no month 13");
    EXPECT_EQ(parse_date("2025-00").error, "\"2025-00\" is not a calendar date: there is no month 00");
    EXPECT_EQ(parse_date("2025-13-01").error, "\"2025-13-01\" is not a calendar date: there is no month 13");
}

TEST(Date, RejectsOtherForms) {
    const char* bad[] = {"",          "25",          "202",          "20250",    "2025-1",   "2025-1-01",
                         "2025-01-1", "2025/01/01",  "2025-01-01T",  " 2025",    "2025 ",    "+2025",
                         "-2025",     "2025-01-01 ", "2o25",         "2025--01", "2025-01-", "２０２５",
                         "2025-0a",   "20250101",    "2025-01-01-01"};
    for (const char* text : bad) {
        const DateParse p = parse_date(text);
        EXPECT_FALSE(p.ok) << text;
        EXPECT_EQ(p.error,
                  "\"" + std::string(text) + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

TEST(Date, FormatsBackToItsForm) {
    for (const char* text : {"2015", "0999", "2025-06", "2025-11-10", "2024-02-29", "0001-01-01"}) {
        const DateParse p = parse_date(text);
        ASSERT_TRUE(p.ok) << text;
        EXPECT_EQ(format_date(p.date), text);
    }
}

TEST(Date, DayNumbers) {
    EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
    EXPECT_EQ(days_from_civil(1970, 1, 2), 1);
    EXPECT_EQ(days_from_civil(1969, 12, 31), -1);
    EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
    EXPECT_EQ(days_from_civil(2024, 1, 1), 19723);
    EXPECT_EQ(days_from_civil(2025, 11, 10), 20402);
    EXPECT_EQ(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);  // through February 29
    EXPECT_EQ(days_from_civil(2025, 3, 1) - days_from_civil(2025, 2, 28), 1);
    EXPECT_EQ(days_from_civil(2001, 1, 1) - days_from_civil(2000, 1, 1), 366);
    EXPECT_EQ(days_from_civil(1901, 1, 1) - days_from_civil(1900, 1, 1), 365);
}

TEST(Date, DayNumbersRoundTripEveryDayFrom1899To2101) {
    std::int64_t expected = days_from_civil(1899, 1, 1);
    for (int year = 1899; year <= 2101; ++year) {
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= days_in_month(year, month); ++day) {
                const std::int64_t n = days_from_civil(year, month, day);
                ASSERT_EQ(n, expected) << year << "-" << month << "-" << day;
                const Date back = date_from_days(n);
                ASSERT_EQ(back.year, year);
                ASSERT_EQ(back.month, month);
                ASSERT_EQ(back.day, day);
                ASSERT_EQ(back.precision, DatePrecision::Day);
                ++expected;
            }
        }
    }
}

TEST(Date, FirstAndLastDayOfEachPrecision) {
    const Date year = make(2024, 0, 0, DatePrecision::Year);
    EXPECT_EQ(first_day(year), days_from_civil(2024, 1, 1));
    EXPECT_EQ(last_day(year), days_from_civil(2024, 12, 31));
    const Date february = make(2024, 2, 0, DatePrecision::Month);
    EXPECT_EQ(first_day(february), days_from_civil(2024, 2, 1));
    EXPECT_EQ(last_day(february), days_from_civil(2024, 2, 29));
    const Date day = make(2025, 11, 10, DatePrecision::Day);
    EXPECT_EQ(first_day(day), days_from_civil(2025, 11, 10));
    EXPECT_EQ(last_day(day), days_from_civil(2025, 11, 10));
}

TEST(Date, OrdersByFirstDayThenCoarserFirst) {
    const Date y2024 = make(2024, 0, 0, DatePrecision::Year);
    const Date m2024_01 = make(2024, 1, 0, DatePrecision::Month);
    const Date d2024_01_01 = make(2024, 1, 1, DatePrecision::Day);
    const Date d2024_01_02 = make(2024, 1, 2, DatePrecision::Day);
    const Date m2023_12 = make(2023, 12, 0, DatePrecision::Month);
    EXPECT_LT(compare_dates(m2023_12, y2024), 0);
    EXPECT_LT(compare_dates(y2024, m2024_01), 0);
    EXPECT_LT(compare_dates(m2024_01, d2024_01_01), 0);
    EXPECT_LT(compare_dates(d2024_01_01, d2024_01_02), 0);
    EXPECT_GT(compare_dates(d2024_01_02, y2024), 0);
    EXPECT_EQ(compare_dates(y2024, make(2024, 0, 0, DatePrecision::Year)), 0);
}

TEST(Date, EndsBeforeComparesAtTheCoarserPrecision) {
    const Date y2024 = make(2024, 0, 0, DatePrecision::Year);
    const Date y2027 = make(2027, 0, 0, DatePrecision::Year);
    const Date m2024_05 = make(2024, 5, 0, DatePrecision::Month);
    const Date d2024_05_31 = make(2024, 5, 31, DatePrecision::Day);
    const Date d2024_06_01 = make(2024, 6, 1, DatePrecision::Day);
    EXPECT_FALSE(ends_before(y2027, y2024));
    EXPECT_FALSE(ends_before(y2024, y2024));  // a one-year period
    EXPECT_TRUE(ends_before(y2024, y2027));
    EXPECT_FALSE(ends_before(y2024, m2024_05));  // "2024-05 to 2024": same year, fine
    EXPECT_FALSE(ends_before(m2024_05, y2024));
    EXPECT_FALSE(ends_before(d2024_05_31, m2024_05));
    EXPECT_TRUE(ends_before(d2024_05_31, d2024_06_01));
    EXPECT_TRUE(ends_before(m2024_05, d2024_06_01));
    EXPECT_FALSE(ends_before(d2024_06_01, m2024_05));
}

}  // namespace
}  // namespace pe
