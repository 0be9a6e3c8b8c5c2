// trialspec/protocols/n_momentum.hpp - N-MOmentum (NCT02200770: inebilizumab in NMO/NMOSD,
// MedImmune), criterion by criterion.
//
// The record's inclusion criteria (I1-I5) are complete; its exclusion criteria are cut in the
// source after item 3: E4 is encoded with the words that are there ("... or any major episode of
// inf", as an investigator's judgement) and any later exclusion is missing and not invented. The
// printed criteria say so. Each criterion carries its id and the registry wording verbatim; the
// decisions are printed with them (n_momentum/policy.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/n_momentum/design.hpp>
#include <trialspec/protocols/n_momentum/policy.hpp>

#include <string>
#include <string_view>

namespace trialspec::protocols::n_momentum {

namespace el = trialspec::eligibility;

/// "at least one attack requiring rescue therapy in the last year or two attacks requiring rescue
/// therapy in the last 2 years" (N1).
using rescue_history = el::any_of<el::rescue_treated_in_last<1, years{1}>, el::rescue_treated_in_last<2, years{2}>>;

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  using i1 = el::named<"I1", "Men and women 18 years or older with diagnosis of NMO/NMOSD",
                       el::all_of<el::age_at_least<18>, el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>>>;
  // I2 (N1, N2)
  using i2a = el::named<"I2a",
                        "AQP4-IgG sero-positive NMO/NMOSD with at least one attack requiring rescue therapy in the last year or two "
                        "attacks requiring rescue therapy in the last 2 years",
                        el::all_of<el::aqp4_igg_is<aqp4_status::positive>, el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>,
                                   rescue_history>>;
  using i2b = el::named<"I2b",
                        "AQP4-IgG sero-negative NMO with at least one attack requiring rescue therapy in the last year or two attacks "
                        "requiring rescue therapy in the last 2 years",
                        el::all_of<el::aqp4_igg_is<aqp4_status::negative>, el::diagnosis_is<diagnosis_kind::nmo>, rescue_history>>;
  using i2 = el::named<"I2", "Confirmation of NMO/NMOSD status:", el::any_of<i2a, i2b>>;
  // I3 (N3)
  using i3 = el::named<"I3", "Able and willing to give written informed consent and comply with the requirements of the study protocol.",
                       el::all_of<el::able_to_consent,
                                  el::investigator_judgement<"NCT02200770.I3", "willing to give written informed consent and comply with "
                                                                               "the requirements of the study protocol">>>;
  // I4 (N4)
  using i4 = el::named<"I4", "EDSS <= 7.5 (8 in special circumstances)",
                       el::any_of<el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(15))>,
                                  el::all_of<el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(16))>,
                                             el::investigator_judgement<"NCT02200770.I4", "special circumstances allowing EDSS 8">>>>;
  // I5 (N5)
  using i5 = el::named<"I5",
                       "Men and women of reproductive potential must agree to use a highly effective method of birth control from "
                       "screening to 6 months after final dose of the investigational product.",
                       el::any_of<el::not_<el::of_childbearing_potential>, el::uses_effective_contraception>>;
  // E1 (N6)
  using e1 = el::named<"E1", "Lactating and pregnant females", el::any_of<el::lactating, el::pregnant<false>>>;
  // E2 (N7)
  using e2 = el::named<"E2", "Treatment with any investigational agent within 4 weeks of screening",
                       el::agent_exposure<el::agent_set{therapy_agent::investigational}, within_before(weeks{4})>>;
  // E3, E4 (N8)
  using e3 = el::named<"E3",
                       "Known history of a severe allergy or reaction to any component of the investigational product formulation or "
                       "history of anaphylaxis following any biologic therapy.",
                       el::investigator_judgement<"NCT02200770.E3", "known history of a severe allergy or reaction to a component of "
                                                                    "the formulation, or anaphylaxis following a biologic therapy">>;
  using e4 = el::named<"E4", "Known active severe bacterial, viral, or other infection or any major episode of inf [cut in the source]",
                       el::investigator_judgement<"NCT02200770.E4", "known active severe bacterial, viral, or other infection (the "
                                                                    "rest of the criterion is cut in the source)">>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5>, el::exclusion<e1, e2, e3, e4>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "inclusion criteria 1-5 complete\n"
    "exclusion criterion 4 is cut in the source after \"any major episode of inf\"; any later exclusion criteria were not visible in any "
    "source and are not encoded\n"
    "primary outcome: registry title not seen; description and time frame from the results overview\n";
/// Registry sentences about conduct after screening.
inline constexpr std::string_view not_screened =
    "I5 birth control \"from screening to 6 months after final dose of the investigational product\" (screening reads the recorded "
    "effective_contraception)\n"
    "I3 \"comply with the requirements of the study protocol\" (asked as the investigator's judgement NCT02200770.I3)\n";

/// The protocol's design under policy P.
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = n_momentum::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = n_momentum::outcomes;
  static constexpr std::string_view reference = "Day 1";
  using windows = n_momentum::windows;
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

} // namespace trialspec::protocols::n_momentum
