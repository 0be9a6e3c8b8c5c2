// trialspec/protocols/prevent.hpp - PREVENT (NCT01892345: eculizumab in AQP4-IgG-positive NMOSD,
// Alexion), criterion by criterion.
//
// Every key inclusion (I1-I7) and key exclusion (E1-E3) criterion of the registry's current text
// carries its id, the registry wording verbatim and its encoding; the registry lists only key
// criteria, and all of them are encoded. Where the text leaves a choice the encoding follows a
// Policy (prevent/policy.hpp, printed with the criteria). Sentences data cannot decide are
// investigator-judgement criteria; sentences about conduct after screening ("must have remained
// on that dose for the duration of the study", contraception "during the study and for up to 5
// months following discontinuation") are not screened and are listed as such. The EU register's
// earlier text adds "willing and able to give written informed consent", which the registry's
// current text does not list: not encoded.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/sex.hpp>
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
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/prevent/design.hpp>
#include <trialspec/protocols/prevent/policy.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::prevent {

namespace el = trialspec::eligibility;

/// Immunosuppressive therapy for relapse prevention (P4).
inline constexpr el::agent_set ist{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil, therapy_agent::methotrexate,
                                   therapy_agent::tacrolimus, therapy_agent::oral_corticosteroid};

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  using i1 = el::named<"I1", "Male or female participants ≥ 18 years old.", el::age_at_least<18>>;
  using i2 = el::named<"I2", "Diagnosis of NMO or NMOSD.", el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>>;
  using i3 = el::named<"I3", "AQP4 antibody seropositive.", el::aqp4_igg_is<aqp4_status::positive>>;
  // I4 (P1, P2)
  using i4 = el::named<"I4",
                       "Historical relapse of at least 2 relapses in the last 12 months or 3 relapses in the last 24 months with at "
                       "least 1 relapse in the 12 months prior to the screening.",
                       el::any_of<el::relapses_in_last<2, months{12}>,
                                  el::all_of<el::relapses_in_last<3, months{24}>, el::relapses_in_last<1, months{12}>>>>;
  // I5 (P3)
  using i5 = el::named<"I5", "Expanded Disability Status Scale score ≤ 7.",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(14))>>;
  // I6 (P4, P5)
  using i6_stable = std::conditional_t<
      P::ist_stability == stability_reading::investigator_judgement,
      el::investigator_judgement<"NCT01892345.I6", "on a stable maintenance dose of IST(s), as defined by the treating physician, prior to Screening">,
      el::stable_dose<ist, days{0}>>;
  using i6 = el::named<"I6",
                       "If a participant entered the study receiving immunosuppressive therapy (IST) for relapse prevention, the "
                       "participant must have been on a stable maintenance dose of IST(s), as defined by the treating physician, prior "
                       "to Screening and must have remained on that dose for the duration of the study, unless the participant "
                       "experienced a relapse.",
                       el::any_of<el::concurrent_agents<ist, el::comparison::equal, 0>, i6_stable>>;
  // I7 (P6, P7)
  using i7a = el::named<"I7a",
                        "Female participants of childbearing potential were to have a negative pregnancy test (serum human chorionic "
                        "gonadotropin).",
                        el::any_of<el::not_<el::sex_is<sex::female>>, el::not_<el::of_childbearing_potential>,
                                   el::pregnancy_test_negative<P::pregnancy_test_window>>>;
  using i7b = el::named<"I7b",
                        "Participants were required to practice an effective, reliable, and medically approved contraceptive regimen "
                        "during the study and for up to 5 months following discontinuation of treatment.",
                        el::any_of<el::not_<el::of_childbearing_potential>, el::uses_effective_contraception>>;
  using i7 = el::named<"I7",
                       "Female participants of childbearing potential were to have a negative pregnancy test (serum human chorionic "
                       "gonadotropin). Participants were required to practice an effective, reliable, and medically approved "
                       "contraceptive regimen during the study and for up to 5 months following discontinuation of treatment.",
                       el::all_of<i7a, i7b>>;
  // E1-E3 (P2, P8): one washout table, one row per registry item.
  using rituximab_row = el::agent_exposure<el::agent_set{therapy_agent::rituximab}, within_before(months{3})>;
  using mitoxantrone_row = el::agent_exposure<el::agent_set{therapy_agent::mitoxantrone}, within_before(months{3})>;
  using ivig_row = el::agent_exposure<el::agent_set{therapy_agent::ivig}, within_before(weeks{3})>;
  using washout = el::washout_table<rituximab_row, mitoxantrone_row, ivig_row>;
  using e1 = el::named<"E1", "Use of rituximab within 3 months prior to Screening.", rituximab_row>;
  using e2 = el::named<"E2", "Use of mitoxantrone within 3 months prior to Screening.", mitoxantrone_row>;
  using e3 = el::named<"E3", "Use of intravenous immunoglobulin within 3 weeks prior to Screening.", ivig_row>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5, i6, i7>, el::exclusion<e1, e2, e3>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "the registry lists only key criteria (7 inclusion, 3 exclusion); all are encoded\n"
    "primary outcome: registry title not seen; description and time frame from the results overview\n";
/// Registry sentences about conduct after screening, which no screening can decide.
inline constexpr std::string_view not_screened =
    "I6 \"must have remained on that dose for the duration of the study, unless the participant experienced a relapse\"\n"
    "I7 contraception \"during the study and for up to 5 months following discontinuation of treatment\" (screening reads the "
    "recorded effective_contraception)\n";

/// The protocol's design under policy P (protocol/protocol.hpp).
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = prevent::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = prevent::outcomes;
  static constexpr std::string_view reference = "randomisation";
  using windows = prevent::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text, what the record lacks, what is not screened, the readings of the
/// text and the washout table (E1-E3).
template <Policy P = registry_reading> std::string print_criteria() {
  return detail::trial_text(criteria<P>{}, record_notes, not_screened, describe_policy<P>(), criteria_of<P>::washout::table());
}
/// The same in Markdown.
template <Policy P = registry_reading> std::string print_criteria_markdown() {
  return detail::trial_markdown(criteria<P>{}, record_notes, not_screened, describe_policy<P>(), criteria_of<P>::washout::table());
}

/// Screens a record against the criteria under policy P.
template <Policy P = registry_reading, Record R> el::screening_report screen(const R& r, const el::evaluation_context& ctx) {
  return el::screen(criteria<P>{}, r, ctx);
}
/// The eligibility outcome alone.
template <Policy P = registry_reading, Record R> el::screening_outcome test(const R& r, const el::evaluation_context& ctx) {
  return criteria<P>{}.test(r, ctx);
}

} // namespace trialspec::protocols::prevent
