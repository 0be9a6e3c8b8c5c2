// trialspec/protocols/asclepios/policy.hpp - how ASCLEPIOS I's registry text (NCT02792218) is
// read: the decisions its criteria need, with the one alternative the text allows (the Gd dose).
//
// The default, `registry_reading`, follows the text; derive and override to read it otherwise:
//   struct single_dose_scans : asclepios::registry_reading {
//     static constexpr eligibility::dose_set gd_doses{gd_dose::single};
//   };
// describe_policy<P>() prints every decision (fixed ones too) with the criteria.
#pragma once

#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <string>
#include <type_traits>

namespace trialspec::protocols::asclepios {

/// The default reading. `gd_doses`: the contrast doses of a scan that counts for I4 (the text
/// gives none).
struct registry_reading {
  static constexpr eligibility::dose_set gd_doses = eligibility::any_gd_dose;
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires { requires std::same_as<std::remove_cv_t<decltype(P::gd_doses)>, eligibility::dose_set>; };
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("A1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += "A1 I1 \"18 to 55 years of age\": age at screening 18 to 55 inclusive\n";
  s += "A2 I2 \"Diagnosis of multiple sclerosis\": the recorded diagnosis is MS (the text names no McDonald revision, so any is "
       "accepted)\n";
  s += "A3 I3 \"Relapsing MS: RRMS or SPMS\" and E1 \"Primary progressive MS\": the MS course recorded at screening (rrms or spms; "
       "ppms for E1); a PRMS course meets neither I3 nor E1\n";
  s += trialspec::detail::cat("A4 I4 \"At least 1 relapse during the previous 1 year or 2 relapses during the previous 2 years or a positive "
       "gadolinium-enhancing MRI scan in previous year\": any of (at least 1 relapse in the year before screening), (at least 2 "
       "in the 2 years before screening), (a scan in the year before screening with at least 1 Gd-enhancing lesion, of dose ",
       eligibility::join_words(P::gd_doses, gd_dose::triple),
       "); windows are the closed intervals [screening - N, screening]; relapses as recorded, reports less than 30 days apart "
       "merged into one attack (the library's default)\n");
  s += "A5 I5 \"EDSS score of 0 to 5.5\": the latest EDSS on or before screening at most 5.5 (0 is the scale's floor; no "
       "look-back limit)\n";
  s += "A6 E2 \"Disease duration of more than 10 years in patients with an EDSS score of 2 or less\": a conditional table over the "
       "latest EDSS on or before screening: EDSS <= 2.0 requires a duration from the first MS symptoms (diagnosis.first_symptom) "
       "of more than 10 years (the 10th anniversary before screening) to exclude; EDSS > 2.0 never excludes by E2 (the text sets "
       "nothing there); without an EDSS, E2 is decided only when both rows agree\n";
  s += "A7 E3 \"an active chronic disease of the immune system other than MS\": the recorded condition "
       "immune_disease_other_than_ms (present = active)\n";
  s += "A8 E4 \"at risk of developing or having reactivation of hepatitis\": the recorded condition hepatitis_b_risk stands for it "
       "(the text says hepatitis without naming the virus; the record keeps one finding)\n";
  s += "A9 E5 \"active systemic infections or ... neurological findings consistent with PML\": active systemic infection is the "
       "investigator's judgement NCT02792218.E5 (no record item says \"active systemic\"); PML findings are the recorded condition "
       "pml_findings\n";
  return s;
}

} // namespace trialspec::protocols::asclepios
