// trialspec/protocol/time_to_relapse.hpp - the time from a protocol's reference date (the
// infusion, randomisation) to the next relapse, or to the end of follow-up when there was none.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <optional>
#include <span>

namespace trialspec {

/// Time from the reference date to the first relapse on or after it, or to the end of follow-up
/// when there was none (censored).
struct time_to_event {
  long days = 0;
  bool event = false;  ///< false: censored at the end of follow-up
  date at;             ///< the relapse onset, or the end of follow-up
  friend bool operator==(const time_to_event&, const time_to_event&) = default;
};

/// Time to the next relapse after an infusion on `infusion`, observed until `follow_up_end`.
/// Relapses must already be merged into attacks (onsets within 30 days of the previous one are the
/// same attack, clinical/attacks.hpp); a relapse on the infusion day counts, as in the windows'
/// "after" parts. Relapses after `follow_up_end` are not seen. Throws invalid_input when follow-up
/// ends before the infusion, or for an onset known only to the month or the year.
inline time_to_event time_to_next_relapse(std::span<const relapse> relapses, date infusion, date follow_up_end) {
  if (infusion.is_special()) throw invalid_input("infusion date", to_iso(infusion), "must be a date");
  if (follow_up_end.is_special() || follow_up_end < infusion)
    throw invalid_input("follow-up end", to_iso(follow_up_end), trialspec::detail::cat("must not be before the infusion ", to_iso(infusion)));
  std::optional<date> first;
  for (const auto& r : relapses) {
    if (!r.onset.is_exact())
      throw invalid_input("relapse onset", r.onset.text(), "the time to relapse needs the day of each onset (YYYY-MM-DD)");
    const date on = r.onset.earliest();
    if (infusion <= on && on <= follow_up_end && (!first || on < *first)) first = on;
  }
  if (first) return {days_between(infusion, *first), true, *first};
  return {days_between(infusion, follow_up_end), false, follow_up_end};
}

} // namespace trialspec
