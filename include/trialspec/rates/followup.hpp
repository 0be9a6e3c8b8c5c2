// trialspec/rates/followup.hpp - one patient's follow-up: observation window, relapse reports
// merged into attacks, and what the rate and survival analyses need from them.
//
// The reports are merged into attacks first (clinical/attacks.hpp) and only then compared with
// the window: an attack is counted when its onset (its first report) lies in the closed window
// [start, end]. A report inside the window that belongs to an attack which began before the start
// is therefore not a new relapse.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/person_time.hpp>

#include <span>
#include <string>
#include <vector>

namespace trialspec::rates {

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
  /// than one day).
  [[nodiscard]] exposure exposure_in_window(int gap_days = default_attack_gap_days) const {
    return {static_cast<long>(attack_onsets_in_window(gap_days).size()), observation_years(window)};
  }

  /// Days from the window's start to the first attack in it, or censored at its end.
  [[nodiscard]] survival_time time_to_first_attack(int gap_days = default_attack_gap_days) const {
    const auto onsets = attack_onsets_in_window(gap_days);
    return time_to_first_event(window.first(), window.last(), onsets);
  }
};

} // namespace trialspec::rates
