// trialspec/calendar/partial_date.hpp - a date known to the day, the month or only the year.
//
// Real records give dates such as "1995" (OMOP keeps only the year of birth for many people; FHIR
// `date` allows "1995" and "1995-03"). As in HL7 CQL, an imprecise date stands for the interval
// of days it could be: "1995" is [1995-01-01, 1995-12-31], "2013-03" is [2013-03-01, 2013-03-31].
// A question about it is answered met or not met only when every possible day gives the same
// answer, unknown otherwise (README, "Imprecise dates").
//
//     const partial_date born = parse_partial_date("1995", "birth_date");
//     born.earliest();  // 1995-01-01
//     born.latest();    // 1995-12-31
//     age_range(born, date(2014, 1, 5));  // {18, 19}
//
// A day-precise date converts implicitly (partial_date d = date(2014, 1, 5)); the other way is
// explicit (earliest(), latest(), or exact() when the precision is known to be a day).
#pragma once

#include <trialspec/calendar/arithmetic.hpp>
#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/interval.hpp>
#include <trialspec/calendar/text.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace trialspec {

/// How much of a date is known.
enum class date_precision : std::uint8_t { day, month, year };

/// A date known to the day, the month or the year: the interval of days it could be.
class partial_date {
public:
  /// An exact day.
  constexpr partial_date(date d) noexcept : first_(d), precision_(date_precision::day) {} // NOLINT: implicit on purpose

  /// "1995": any day of that year. Throws invalid_input for a year outside 1400 to 9999.
  static partial_date year_only(int year, std::string_view field = "date") {
    return partial_date(make_date(year, 1, 1, field), date_precision::year);
  }
  /// "2013-03": any day of that month. Throws invalid_input for a year outside 1400 to 9999 or a
  /// month outside 1 to 12.
  static partial_date year_month(int year, int month, std::string_view field = "date") {
    return partial_date(make_date(year, month, 1, field), date_precision::month);
  }

  [[nodiscard]] constexpr date_precision precision() const noexcept { return precision_; }
  /// Whether the day is known.
  [[nodiscard]] constexpr bool is_exact() const noexcept { return precision_ == date_precision::day; }
  /// The first day it could be.
  [[nodiscard]] constexpr date earliest() const noexcept { return first_; }
  /// The last day it could be.
  [[nodiscard]] date latest() const {
    switch (precision_) {
    case date_precision::day: return first_;
    case date_precision::month: return first_.end_of_month();
    case date_precision::year: return date(first_.year(), 12, 31);
    }
    return first_;
  }
  /// The day, when it is known; throws std::logic_error otherwise (test is_exact() first).
  [[nodiscard]] date exact() const {
    if (!is_exact()) throw std::logic_error(trialspec::detail::cat("partial_date::exact: the day of ", text(), " is not known"));
    return first_;
  }
  /// Every day it could be.
  [[nodiscard]] date_interval possible_days() const { return {first_, latest()}; }
  [[nodiscard]] int year() const noexcept { return first_.year(); }

  /// "1995", "2013-03" or "2013-03-14".
  [[nodiscard]] std::string text() const {
    std::string s;
    append_to(s);
    return s;
  }
  template <class Text> void append_to(Text& out) const {
    char buf[10];
    detail::put_iso(buf, first_);
    out.append(buf, precision_ == date_precision::day ? 10 : precision_ == date_precision::month ? 7 : 4);
  }

  friend bool operator==(const partial_date&, const partial_date&) = default;

private:
  constexpr partial_date(date first, date_precision p) noexcept : first_(first), precision_(p) {}
  date first_;
  date_precision precision_;
};

/// Appends "1995", "2013-03" or "2013-03-14".
template <class Text> void append_iso(Text& out, const partial_date& d) { d.append_to(out); }
inline std::string to_iso(const partial_date& d) { return d.text(); }

/// " (month and day unknown)", " (day unknown)" or nothing: what a reason adds after the date.
constexpr std::string_view precision_note(date_precision p) noexcept {
  switch (p) {
  case date_precision::day: return {};
  case date_precision::month: return " (day unknown)";
  case date_precision::year: return " (month and day unknown)";
  }
  return {};
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; anything else throws invalid_input naming `field` and
/// the text, with the rule it breaks (parse_date's for a full date).
inline partial_date parse_partial_date(std::string_view text, std::string_view field = "date") {
  if (text.size() == 10) return parse_date(text, field);
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  const bool year_text = text.size() == 4 && digits(0, 4);
  const bool month_text = text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2);
  if ((year_text || month_text) && number(0, 4) < first_supported_year)
    throw invalid_input(field, text, "year must be 1400 to 9999");
  if (year_text) return partial_date::year_only(number(0, 4), field);
  if (month_text) {
    const int m = number(5, 2);
    if (m < 1 || m > 12) throw invalid_input(field, text, "month must be 01 to 12");
    return partial_date::year_month(number(0, 4), m, field);
  }
  throw invalid_input(field, text, "expected an ISO 8601 date YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known");
}

/// Where the days a date can be lie against a window: all inside, all outside, or some of each.
enum class overlap : std::uint8_t { inside, outside, partly };

/// overlap_of(d, w): inside when every day `d` can be is in `w`, outside when none is, partly
/// otherwise ("2012-07" against [2012-07-05, 2014-01-05] is partly; "2012-08" is inside). A
/// day-precise date is one test of `w`.
inline overlap overlap_of(const partial_date& d, const date_interval& w) {
  const date first = d.earliest();
  if (d.is_exact()) return w.contains(first) ? overlap::inside : overlap::outside;
  const date last = d.latest();
  if (last < w.first() || w.last() < first) return overlap::outside;
  return w.first() <= first && last <= w.last() ? overlap::inside : overlap::partly;
}

/// The ages in completed years on `on` of someone born on any day of `birth`: {youngest, oldest}.
/// A birth that may fall after `on` (born "2014", on 2014-01-05) gives a youngest age of 0; one
/// wholly after `on` throws invalid_input, as age_in_years does.
struct age_span {
  int youngest;
  int oldest;
  friend bool operator==(const age_span&, const age_span&) = default;
};
inline age_span age_range(const partial_date& birth, date on) {
  const int oldest = age_in_years(birth.earliest(), on);
  const date latest = birth.latest();
  return {latest > on ? 0 : age_in_years(latest, on), oldest};
}

} // namespace trialspec
