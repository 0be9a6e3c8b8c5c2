// trialspec/rates/followup.hpp - one patient's follow-up: observation window, relapse reports
// merged into attacks, and what the rate and survival analyses need from them.
//
// The reports are merged into attacks first (clinical/attacks.hpp) and only then compared with
// the window: an attack is counted when its onset (its first report) lies in the closed window
// [start, end]. A report inside the window that belongs to an attack which began before the start
// is therefore not a new relapse.
//
// Onsets known only to the month or the year ("2013-05", "2013"): the count of attacks in the
// window and the time to the first are given when every day such an onset could be gives the same
// answer, and are an invalid_input naming the onset otherwise (never a day guessed). A count is
// decided when each imprecise onset is at least the merging gap away from every day of every other
// report (so it is an attack of its own and changes no other merging, whatever its day) and lies
// wholly inside or wholly outside the window. The time to the first attack is decided when each
// imprecise onset that could come before the first day-precise attack in the window (or any, when
// there is none) is such an isolated onset wholly outside the window. Merging reports into attacks
// by itself (`attacks()`, `attack_onsets_in_window()`) needs every day (clinical/attacks.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/person_time.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace trialspec::rates {

namespace detail {
/// Whether every day `a` could be is at least `gap` days before or after every day `b` could be
/// (with a gap of 0 always: then no report joins another).
inline bool apart_by_gap(const partial_date& a, const partial_date& b, int gap) {
  return days_between(a.latest(), b.earliest()) >= gap || days_between(b.latest(), a.earliest()) >= gap;
}

/// The refusal of an imprecise onset `x` that may be less than `gap` days from `other`.
inline invalid_input within_gap(const partial_date& x, const partial_date& other, int gap) {
  return invalid_input("relapse onset", x.text(),
                       trialspec::detail::cat("may be less than ", std::to_string(gap), " days from the report on ", other.text(),
                                              precision_note(other.precision()),
                                              ", so whether they are one attack depends on its day: give the day (YYYY-MM-DD)"));
}

/// The reports with a day-precise onset, and throws invalid_input for the first imprecise onset
/// that is within `gap` days of another report's possible days (whether they are one attack depends
/// on its day).
inline std::vector<relapse> precise_reports_of_isolated(std::span<const relapse> reports, int gap) {
  std::vector<relapse> precise;
  precise.reserve(reports.size());
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const relapse& x = reports[i];
    if (x.onset.is_exact()) {
      precise.push_back(x);
      continue;
    }
    for (std::size_t j = 0; j < reports.size(); ++j) {
      if (j == i || apart_by_gap(x.onset, reports[j].onset, gap)) continue;
      throw within_gap(x.onset, reports[j].onset, gap);
    }
  }
  return precise;
}

inline std::string window_text(const date_interval& w) {
  return trialspec::detail::cat("from ", to_iso(w.first()), " to ", to_iso(w.last()));
}
} // namespace detail

/// A patient's observation window and relapse reports (possibly several per attack).
struct patient_followup {
  std::string id;
  std::string group;
  date_interval window;
  std::vector<relapse> reports;

  /// The patient's attacks (all of them, inside the window or not).
  [[nodiscard]] std::vector<merged_attack> attacks(int gap_days = default_attack_gap_days) const {
    return merge_into_attacks(std::span<const relapse>(reports), gap_days);
  }

  /// Onsets of the attacks that start inside the window.
  [[nodiscard]] std::vector<date> attack_onsets_in_window(int gap_days = default_attack_gap_days) const {
    std::vector<date> out;
    for (const auto& a : attacks(gap_days))
      if (window.contains(a.onset())) out.push_back(a.onset());
    return out;
  }

  /// Attacks in the window and the window's person-years (invalid_input for a window shorter
  /// than one day, or for an imprecise onset on whose day the count depends: see the top of this
  /// header).
  [[nodiscard]] exposure exposure_in_window(int gap_days = default_attack_gap_days) const {
    if (all_exact()) return {static_cast<long>(attack_onsets_in_window(gap_days).size()), observation_years(window)};
    if (gap_days < 0) static_cast<void>(attacks(gap_days)); // the gap's own error
    const std::vector<relapse> precise = detail::precise_reports_of_isolated(reports, gap_days);
    long count = 0;
    for (const auto& a : merge_into_attacks(std::span<const relapse>(precise), gap_days))
      if (window.contains(a.onset())) ++count;
    for (const auto& r : reports) {
      if (r.onset.is_exact()) continue;
      switch (overlap_of(r.onset, window)) {
      case overlap::inside: ++count; break;
      case overlap::outside: break;
      case overlap::partly:
        throw invalid_input("relapse onset", r.onset.text(),
                            trialspec::detail::cat("may or may not be in the follow-up ", detail::window_text(window),
                                                   ": counting it needs the day (YYYY-MM-DD)"));
      }
    }
    return {count, observation_years(window)};
  }

  /// Days from the window's start to the first attack in it, or censored at its end
  /// (invalid_input for an imprecise onset on whose day the time depends: see the top of this
  /// header).
  [[nodiscard]] survival_time time_to_first_attack(int gap_days = default_attack_gap_days) const {
    if (all_exact()) {
      const auto onsets = attack_onsets_in_window(gap_days);
      return time_to_first_event(window.first(), window.last(), onsets);
    }
    if (gap_days < 0) static_cast<void>(attacks(gap_days));
    // The first day-precise attack in the window, from the day-precise reports alone: imprecise
    // onsets that may come before it are checked below to be isolated and outside the window, so
    // that they change neither it nor its merging.
    std::vector<relapse> precise;
    for (const auto& r : reports)
      if (r.onset.is_exact()) precise.push_back(r);
    std::optional<date> first;
    for (const auto& a : merge_into_attacks(std::span<const relapse>(precise), gap_days))
      if (window.contains(a.onset()) && (!first || a.onset() < *first)) first = a.onset();
    for (const auto& r : reports) {
      if (r.onset.is_exact() || (first && *first <= r.onset.earliest())) continue;
      if (overlap_of(r.onset, window) != overlap::outside)
        throw invalid_input("relapse onset", r.onset.text(),
                            trialspec::detail::cat("may be the first attack in the follow-up ", detail::window_text(window),
                                                   ": the time to it needs the day (YYYY-MM-DD)"));
      for (const auto& other : reports)
        if (&other != &r && !detail::apart_by_gap(r.onset, other.onset, gap_days)) throw detail::within_gap(r.onset, other.onset, gap_days);
    }
    const std::vector<date> onsets = first ? std::vector<date>{*first} : std::vector<date>{};
    return time_to_first_event(window.first(), window.last(), onsets);
  }

private:
  [[nodiscard]] bool all_exact() const noexcept {
    for (const auto& r : reports)
      if (!r.onset.is_exact()) return false;
    return true;
  }
};

} // namespace trialspec::rates
