// trialspec/protocols/sakurastar.hpp - SAkuraStar (NCT02073279: satralizumab monotherapy in
// NMO/NMOSD, ages 18 to 74), criterion by criterion.
//
// The record gives inclusion criteria 1 to 3 and the start of 4 ("Age 18 to 74 years, inclusive
// at the time", cut in the source), and no exclusion criteria: those are encoded as found, the
// rest is not invented, and the printed criteria say so.
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
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/detail/trial_text.hpp>
#include <trialspec/protocols/sakurastar/design.hpp>
#include <trialspec/protocols/sakurastar/policy.hpp>

#include <string>
#include <string_view>

namespace trialspec::protocols::sakurastar {

namespace el = trialspec::eligibility;

/// The criteria under policy P: each a named criterion (id, registry wording, encoding).
template <Policy P>
struct criteria_of {
  // I1 (T1, T2)
  using i1a = el::named<"I1a",
                        "NMO as defined by Wingerchuk et al. 2006 criteria (requires all of the following 3 criteria: I. Optic neuritis, "
                        "II. Acute myelitis, III. At least two of three supportive criteria: Contiguous spinal cord lesion identified on a "
                        "magnetic resonance imaging [MRI] scan extending over 3 vertebral segments; Brain MRI not meeting diagnostic "
                        "criteria for multiple sclerosis [MS]; NMO-IgG seropositive status)",
                        el::all_of<el::diagnosis_is<diagnosis_kind::nmo>, el::diagnosed_with<diagnostic_standard::wingerchuk2006>>>;
  using i1b = el::named<"I1b",
                        "NMOSD as defined by either of following criteria with anti-aquaporin-4 (AQP4) antibody seropositive status at "
                        "screening: i. Idiopathic single or recurrent events of longitudinally extensive myelitis (=3 vertebral segment "
                        "spinal cord MRI lesion); ii. Optic neuritis, single, recurrent or simultaneous bilateral",
                        el::all_of<el::diagnosis_is<diagnosis_kind::nmosd>, el::aqp4_igg_is<aqp4_status::positive>,
                                   el::investigator_judgement<"NCT02073279.I1b",
                                                              "meets criterion i (idiopathic single or recurrent longitudinally extensive "
                                                              "myelitis, >= 3 vertebral segments) or ii (optic neuritis, single, "
                                                              "recurrent or simultaneous bilateral)">>>;
  using i1 = el::named<"I1",
                       "Participants must be diagnosed as having either neuromyelitis optica (NMO) or NMO spectrum disorder (NMOSD), "
                       "defined as the following:",
                       el::any_of<i1a, i1b>>;
  // I2 (T3)
  using i2 = el::named<"I2", "Clinical evidence of at least 1 documented relapse (including first attack) in last 12 months prior to screening",
                       el::relapses_in_last<1, months{12}>>;
  // I3 (T4)
  using i3 = el::named<"I3", "Expanded Disability Status Scale (EDSS) score from 0 to 6.5 inclusive at screening",
                       el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(13))>>;
  // I4 (T5)
  using i4 = el::named<"I4", "Age 18 to 74 years, inclusive at the time [cut in the source]", el::age_between<18, 74>>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4>, el::exclusion<>>;
};

/// The eligibility criteria under policy P.
template <Policy P = registry_reading> using criteria = typename criteria_of<P>::type;

/// What the registry record lacks.
inline constexpr std::string_view record_notes =
    "inclusion criteria 1-3 and the start of 4 (cut in the source after \"inclusive at the time\"); later inclusion criteria were not "
    "visible in any source and are not encoded\n"
    "exclusion criteria: no text was visible in any source; none are encoded (the trial's own list is not known)\n"
    "the satralizumab arm's text was not visible; the placebo arm's text is cut; primary-outcome title not seen\n";

/// The protocol's design under policy P.
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = sakurastar::criteria<P>;
  static constexpr auto arms = design_arms::arms;
  using outcomes = sakurastar::outcomes;
  static constexpr std::string_view reference = "randomisation";
  using windows = sakurastar::windows;
};
template <Policy P = registry_reading> using protocol = trialspec::protocol<protocol_design<P>>;

/// The criteria as numbered text with what the record lacks and the readings of the text.
template <Policy P = registry_reading> std::string print_criteria() {
  return detail::trial_text(criteria<P>{}, record_notes, "", describe_policy<P>(), "");
}
/// The same in Markdown.
template <Policy P = registry_reading> std::string print_criteria_markdown() {
  return detail::trial_markdown(criteria<P>{}, record_notes, "", describe_policy<P>(), "");
}

/// Screens a record against the criteria under policy P.
template <Policy P = registry_reading, Record R> el::screening_report screen(const R& r, const el::evaluation_context& ctx) {
  return el::screen(criteria<P>{}, r, ctx);
}
/// The eligibility outcome alone.
template <Policy P = registry_reading, Record R> el::screening_outcome test(const R& r, const el::evaluation_context& ctx) {
  return criteria<P>{}.test(r, ctx);
}

} // namespace trialspec::protocols::sakurastar
