// trialspec/protocols/sakurasky/design.hpp - SAkuraSky's design apart from its criteria
// (NCT02028884, satralizumab added to baseline treatment, Hoffmann-La Roche / Chugai): identity,
// arms with their dose schedules, the primary outcome and its window.
//
// Record: randomized, double-masked, enrollment 83, ages 12 to 74. No source page states the
// satralizumab dose in mg for this record; 120 mg is from a review table (PMC4720663, Table 2),
// cited in the record's note. The placebo arm's text and label were not visible in any source.
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

namespace trialspec::protocols::sakurasky {

struct identity {
  static constexpr std::string_view id = "NCT02028884";
  static constexpr std::string_view acronym = "SAkuraSky";
  static constexpr std::string_view title = "Efficacy and Safety Study of Satralizumab (SA237) as Add-on Therapy to Treat Participants With "
                                            "Neuromyelitis Optica (NMO) and NMO Spectrum Disorder (NMOSD)";
};

using satralizumab_schedule = detail::satralizumab_schedule;

inline constexpr std::array<intervention, 2> satralizumab_interventions{{
    {intervention_kind::drug, "Satralizumab", "SC at Weeks 0, 2, and 4, and thereafter once every 4 weeks (120 mg: review table, not the record)",
     &schedule_of<satralizumab_schedule>},
    {intervention_kind::drug, "Baseline Treatment", "azathioprine, mycophenolate mofetil or oral corticosteroids at a stable dose", nullptr},
}};
inline constexpr std::array<intervention, 2> placebo_interventions{{
    {intervention_kind::drug, "Placebo", "SC at Weeks 0, 2, and 4, and thereafter once every 4 weeks", &schedule_of<satralizumab_schedule>},
    {intervention_kind::drug, "Baseline Treatment", "azathioprine, mycophenolate mofetil or oral corticosteroids at a stable dose", nullptr},
}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Satralizumab + Baseline Treatment", arm_role::experimental,
       "Participants randomized to this arm for the double-blind period will receive satralizumab in addition to baseline treatment",
       satralizumab_interventions},
      {"Placebo [arm label not seen in any source]", arm_role::placebo_comparator,
       "[arm description not visible in any source]; placebo SC per the intervention text, with baseline treatment", placebo_interventions},
  }};
};

/// The double-blind period's follow-up: up to week 224.
struct windows {
  static constexpr relative_window primary = within_after(weeks{224});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("protocol-defined relapses ", primary.describe(reference)); }
};

/// Primary: "Time to First Protocol-Defined Relapse (TFR) in the Double-Blind Period".
struct primary_outcome {
  static constexpr outcome_measure measure{outcome_kind::primary, "Time to First Protocol-Defined Relapse (TFR) in the Double-Blind Period",
                                           "Up to Week 224", "trialspec::time_to_first_relapse (onsets < 31 days apart: one relapse)"};
  static time_to_event compute(std::span<const relapse> adjudicated, date randomisation, date end) {
    return detail::time_to_first_protocol_defined_relapse(adjudicated, randomisation, end);
  }
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::sakurasky
