// trialspec/protocol/dose_schedule.hpp - when doses are given: a dose schedule as a type made of
// phases, checked at compile time, put in words and listed as dates.
//
//   // "900 mg IV weekly for 4 doses, then 1200 mg at week 4, then 1200 mg every 2 weeks"
//   using eculizumab = dose_schedule<route::intravenous, repeated<900_mg, weeks{1}, 4>,
//                                    at_weeks<1200_mg, 4>, every<1200_mg, weeks{2}>>;
//   // "120 mg SC at weeks 0, 2 and 4, then every 4 weeks"
//   using satralizumab = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{4}>>;
//   // "14 mg once daily", "44 ug SC three times weekly"
//   using teriflunomide = dose_schedule<route::oral, daily<14_mg>>;
//   using interferon_beta_1a = dose_schedule<route::subcutaneous, weekly_on<44_ug, 1, 3, 5>>;
//
// Time is counted from the first dose: day 1 is its date, and week w is day 7w + 1 (week 0 is day
// 1). The first phase starts on day 1. A phase without stated days (repeated, every) starts one
// interval after the previous phase's last dose, or, for `every<..., counted_from::first_dose>`,
// on the first multiple of the interval after day 1 that comes after the previous phase (a label's
// "every 26 weeks" may count from either; the schedule says which). Intervals are days or weeks:
// a month has no fixed number of days, and labels give maintenance intervals in weeks.
//
// Checked at compile time, each with a message that states the rule: at least one phase; positive
// doses and intervals; weight tiers without overlap or gap; days from day 1 and weeks from week 0
// in increasing order; each phase after the previous one; an open-ended phase (every, daily,
// weekly_on) only last; the first dose on day 1.
//
// A phase is any type with the members of DosePhase: a user's own phase (a titration, a
// "days 1 to 5 of every 4 weeks" course) works the same way.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/protocol/dose.hpp>
#include <trialspec/protocol/route.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace trialspec {

/// Days after the first dose (0 is day 1). `no_dose_offset` stands for "none" (no previous phase,
/// no further dose).
using dose_offset = long;
inline constexpr dose_offset no_dose_offset = -1;
/// The "last dose" of an open-ended phase.
inline constexpr dose_offset open_end_offset = std::numeric_limits<dose_offset>::max();

/// One phase of a dose schedule (on_days, at_weeks, repeated, every, weekly_on, or a user's own):
///  - `dose`: a DoseValue;
///  - `open_ended`: whether it goes on without end (it must then be the last phase);
///  - `first_offset(previous)`: its first dose, given the previous phase's last dose
///    (no_dose_offset when it is the first phase);
///  - `last_offset(first)`: its last dose given its first (open_end_offset when open-ended);
///  - `next_offset(after, first)`: its first dose after `after`, or no_dose_offset;
///  - `words(dose, first)`: the phase in words, given its dose and route in words ("900 mg IV"):
///    "900 mg IV weekly for 4 doses (weeks 0, 1, 2 and 3)".
template <class P>
concept DosePhase = DoseValue<decltype(P::dose)> && requires(dose_offset a, dose_offset b, std::string_view r) {
  { P::open_ended } -> std::convertible_to<bool>;
  { P::first_offset(a) } -> std::same_as<dose_offset>;
  { P::last_offset(a) } -> std::same_as<dose_offset>;
  { P::next_offset(a, b) } -> std::same_as<dose_offset>;
  { P::words(r, a) } -> std::convertible_to<std::string>;
};

/// Where an open-ended phase's interval is counted from.
enum class counted_from : std::uint8_t {
  previous_dose, ///< one interval after the previous phase's last dose, then every interval
  first_dose     ///< on the multiples of the interval from day 1 that come after the previous phase
};

