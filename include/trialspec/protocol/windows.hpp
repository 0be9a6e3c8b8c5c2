// trialspec/protocol/windows.hpp - observation windows and follow-up visits relative to the
// infusion date.
//
// The reference date R is the day of the infusion (for a control patient, the matching baseline
// day). Windows are closed intervals of calendar days; month offsets use the calendar's clamped
// arithmetic (2014-01-31 + 1 month = 2014-02-28).
//
// Splitting a window around R: the "before" part ends the day before R and the "after" part
// starts on R, so an event on the infusion day is counted once, as treatment-emergent.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace trialspec {

/// The part of `w` strictly before the reference date: [w.from, R - 1 day]. `w` must start before
/// R and end on or after it.
constexpr relative_window before_part(relative_window w) { return {w.from, before(days{1})}; }
/// The part of `w` from the reference date on: [R, w.to].
constexpr relative_window after_part(relative_window w) { return {reference_day, w.to}; }

/// Observation windows of a protocol: the safety window (split into before and after parts) and
/// the relapse-rate windows before and after the infusion.
template <relative_window Safety, relative_window RatesBefore, relative_window RatesAfter>
struct observation_windows {
  static constexpr relative_window safety = Safety;
  static constexpr relative_window safety_before = before_part(Safety);
  static constexpr relative_window safety_after = after_part(Safety);
  static constexpr relative_window relapse_rate_before = RatesBefore;
  static constexpr relative_window relapse_rate_after = RatesAfter;

  /// "adverse events between 3 months before the infusion and 12 months after the infusion; ..."
  static std::string describe() {
    return "adverse events " + Safety.describe("the infusion") + " (before part " +
           safety_before.describe("the infusion") + ", after part " + safety_after.describe("the infusion") +
           "); relapse rate before: " + RatesBefore.describe("the infusion") +
           "; relapse rate after: " + RatesAfter.describe("the infusion");
  }
};

/// A type with the windows a protocol observes.
template <class T>
concept ObservationWindows = requires {
  { T::safety } -> std::convertible_to<relative_window>;
  { T::safety_before } -> std::convertible_to<relative_window>;
  { T::safety_after } -> std::convertible_to<relative_window>;
  { T::relapse_rate_before } -> std::convertible_to<relative_window>;
  { T::relapse_rate_after } -> std::convertible_to<relative_window>;
  { T::describe() } -> std::convertible_to<std::string>;
};

/// One scheduled follow-up visit: months after the infusion and the target date.
struct scheduled_visit {
  int month;
  date on;
  friend bool operator==(const scheduled_visit&, const scheduled_visit&) = default;
  /// "month 3: 2014-04-30"
  friend std::ostream& operator<<(std::ostream& os, const scheduled_visit& v) {
    return os << "month " << v.month << ": " << to_iso(v.on);
  }
};

/// Follow-up visits at the given months after the infusion, in increasing order. Each target is
/// R + m months with the clamped rule, computed from R (never chained from the previous visit).
template <int... Months>
struct visit_schedule {
  static_assert(sizeof...(Months) > 0, "a visit schedule needs at least one visit");
  static constexpr std::array<int, sizeof...(Months)> months{Months...};

private:
  static constexpr bool increasing_positive() {
    for (std::size_t i = 0; i < months.size(); ++i)
      if (months[i] <= 0 || (i > 0 && months[i] <= months[i - 1])) return false;
    return true;
  }
  static_assert(increasing_positive(), "visit months must be positive and strictly increasing");

public:
  /// The target dates after an infusion on `infusion`.
  static std::vector<scheduled_visit> dates(date infusion) {
    std::vector<scheduled_visit> out;
    out.reserve(months.size());
    for (int m : months) out.push_back({m, add_months(infusion, m)});
    return out;
  }
  /// "months 1, 3, 6, 9, 12 and 24 after the infusion"
  static std::string describe() {
    std::string s = months.size() == 1 ? "month " : "months ";
    for (std::size_t i = 0; i < months.size(); ++i) {
      if (i > 0) s += i + 1 == months.size() ? " and " : ", ";
      s += std::to_string(months[i]);
    }
    return s + " after the infusion";
  }
};

/// A type with follow-up visit months and their dates.
template <class T>
concept VisitSchedule = requires(date d) {
  { T::dates(d) } -> std::same_as<std::vector<scheduled_visit>>;
  { T::describe() } -> std::convertible_to<std::string>;
};

} // namespace trialspec
