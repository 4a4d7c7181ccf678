// Calendar rules for the dataset's dates (proleptic Gregorian, years 0000 to 9999): leap
// years, month lengths, reading "YYYY", "YYYY-MM" and "YYYY-MM-DD" with the precision their
// form implies, ordering, and day numbers (days since 1970-01-01) for a timeline.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/dataset.h"

namespace pe {

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 when month is not 1..12

struct DateParse {
    bool ok = false;
    Date date;          // precision from the form: "2024" year, "2024-03" month, "2024-03-05" day
    std::string error;  // why not, when !ok; e.g. "\"2025-02-30\" is not a calendar date: ..."
};

// Exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ASCII digits, no spaces, no signs) naming a
// real calendar month or day.
DateParse parse_date(std::string_view text);

// Back to the form it was read from ("2024", "2024-03" or "2024-03-05").
std::string format_date(const Date& date);

// Days since 1970-01-01 of a valid calendar day, and back (the result has day precision).
std::int64_t days_from_civil(int year, int month, int day);
Date date_from_days(std::int64_t days);

// The first and last day a date covers: "2024" runs from 2024-01-01 to 2024-12-31.
std::int64_t first_day(const Date& date);
std::int64_t last_day(const Date& date);

// Total order: by first day, then the coarser precision first ("2024" < "2024-01" <
// "2024-01-01" < "2024-01-02"). Negative, zero or positive.
int compare_dates(const Date& a, const Date& b);

// True when the period a date names ends before the one `start` names begins, i.e. the
// two cannot be read as start <= end at the coarser of their precisions.
bool ends_before(const Date& end, const Date& start);

}  // namespace pe
