// trialspec/protocol/visits.hpp - follow-up visits at months after the protocol's reference date.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// One scheduled follow-up visit: months after the reference date and the target date.
struct scheduled_visit {
  int month;
  date on;
  friend bool operator==(const scheduled_visit&, const scheduled_visit&) = default;
  /// "month 3: 2014-04-30"
  friend std::ostream& operator<<(std::ostream& os, const scheduled_visit& v) {
    return os << "month " << v.month << ": " << to_iso(v.on);
  }
};

/// Follow-up visits at the given months after the reference date, in increasing order. Each
/// target is R + m months with the clamped rule, computed from R (never chained from the previous
/// visit).
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
  /// The target dates after the reference date `r`.
  static std::vector<scheduled_visit> dates(date r) {
    std::vector<scheduled_visit> out;
    out.reserve(months.size());
    for (int m : months) out.push_back({m, add_months(r, m)});
    return out;
  }
  /// With reference "the infusion": "months 1, 3, 6, 9, 12 and 24 after the infusion"
  static std::string describe(std::string_view reference) {
    std::string s = months.size() == 1 ? "month " : "months ";
    for (std::size_t i = 0; i < months.size(); ++i) {
      if (i > 0) s += i + 1 == months.size() ? " and " : ", ";
      s += std::to_string(months[i]);
    }
    return trialspec::detail::cat(s, " after ", reference);
  }
};

/// A type with follow-up visit dates and their words.
template <class T>
concept VisitSchedule = requires(date d, std::string_view reference) {
  { T::dates(d) } -> std::same_as<std::vector<scheduled_visit>>;
  { T::describe(reference) } -> std::convertible_to<std::string>;
};

} // namespace trialspec