namespace detail {
template <class A, class B> constexpr bool same_dose(const A& a, const B& b) noexcept {
  if constexpr (std::same_as<A, B>) return a == b;
  else return false;
}
constexpr bool fixed_length(calendar_duration d) noexcept {
  return d.unit == duration_unit::days || d.unit == duration_unit::weeks;
}
constexpr dose_offset length_in_days(calendar_duration d) noexcept {
  return d.unit == duration_unit::weeks ? 7L * d.count : static_cast<dose_offset>(d.count);
}
template <int... V> constexpr bool strictly_increasing() {
  constexpr std::array<int, sizeof...(V)> v{V...};
  for (std::size_t i = 1; i < v.size(); ++i)
    if (v[i] <= v[i - 1]) return false;
  return true;
}
/// "1", "1 and 15", "0, 2 and 4"
template <class Range> std::string list_words(const Range& values) {
  std::string s;
  std::size_t i = 0;
  const std::size_t n = std::size(values);
  for (const auto& v : values) {
    if (i > 0) s += i + 1 == n ? " and " : ", ";
    s += std::to_string(v);
    ++i;
  }
  return s;
}
/// "week 4" when `weeks` and the offset falls on a whole week, otherwise "day 15".
inline std::string position_words(dose_offset offset, bool weeks) {
  if (weeks && offset % 7 == 0) return trialspec::detail::cat("week ", std::to_string(offset / 7));
  return trialspec::detail::cat("day ", std::to_string(offset + 1));
}
/// "daily", "weekly", "every 2 weeks", "every 3 days"
inline std::string interval_words(calendar_duration d) {
  if (d.count == 1) return d.unit == duration_unit::weeks ? "weekly" : "daily";
  return trialspec::detail::cat("every ", to_string(d));
}
/// The smallest first + k * step (0 <= k < count) after `after`, or no_dose_offset.
constexpr dose_offset next_on_grid(dose_offset after, dose_offset first, dose_offset step,
                                   dose_offset count = open_end_offset) {
  if (after < first) return first;
  const dose_offset k = (after - first) / step + 1;
  return k < count ? first + k * step : no_dose_offset;
}

/// The stepping of a phase whose doses fall on a fixed, strictly increasing list of offsets from
/// day 1 (`Phase::offsets`, not empty): on_days and at_weeks differ only in how they are written.
template <class Phase> struct listed_offsets {
  static constexpr bool open_ended = false;
  static constexpr dose_offset first_offset(dose_offset) noexcept { return Phase::offsets.front(); }
  static constexpr dose_offset last_offset(dose_offset) noexcept { return Phase::offsets.back(); }
  static constexpr dose_offset next_offset(dose_offset after, dose_offset) noexcept {
    for (dose_offset o : Phase::offsets)
      if (o > after) return o;
    return no_dose_offset;
  }
};
} // namespace detail

/// Doses on the given days, counted from day 1 (the first dose): on_days<300_mg, 1, 15> is "300 mg
/// on days 1 and 15".
template <DoseValue auto Dose, int... Days>
struct on_days : detail::listed_offsets<on_days<Dose, Days...>> {
  static_assert(sizeof...(Days) >= 1, "on_days<dose, days...> needs at least one day");
  static_assert(((Days >= 1) && ...), "days are counted from day 1, the day of the first dose");
  static_assert(detail::strictly_increasing<Days...>(), "the days of a phase must be strictly increasing");
  static_assert(check_dose<Dose>());

  static constexpr auto dose = Dose;
  static constexpr std::array<dose_offset, sizeof...(Days)> offsets{(Days - 1)...};
  /// "300 mg IV on days 1 and 15"
  static std::string words(std::string_view dose, dose_offset) {
    return trialspec::detail::cat(dose, (sizeof...(Days) == 1 ? " on day " : " on days "),
           detail::list_words(std::array<int, sizeof...(Days)>{Days...}));
  }
};

/// Doses at the given weeks, counted from week 0 (the first dose): at_weeks<120_mg, 0, 2, 4> is
/// "120 mg at weeks 0, 2 and 4".
template <DoseValue auto Dose, int... Weeks>
struct at_weeks : detail::listed_offsets<at_weeks<Dose, Weeks...>> {
  static_assert(sizeof...(Weeks) >= 1, "at_weeks<dose, weeks...> needs at least one week");
  static_assert(((Weeks >= 0) && ...), "weeks are counted from week 0, the week of the first dose");
  static_assert(detail::strictly_increasing<Weeks...>(), "the weeks of a phase must be strictly increasing");
  static_assert(check_dose<Dose>());

  static constexpr auto dose = Dose;
  static constexpr std::array<dose_offset, sizeof...(Weeks)> offsets{(7L * Weeks)...};
  /// "120 mg SC at weeks 0, 2 and 4"
  static std::string words(std::string_view dose, dose_offset) {
    return trialspec::detail::cat(dose, (sizeof...(Weeks) == 1 ? " at week " : " at weeks "),
           detail::list_words(std::array<int, sizeof...(Weeks)>{Weeks...}));
  }
};

