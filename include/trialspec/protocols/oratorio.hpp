// trialspec/protocols/oratorio.hpp - ORATORIO (NCT01194570: ocrelizumab in primary progressive
// MS, Hoffmann-La Roche), criterion by criterion.
//
// Three versions of the criteria were found (see the reference record): the registry's 2011 list
// (version B: I1-I5 and E1-E8, complete), the current registry wording (version A: the same items
// reworded, cut after six), and a protocol-style list (version C: items 1-6, cut in item 6). The
// criteria are version B's, each with its id and wording verbatim; version C's items that B
// lacks (C1 consent, C5 the pyramidal FS criterion) are screened under the default policy. The
// disease-duration criterion I4 is self-contradictory as registered; its reading is a printed
// policy decision (oratorio/policy.hpp), and the table as registered does not compile.
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
#include <trialspec/eligibility/criteria/functional_systems.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/ms_diagnosis.hpp>
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/oratorio/design.hpp>
#include <trialspec/protocols/oratorio/policy.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::oratorio {

namespace el = trialspec::eligibility;
using trialspec::literals::operator""_edss;

/// I4 under each reading (R5). The registry's own table ("> 5.0" and ">= 5.0") overlaps and is
/// rejected at compile time.
using duration_second_row_at_most_5 =
    el::disease_duration_by_edss<el::edss_row(el::comparison::greater, 5.0_edss, el::comparison::less, 15),
                                 el::edss_row(el::comparison::less_equal, 5.0_edss, el::comparison::less, 10)>;
using duration_first_row_below_5 =
    el::disease_duration_by_edss<el::edss_row(el::comparison::less, 5.0_edss, el::comparison::less, 15),
                                 el::edss_row(el::comparison::greater_equal, 5.0_edss, el::comparison::less, 10)>;

