// trialspec/protocols/prevent/design.hpp - PREVENT's design apart from its criteria (NCT01892345,
// eculizumab in AQP4-IgG-positive NMOSD, Alexion): identity, arms with their dose schedules, the
// primary outcome and its window, as the registry record gives them.
//
// Record: randomized, parallel, quadruple-masked, enrollment 143. The primary outcome's registry
// title was not seen; its description and time frame (results overview) are. The dose windows
// ("every 7 ± 2 days", "every 14 ± 2 days") are visit tolerances, stated in the arm texts.
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

namespace trialspec::protocols::prevent {

using trialspec::literals::operator""_mg;

struct identity {
  static constexpr std::string_view id = "NCT01892345";
  static constexpr std::string_view acronym = "PREVENT";
  static constexpr std::string_view title =
      "A Randomized Controlled Trial of Eculizumab in AQP4 Antibody-positive Participants With NMO (PREVENT Study)";
};

/// "900 mg via IV infusion once a week for 4 weeks followed by 1200 mg for the fifth dose (Week 4)
/// ... 1200 mg via IV infusion every 2 weeks from the sixth dose (Week 6) onwards" (placebo: the
/// same amounts of matching placebo).
using eculizumab_schedule = dose_schedule<route::intravenous, repeated<900_mg, weeks{1}, 4>,
                                          at_weeks<1200_mg, 4>, every<1200_mg, weeks{2}>>;

inline constexpr std::array<intervention, 1> eculizumab_interventions{
    {{intervention_kind::drug, "Eculizumab", "induction every 7 ± 2 days, maintenance every 14 ± 2 days", &schedule_of<eculizumab_schedule>}}};
inline constexpr std::array<intervention, 1> placebo_interventions{
    {{intervention_kind::drug, "Placebo", "matching placebo, the same amounts and schedule", &schedule_of<eculizumab_schedule>}}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Eculizumab", arm_role::experimental,
       "Induction Period: eculizumab 900 mg IV once a week (every 7 ± 2 days) for 4 weeks, 1200 mg for the fifth dose (Week 4); "
       "Maintenance Period: 1200 mg IV every 2 weeks (every 14 ± 2 days) from the sixth dose (Week 6) onwards",
       eculizumab_interventions},
      {"Placebo", arm_role::placebo_comparator, "matching placebo on the eculizumab schedule", placebo_interventions},
  }};
};

/// The primary outcome's window: on-trial relapses from the reference date up to 211 weeks.
struct windows {
  static constexpr relative_window primary = within_after(weeks{211});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("on-trial relapses ", primary.describe(reference)); }
};

/// Primary: time to the first adjudicated On-trial Relapse (EU E.2.1: "time to first relapse").
/// Reports are merged into attacks with the library's default gap (30 days): the record gives none.
struct primary_outcome {
  static constexpr outcome_measure measure{
      outcome_kind::primary, "Time to first adjudicated On-trial Relapse (registry title not seen; results description, EU E.2.1)",
      "Baseline, Up To 211 Weeks (End of Study)", "trialspec::time_to_first_relapse"};
  static time_to_event compute(std::span<const relapse> adjudicated, date reference, date follow_up_end) {
    return time_to_first_relapse(adjudicated, reference, follow_up_end);
  }
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::prevent
