// trialspec/progression/detail/prepare.hpp - the first pass of the confirmed-progression search:
// assessments and relapse onsets sorted (when they are not already), same-date assessments
// reduced to the later one, and each assessment's distance from the last relapse onset.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>
#include <trialspec/progression/scratch.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace trialspec::detail::progression {

struct scratch_access {
  using visit = progression_scratch::visit;
  static std::vector<visit>& visits(progression_scratch& s) noexcept { return s.visits_; }
  static std::size_t& used(progression_scratch& s) noexcept { return s.used_; }
  static std::vector<date>& relapses(progression_scratch& s) noexcept { return s.relapses_; }
  static int& max_half_steps(progression_scratch& s) noexcept { return s.max_half_steps_; }
};

inline constexpr long no_relapse = std::numeric_limits<long>::max();
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

template <class T> date onset_of(const T& r) {
  if constexpr (std::convertible_to<const T&, date>) return date(r);
  else {
    // The search counts days from each onset: an onset known only to the month or year is refused.
    const partial_date& on = static_cast<const relapse&>(r).onset;
    if (!on.is_exact())
      throw invalid_input("relapse onset", on.text(), "the progression search needs the day of each relapse onset (YYYY-MM-DD)");
    return on.earliest();
  }
}

/// Sorts and de-duplicates the assessments, sorts the relapses, and computes each assessment's
/// distance from the last relapse onset. Input that is already in order (the usual case) is
/// read once: sortedness is checked on the way and nothing is sorted.
template <class Relapses>
void prepare(std::span<const edss_assessment> assessments, const Relapses& relapses,
             progression_scratch& s) {
  using acc = scratch_access;
  using visit = acc::visit;
  auto& visits = acc::visits(s);
  auto& rel = acc::relapses(s);
  rel.clear();
  bool relapses_sorted = true;
  for (const auto& r : relapses) {
    const date d = onset_of(r);
    if (d.is_special()) throw invalid_input("relapse onset", to_iso(d), "must be a calendar date");
    if (!rel.empty() && d < rel.back()) relapses_sorted = false;
    rel.push_back(d);
  }
  if (!relapses_sorted) std::sort(rel.begin(), rel.end());

  // Distances from relapses are computed in the same pass; they are right only if the dates turn
  // out to be strictly increasing, and are computed again after sorting otherwise.
  const std::size_t n = assessments.size();
  if (visits.size() < n) visits.resize(n);
  visit* const v = visits.data();
  bool sorted = true;
  std::size_t r = 0;
  const std::size_t nrel = rel.size();
  int top = -1;
  long previous = std::numeric_limits<long>::min();
  for (std::size_t i = 0; i < n; ++i) {
    const partial_date& on = assessments[i].on;
    // The search counts days between visits: a visit known only to the month or year is refused.
    if (!on.is_exact()) [[unlikely]]
      throw invalid_input("assessment date", on.text(), "the progression search needs the day of each EDSS assessment (YYYY-MM-DD)");
    const date d = on.earliest();
    if (d.is_special()) throw invalid_input("assessment date", to_iso(d), "must be a calendar date");
    const long day = static_cast<long>(d.day_number());
    sorted &= previous < day;
    previous = day;
    while (r < nrel && static_cast<long>(rel[r].day_number()) <= day) ++r;
    const long since = r > 0 ? day - static_cast<long>(rel[r - 1].day_number()) : no_relapse;
    // Member by member: a whole-struct copy goes through the stack and stalls store forwarding.
    v[i].day = day;
    v[i].since_relapse = since;
    v[i].input = i;
    v[i].on = d;
    v[i].score = assessments[i].score;
    top = std::max(top, assessments[i].score.half_steps());
  }
  acc::used(s) = n;
  acc::max_half_steps(s) = top;
  if (sorted) return;

  // (day, input position) order; std::sort, unlike stable_sort, never allocates.
  std::sort(v, v + n, [](const visit& a, const visit& b) {
    return a.day != b.day ? a.day < b.day : a.input < b.input;
  });
  // Same date: keep the later input.
  std::size_t out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 1 < n && v[i + 1].day == v[i].day) continue;
    v[out++] = v[i];
  }
  acc::used(s) = out;
  r = 0;
  for (std::size_t i = 0; i < out; ++i) {
    while (r < nrel && static_cast<long>(rel[r].day_number()) <= v[i].day) ++r;
    v[i].since_relapse = r > 0 ? v[i].day - static_cast<long>(rel[r - 1].day_number()) : no_relapse;
  }
}

} // namespace trialspec::detail::progression
