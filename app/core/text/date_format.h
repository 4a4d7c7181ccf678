// Dates and periods as a reader sees them, in Chinese or English, at exactly the precision
// the data states ("2015年", "Jun 2025"): never a day that the source did not give.
#pragma once

#include <string>

#include "model/dataset.h"
#include "model/language.h"

namespace pe {

std::string display_date(const Date& date, Language language);
// "2024年12月–2027年", "2015 – ongoing", "" when the span has no start.
std::string display_span(const TimeSpan& span, Language language);

}  // namespace pe
