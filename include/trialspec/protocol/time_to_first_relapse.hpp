// trialspec/protocol/time_to_first_relapse.hpp - the primary outcome of the NMOSD relapse
// prevention trials: time from the reference date (randomisation, the first dose) to the first
// relapse (attack) on trial, relapse reports first merged into attacks.
//
// Reports are merged with clinical/attacks.hpp (an onset less than `gap_days` after the previous
// report's joins its attack). A report that belongs to an attack which began before the reference
// date is not a new relapse on trial: "new or worsening symptoms that occurred < 31 days
// following onset of a protocol-defined relapse were considered part of same relapse". The first
// attack beginning on or after the reference date is the event (time_to_relapse.hpp counts the
// reference day as on trial); none up to the end of follow-up is censoring there.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/protocol/time_to_relapse.hpp>

#include <span>
#include <vector>

namespace trialspec {

/// Time from `reference` to the first attack beginning on or after it, observed until
/// `follow_up_end`; `relapses` are the (adjudicated) reports, merged into attacks with `gap_days`.
/// Throws invalid_input when follow-up ends before the reference date or for a negative gap.
inline time_to_event time_to_first_relapse(std::span<const relapse> relapses, date reference, date follow_up_end,
                                           int gap_days = default_attack_gap_days) {
  const auto attacks = merge_into_attacks(relapses, gap_days);
  std::vector<relapse> onsets;
  onsets.reserve(attacks.size());
  for (const auto& a : attacks) onsets.push_back(a.event);
  return time_to_next_relapse(onsets, reference, follow_up_end);
}

} // namespace trialspec
