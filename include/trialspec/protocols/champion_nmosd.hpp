// trialspec/protocols/champion_nmosd.hpp - CHAMPION-NMOSD (NCT04201262: ravulizumab in
// AQP4-IgG-positive NMOSD, Alexion), criterion by criterion.
//
// The registry's full list, inclusion I1-I6 and exclusion E1-E5, is encoded with ids and wording
// verbatim; the age comes from the registry's age field (the list has none). Sentences data cannot
// decide ("adequate duration", "consistent with local regulations") are investigator-judgement
// criteria. E3-E5 form a washout table (printed with the criteria). The decisions are printed with
// the criteria (champion_nmosd/policy.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/background_therapy.hpp>
#include <trialspec/eligibility/criteria/body_weight.hpp>
#include <trialspec/eligibility/criteria/conditions.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/labs.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/champion_nmosd/design.hpp>
#include <trialspec/protocols/champion_nmosd/policy.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::champion_nmosd {

namespace el = trialspec::eligibility;

/// Supportive immunosuppressive therapy (C5).
inline constexpr el::agent_set supportive_ist{therapy_agent::oral_corticosteroid, therapy_agent::azathioprine,
                                              therapy_agent::mycophenolate_mofetil, therapy_agent::methotrexate, therapy_agent::tacrolimus};

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  // Age (C2)
  using age = el::named<"Age", "Over 18 Years (registry age field; EU register E.3: 18 years of age or older)", el::age_at_least<18>>;
  // I1 (C1)
  using i1 = el::named<"I1",
                       "Anti-aquaporin-4 antibody-positive and a diagnosis of NMOSD as defined by the 2015 international consensus "
                       "diagnostic criteria.",
                       el::all_of<el::aqp4_igg_is<aqp4_status::positive>, el::diagnosis_is<diagnosis_kind::nmosd>,
                                  el::diagnosed_with<diagnostic_standard::ipnd2015>>>;
  // I2 (C3)
  using i2 = el::named<"I2", "At least 1 attack or relapse in the last 12 months prior to the Screening Period.",
                       el::relapses_in_last<1, months{12}>>;
  // I3 (C4)
  using i3 = el::named<"I3", "Expanded Disability Status Scale score ≤7.",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(14))>>;
  // I4 (C5, C6)
  using i4_stable = std::conditional_t<
      P::ist_stability == stability_reading::investigator_judgement,
      el::investigator_judgement<"NCT04201262.I4", "on a stable dosing regimen of supportive IST of adequate duration prior to Screening">,
      el::stable_dose<supportive_ist, days{0}>>;
  using i4 = el::named<"I4",
                       "Participants who enter the study receiving supportive immunosuppressive therapy must be on a stable dosing "
                       "regimen of adequate duration prior to Screening.",
                       el::any_of<el::concurrent_agents<supportive_ist, el::comparison::equal, 0>, i4_stable>>;
  // I5 (C7)
  using i5 = el::named<"I5", "Body weight ≥40 kilograms.", el::body_weight_at_least<40>>;
  // I6 (C8)
  using i6 = el::named<"I6",
                       "Contraceptive use by men or women should be consistent with local regulations regarding the methods of "
                       "contraception for those participating in clinical studies.",
                       el::investigator_judgement<"NCT04201262.I6", "contraceptive use consistent with local regulations">>;
  // E1
  using e1 = el::named<"E1", "History of neisseria meningitidis infection.",
                       el::has_condition<el::condition_set{condition_kind::neisseria_meningitidis_infection}>>;
  // E2 (C9)
  using e2 = el::named<"E2", "Human immunodeficiency virus (HIV) infection (evidenced by HIV-1 or HIV-2 antibody titer).",
                       el::lab_result_is<lab_test::hiv, lab_outcome::positive>>;
  // E3-E5 (C10): the washout table.
  using complement_row = el::agent_exposure<el::complement_inhibitors, on_or_before_reference>;
  using anti_cd20_row = el::agent_exposure<el::agent_set{therapy_agent::rituximab, therapy_agent::mitoxantrone}, within_before(months{3})>;
  using ivig_row = el::agent_exposure<el::agent_set{therapy_agent::ivig}, within_before(weeks{3})>;
  using washout = el::washout_table<complement_row, anti_cd20_row, ivig_row>;
  using e3 = el::named<"E3", "Previously or currently treated with a complement inhibitor.", complement_row>;
  using e4 = el::named<"E4", "Use of rituximab or mitoxantrone within 3 months prior to Screening.", anti_cd20_row>;
  using e5 = el::named<"E5", "Use of IV immunoglobulin within 3 weeks prior to Screening.", ivig_row>;

  using type = el::eligibility_criteria<el::inclusion<age, i1, i2, i3, i4, i5, i6>, el::exclusion<e1, e2, e3, e4, e5>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "inclusion I1-I6 and exclusion E1-E5: the registry's full list, all encoded\n"
    "the registry's arm text is cut before the dose and schedule (from the published abstract and the label: policy C11)\n"
    "primary-outcome registry title not seen; sex field blank in the source\n";

/// The protocol's design under policy P.
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = champion_nmosd::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = champion_nmosd::outcomes;
  static constexpr std::string_view reference = "Day 1";
  using windows = champion_nmosd::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text, what the record lacks, the readings and the washout table (E3-E5).
template <Policy P = registry_reading> std::string print_criteria() {
  return detail::trial_text(criteria<P>{}, record_notes, "", describe_policy<P>(), criteria_of<P>::washout::table());
}
/// The same in Markdown.
template <Policy P = registry_reading> std::string print_criteria_markdown() {
  return detail::trial_markdown(criteria<P>{}, record_notes, "", describe_policy<P>(), criteria_of<P>::washout::table());
}

/// Screens a record against the criteria under policy P.
template <Policy P = registry_reading, Record R> el::screening_report screen(const R& r, const el::evaluation_context& ctx) {
  return el::screen(criteria<P>{}, r, ctx);
}
/// The eligibility outcome alone.
template <Policy P = registry_reading, Record R> el::screening_outcome test(const R& r, const el::evaluation_context& ctx) {
  return criteria<P>{}.test(r, ctx);
}

} // namespace trialspec::protocols::champion_nmosd