/// E7's agents (R11): lymphocyte trafficking blockers and the named agents.
inline constexpr el::agent_set e7_agents =
    el::lymphocyte_trafficking_blockers |
    el::agent_set{therapy_agent::alemtuzumab,           therapy_agent::anti_cd4,     therapy_agent::cladribine,
                  therapy_agent::cyclophosphamide,      therapy_agent::mitoxantrone, therapy_agent::azathioprine,
                  therapy_agent::mycophenolate_mofetil, therapy_agent::cyclosporine, therapy_agent::methotrexate,
                  therapy_agent::total_body_irradiation, therapy_agent::bone_marrow_transplantation};

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  using i1 = el::named<"I1", "Adult patients, 18-55 years of age", el::age_between<18, 55>>;
  // I2 (R3)
  using i2 = el::named<"I2", "Primary Progressive Multiple Sclerosis (according to revised McDonald criteria)",
                       el::all_of<el::diagnosis_is<diagnosis_kind::multiple_sclerosis>, el::ms_course_is<ms_course::ppms>,
                                  el::mcdonald_is<mcdonald_version::mcdonald2005, mcdonald_version::mcdonald2010>>>;
  // I3 (R4)
  using i3 = el::named<"I3", "Expanded Disability Status Scale (EDSS) 3 to 6.5 points",
                       el::all_of<el::edss_latest<el::comparison::greater_equal, el::edss_threshold(3.0_edss)>,
                                  el::edss_latest<el::comparison::less_equal, el::edss_threshold(6.5_edss)>>>;
  // I4 (R5)
  using duration_table = std::conditional_t<P::duration == duration_reading::second_row_at_most_5, duration_second_row_at_most_5,
                                            duration_first_row_below_5>;
  using i4 = el::named<"I4", "Disease duration from onset of MS symptoms < 15 years if EDSS > 5.0, < 10 years if EDSS >/= 5.0",
                       duration_table>;
  // I5 (R6)
  using i5 = el::named<"I5",
                       "Sexually active male and female patients of reproductive potential must use two methods of contraception "
                       "throughout the study treatment phase and for 48 weeks after the last dose",
                       el::any_of<el::not_<el::of_childbearing_potential>,
                                  el::investigator_judgement<"NCT01194570.I5", "uses two methods of contraception">>>;
  // C1, C5 (R1, R13): version C's items the registry list lacks.
  using c1 = el::named<"C1", "Ability to provide written informed consent and to be compliant with the schedule of protocol assessments",
                       el::all_of<el::able_to_consent,
                                  el::investigator_judgement<"NCT01194570.C1", "compliant with the schedule of protocol assessments">>>;
  using c5 = el::named<"C5", "Score of >= 2.0 on the Functional Systems (FS) scale for the pyramidal system that is due to lower "
                             "extremity findings",
                       el::pyramidal_lower_limb_at_least<2>>;
  // E1 (R7)
  using e1 = el::named<"E1", "History of relapsing remitting multiple sclerosis, secondary progressive, or progressive relapsing "
                             "multiple sclerosis at screening",
                       el::ms_course_is<ms_course::rrms, ms_course::spms, ms_course::prms>>;
  // E2-E4 (R8)
  using e2 = el::named<"E2", "Contraindications for Magnetic Resonance Imaging (MRI)",
                       el::has_condition<el::condition_set{condition_kind::mri_contraindication}>>;
  using e3 = el::named<"E3", "Known presence of other neurologic disorders",
                       el::has_condition<el::condition_set{condition_kind::other_neurological_disorder}>>;
  using e4 = el::named<"E4", "Known active infection or history of or presence of recurrent or chronic infection",
                       el::has_condition<el::condition_set{condition_kind::chronic_infection}>>;
  // E5 (R9)
  using e5 = el::named<"E5", "History of cancer, including solid tumors and hematological malignancies (except for basal cell, in situ "
                             "squamous cell carcinomas of the skin and in situ carcinoma of the cervix that have been excised and "
                             "resolved)",
                       el::cancer_history>;
  // E6, E7 (R10, R11): lifetime exclusions.
  using e6 = el::named<"E6", "Previous treatment with B-cell targeted therapies (e.g. rituximab, ocrelizumab, atacicept, belimumab, or "
                             "ofatumumab)",
                       el::agent_exposure<el::b_cell_targeted_agents, on_or_before_reference>>;
  using e7 = el::named<"E7", "Any previous treatment with lymphocyte trafficking blockers, with alemtuzumab, anti-CD4, cladribine, "
                             "cyclophosphamide, mitoxantrone, azathioprine, mycophenolate mofetil, cyclosporine, methotrexate, total "
                             "body irradiation, or bone marrow transplantation",
                       el::agent_exposure<e7_agents, on_or_before_reference>>;
  // E8 (R12)
  using e8 = el::named<"E8", "Any concomitant disease that may require chronic treatment with systemic corticosteroids or "
                             "immunosuppressants during the course of the study",
                       el::investigator_judgement<"NCT01194570.E8", "a concomitant disease that may require chronic treatment with "
                                                                    "systemic corticosteroids or immunosuppressants">>;

  using exclusions = el::exclusion<e1, e2, e3, e4, e5, e6, e7, e8>;
  using type = std::conditional_t<P::version_c == protocol_items::included,
                                  el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5, c1, c5>, exclusions>,
                                  el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5>, exclusions>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;
// That no criterion contradicts another under the registry reading (eligibility/self_check.hpp)
// is checked in tests/static/self_check.cpp, not here, where every includer would pay for it.

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "the registry's 2011 list (version B) is complete: 5 inclusion, 8 exclusion criteria, all encoded\n"
    "the current registry wording (version A) is cut after six items (Record: cut here, at \"Inability to com\"); its items are "
    "version B's I2-I5 and E1 reworded\n"
    "the protocol-style list (version C) is cut in item 6 (Record: cut here, at \"b) less than 10 years i\"); its items 1 and 5, "
    "which version B lacks, are C1 and C5; item 2 names McDonald 2005 (policy R3); items 3, 4 and 6 are I1, I3 and I4\n"
    "I4 as registered overlaps (both conditions hold for EDSS above 5.0): its reading is policy R5\n"
    "primary outcome: registry text not seen; definition from the UT Southwestern study page (symbols garbled in the source)\n";
/// Registry sentences about conduct after screening, which no screening can decide.
inline constexpr std::string_view not_screened =
    "I5 contraception \"throughout the study treatment phase and for 48 weeks after the last dose\"\n"
    "E8 \"during the course of the study\" (asked at screening as the investigator's judgement NCT01194570.E8)\n";

/// The protocol's design under policy P (protocol/protocol.hpp).
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = oratorio::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = oratorio::outcomes;
  static constexpr std::string_view reference = "randomisation";
  using windows = oratorio::windows;
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

} // namespace trialspec::protocols::oratorio
