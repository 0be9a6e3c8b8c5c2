// trialspec/calendar/detail/window_order.hpp - ordering the edges of relative windows at compile
// time, whatever their units.
#pragma once

#include <trialspec/calendar/duration.hpp>
#include <trialspec/error.hpp>

namespace trialspec::detail {

constexpr void require_non_negative(calendar_duration d) {
  if (d.count < 0)
    throw invalid_input("window", to_string(d), "before()/after() take a non-negative duration");
}
// Bounds in days of an offset, to order edges of different units at compile time.
constexpr long min_days(calendar_duration d) {
  const long n = d.count;
  switch (d.unit) {
  case duration_unit::days: return n;
  case duration_unit::weeks: return 7 * n;
  case duration_unit::months: return n >= 0 ? 28 * n : 31 * n;
  case duration_unit::years: return n >= 0 ? 365 * n : 366 * n;
  }
  return n;
}
constexpr long max_days(calendar_duration d) { return -min_days(-d); }

} // namespace trialspec::detail
