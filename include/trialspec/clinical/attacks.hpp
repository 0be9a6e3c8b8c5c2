// trialspec/clinical/attacks.hpp - relapse reports merged into attacks.
//
// A patient's record often holds several reports of one clinical event (a worsening a week after
// the first complaint, a second visit for the same optic neuritis). Following the usual trial
// convention, an onset less than `gap` days after the previous onset belongs to the same attack,
// which is dated at its first onset. The gap is measured from the previous report's onset (so
// reports 20 and 40 days after a first one, each less than 30 days after the one before, form a
// single attack). A gap of 0 disables merging.
//
// Merging is never hidden: every attack lists the positions (in the caller's input) of the reports
// it was made of.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/error.hpp>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace trialspec {

/// Default merging gap: onsets less than 30 days apart are one attack.
inline constexpr int default_attack_gap_days = 30;

/// One attack made of one or more relapse reports. (Named apart from diagnosis::attack, the
/// diagnostic criteria's record of one clinical characteristic.)
struct merged_attack {
  /// Onset of the first report; severity is the worst graded severity among the reports
  /// (`unknown` only when none was graded); phenotype is the first recorded one, if any.
  relapse event;
  /// Positions, in the input given to merge_into_attacks, of the reports merged into this
  /// attack, in onset order (equal onsets keep their input order).
  std::vector<std::size_t> reports;

  [[nodiscard]] date onset() const noexcept { return event.onset; }
  /// Whether this attack was made of more than one report.
  [[nodiscard]] bool merged() const noexcept { return reports.size() > 1; }
};

/// Groups relapse reports into attacks, sorted by onset. An onset less than `gap_days` days after
/// the previous report's onset joins that report's attack; `gap_days` = 0 keeps every report as
/// its own attack. Throws invalid_input for a negative gap or an onset that is not a date.
inline std::vector<merged_attack> merge_into_attacks(std::span<const relapse> reports,
                                              int gap_days = default_attack_gap_days) {
  if (gap_days < 0)
    throw invalid_input("attack gap", std::to_string(gap_days), "must be 0 (no merging) or more days");
  for (const auto& r : reports)
    if (r.onset.is_special())
      throw invalid_input("relapse onset", to_iso(r.onset), "must be a calendar date");

  std::vector<std::size_t> order(reports.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return reports[a].onset < reports[b].onset; });

  std::vector<merged_attack> attacks;
  date previous_onset;
  for (std::size_t i : order) {
    const relapse& r = reports[i];
    const bool joins = !attacks.empty() && days_between(previous_onset, r.onset) < gap_days;
    if (joins) {
      merged_attack& a = attacks.back();
      a.reports.push_back(i);
      // The enum is ordered unknown < mild < moderate < severe, so the maximum is the worst grade
      // and an ungraded report never hides a graded one.
      a.event.severity = std::max(a.event.severity, r.severity);
      if (!a.event.phenotype) a.event.phenotype = r.phenotype;
    } else {
      attacks.push_back(merged_attack{r, {i}});
    }
    previous_onset = r.onset;
  }
  return attacks;
}

/// Convenience overload for onset dates only (no severity or phenotype recorded).
inline std::vector<merged_attack> merge_into_attacks(std::span<const date> onsets,
                                              int gap_days = default_attack_gap_days) {
  std::vector<relapse> reports;
  reports.reserve(onsets.size());
  for (date d : onsets) reports.push_back(relapse{d, relapse_severity::unknown, std::nullopt});
  return merge_into_attacks(std::span<const relapse>(reports), gap_days);
}

/// The onset dates of `attacks`, in order.
inline std::vector<date> attack_onsets(std::span<const merged_attack> attacks) {
  std::vector<date> out;
  out.reserve(attacks.size());
  for (const auto& a : attacks) out.push_back(a.onset());
  return out;
}

} // namespace trialspec
