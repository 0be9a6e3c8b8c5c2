// trialspec/protocols/opera/design.hpp - OPERA I's design apart from its criteria (NCT01247324,
// ocrelizumab vs interferon beta-1a in relapsing MS, Hoffmann-La Roche): identity, the two
// double-dummy arms with their dose schedules, the primary outcome and its window.
//
// Record: randomized, parallel, triple-masked, enrollment 821. The doses are the brief summary's;
// the arm texts are OPERA II's (NCT01412333), and its ocrelizumab arm text is cut in the source.
// The primary outcome's registry title, description and time frame were not seen: the published
// abstract gives the annualized relapse rate; the window is the brief summary's 96 weeks of
// double-blind treatment. An older registry wording titrates interferon beta-1a (8.8 mcg weeks
// 1-2, 22 mcg weeks 3-4, 44 mcg from week 5): the current wording, encoded here, does not.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <string>
#include <string_view>

namespace trialspec::protocols::opera {

using trialspec::literals::operator""_mg;
using trialspec::literals::operator""_ug;

struct identity {
  static constexpr std::string_view id = "NCT01247324";
  static constexpr std::string_view acronym = "OPERA I";
  static constexpr std::string_view title =
      "A Study of Ocrelizumab in Comparison With Interferon Beta-1a (Rebif) in Participants With Relapsing Multiple Sclerosis";
};

/// "300 mg infusions on Days 1 and 15 for the first dose and as a single infusion of 600 mg for
/// all subsequent infusions every 24 weeks" (every 24 weeks from the first dose: week 24 is day 169).
using ocrelizumab_schedule = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>, every<600_mg, weeks{24}, counted_from::first_dose>>;
/// "interferon beta-1a 44 mcg SC injections three times per week".
using interferon_schedule = dose_schedule<route::subcutaneous, weekly_on<44_ug, 1, 3, 5>>;

inline constexpr std::array<intervention, 2> ocrelizumab_interventions{{
    {intervention_kind::drug, "Ocrelizumab", "300 mg IV on Days 1 and 15, then 600 mg IV every 24 weeks", &schedule_of<ocrelizumab_schedule>},
    {intervention_kind::drug, "Interferon beta-1a-matching placebo", "SC three times per week", &schedule_of<interferon_schedule>},
}};
inline constexpr std::array<intervention, 2> interferon_interventions{{
    {intervention_kind::drug, "Interferon beta-1a", "44 mcg SC three times per week (Other Name: Rebif)", &schedule_of<interferon_schedule>},
    {intervention_kind::drug, "Ocrelizumab-matching placebo", "infusions matching ocrelizumab infusions every 24 weeks",
     &schedule_of<ocrelizumab_schedule>},
}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Ocrelizumab", arm_role::experimental,
       "Ocrelizumab 600 mg or matching placebo intravenous (IV) as 300 mg infusions on Days 1 and 15 for the first dose and as a "
       "single infusion of 600 mg for all subsequent infusions e [arm text cut in the source; OPERA II's arm]",
       ocrelizumab_interventions},
      {"Interferon beta-1a 44 mcg SC", arm_role::active_comparator,
       "Interferon beta-1a 44 mcg SC injections three times per week (with placebo infusions matching ocrelizumab infusions every 24 "
       "weeks). [OPERA II's arm]",
       interferon_interventions},
  }};
};

/// The primary outcome's window: the 96 weeks of double-blind treatment (brief summary).
struct windows {
  static constexpr relative_window primary = within_after(weeks{96});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("relapses ", primary.describe(reference)); }
};

/// The primary outcome's computation, defined in analysis.hpp (it needs the exact intervals).
struct arr_analysis;

/// Primary: the annualized relapse rate (published abstract), with its exact Poisson interval.
struct primary_outcome {
  static constexpr outcome_measure measure{outcome_kind::primary,
                                           "Annualized relapse rate (registry outcome not seen; published abstract, NEJM 2017)",
                                           "96 weeks of double-blind treatment (brief summary)",
                                           "trialspec::rates::pooled_arr, trialspec::rates::exact_poisson_interval"};
  using analysis = arr_analysis;
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::opera
