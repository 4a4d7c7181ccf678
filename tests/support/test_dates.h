// Dates at each precision for tests, written as the data states them: a year, a month or a
// day (unstated parts are 0, as the loader leaves them). Shared by the core and UI suites.
#pragma once

#include "model/date.h"

namespace pe {

inline Date year_date(int year) {
    return Date{year, 0, 0, DatePrecision::Year};
}
inline Date month_date(int year, int month) {
    return Date{year, month, 0, DatePrecision::Month};
}
inline Date day_date(int year, int month, int day) {
    return Date{year, month, day, DatePrecision::Day};
}

}  // namespace pe
