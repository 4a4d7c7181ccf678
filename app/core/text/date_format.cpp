// Implements the reader-facing date text (date_format.h).
#include "text/date_format.h"

#include <array>

namespace pe {

namespace {

constexpr std::array<const char*, 12> kMonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string display_date(const Date& date, Language language) {
    std::string year = std::to_string(date.year);
    const bool has_month = date.precision != DatePrecision::Year && date.month >= 1 && date.month <= 12;
    const bool has_day = date.precision == DatePrecision::Day && has_month;
    if (language == Language::Zh) {
        std::string text = year + "年";
        if (has_month) text += std::to_string(date.month) + "月";
        if (has_day) text += std::to_string(date.day) + "日";
        return text;
    }
    if (has_day) return std::to_string(date.day) + " " + kMonthsEn[date.month - 1] + " " + year;
    if (has_month) return std::string(kMonthsEn[date.month - 1]) + " " + year;
    return year;
}

std::string display_span(const TimeSpan& span, Language language) {
    if (!span.has_start) return {};
    std::string text = display_date(span.start, language);
    if (span.has_end) {
        text += language == Language::Zh ? "–" : " – ";
        text += display_date(span.end, language);
    } else if (span.open_end) {
        text += language == Language::Zh ? "至今" : " – ongoing";
    }
    return text;
}

}  // namespace pe
