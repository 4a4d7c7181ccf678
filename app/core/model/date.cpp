// Calendar arithmetic after Howard Hinnant's "chrono-compatible low-level date algorithms"
// (days_from_civil / civil_from_days), and the strict parser of the dataset's date forms.
#include "model/date.h"

#include <array>

namespace pe {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string two_digits(int value) {
    std::string s = std::to_string(value);
    return s.size() < 2 ? "0" + s : s;
}

std::string four_digits(int value) {
    std::string s = std::to_string(value);
    while (s.size() < 4) s.insert(s.begin(), '0');
    return s;
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

DateParse parse_date(std::string_view text) {
    DateParse result;
    const std::size_t n = text.size();
    const bool form_ok =
        (n == 4 || (n == 7 && text[4] == '-') || (n == 10 && text[4] == '-' && text[7] == '-'));
    int year = 0, month = 0, day = 0;
    if (!form_ok || !read_digits(text, 0, 4, year) || (n >= 7 && !read_digits(text, 5, 2, month)) ||
        (n == 10 && !read_digits(text, 8, 2, day))) {
        result.error = in_quotes(text) + " is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
        return result;
    }
    if (n >= 7 && (month < 1 || month > 12)) {
        result.error = in_quotes(text) + " is not a calendar date: there is no month " + two_digits(month);
        return result;
    }
    if (n == 10) {
        const int last = days_in_month(year, month);
        if (day < 1) {
            result.error = in_quotes(text) + " is not a calendar date: there is no day 00";
            return result;
        }
        if (day > last) {
            result.error = in_quotes(text) + " is not a calendar date: " +
                           std::string(kMonthNames[static_cast<std::size_t>(month - 1)]) + " " +
                           four_digits(year) + " has " + std::to_string(last) + " days";
            return result;
        }
    }
    result.ok = true;
    result.date.year = year;
    result.date.month = month;
    result.date.day = day;
    result.date.precision = n == 4 ? DatePrecision::Year : n == 7 ? DatePrecision::Month : DatePrecision::Day;
    return result;
}

std::string format_date(const Date& date) {
    std::string s = four_digits(date.year);
    if (date.precision == DatePrecision::Year) return s;
    s += "-" + two_digits(date.month);
    if (date.precision == DatePrecision::Month) return s;
    return s + "-" + two_digits(date.day);
}

std::int64_t days_from_civil(int year, int month, int day) {
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;                          // [0, 399]
    const std::int64_t mp = month > 2 ? month - 3 : month + 9;       // March is 0
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;           // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
    return era * 146097 + doe - 719468;
}

Date date_from_days(std::int64_t days) {
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;                                       // [0, 146096]
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
    Date date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    date.precision = DatePrecision::Day;
    return date;
}

std::int64_t first_day(const Date& date) {
    switch (date.precision) {
        case DatePrecision::Year:
            return days_from_civil(date.year, 1, 1);
        case DatePrecision::Month:
            return days_from_civil(date.year, date.month, 1);
        case DatePrecision::Day:
            break;
    }
    return days_from_civil(date.year, date.month, date.day);
}

std::int64_t last_day(const Date& date) {
    switch (date.precision) {
        case DatePrecision::Year:
            return days_from_civil(date.year, 12, 31);
        case DatePrecision::Month:
            return days_from_civil(date.year, date.month, days_in_month(date.year, date.month));
        case DatePrecision::Day:
            break;
    }
    return days_from_civil(date.year, date.month, date.day);
}

int compare_dates(const Date& a, const Date& b) {
    const std::int64_t da = first_day(a), db = first_day(b);
    if (da != db) return da < db ? -1 : 1;
    const int pa = static_cast<int>(a.precision), pb = static_cast<int>(b.precision);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
}

bool ends_before(const Date& end, const Date& start) {
    return last_day(end) < first_day(start);
}

}  // namespace pe
