// trialspec/protocols/nct02249676/design.hpp - the seed trial's design apart from its criteria:
// arms, dose, premedication, infusion, observation windows, visits and outcome measures, as read
// from the registry record (NCT02249676, Tianjin Medical University) under a policy.
//
// The two outcomes computed with exact intervals (adverse events before vs after, ARR before vs
// after) name their analysis types here; analysis.hpp defines them, so that this header and the
// screening code that includes it do not compile the interval statistics.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <trialspec/protocol/cell_therapy/cell_dose.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/route.hpp>
#include <trialspec/protocol/time_to_relapse.hpp>
#include <trialspec/protocol/visits.hpp>
#include <trialspec/protocol/windows.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <span>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::nct02249676 {

struct identity {
  static constexpr std::string_view id = "NCT02249676";
  static constexpr std::string_view title =
      "Autologous Mesenchymal Stem Cells for the Treatment of Neuromyelitis Optica Spectrum Disorders";
};

inline constexpr std::array<intervention, 1> msc_intervention{
    {{intervention_kind::biological, "Autologous mesenchymal stem cells",
      "clinical-grade MSC infused intravenously after premedication"}}};

/// Registry arms; the control arm's interventions depend on Q9.
template <Policy P> struct arms {
  static constexpr std::span<const intervention> control_interventions =
      P::control_arm == control_arm_reading::as_registered ? std::span<const intervention>(msc_intervention)
                                                           : std::span<const intervention>();
  static constexpr arm experimental{"Autologous mesenchymal stem cells group", arm_role::experimental,
                                    "Generated clinical-grade MSC after premedication", msc_intervention};
  static constexpr arm control{"Control group", arm_role::placebo_comparator,
                               "Patients with progressive and refractory NMO treated with regular methods",
                               control_interventions};
};
template <Policy P> struct two_arms {
  static constexpr std::array<arm, 2> arms{nct02249676::arms<P>::experimental, nct02249676::arms<P>::control};
};
template <Policy P> struct single_arm {
  static constexpr std::array<arm, 1> arms{nct02249676::arms<P>::experimental};
};
/// The arms under Q10 (single arm for the publication's design).
template <Policy P>
using arm_set = std::conditional_t<P::design == design_reading::single_arm_fixed_dose, single_arm<P>, two_arms<P>>;

/// The registry's dose, 2.0 x 10^6 cells/kg; the publication's, 1.0 x 10^8 cells (Q10).
using registry_dose = cell_therapy::per_kilogram_dose<2'000'000>;
using publication_dose = cell_therapy::fixed_cell_dose<100'000'000>;
template <Policy P>
using dose = std::conditional_t<P::design == design_reading::single_arm_fixed_dose, publication_dose, registry_dose>;

/// "10 mg chlorpheniramine Po.; 100 mg hydrocortisone iv.; 10 mg metoclopramide im.; 30 min before
/// administration of the cells".
struct premedication {
  static constexpr std::array<cell_therapy::administration_step, 3> steps{{
      {"chlorpheniramine", 10, cell_therapy::amount_unit::mg, route::oral, -30, 0},
      {"hydrocortisone", 100, cell_therapy::amount_unit::mg, route::intravenous, -30, 0},
      {"metoclopramide", 10, cell_therapy::amount_unit::mg, route::intramuscular, -30, 0},
  }};
};

/// "MSC ... 2.0 x 10^6 cells/kg i.v. 15 min; infused normal saline 500 mL over 4 h i.v.": the
/// saline follows the cells.
struct infusion {
  static constexpr std::array<cell_therapy::administration_step, 2> steps{{
      {"autologous MSC", 0, cell_therapy::amount_unit::cells, route::intravenous, 0, 15},
      {"normal saline", 500, cell_therapy::amount_unit::mL, route::intravenous, 15, 240},
  }};
};

/// Adverse events from 3 months before to 12 months after the infusion; relapse rates over the 12
/// months before vs the 12 months after (the registry names ARR without windows; 12 months matches
/// the safety follow-up).
using windows = observation_windows<between(before(months{3}), after(months{12})),
                                    between(before(months{12}), before(days{1})), within_after(months{12})>;

/// Follow-up visits at months 1, 3, 6, 9, 12 and 24 after the infusion.
using schedule = visit_schedule<1, 3, 6, 9, 12, 24>;

/// Defined in analysis.hpp (exact intervals): summarize_safety over the safety window, and
/// compare_pre_post over the 12 months before and after.
struct safety_analysis;
struct arr_analysis;

/// Primary: feasibility and safety, adverse events before vs after.
struct safety_outcome {
  static constexpr outcome_measure measure{
      outcome_kind::primary,
      "Feasibility and safety: adverse events from 3 months before to 12 months after the infusion, rate after vs before",
      "3 months before to 12 months after the infusion", "trialspec::summarize_safety"};
  using analysis = safety_analysis;
};

/// Secondary: EDSS worsening from baseline by the policy's threshold table (Q2).
template <Policy P> struct edss_outcome {
  static constexpr outcome_measure measure{outcome_kind::secondary, "Expanded Disability Status Scale (EDSS) change from baseline",
                                           "baseline to months 1, 3, 6, 9, 12 and 24",
                                           "trialspec::is_worsening (policy threshold table)"};
  static verdict compute(edss baseline, edss later) {
    return is_worsening<typename P::progression_thresholds>(baseline, later);
  }
};

/// Secondary: annualized relapse rate over the 12 months before vs the 12 months after the
/// infusion, per patient and pooled, with the signed-rank test of the paired differences.
struct arr_outcome {
  static constexpr outcome_measure measure{outcome_kind::secondary, "Annualized relapse rate (ARR) before vs after the infusion",
                                           "12 months before to 12 months after the infusion", "trialspec::rates::compare_pre_post"};
  using analysis = arr_analysis;
};

/// Secondary: time to the next relapse after the infusion.
struct time_to_relapse_outcome {
  static constexpr outcome_measure measure{outcome_kind::secondary, "Time to next relapse after the infusion",
                                           "infusion to end of follow-up (month 24)", "trialspec::time_to_next_relapse"};
  static time_to_event compute(std::span<const relapse> relapses, date infusion, date follow_up_end) {
    return time_to_next_relapse(relapses, infusion, follow_up_end);
  }
};

/// Other (masked assessment): the anterior visual pathway and pyramidal tract as a model of wider
/// disease. These are measured, not computed.
struct vep_outcome {
  static constexpr outcome_measure measure{outcome_kind::other, "Visual evoked potential P100 latency (masked)",
                                           "baseline and follow-up visits", ""};
};
struct mep_outcome {
  static constexpr outcome_measure measure{outcome_kind::other, "Motor evoked potential central motor conduction latency (masked)",
                                           "baseline and follow-up visits", ""};
};
struct oct_outcome {
  static constexpr outcome_measure measure{outcome_kind::other, "OCT retinal nerve fibre layer thickness (masked)",
                                           "baseline and follow-up visits", ""};
};
struct mri_outcome {
  static constexpr outcome_measure measure{outcome_kind::other, "MRI: new T2 and Gd-enhancing lesions (masked)",
                                           "baseline and follow-up visits", ""};
};

/// The outcome measures in registry order: primary, secondary, other.
template <Policy P>
using outcomes = outcome_set<safety_outcome, edss_outcome<P>, arr_outcome, time_to_relapse_outcome, vep_outcome,
                             mep_outcome, oct_outcome, mri_outcome>;

} // namespace trialspec::protocols::nct02249676
