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
//
// Merging here needs every onset to the day: an onset known only to the month or the year is an
// invalid_input naming it (the rates, the time to relapse and the progression search count days
// between onsets). The relapse criteria merge by themselves and answer with a range instead
// (eligibility/criteria/relapses.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/error.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace trialspec {

namespace detail {
/// The positions 0..n-1 in the order `less(i, j)` gives, equal elements keeping their input order:
/// a bottom-up merge sort, O(n log n). (std::stable_sort would bring <algorithm> into every
/// translation unit that screens.)
template <class Less> std::vector<std::size_t> stable_order(std::size_t n, Less less) {
  std::vector<std::size_t> from(n), to(n);
  for (std::size_t i = 0; i < n; ++i) from[i] = i;
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = lo + width < n ? lo + width : n;
      const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      std::size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) to[k++] = less(from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    from.swap(to);
  }
  return from;
}
} // namespace detail

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

  /// The onset of the first report (always to the day: merge_into_attacks refuses other onsets).
  [[nodiscard]] date onset() const noexcept { return event.onset.earliest(); }
  /// Whether this attack was made of more than one report.
  [[nodiscard]] bool merged() const noexcept { return reports.size() > 1; }
};

/// Groups relapse reports into attacks, sorted by onset. An onset less than `gap_days` days after
/// the previous report's onset joins that report's attack; `gap_days` = 0 keeps every report as
/// its own attack. Throws invalid_input for a negative gap, an onset that is not a date or one
/// known only to the month or the year.
inline std::vector<merged_attack> merge_into_attacks(std::span<const relapse> reports,
                                              int gap_days = default_attack_gap_days) {
  if (gap_days < 0)
    throw invalid_input("attack gap", std::to_string(gap_days), "must be 0 (no merging) or more days");
  for (const auto& r : reports) {
    if (r.onset.earliest().is_special())
      throw invalid_input("relapse onset", to_iso(r.onset.earliest()), "must be a calendar date");
    if (!r.onset.is_exact())
      throw invalid_input("relapse onset", r.onset.text(),
                          "merging reports into attacks needs the day of each onset (YYYY-MM-DD); a month or year "
                          "onset is read by the relapse criteria only");
  }

  const std::vector<std::size_t> order = detail::stable_order(
      reports.size(), [&](std::size_t a, std::size_t b) { return reports[a].onset.earliest() < reports[b].onset.earliest(); });

  std::vector<merged_attack> attacks;
  date previous_onset;
  for (std::size_t i : order) {
    const relapse& r = reports[i];
    const bool joins = !attacks.empty() && days_between(previous_onset, r.onset.earliest()) < gap_days;
    if (joins) {
      merged_attack& a = attacks.back();
      a.reports.push_back(i);
      // The enum is ordered unknown < mild < moderate < severe, so the maximum is the worst grade
      // and an ungraded report never hides a graded one.
      if (a.event.severity < r.severity) a.event.severity = r.severity;
      if (!a.event.phenotype) a.event.phenotype = r.phenotype;
    } else {
      attacks.push_back(merged_attack{r, {i}});
    }
    previous_onset = r.onset.earliest();
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
