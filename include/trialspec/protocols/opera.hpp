// trialspec/protocols/opera.hpp - OPERA I (NCT01247324: ocrelizumab vs interferon beta-1a in
// relapsing MS, Hoffmann-La Roche), criterion by criterion.
//
// No criteria text of NCT01247324 itself was found: the criteria are the text of its sister trial
// OPERA II (NCT01412333), which the two share. Its inclusion criteria I1-I4 are complete. Its
// exclusion criteria are garbled at E2 (cut before the EDSS threshold) and cut at E6 ("systemic
// corticosteroids or i"); later exclusions were not visible in any source and are not invented.
// E2 and E6 are encoded with the words that are there, as the policy says (opera/policy.hpp),
// and the printed criteria say where the record is cut.
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
#include <trialspec/eligibility/criteria/ms_diagnosis.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/opera/design.hpp>
#include <trialspec/protocols/opera/policy.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::opera {

namespace el = trialspec::eligibility;
using trialspec::literals::operator""_edss;

/// No relapse onset in the 30 days before screening, the screening day included (O4).
using no_relapse_in_30_days = el::relapse_count<el::comparison::equal, 0, within_before(days{30})>;

/// E2 under the ASCLEPIOS threshold (O7): EDSS <= 2.0 excludes with more than 10 years' duration.
using e2_table = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 2.0_edss, el::comparison::greater, 10),
                                              el::edss_row_fixed(el::comparison::greater, 2.0_edss, truth::not_met)>;

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  // O1
  using age = el::named<"Age", "18 years to 55 years (ages field of NCT01412333)", el::age_between<18, 55>>;
  // I1 (O2)
  using mcdonald = std::conditional_t<P::mcdonald == mcdonald_reading::as_written, el::mcdonald_is<mcdonald_version::mcdonald2010>,
                                      el::mcdonald_is<mcdonald_version::mcdonald2010, mcdonald_version::mcdonald2017>>;
  using i1 = el::named<"I1", "Diagnosis of multiple sclerosis, in accordance with the revised McDonald criteria (2010)",
                       el::all_of<el::diagnosis_is<diagnosis_kind::multiple_sclerosis>, mcdonald>>;
  // I2 (O3, O4)
  using single_attack = std::conditional_t<P::single_attack == single_attack_reading::last_year, el::relapses_in_last<1, years{1}>,
                                           el::relapse_count<el::comparison::greater_equal, 1, on_or_before_reference>>;
  using i2 = el::named<"I2",
                       "At least 2 documented clinical attacks within the last 2 years prior to screening or one clinical attack in "
                       "the years prior to screening (but not within 30 days prior to screening)",
                       el::all_of<el::any_of<el::relapses_in_last<2, years{2}>, single_attack>, no_relapse_in_30_days>>;
  // I3 (O4)
  using i3 = el::named<"I3", "Neurologic stability for greater than or equal to (>/=) 30 days prior to both screening and baseline",
                       no_relapse_in_30_days>;
  // I4 (O5)
  using i4 = el::named<"I4", "Expanded Disability Status Scale (EDSS) score 0 to 5.5 inclusive",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(5.5_edss)>>;
  // E1 (O6)
  using e1 = el::named<"E1", "Primary progressive multiple sclerosis", el::ms_course_is<ms_course::ppms>>;
  // E2 (O7)
  using e2_encoding = std::conditional_t<
      P::e2 == e2_reading::record_cut,
      el::investigator_judgement<"NCT01247324.E2", "disease duration of more than 10 years with an EDSS at or below the protocol's "
                                                   "threshold (cut in the source)">,
      e2_table>;
  using e2 = el::named<"E2", "Disease duration of more than 10 years in patients with EDSS score less than or equal to ( [cut in the source]",
                       e2_encoding>;
  // E3, E4 (O8)
  using e3 = el::named<"E3", "Contraindications for MRI", el::has_condition<el::condition_set{condition_kind::mri_contraindication}>>;
  using e4 = el::named<"E4", "Known presence of other neurological disorders which may mimic multiple sclerosis",
                       el::has_condition<el::condition_set{condition_kind::other_neurological_disorder}>>;
  // E5 (O9)
  using e5 = el::named<"E5", "Pregnancy or lactation", el::any_of<el::pregnant<false>, el::lactating>>;
  // E6 (O10)
  using e6 = el::named<"E6", "Requirement for chronic treatment with systemic corticosteroids or i [cut in the source]",
                       el::investigator_judgement<"NCT01247324.E6", "requirement for chronic treatment with systemic corticosteroids "
                                                                    "or i (the rest of the criterion is cut in the source)">>;

  using type = el::eligibility_criteria<el::inclusion<age, i1, i2, i3, i4>, el::exclusion<e1, e2, e3, e4, e5, e6>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;
// That no criterion contradicts another under the registry reading (eligibility/self_check.hpp)
// is checked in tests/static/self_check.cpp, not here, where every includer would pay for it.

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "no criteria text of NCT01247324 itself was found: the criteria are OPERA II's (NCT01412333), which the two trials share\n"
    "inclusion criteria 1-4 complete\n"
    "exclusion criterion 2 is garbled in the source: Record: cut here, after \"less than or equal to (\", before the EDSS threshold "
    "(policy O7)\n"
    "exclusion criterion 6 is cut in the source after \"systemic corticosteroids or i\" (Record: cut here); any later exclusion "
    "criteria were not visible in any source and are not encoded\n"
    "the ocrelizumab arm text is cut in the source; the doses are the brief summary's\n"
    "primary outcome: registry title, description and time frame not seen; the annualized relapse rate from the published "
    "abstract\n";
/// Registry sentences about conduct after screening, which no screening can decide.
inline constexpr std::string_view not_screened = "I3 neurologic stability \"prior to ... baseline\" (screening checks the 30 days before "
                                                 "screening)\n";

/// The protocol's design under policy P (protocol/protocol.hpp).
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = opera::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = opera::outcomes;
  static constexpr std::string_view reference = "Day 1";
  using windows = opera::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text, what the record lacks, what is not screened and the readings.
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

} // namespace trialspec::protocols::opera
