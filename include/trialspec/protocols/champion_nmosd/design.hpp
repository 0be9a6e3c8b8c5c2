// trialspec/protocols/champion_nmosd/design.hpp - CHAMPION-NMOSD's design apart from its criteria
// (NCT04201262, ravulizumab in AQP4-IgG-positive NMOSD, Alexion): identity, the single arm with
// its weight-based dose schedule, the primary outcome and its window.
//
// Record: non-randomized, single group, open label, external placebo control (the PREVENT placebo
// group, n = 47, per the published abstract), enrollment 58. The arm text is cut before the dose;
// the schedule is the published abstract's and the weight tiers the label's (policy C11).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/time_to_first_relapse.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace trialspec::protocols::champion_nmosd {

using trialspec::literals::operator""_mg;

struct identity {
  static constexpr std::string_view id = "NCT04201262";
  static constexpr std::string_view acronym = "CHAMPION-NMOSD";
  static constexpr std::string_view title = "An Efficacy and Safety Study of Ravulizumab in Adult Participants With NMOSD";
};

/// Loading dose by weight (label): 40 to under 60 kg 2400 mg, 60 to under 100 kg 2700 mg, 100 kg or more 3000 mg.
inline constexpr weight_tiered_dose loading_dose{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                                 weight_tier{.from_kg = 60, .below_kg = 100, .dose = 2700_mg},
                                                 weight_tier{.from_kg = 100, .dose = 3000_mg}};
/// Maintenance dose by weight (label): 3000, 3300 and 3600 mg.
inline constexpr weight_tiered_dose maintenance_dose{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 3000_mg},
                                                     weight_tier{.from_kg = 60, .below_kg = 100, .dose = 3300_mg},
                                                     weight_tier{.from_kg = 100, .dose = 3600_mg}};
/// "weight-based intravenous ravulizumab on day 1 and maintenance doses on day 15, then once every 8 weeks".
using ravulizumab_schedule = dose_schedule<route::intravenous, on_days<loading_dose, 1>, on_days<maintenance_dose, 15>,
                                           every<maintenance_dose, weeks{8}>>;

inline constexpr std::array<intervention, 1> ravulizumab_interventions{
    {{intervention_kind::drug, "Ravulizumab", "intravenous infusion; weight tiers from the label", &schedule_of<ravulizumab_schedule>}}};

struct design_arms {
  static constexpr std::array<arm, 1> arms{{
      {"Ravulizumab", arm_role::experimental,
       "During the Primary Treatment Period, all participants will receive open-label ravulizumab via intravenous (IV) infusion starting "
       "on Day 1 [arm text cut in the source before the dose]",
       ravulizumab_interventions},
  }};
};

/// The Primary Treatment Period ends when the last participant has completed 26 to 50 weeks; the
/// window is stated in words (its length depends on the last enrolment).
struct windows {
  static std::string describe(std::string_view reference) {
    return trialspec::detail::cat("adjudicated On-Trial Relapses from ", reference,
           " to the end of the Primary Treatment Period (the last enrolled participant completes between 26 and 50 weeks)");
  }
};

/// Primary: "time to first adjudicated on-trial relapse" (published abstract; registry title not seen).
struct primary_outcome {
  static constexpr outcome_measure measure{outcome_kind::primary,
                                           "Time to first adjudicated On-Trial Relapse (registry title not seen; published abstract)",
                                           "Primary Treatment Period", "trialspec::time_to_first_relapse"};
  static time_to_event compute(std::span<const relapse> adjudicated, date day_1, date follow_up_end) {
    return time_to_first_relapse(adjudicated, day_1, follow_up_end);
  }
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::champion_nmosd