/// `Count` doses `Interval` apart: repeated<900_mg, weeks{1}, 4> is "900 mg weekly for 4 doses".
/// Starts on day 1 as the first phase, otherwise one interval after the previous phase's last dose.
template <DoseValue auto Dose, calendar_duration Interval, int Count>
struct repeated {
  static_assert(Count >= 1, "a repeated phase needs at least one dose");
  static_assert(Interval.count > 0, "a dose interval must be positive");
  static_assert(detail::fixed_length(Interval), "dose intervals are counted in days or weeks (a month has no fixed number of days)");
  static_assert(check_dose<Dose>());

  static constexpr auto dose = Dose;
  static constexpr bool open_ended = false;
  static constexpr dose_offset step = detail::length_in_days(Interval);

  static constexpr dose_offset first_offset(dose_offset previous) noexcept {
    return previous == no_dose_offset ? 0 : previous + step;
  }
  static constexpr dose_offset last_offset(dose_offset first) noexcept { return first + (Count - 1) * step; }
  static constexpr dose_offset next_offset(dose_offset after, dose_offset first) noexcept {
    return detail::next_on_grid(after, first, step, Count);
  }
  /// "900 mg IV weekly for 4 doses (weeks 0, 1, 2 and 3)"
  static std::string words(std::string_view dose, dose_offset first) {
    const bool in_weeks = Interval.unit == duration_unit::weeks && first % 7 == 0;
    std::vector<dose_offset> at;
    for (int k = 0; k < Count; ++k) at.push_back(in_weeks ? (first + k * step) / 7 : first + k * step + 1);
    return trialspec::detail::cat(dose, " ", detail::interval_words(Interval), " for ", std::to_string(Count),
           (Count == 1 ? " dose (" : " doses ("), (in_weeks ? "week" : "day"), (Count == 1 ? " " : "s "),
           detail::list_words(at), ")");
  }
};

/// A dose every `Interval` without end: every<1200_mg, weeks{2}> is "1200 mg every 2 weeks". As
/// the first phase it starts on day 1; otherwise as `From` says (counted_from).
template <DoseValue auto Dose, calendar_duration Interval, counted_from From = counted_from::previous_dose>
struct every {
  static_assert(Interval.count > 0, "a dose interval must be positive");
  static_assert(detail::fixed_length(Interval), "dose intervals are counted in days or weeks (a month has no fixed number of days)");
  static_assert(check_dose<Dose>());

  static constexpr auto dose = Dose;
  static constexpr bool open_ended = true;
  static constexpr dose_offset step = detail::length_in_days(Interval);

  static constexpr dose_offset first_offset(dose_offset previous) noexcept {
    if (previous == no_dose_offset) return 0;
    return From == counted_from::previous_dose ? previous + step : (previous / step + 1) * step;
  }
  static constexpr dose_offset last_offset(dose_offset) noexcept { return open_end_offset; }
  static constexpr dose_offset next_offset(dose_offset after, dose_offset first) noexcept {
    return detail::next_on_grid(after, first, step);
  }
  /// "1200 mg IV every 2 weeks from week 6", "14 mg PO daily from day 1",
  /// "300 mg IV every 26 weeks counted from the first dose, from week 26"
  static std::string words(std::string_view dose, dose_offset first) {
    return trialspec::detail::cat(dose, " ", detail::interval_words(Interval),
           (From == counted_from::first_dose && first > 0 ? " counted from the first dose, from " : " from "),
           detail::position_words(first, Interval.unit == duration_unit::weeks));
  }
};

/// A dose every day without end: daily<14_mg> is "14 mg daily".
template <DoseValue auto Dose> using daily = every<Dose, calendar_duration{1, duration_unit::days}>;

/// Doses on the given days of every week, without end, weeks counted from day 1: weekly_on<44_ug,
/// 1, 3, 5> is "44 ug three times weekly, on days 1, 3 and 5 of each week" (Monday, Wednesday and
/// Friday when the first dose is on a Monday).
template <DoseValue auto Dose, int... DaysOfWeek>
struct weekly_on {
  static_assert(sizeof...(DaysOfWeek) >= 1, "weekly_on<dose, days...> needs at least one day of the week");
  static_assert(((DaysOfWeek >= 1 && DaysOfWeek <= 7) && ...), "the days of a week are 1 to 7, day 1 being the weekday of the first dose");
  static_assert(detail::strictly_increasing<DaysOfWeek...>(), "the days of the week must be strictly increasing");
  static_assert(check_dose<Dose>());

