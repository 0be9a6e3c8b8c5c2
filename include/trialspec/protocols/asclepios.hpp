// trialspec/protocols/asclepios.hpp - ASCLEPIOS I (NCT02792218: ofatumumab vs teriflunomide in
// relapsing MS, Novartis), criterion by criterion.
//
// The record lists key criteria: inclusion I1-I5 and exclusion E1-E5, complete as listed, each
// carried with its id, the registry wording verbatim and its encoding. Mirrors of the same list
// end with "Other protocol-defined inclusion/exclusion criteria may apply": those are not in the
// record and are not invented. Where the text leaves a choice the encoding follows a Policy
// (asclepios/policy.hpp, printed with the criteria).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/conditions.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/disease_duration.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/eligibility/criteria/ms_diagnosis.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/asclepios/design.hpp>
#include <trialspec/protocols/asclepios/policy.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>

#include <string>
#include <string_view>

namespace trialspec::protocols::asclepios {

namespace el = trialspec::eligibility;
using trialspec::literals::operator""_edss;

/// E2's table (A6): "more than 10 years in patients with an EDSS score of 2 or less"; above 2.0
/// the text sets nothing, so E2 is not met there.
using e2_table = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 2.0_edss, el::comparison::greater, 10),
                                              el::edss_row_fixed(el::comparison::greater, 2.0_edss, truth::not_met)>;

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  using i1 = el::named<"I1", "18 to 55 years of age", el::age_between<18, 55>>;
  using i2 = el::named<"I2", "Diagnosis of multiple sclerosis (MS)", el::diagnosis_is<diagnosis_kind::multiple_sclerosis>>;
  using i3 = el::named<"I3", "Relapsing MS: relapsing-remitting MS (RRMS) or secondary progressive MS (SPMS)",
                       el::ms_course_is<ms_course::rrms, ms_course::spms>>;
  // I4 (A4)
  using i4 = el::named<"I4",
                       "At least 1 relapse during the previous 1 year or 2 relapses during the previous 2 years or a positive "
                       "gadolinium-enhancing MRI scan in previous year",
                       el::any_of<el::relapses_in_last<1, years{1}>, el::relapses_in_last<2, years{2}>,
                                  el::gd_enhancing_lesions<1, within_before(years{1}), P::gd_doses>>>;
  // I5 (A5)
  using i5 = el::named<"I5", "Expanded disability status scale (EDSS) score of 0 to 5.5",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(5.5_edss)>>;
  using e1 = el::named<"E1", "Primary progressive MS", el::ms_course_is<ms_course::ppms>>;
  // E2 (A6)
  using e2 = el::named<"E2", "Disease duration of more than 10 years in patients with an EDSS score of 2 or less", e2_table>;
  // E3-E5 (A7-A9)
  using e3 = el::named<"E3", "Patients with an active chronic disease of the immune system other than MS",
                       el::has_condition<el::condition_set{condition_kind::immune_disease_other_than_ms}>>;
  using e4 = el::named<"E4", "Patients at risk of developing or having reactivation of hepatitis",
                       el::has_condition<el::condition_set{condition_kind::hepatitis_b_risk}>>;
  using e5 = el::named<"E5", "Patients with active systemic infections or with neurological findings consistent with PML",
                       el::any_of<el::investigator_judgement<"NCT02792218.E5", "active systemic infection">,
                                  el::has_condition<el::condition_set{condition_kind::pml_findings}>>>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5>, el::exclusion<e1, e2, e3, e4, e5>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;
// That no criterion contradicts another under the registry reading (eligibility/self_check.hpp)
// is checked in tests/static/self_check.cpp, not here, where every includer would pay for it.

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "the registry lists key criteria (5 inclusion, 5 exclusion), complete as listed; all are encoded; mirrors add \"Other "
    "protocol-defined inclusion/exclusion criteria may apply\" (not in the record, not encoded); a later, longer criteria version "
    "may exist (the sister trial NCT02792231 shows one, cut in the source)\n"
    "primary outcome: registry title not seen; description and time frame from the results overview\n";
/// Registry sentences about conduct after screening: none in the key criteria.
inline constexpr std::string_view not_screened = "";

/// The protocol's design under policy P (protocol/protocol.hpp).
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = asclepios::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = asclepios::outcomes;
  static constexpr std::string_view reference = "baseline";
  using windows = asclepios::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text, what the record lacks and the readings of the text (E2's
/// conditional table is printed in the criterion's own line).
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

} // namespace trialspec::protocols::asclepios
