// trialspec/protocols/n_momentum/design.hpp - N-MOmentum's design apart from its criteria
// (NCT02200770, inebilizumab in NMO/NMOSD, MedImmune): identity, arms with their dose schedules
// in the randomized-controlled period, the primary outcome and its window.
//
// Record: randomized 3:1, quadruple-masked, target size 231; a randomized-controlled period (RCP)
// of at most 197 days, then an open-label period (OLP). The second arm's text is cut in the
// source. The OLP's "300 mg every 6 months" is stated in the arm texts but is not a dose schedule
// type: dose intervals are days or weeks (a month has no fixed number of days).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/time_to_first_relapse.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace trialspec::protocols::n_momentum {

using trialspec::literals::operator""_mg;

struct identity {
  static constexpr std::string_view id = "NCT02200770";
  static constexpr std::string_view acronym = "N-MOmentum";
  static constexpr std::string_view title =
      "N-MOmentum: A Clinical Research Study of Inebilizumab in Neuromyelitis Optica Spectrum Disorders";
};

/// "IV dose of inebilizumab 300 mg on Day 1 and Day 15 of RCP" (placebo: matched doses).
using inebilizumab_schedule = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>>;

inline constexpr std::array<intervention, 1> inebilizumab_interventions{
    {{intervention_kind::drug, "Inebilizumab (MEDI-551)", "RCP; OLP: 300 mg IV every 6 months", &schedule_of<inebilizumab_schedule>}}};
inline constexpr std::array<intervention, 1> placebo_interventions{
    {{intervention_kind::drug, "Placebo", "matched to inebilizumab, RCP", &schedule_of<inebilizumab_schedule>}}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Inebilizumab/Inebilizumab", arm_role::experimental,
       "AQP4-IgG sero positive and sero negative participants received IV dose of inebilizumab 300 mg on Day 1 and Day 15 of RCP "
       "[arm text cut in the source]",
       inebilizumab_interventions},
      {"Placebo/Inebilizumab", arm_role::placebo_comparator,
       "AQP4-IgG sero positive and sero negative participants received IV dose of placebo matched to inebilizumab on Day 1 and Day 15 "
       "of the RCP; OLP: inebilizumab 300 mg on Day 1 and Day 15, then 300 mg every 6 months",
       placebo_interventions},
  }};
};

/// The randomized-controlled period: Day 1 through Day 197 (196 days after Day 1).
struct windows {
  static constexpr relative_window primary = within_after(days{196});
  static std::string describe(std::string_view reference) {
    return trialspec::detail::cat("adjudicated NMOSD attacks from Day 1 through Day 197 (", primary.describe(reference), ")");
  }
};

/// Primary: time to the first adjudicated NMOSD attack in the RCP. Reports merged into attacks
/// with the library's default gap (30 days): the record gives none.
struct primary_outcome {
  static constexpr outcome_measure measure{outcome_kind::primary,
                                           "Time to first adjudicated NMOSD attack (registry title not seen; results description)",
                                           "Day 1 (Baseline) through Day 197", "trialspec::time_to_first_relapse"};
  static time_to_event compute(std::span<const relapse> adjudicated, date day_1, date follow_up_end) {
    return time_to_first_relapse(adjudicated, day_1, follow_up_end);
  }
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::n_momentum