  static constexpr auto dose = Dose;
  static constexpr bool open_ended = true;
  static constexpr std::array<dose_offset, sizeof...(DaysOfWeek)> in_week{(DaysOfWeek - 1)...};

  static constexpr dose_offset next_offset(dose_offset after, dose_offset first) noexcept {
    const dose_offset from = after < first ? first - 1 : after;  // the dose must come after `from`
    const dose_offset week = from < 0 ? 0 : from / 7;
    for (dose_offset w = week; w <= week + 1; ++w)
      for (dose_offset d : in_week)
        if (7 * w + d > from) return 7 * w + d;
    return no_dose_offset; // not reached: every week has a dose
  }
  static constexpr dose_offset first_offset(dose_offset previous) noexcept {
    return next_offset(previous == no_dose_offset ? -1 : previous, 0);
  }
  static constexpr dose_offset last_offset(dose_offset) noexcept { return open_end_offset; }
  /// "44 ug SC three times weekly, on days 1, 3 and 5 of each week"
  static std::string words(std::string_view dose, dose_offset first) {
    constexpr std::size_t n = sizeof...(DaysOfWeek);
    const std::string times = n == 1 ? "once" : n == 2 ? "twice" : n == 3 ? "three times" : trialspec::detail::cat(std::to_string(n), " times");
    std::string s = trialspec::detail::cat(dose, " ", times, " weekly, on day", (n == 1 ? " " : "s "),
                    detail::list_words(std::array<int, n>{DaysOfWeek...}), " of each week");
    if (first > 0) s += trialspec::detail::cat(", from ", detail::position_words(first, false));
    return s;
  }
};

/// One administration of a schedule.
struct scheduled_dose {
  int number{};                       ///< 1 for the first dose
  dose_offset day{};                  ///< 1 for the day of the first dose
  date on;
  std::size_t phase{};                ///< the phase it belongs to, from 0
  std::optional<dose_amount> amount;  ///< absent only for a weight-tiered dose without a recorded weight
  friend bool operator==(const scheduled_dose&, const scheduled_dose&) = default;
  /// "dose 5, day 29 (2024-01-29): 1200 mg"
  friend std::ostream& operator<<(std::ostream& os, const scheduled_dose& d) {
    os << "dose " << d.number << ", day " << d.day << " (" << to_iso(d.on) << "): ";
    return d.amount ? os << *d.amount : os << "by body weight (not recorded)";
  }
};

/// A dose schedule: the route and its phases in order.
template <route Route, DosePhase... Phases>
struct dose_schedule {
  static_assert(sizeof...(Phases) >= 1, "a dose schedule needs at least one phase (a schedule with no dose gives nothing)");

  static constexpr route via = Route;
  static constexpr std::size_t phase_count = sizeof...(Phases);
  /// Whether any dose depends on the body weight.
  static constexpr bool needs_weight = (trialspec::needs_weight(Phases::dose) || ...);

  /// Where each phase starts and ends, in days after the first dose.
  struct phase_span {
    dose_offset first;
    dose_offset last;
    bool open_ended;
  };

private:
  static constexpr std::array<phase_span, sizeof...(Phases)> plan() {
    std::array<phase_span, sizeof...(Phases)> out{};
    dose_offset previous = no_dose_offset;
    std::size_t i = 0;
    auto place = [&]<class P>() {
      // After an open-ended phase nothing can be placed; the check below says so.
      const dose_offset first = previous == open_end_offset ? open_end_offset : P::first_offset(previous);
      out[i++] = {first, first == open_end_offset ? open_end_offset : P::last_offset(first), P::open_ended};
      previous = out[i - 1].last;
    };
    (place.template operator()<Phases>(), ...);
    return out;
  }
  static constexpr bool open_ended_only_last() {
    for (std::size_t i = 0; i + 1 < spans.size(); ++i)
      if (spans[i].open_ended) return false;
    return true;
  }
  static constexpr std::array<bool, sizeof...(Phases)> repeats_previous_dose() {
    std::array<bool, sizeof...(Phases)> out{};
    constexpr std::tuple all{Phases::dose...};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((out[I + 1] = detail::same_dose(std::get<I>(all), std::get<I + 1>(all))), ...);
    }(std::make_index_sequence<sizeof...(Phases) - 1>{});
    return out;
  }
  template <class P> static std::string dose_text(std::size_t i) {
    const bool same = trialspec::needs_weight(P::dose) && repeats_previous_dose()[i];
    return trialspec::detail::cat((same ? std::string("the same dose") : dose_words(P::dose)), " ", abbreviation(Route));
  }
  static constexpr bool phases_in_order() {
    for (std::size_t i = 1; i < spans.size(); ++i)
      if (spans[i].first <= spans[i - 1].last) return false;
    return true;
  }

