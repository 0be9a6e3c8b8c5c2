// trialspec/protocols/sakurasky.hpp - SAkuraSky (NCT02028884: satralizumab added to baseline
// treatment in NMO/NMOSD, ages 12 to 74), criterion by criterion.
//
// The record gives inclusion criteria 1 to 4 only (criterion 5 onward is cut in the source) and no
// exclusion criteria: those are encoded as found, nothing is invented for the rest, and the
// printed criteria say so. The baseline treatment rule (BT) is encoded from the intervention text
// "Drug: Baseline Treatment", since it decides who can be randomized; its id is not a registry
// criterion number. The per-cohort quota in I1b ("a minimum of 4 patients should be positive for
// anti-AQP4Ab") is not a criterion on one patient and is listed as not screened.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/background_therapy.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/sakurasky/design.hpp>
#include <trialspec/protocols/sakurasky/policy.hpp>

#include <string>
#include <string_view>

namespace trialspec::protocols::sakurasky {

namespace el = trialspec::eligibility;

/// The baseline treatments (BT).
inline constexpr el::agent_set baseline_agents{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil,
                                               therapy_agent::oral_corticosteroid};

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  // I1 (S1, S2)
  using i1a = el::named<"I1a",
                        "NMO as defined by Wingerchuk et al. 2006 criteria (requires all of the following 3 criteria: I. Optic neuritis, "
                        "II. Acute myelitis, III. At least two of three supportive criteria: Contiguous spinal cord lesion identified on a "
                        "magnetic resonance imaging (MRI) scan extending over 3 vertebral segments; Brain MRI not meeting diagnostic "
                        "criteria for multiple sclerosis (MS); NMO-IgG seropositive status)",
                        el::all_of<el::diagnosis_is<diagnosis_kind::nmo>, el::diagnosed_with<diagnostic_standard::wingerchuk2006>>>;
  using i1b = el::named<"I1b",
                        "NMOSD as defined by either of the following Wingerchuk 2007 criteria with anti-AQP4 antibody (Ab) seropositive "
                        "status at screening (i. Idiopathic single or recurrent events of longitudinally extensive myelitis [≥3 vertebral "
                        "segment spinal cord MRI lesion]; ii. Optic neuritis: recurrent or simultaneous bilateral); For patients aged 12 to "
                        "17 years, a minimum of 4 patients should be positive for anti-AQP4Ab status at screening",
                        el::all_of<el::diagnosis_is<diagnosis_kind::nmosd>, el::aqp4_igg_is<aqp4_status::positive>,
                                   el::investigator_judgement<"NCT02028884.I1b",
                                                              "meets Wingerchuk 2007 criterion i (idiopathic single or recurrent "
                                                              "longitudinally extensive myelitis, >= 3 vertebral segments) or ii (optic "
                                                              "neuritis, recurrent or simultaneous bilateral)">>>;
  using i1 = el::named<"I1",
                       "Patients must be diagnosed as having either neuromyelitis optica (NMO) or NMO spectrum disorder (NMOSD), defined "
                       "as the following:",
                       el::any_of<i1a, i1b>>;
  // I2 (S3)
  using i2 = el::named<"I2",
                       "Clinical evidence of at least 2 documented relapses (including first attack) in the last 2 years prior to "
                       "screening, at least one of which has occurred in the 12 months prior to screening",
                       el::all_of<el::relapses_in_last<2, years{2}>, el::relapses_in_last<1, months{12}>>>;
  // I3 (S4)
  using i3 = el::named<"I3", "EDSS score from 0 to 6.5 inclusive at screening",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(13))>>;
  // I4 (S5)
  using i4 = el::named<"I4", "Age 12 to 74 years, inclusive at the time of informed consent", el::age_between<12, 74>>;
  // BT (S5, S6)
  using bt_mono = el::concurrent_agents<baseline_agents, el::comparison::equal, 1>;
  using bt_adolescent =
      el::all_of<el::age_between<12, 17>,
                 el::concurrent_agents<el::agent_set{therapy_agent::oral_corticosteroid}, el::comparison::equal, 1>,
                 el::concurrent_agents<el::agent_set{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil}, el::comparison::equal, 1>>;
  using bt = el::named<"BT",
                       "As specified in the protocol, one of the following drugs at a stable dose is required as monotherapy for "
                       "baseline treatment during the double-blind period: azathioprine (AZA); mycophenolate mofetil (MMF); or oral "
                       "corticosteroids (CS). For participants aged 12 to 17 years at the time of informed consent, baseline treatment "
                       "with AZA or MMF in combination with oral CS is also permitted.",
                       el::all_of<el::any_of<bt_mono, bt_adolescent>, el::stable_dose<baseline_agents, P::baseline_stable_for>>>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, bt>, el::exclusion<>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "inclusion criteria 1-4 only: criterion 5 onward is cut in the source and not encoded\n"
    "exclusion criteria: no text was visible in any source; none are encoded (the trial's own list is not known)\n"
    "BT is the intervention \"Drug: Baseline Treatment\", not a numbered registry criterion\n"
    "the satralizumab dose (120 mg) is from a review table, not the record; the placebo arm's text was not visible\n";
/// Registry sentences that no screening of one patient decides.
inline constexpr std::string_view not_screened =
    "I1b \"a minimum of 4 patients should be positive for anti-AQP4Ab status at screening\" (a quota over the enrolled adolescents)\n"
    "BT \"Change or termination of baseline treatment is only permitted during the open-label extension period\"\n";

/// The protocol's design under policy P.
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = sakurasky::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = sakurasky::outcomes;
  static constexpr std::string_view reference = "randomisation";
  using windows = sakurasky::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text with what the record lacks and the readings of the text.
template <Policy P = registry_reading> std::string print_criteria() {
  return detail::trial_text(criteria<P>{}, record_notes, not_screened, describe_policy<P>(), "");
}
/// The same in Markdown.
template <Policy P = registry_reading> std::string print_criteria_markdown() {
  return detail::trial_markdown(criteria<P>{}, record_notes, not_screened, describe_policy<P>(), "");
}

/// Screens a record against the criteria under policy P.
template <Policy P = registry_reading, Record R> el::screening_report screen(const R& r, const el::evaluation_context& ctx) {
  return el::screen(criteria<P>{}, r, ctx);
}
/// The eligibility outcome alone.
template <Policy P = registry_reading, Record R> el::screening_outcome test(const R& r, const el::evaluation_context& ctx) {
  return criteria<P>{}.test(r, ctx);
}

} // namespace trialspec::protocols::sakurasky
