// trialspec/calendar/date.hpp - the date type and the calendar range the library supports.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace trialspec {

/// A day of the Gregorian calendar, or -infinity / +infinity (unbounded interval ends).
using date = boost::gregorian::date;

/// The first and last year of every date trialspec makes or accepts (Boost.Date_Time's range,
/// 1400-01-01 to 9999-12-31). Parsing, construction and every date arithmetic (days, weeks,
/// months, years) throw invalid_input rather than leave it.
inline constexpr int first_supported_year = 1400;
inline constexpr int last_supported_year = 9999;

} // namespace trialspec