public:
  static constexpr std::array<phase_span, sizeof...(Phases)> spans = plan();
  // Each rule is on the static_assert's own line so both compilers echo it.
  static_assert(open_ended_only_last(), "an open-ended phase (every, daily, weekly_on) must be the last phase of a schedule");
  static_assert(sizeof...(Phases) == 0 || spans[0].first == 0, "the first dose of a schedule is on day 1 (week 0): days and weeks are counted from it");
  static_assert(phases_in_order(), "each phase of a dose schedule must start after the previous phase's last dose");

  /// "900 mg IV weekly for 4 doses (weeks 0, 1, 2 and 3), then 1200 mg IV at week 4, then 1200 mg IV
  /// every 2 weeks from week 6"
  /// A weight-tiered dose that repeats the previous phase's is "the same dose" rather than its
  /// table again.
  static std::string describe() {
    std::string s;
    std::size_t i = 0;
    ((s += trialspec::detail::cat((i == 0 ? "" : ", then "), Phases::words(dose_text<Phases>(i), spans[i].first)), ++i), ...);
    return s;
  }

  /// Every dose from the first dose on `first_dose` up to `until` (both included), in order, with
  /// the amount for a patient of `weight_kg` (weight-tiered doses are left without an amount when
  /// the weight is not given). Throws invalid_input when a date is missing or `until` comes before
  /// the first dose, or for a weight no tier covers.
  static std::vector<scheduled_dose> doses(date first_dose, date until, std::optional<double> weight_kg = std::nullopt) {
    if (first_dose.is_special()) throw invalid_input("first dose date", to_iso(first_dose), "must be a date");
    if (until.is_special() || until < first_dose)
      throw invalid_input("schedule end", to_iso(until), trialspec::detail::cat("must be a date on or after the first dose ", to_iso(first_dose)));
    const dose_offset horizon = days_between(first_dose, until);
    std::vector<scheduled_dose> out;
    std::size_t phase = 0;
    auto list = [&]<class P>() {
      const phase_span sp = spans[phase];
      const std::optional<dose_amount> amount = dose_for(P::dose, weight_kg);
      for (dose_offset o = sp.first; o != no_dose_offset && o <= horizon && o <= sp.last; o = P::next_offset(o, sp.first))
        out.push_back({static_cast<int>(out.size()) + 1, o + 1, first_dose + days{static_cast<std::int32_t>(o)}, phase, amount});
      ++phase;
    };
    (list.template operator()<Phases>(), ...);
    return out;
  }
  /// The dates of doses(first_dose, until).
  static std::vector<date> dates(date first_dose, date until) {
    std::vector<date> out;
    for (const auto& d : doses(first_dose, until)) out.push_back(d.on);
    return out;
  }
};

/// A dose schedule type: route, phases, words and dates.
template <class S>
concept DoseSchedule = requires(date d, std::optional<double> w) {
  { S::via } -> std::convertible_to<route>;
  { S::describe() } -> std::convertible_to<std::string>;
  { S::doses(d, d, w) } -> std::same_as<std::vector<scheduled_dose>>;
  { S::dates(d, d) } -> std::same_as<std::vector<date>>;
};

/// A schedule as constant data, so that an intervention (arm.hpp) can point at it:
/// `intervention{intervention_kind::drug, "eculizumab", "...", &schedule_of<eculizumab>}`.
struct dose_schedule_ref {
  std::string (*describe)() = nullptr;
  std::vector<scheduled_dose> (*doses)(date, date, std::optional<double>) = nullptr;
};
template <DoseSchedule S> inline constexpr dose_schedule_ref schedule_of{&S::describe, &S::doses};

} // namespace trialspec
