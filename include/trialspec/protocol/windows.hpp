// trialspec/protocol/windows.hpp - observation windows relative to a protocol's reference date.
//
// The reference date R is the protocol's day 0: the infusion in a cell-therapy trial (for a
// control patient, the matching baseline day), randomisation or the first dose elsewhere; the
// protocol names it (`reference`) and the windows are printed with that name. Windows are closed
// intervals of calendar days; month offsets use the calendar's clamped arithmetic (2014-01-31 +
// 1 month = 2014-02-28).
//
// Splitting a window around R: the "before" part ends the day before R and the "after" part
// starts on R, so an event on the reference day is counted once, as on-treatment.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <string>
#include <string_view>

namespace trialspec {

/// The part of `w` strictly before the reference date: [w.from, R - 1 day]. `w` must start before
/// R and end on or after it.
constexpr relative_window before_part(relative_window w) { return {w.from, before(days{1})}; }
/// The part of `w` from the reference date on: [R, w.to].
constexpr relative_window after_part(relative_window w) { return {reference_day, w.to}; }

/// Observation windows of a protocol: the safety window (split into before and after parts) and
/// the relapse-rate windows before and after the reference date.
template <relative_window Safety, relative_window RatesBefore, relative_window RatesAfter>
struct observation_windows {
  static constexpr relative_window safety = Safety;
  static constexpr relative_window safety_before = before_part(Safety);
  static constexpr relative_window safety_after = after_part(Safety);
  static constexpr relative_window relapse_rate_before = RatesBefore;
  static constexpr relative_window relapse_rate_after = RatesAfter;

  /// With reference "the infusion": "adverse events between 3 months before the infusion and 12
  /// months after the infusion (before part ..., after part ...); relapse rate before: ...;
  /// relapse rate after: ..."
  static std::string describe(std::string_view reference) {
    return trialspec::detail::cat("adverse events ", Safety.describe(reference), " (before part ", safety_before.describe(reference),
           ", after part ", safety_after.describe(reference), "); relapse rate before: ",
           RatesBefore.describe(reference), "; relapse rate after: ", RatesAfter.describe(reference));
  }
};

/// Windows a protocol prints: any type with `describe(reference)`.
template <class T>
concept WindowSet = requires(std::string_view reference) {
  { T::describe(reference) } -> std::convertible_to<std::string>;
};

/// The windows of observation_windows: safety (with its parts) and relapse rates.
template <class T>
concept ObservationWindows = WindowSet<T> && requires {
  { T::safety } -> std::convertible_to<relative_window>;
  { T::safety_before } -> std::convertible_to<relative_window>;
  { T::safety_after } -> std::convertible_to<relative_window>;
  { T::relapse_rate_before } -> std::convertible_to<relative_window>;
  { T::relapse_rate_after } -> std::convertible_to<relative_window>;
};

} // namespace trialspec
