// trialspec/calendar/duration.hpp - calendar durations: counts of days, weeks, months or years.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

namespace trialspec {

enum class duration_unit : std::uint8_t { days, weeks, months, years };

/// A signed calendar duration: a count of days, weeks, months or years. A structural type, so it
/// can be a template argument (thresholds and windows known at compile time are part of types).
/// Months and years have no fixed length in days; they are applied with the clamping rule.
struct calendar_duration {
  std::int32_t count{};
  duration_unit unit{duration_unit::days};

  constexpr calendar_duration operator-() const noexcept { return {-count, unit}; }
  friend constexpr bool operator==(const calendar_duration&, const calendar_duration&) = default;
};

/// Strong duration types; each converts to calendar_duration. Deliberately, there is no
/// arithmetic between different units (months{1} + days{1} does not compile): a month has no
/// fixed number of days.
struct days {
  std::int32_t count{};
  constexpr operator calendar_duration() const noexcept { return {count, duration_unit::days}; }
};
struct weeks {
  std::int32_t count{};
  constexpr operator calendar_duration() const noexcept { return {count, duration_unit::weeks}; }
};
struct months {
  std::int32_t count{};
  constexpr operator calendar_duration() const noexcept { return {count, duration_unit::months}; }
};
struct years {
  std::int32_t count{};
  constexpr operator calendar_duration() const noexcept { return {count, duration_unit::years}; }
};

namespace literals {
constexpr days operator""_days(unsigned long long n) noexcept { return {static_cast<std::int32_t>(n)}; }
constexpr weeks operator""_weeks(unsigned long long n) noexcept { return {static_cast<std::int32_t>(n)}; }
constexpr months operator""_months(unsigned long long n) noexcept { return {static_cast<std::int32_t>(n)}; }
constexpr years operator""_years(unsigned long long n) noexcept { return {static_cast<std::int32_t>(n)}; }
} // namespace literals

/// "18 months", "1 year", "30 days".
inline std::string to_string(calendar_duration d) {
  const auto n = d.count < 0 ? -static_cast<long long>(d.count) : static_cast<long long>(d.count);
  std::string s = d.count < 0 ? "-" : "";
  s += std::to_string(n);
  switch (d.unit) {
  case duration_unit::days: s += n == 1 ? " day" : " days"; break;
  case duration_unit::weeks: s += n == 1 ? " week" : " weeks"; break;
  case duration_unit::months: s += n == 1 ? " month" : " months"; break;
  case duration_unit::years: s += n == 1 ? " year" : " years"; break;
  }
  return s;
}

inline std::ostream& operator<<(std::ostream& os, calendar_duration d) { return os << to_string(d); }
inline std::ostream& operator<<(std::ostream& os, days d) { return os << calendar_duration(d); }
inline std::ostream& operator<<(std::ostream& os, weeks d) { return os << calendar_duration(d); }
inline std::ostream& operator<<(std::ostream& os, months d) { return os << calendar_duration(d); }
inline std::ostream& operator<<(std::ostream& os, years d) { return os << calendar_duration(d); }

} // namespace trialspec
