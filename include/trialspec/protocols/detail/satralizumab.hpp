// trialspec/protocols/detail/satralizumab.hpp - what the two satralizumab trials (SAkuraSky,
// SAkuraStar) share: the dose schedule, the diagnosis criteria's Wingerchuk 2007 question and
// the primary outcome "time to first protocol-defined relapse" with its 31-day merging rule.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/time_to_first_relapse.hpp>

#include <span>

namespace trialspec::protocols::detail {

/// "120 mg SC at weeks 0, 2, and 4; thereafter, every 4 weeks" (placebo: the same schedule).
using satralizumab_schedule = dose_schedule<route::subcutaneous, at_weeks<dose_amount{120, dose_unit::mg}, 0, 2, 4>,
                                            every<dose_amount{120, dose_unit::mg}, weeks{4}>>;

/// "New or worsening neurological symptoms that occurred < 31 days following onset of a
/// protocol-defined relapse were considered part of same relapse": onsets less than 31 days
/// apart are one relapse (clinical/attacks.hpp chains the gap from the previous report).
inline constexpr int satralizumab_relapse_gap_days = 31;

/// Time from randomisation to the first protocol-defined relapse in the double-blind period.
inline time_to_event time_to_first_protocol_defined_relapse(std::span<const relapse> adjudicated, date randomisation, date end) {
  return time_to_first_relapse(adjudicated, randomisation, end, satralizumab_relapse_gap_days);
}

} // namespace trialspec::protocols::detail
