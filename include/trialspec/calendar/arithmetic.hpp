// trialspec/calendar/arithmetic.hpp - adding calendar durations to dates (months and years clamp
// to the month's last day), days between dates, age in completed years.
//
// Every result stays in the supported years (1400-01-01 to 9999-12-31, calendar/date.hpp): an
// addition that would leave them throws invalid_input naming the date and the duration.
#pragma once

#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/detail/civil.hpp>
#include <trialspec/calendar/duration.hpp>
#include <trialspec/calendar/text.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <string>

namespace trialspec {

/// d + n months, clamped to the last day of the target month (never snapped to month end).
inline date add_months(date d, long n) {
  if (d.is_special()) return d;
  const auto ymd = detail::civil_of(d);
  const long total = static_cast<long>(ymd.year) * 12 + (ymd.month - 1) + n;
  const long y = total / 12;
  const int m = static_cast<int>(total % 12) + 1;
  if (total < 0 || y < first_supported_year || y > last_supported_year)
    throw invalid_input("date arithmetic", trialspec::detail::cat(to_iso(d), " + ", std::to_string(n), " months"),
                        "result outside years 1400 to 9999");
  const int last = detail::days_in_month(static_cast<int>(y), m);
  return detail::date_from_civil(y, m, ymd.day < last ? ymd.day : last);
}

namespace detail {
/// d + `n` days, where `n` is `by` (days or weeks) in days. Boost's own date arithmetic does not
/// check its range (9999-12-31 + 1 day makes a date no calendar function can read).
inline date add_days(date d, std::int64_t n, calendar_duration by) {
  if (d.is_special()) return d + boost::gregorian::date_duration(static_cast<long>(n)); // infinities stay
  const std::int64_t to = static_cast<std::int64_t>(d.day_number()) + n;
  if (to < first_supported_day_number || to > last_supported_day_number)
    throw invalid_input("date arithmetic", trialspec::detail::cat(to_iso(d), " + ", to_string(by)), "result outside years 1400 to 9999");
  return date(static_cast<date::date_int_type>(to));
}
} // namespace detail

/// d + a calendar duration (negative counts go back). Months and years clamp. Throws
/// invalid_input when the result would be outside the years 1400 to 9999.
inline date add(date d, calendar_duration by) {
  switch (by.unit) {
  case duration_unit::days: return detail::add_days(d, by.count, by);
  case duration_unit::weeks: return detail::add_days(d, std::int64_t{7} * by.count, by);
  case duration_unit::months: return add_months(d, by.count);
  case duration_unit::years: return add_months(d, 12L * by.count);
  }
  return d;
}

inline date operator+(date d, calendar_duration by) { return add(d, by); }
inline date operator-(date d, calendar_duration by) { return add(d, -by); }
inline date operator+(date d, days by) { return add(d, by); }
inline date operator-(date d, days by) { return add(d, -calendar_duration(by)); }
inline date operator+(date d, weeks by) { return add(d, by); }
inline date operator-(date d, weeks by) { return add(d, -calendar_duration(by)); }
inline date operator+(date d, months by) { return add(d, by); }
inline date operator-(date d, months by) { return add(d, -calendar_duration(by)); }
inline date operator+(date d, years by) { return add(d, by); }
inline date operator-(date d, years by) { return add(d, -calendar_duration(by)); }

/// Signed number of days from `from` to `to`.
inline long days_between(date from, date to) { return (to - from).days(); }

/// Age in completed years on `on`. A 29 February birthday is reached on 28 February in common
/// years. Throws invalid_input when `on` is before `birth`, or when either is not a calendar day
/// (an unbounded or not-a-date value).
inline int age_in_years(date birth, date on) {
  if (birth.is_special()) throw invalid_input("birth date", to_iso(birth), "an age needs a calendar day");
  if (on.is_special()) throw invalid_input("age reference date", to_iso(on), "an age needs a calendar day");
  if (on < birth)
    throw invalid_input("age reference date", to_iso(on),
                        trialspec::detail::cat("is before the birth date ", to_iso(birth)));
  // The birthday in the year of `on` is birth + age years, clamped like add_months.
  const auto b = detail::civil_of(birth);
  const auto o = detail::civil_of(on);
  const int last = detail::days_in_month(o.year, b.month);
  const int birthday = b.day < last ? b.day : last;
  const bool reached = o.month > b.month || (o.month == b.month && o.day >= birthday);
  return o.year - b.year - (reached ? 0 : 1);
}

} // namespace trialspec
