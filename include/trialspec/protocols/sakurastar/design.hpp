// trialspec/protocols/sakurastar/design.hpp - SAkuraStar's design apart from its criteria
// (NCT02073279, satralizumab monotherapy, Hoffmann-La Roche / Chugai): identity, arms with their
// dose schedules, the primary outcome and its window.
//
// Record: randomized 2:1 to satralizumab 120 mg or matching placebo (pre-assignment details),
// double-masked, enrollment 95. The placebo arm's text is cut; the satralizumab arm's text was not
// visible in any source. Primary-outcome title not seen (description and time frame are).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocols/detail/satralizumab.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace trialspec::protocols::sakurastar {

struct identity {
  static constexpr std::string_view id = "NCT02073279";
  static constexpr std::string_view acronym = "SAkuraStar";
  static constexpr std::string_view title = "Efficacy and Safety Study of Satralizumab (SA237) as Monotherapy to Treat Participants With "
                                            "Neuromyelitis Optica (NMO) and Neuromyelitis Optica Spectrum Disorder (NMOSD)";
};

using satralizumab_schedule = detail::satralizumab_schedule;

inline constexpr std::array<intervention, 1> satralizumab_interventions{
    {{intervention_kind::drug, "Satralizumab", "120 mg SC at Weeks 0, 2 and 4, and Q4W thereafter", &schedule_of<satralizumab_schedule>}}};
inline constexpr std::array<intervention, 1> placebo_interventions{
    {{intervention_kind::drug, "Placebo", "matching placebo SC at Weeks 0, 2 and 4, and Q4W thereafter", &schedule_of<satralizumab_schedule>}}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Satralizumab, Then Satralizumab", arm_role::experimental, "[arm description not visible in any source]",
       satralizumab_interventions},
      {"Placebo, Then Satralizumab", arm_role::placebo_comparator,
       "Participants received matching placebo, subcutaneous (SC) injection at Weeks 0, 2 and 4, and every 4 weeks (Q4W) thereafter "
       "throughout the double-blind (DB) period up to protocol-defined relapse [text cut in the source]",
       placebo_interventions},
  }};
};

/// Follow-up up to week 216.
struct windows {
  static constexpr relative_window primary = within_after(weeks{216});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("protocol-defined relapses ", primary.describe(reference)); }
};

/// Primary: time to first protocol-defined relapse in the double-blind period (title not seen).
struct primary_outcome {
  static constexpr outcome_measure measure{outcome_kind::primary,
                                           "Time to first protocol-defined relapse (TFR) in the double-blind period (registry title not "
                                           "seen; results description)",
                                           "Up to Week 216", "trialspec::time_to_first_relapse (onsets < 31 days apart: one relapse)"};
  static time_to_event compute(std::span<const relapse> adjudicated, date randomisation, date end) {
    return detail::time_to_first_protocol_defined_relapse(adjudicated, randomisation, end);
  }
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::sakurastar
