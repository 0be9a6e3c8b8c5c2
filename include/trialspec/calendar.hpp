// trialspec/calendar.hpp - dates, calendar durations, closed intervals and windows relative to a
// reference date.
//
// Semantics (see README, "Calendar"):
//  - Dates are boost::gregorian::date.
//  - Month and year arithmetic clamps to the last day of the month, as HL7 CQL does:
//    2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 1 year = 2025-02-28. It never snaps to the
//    end of the month the way boost::gregorian::months does (2023-02-28 + 1 month = 2023-03-28).
//  - A window such as "within 18 months before R" is the closed interval [R - 18 months, R].
//  - Age is in completed years; a 29 February birthday is reached on 28 February in common years.
//  - Person-time in years is days / 365.25.
#pragma once

#include <trialspec/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

using date = boost::gregorian::date;

// ---------------------------------------------------------------------------------------------
// Calendar durations
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Dates: construction, parsing, printing
// ---------------------------------------------------------------------------------------------

namespace detail {
constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) noexcept {
  constexpr int table[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : table[m - 1];
}
inline constexpr const char* month_names[12] = {"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
/// A calendar date as plain numbers. Day numbers are Boost's (the Julian Day Number). Month
/// arithmetic, age and ISO text use these conversions instead of date::year_month_day() and the
/// checked date(y, m, d) constructor, whose range checks are repeated work here: every date
/// handled is already valid (years 1400 to 9999).
struct civil_date {
  int year;
  int month;
  int day;
};
/// Day number to year, month, day by the algorithm of Neri and Schneider ("Euclidean affine
/// functions and their application to calendar algorithms", Software: Practice and Experience,
/// 2023): multiplications and shifts only, on a computational calendar whose years start on
/// 1 March (so that the leap day is the last day of a year). `jdn` must be on or after
/// 0000-03-01 (JDN 1721120), which every supported date is.
constexpr civil_date civil_from_day_number(long jdn) noexcept {
  const auto n = static_cast<std::uint32_t>(jdn - 1721120); // days since 0000-03-01
  // Century, and the day within it.
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146097;
  const std::uint32_t day_of_century = n1 % 146097 / 4;
  // Year of the century, and the day within it.
  const std::uint64_t p2 = std::uint64_t{2939745} * (4 * day_of_century + 3);
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2939745 / 4;
  // Month (3 = March .. 14 = February) and day, from the day of the year.
  const std::uint32_t n3 = 2141 * day_of_year + 197913;
  const std::uint32_t month = n3 >> 16;
  const std::uint32_t day = (n3 & 0xFFFF) / 2141;
  // January and February (days 306 on) belong to the next Gregorian year.
  const std::uint32_t next_year = day_of_year >= 306 ? 1 : 0;
  return {static_cast<int>(100 * century + year_of_century + next_year),
          static_cast<int>(next_year ? month - 12 : month), static_cast<int>(day + 1)};
}
/// Year, month, day to day number: the integer formula of Fliegel and Van Flandern, "A machine
/// algorithm for processing calendar dates", Commun. ACM 11(10):657, 1968.
constexpr long day_number_from_civil(long year, long month, long day) noexcept {
  const long a = (month - 14) / 12; // -1 for January and February, else 0
  return day - 32075 + 1461 * (year + 4800 + a) / 4 + 367 * (month - 2 - a * 12) / 12 -
         3 * ((year + 4900 + a) / 100) / 4;
}
inline civil_date civil_of(date d) noexcept { return civil_from_day_number(static_cast<long>(d.day_number())); }
inline date date_from_civil(long year, long month, long day) noexcept {
  return date(static_cast<date::date_int_type>(day_number_from_civil(year, month, day)));
}
inline void append_padded(std::string& out, long v, int width) {
  std::string digits = std::to_string(v);
  for (int i = static_cast<int>(digits.size()); i < width; ++i) out += '0';
  out += digits;
}
} // namespace detail

namespace detail {
/// "00" to "99", two characters per number.
inline constexpr char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                      "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
                                      "81828384858687888990919293949596979899";
inline void put_pair(char* at, int v) noexcept {
  at[0] = digit_pairs[2 * v];
  at[1] = digit_pairs[2 * v + 1];
}
/// Writes a date that is not special as YYYY-MM-DD into at[0..9]. Years are 1400 to 9999
/// (Boost.Date_Time's range), so always four digits.
inline void put_iso(char* at, date d) noexcept {
  const auto c = civil_of(d);
  put_pair(at, c.year / 100);
  put_pair(at + 2, c.year % 100);
  at[4] = '-';
  put_pair(at + 5, c.month);
  at[7] = '-';
  put_pair(at + 8, c.day);
}
} // namespace detail

/// Appends the date as YYYY-MM-DD (or "-infinity", "+infinity", "not-a-date") to `out`.
template <class Text> void append_iso(Text& out, date d) {
  if (d.is_special()) {
    out += std::string_view(d.is_neg_infinity() ? "-infinity" : d.is_pos_infinity() ? "+infinity" : "not-a-date");
    return;
  }
  char s[10];
  detail::put_iso(s, d);
  out.append(s, sizeof s);
}
/// ISO 8601 text of a date ("2024-02-29"); "-infinity" / "+infinity" for unbounded ends.
inline std::string to_iso(date d) {
  std::string s;
  append_iso(s, d);
  return s;
}

/// A validated date. Throws invalid_input naming `field` for a day that does not exist.
/// Boost.Date_Time supports years 1400 to 9999.
inline date make_date(int year, int month, int day, std::string_view field = "date") {
  auto text = [&] {
    std::string s;
    detail::append_padded(s, year, 4);
    s += '-';
    detail::append_padded(s, month, 2);
    s += '-';
    detail::append_padded(s, day, 2);
    return s;
  };
  if (year < 1400 || year > 9999) throw invalid_input(field, text(), "year must be 1400 to 9999");
  if (month < 1 || month > 12) throw invalid_input(field, text(), "month must be 1 to 12");
  const int last = detail::days_in_month(year, month);
  if (day < 1 || day > last)
    throw invalid_input(field, text(),
                        std::string(detail::month_names[month - 1]) + " " + std::to_string(year) +
                            " has " + std::to_string(last) + " days");
  return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

/// Parses an ISO 8601 calendar date, exactly `YYYY-MM-DD`. Anything else ("2024-2-3",
/// "20240203", "2024-02-30", " 2024-02-03", "2024-02-03T00:00") throws invalid_input naming
/// `field` and the text.
inline date parse_date(std::string_view text, std::string_view field = "date") {
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) shape = shape && digit(i);
  if (!shape) throw invalid_input(field, text, "expected an ISO 8601 date YYYY-MM-DD");
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 1400) throw invalid_input(field, text, "year must be 1400 to 9999");
  if (m < 1 || m > 12) throw invalid_input(field, text, "month must be 01 to 12");
  const int last = detail::days_in_month(y, m);
  if (d < 1 || d > last)
    throw invalid_input(field, text,
                        std::string(detail::month_names[m - 1]) + " " + std::to_string(y) +
                            " has " + std::to_string(last) + " days");
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

// ---------------------------------------------------------------------------------------------
// Date arithmetic
// ---------------------------------------------------------------------------------------------

/// d + n months, clamped to the last day of the target month (never snapped to month end).
inline date add_months(date d, long n) {
  if (d.is_special()) return d;
  const auto ymd = detail::civil_of(d);
  const long total = static_cast<long>(ymd.year) * 12 + (ymd.month - 1) + n;
  const long y = total / 12;
  const int m = static_cast<int>(total % 12) + 1;
  if (total < 0 || y < 1400 || y > 9999)
    throw invalid_input("date arithmetic", to_iso(d) + " + " + std::to_string(n) + " months",
                        "result outside years 1400 to 9999");
  const int last = detail::days_in_month(static_cast<int>(y), m);
  return detail::date_from_civil(y, m, ymd.day < last ? ymd.day : last);
}

/// d + a calendar duration (negative counts go back). Months and years clamp.
inline date add(date d, calendar_duration by) {
  switch (by.unit) {
  case duration_unit::days: return d + boost::gregorian::date_duration(by.count);
  case duration_unit::weeks: return d + boost::gregorian::date_duration(7L * by.count);
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
/// years. Throws invalid_input when `on` is before `birth`.
inline int age_in_years(date birth, date on) {
  if (on < birth)
    throw invalid_input("age reference date", to_iso(on),
                        "is before the birth date " + to_iso(birth));
  if (birth.is_special() || on.is_special()) {
    int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    if (add_months(birth, 12L * age) > on) --age;
    return age;
  }
  // The birthday in the year of `on` is birth + age years, clamped like add_months.
  const auto b = detail::civil_of(birth);
  const auto o = detail::civil_of(on);
  const int last = detail::days_in_month(o.year, b.month);
  const int birthday = b.day < last ? b.day : last;
  const bool reached = o.month > b.month || (o.month == b.month && o.day >= birthday);
  return o.year - b.year - (reached ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// Closed date intervals
// ---------------------------------------------------------------------------------------------

/// A closed interval [first, last] of dates. Either end may be unbounded (Boost's -infinity /
/// +infinity special values). Construction rejects last < first.
class date_interval {
public:
  date_interval(date first, date last) : first_(first), last_(last) {
    if (first.is_not_a_date() || last.is_not_a_date())
      throw invalid_input("interval", to_iso(first) + ".." + to_iso(last), "both ends must be dates");
    if (last < first)
      throw invalid_input("interval", to_iso(first) + ".." + to_iso(last),
                          "the end is before the start");
  }
  static date_interval from(date first) { return {first, date(boost::date_time::pos_infin)}; }
  static date_interval until(date last) { return {date(boost::date_time::neg_infin), last}; }

  [[nodiscard]] date first() const noexcept { return first_; }
  [[nodiscard]] date last() const noexcept { return last_; }
  [[nodiscard]] bool contains(date d) const noexcept { return first_ <= d && d <= last_; }
  [[nodiscard]] bool bounded() const noexcept { return !first_.is_special() && !last_.is_special(); }
  /// last - first in days; 0 for a single day. Throws for an unbounded interval.
  [[nodiscard]] long length_in_days() const {
    if (!bounded()) throw invalid_input("interval", to_string(), "an unbounded interval has no length");
    return (last_ - first_).days();
  }
  /// "2024-01-01..2024-06-30"
  [[nodiscard]] std::string to_string() const { return to_iso(first_) + ".." + to_iso(last_); }

  friend bool operator==(const date_interval&, const date_interval&) = default;
  friend std::ostream& operator<<(std::ostream& os, const date_interval& i) { return os << i.to_string(); }

private:
  date first_;
  date last_;
};

/// Person-time in years over a closed interval: (last - first) days / 365.25.
inline double person_years(const date_interval& i) {
  return static_cast<double>(i.length_in_days()) / 365.25;
}

// ---------------------------------------------------------------------------------------------
// Windows relative to a reference date
// ---------------------------------------------------------------------------------------------

/// One edge of a relative window: a signed offset from the reference date (negative = before),
/// or unbounded. Structural, so windows can be template arguments.
struct window_edge {
  enum class kind : std::uint8_t { offset, unbounded_past, unbounded_future };
  calendar_duration offset{};
  kind type{kind::offset};
  friend constexpr bool operator==(const window_edge&, const window_edge&) = default;
};

namespace detail {
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
} // namespace detail

/// The edge `d` before the reference date.
constexpr window_edge before(calendar_duration d) {
  detail::require_non_negative(d);
  return {-d, window_edge::kind::offset};
}
/// The edge `d` after the reference date.
constexpr window_edge after(calendar_duration d) {
  detail::require_non_negative(d);
  return {d, window_edge::kind::offset};
}
inline constexpr window_edge reference_day{};
inline constexpr window_edge unbounded_past{{}, window_edge::kind::unbounded_past};
inline constexpr window_edge unbounded_future{{}, window_edge::kind::unbounded_future};

/// A closed window relative to a reference date R, e.g. [R - 18 months, R]. Structural: usable
/// as a template argument. A window whose start is certainly after its end is rejected (at
/// compile time when constructed in a constant expression).
struct relative_window {
  window_edge from{unbounded_past};
  window_edge to{unbounded_future};

  constexpr relative_window() = default;
  constexpr relative_window(window_edge f, window_edge t) : from(f), to(t) {
    if (f.type == window_edge::kind::unbounded_future || t.type == window_edge::kind::unbounded_past)
      throw invalid_input("window", "unbounded edge", "the start must not be +infinity nor the end -infinity");
    if (f.type == window_edge::kind::offset && t.type == window_edge::kind::offset &&
        detail::min_days(f.offset) > detail::max_days(t.offset))
      throw invalid_input("window", edges_text(f, t), "a window cannot start after it ends");
  }

  static std::string edges_text(window_edge f, window_edge t) {
    return to_string(f.offset) + " to " + to_string(t.offset);
  }

  /// The closed interval this window spans around `reference`.
  [[nodiscard]] date_interval resolve(date reference) const {
    auto edge = [&](const window_edge& e) {
      switch (e.type) {
      case window_edge::kind::unbounded_past: return date(boost::date_time::neg_infin);
      case window_edge::kind::unbounded_future: return date(boost::date_time::pos_infin);
      case window_edge::kind::offset: break;
      }
      return add(reference, e.offset);
    };
    return date_interval(edge(from), edge(to));
  }

  /// Whether `d` lies in the window around `reference` (edges included).
  [[nodiscard]] bool contains(date reference, date d) const { return resolve(reference).contains(d); }

  /// Words for the window: "within 18 months before screening", "at least 1 year after the
  /// infusion", "between 3 months before and 12 months after the infusion".
  [[nodiscard]] std::string describe(std::string_view reference_name) const {
    using k = window_edge::kind;
    const std::string ref(reference_name);
    auto is_ref = [](const window_edge& e) { return e.type == k::offset && e.offset.count == 0; };
    auto magnitude = [](const window_edge& e) {
      return to_string(e.offset.count < 0 ? -e.offset : e.offset);
    };
    auto point = [&](const window_edge& e) {
      if (is_ref(e)) return ref;
      return magnitude(e) + (e.offset.count < 0 ? " before " : " after ") + ref;
    };
    if (from.type == k::unbounded_past && to.type == k::unbounded_future) return "at any time";
    if (from.type == k::unbounded_past) {
      if (is_ref(to)) return "on or before " + ref;
      if (to.offset.count < 0) return "at least " + point(to);
      return "no later than " + point(to);
    }
    if (to.type == k::unbounded_future) {
      if (is_ref(from)) return "on or after " + ref;
      if (from.offset.count > 0) return "at least " + point(from);
      return "no earlier than " + point(from);
    }
    if (is_ref(to) && from.offset.count < 0) return "within " + magnitude(from) + " before " + ref;
    if (is_ref(from) && to.offset.count > 0) return "within " + magnitude(to) + " after " + ref;
    if (is_ref(from) && is_ref(to)) return "on " + ref;
    return "between " + point(from) + " and " + point(to);
  }

  friend constexpr bool operator==(const relative_window&, const relative_window&) = default;
};

/// [R - d, R]
constexpr relative_window within_before(calendar_duration d) { return {before(d), reference_day}; }
/// [R, R + d]
constexpr relative_window within_after(calendar_duration d) { return {reference_day, after(d)}; }
/// [R + d, +infinity)
constexpr relative_window at_least_after(calendar_duration d) { return {after(d), unbounded_future}; }
/// (-infinity, R - d]
constexpr relative_window at_least_before(calendar_duration d) { return {unbounded_past, before(d)}; }
/// (-infinity, R]
inline constexpr relative_window on_or_before_reference{unbounded_past, reference_day};
/// [from, to], e.g. between(before(months{3}), after(months{12})).
constexpr relative_window between(window_edge from, window_edge to) { return {from, to}; }

} // namespace trialspec
