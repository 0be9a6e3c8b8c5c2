// trialspec/protocols/asclepios/design.hpp - ASCLEPIOS I's design apart from its criteria
// (NCT02792218, ofatumumab vs teriflunomide in relapsing MS, Novartis): identity, the two
// double-dummy arms with their dose schedules, the primary outcome and its window.
//
// Record: randomized, parallel, quadruple-masked, enrollment 930; maximal treatment 2.5 years. The
// primary outcome's registry title was not seen; its description (ARR of confirmed relapses) and
// time frame (baseline up to 2.5 years) are from the results overview.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <string>
#include <string_view>

namespace trialspec::protocols::asclepios {

using trialspec::literals::operator""_mg;

struct identity {
  static constexpr std::string_view id = "NCT02792218";
  static constexpr std::string_view acronym = "ASCLEPIOS I";
  static constexpr std::string_view title =
      "Efficacy and Safety of Ofatumumab Compared to Teriflunomide in Patients With Relapsing Multiple Sclerosis (ASCLEPIOS I)";
};

/// "a loading dose regimen of 20 mg at Day 1, Day 7 and Day 14, followed by a maintenance dose
/// regimen of 20 mg administered every 4 weeks starting at Week 4" (the days as written: day 1 is
/// the first dose; week 4 is day 29, four weeks from the first dose).
using ofatumumab_schedule = dose_schedule<route::subcutaneous, on_days<20_mg, 1, 7, 14>, every<20_mg, weeks{4}, counted_from::first_dose>>;
/// "Teriflunomide 14 mg capsule orally once daily".
using teriflunomide_schedule = dose_schedule<route::oral, daily<14_mg>>;

inline constexpr std::array<intervention, 2> ofatumumab_interventions{{
    {intervention_kind::drug, "Ofatumumab subcutaneous injection", "20 mg s.c. on Days 1, 7, 14, Week 4 and every 4 weeks thereafter",
     &schedule_of<ofatumumab_schedule>},
    {intervention_kind::drug, "Teriflunomide-matching placebo capsules", "orally once daily", &schedule_of<teriflunomide_schedule>},
}};
inline constexpr std::array<intervention, 2> teriflunomide_interventions{{
    {intervention_kind::drug, "Teriflunomide capsule", "14 mg orally once daily", &schedule_of<teriflunomide_schedule>},
    {intervention_kind::drug, "Matching placebo of ofatumumab subcutaneous injections", "on Days 1, 7, 14, Week 4 and every 4 weeks thereafter",
     &schedule_of<ofatumumab_schedule>},
}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"OMB 20 mg", arm_role::experimental,
       "Ofatumumab 20 mg s.c. injections on Days 1, 7, 14, Week 4 and every 4 weeks thereafter (+ teriflunomide-matching placebo "
       "capsule orally once daily)",
       ofatumumab_interventions},
      {"TER 14 mg", arm_role::active_comparator,
       "Teriflunomide 14 mg capsule orally once daily (+ ofatumumab-matching placebo injections on Days 1, 7, 14, Week 4 and every 4 "
       "weeks thereafter)",
       teriflunomide_interventions},
  }};
};

/// The primary outcome's window: baseline up to 2.5 years (30 months).
struct windows {
  static constexpr relative_window primary = within_after(months{30});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("confirmed relapses ", primary.describe(reference)); }
};

/// The primary outcome's computation, defined in analysis.hpp (it needs the exact intervals).
struct arr_analysis;

/// Primary: the annualized rate of confirmed relapses, total relapses of the group over its total
/// participant-years in study, with its exact Poisson interval.
struct primary_outcome {
  static constexpr outcome_measure measure{
      outcome_kind::primary,
      "Annualized relapse rate (ARR) of confirmed relapses (registry title not seen; results overview description)",
      "Baseline up to 2.5 years", "trialspec::rates::pooled_arr, trialspec::rates::exact_poisson_interval"};
  using analysis = arr_analysis;
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::asclepios
