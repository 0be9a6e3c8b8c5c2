// trialspec/protocols/champion_nmosd/policy.hpp - how CHAMPION-NMOSD's registry text
// (NCT04201262) is read: the decisions its criteria and its dose need, with an alternative where
// the text allows one.
//
//   struct computed_stability : champion_nmosd::registry_reading {
//     static constexpr auto ist_stability = champion_nmosd::stability_reading::recorded_dose_change;
//   };
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::champion_nmosd {

/// I4: "a stable dosing regimen of adequate duration prior to Screening".
enum class stability_reading : std::uint8_t {
  investigator_judgement, ///< default: "adequate duration" is not defined: the investigator's judgement (recorded answer)
  recorded_dose_change    ///< computed: every ongoing IST course's last dose change before screening
};
inline constexpr auto stability_reading_names = name_table<stability_reading::recorded_dose_change>({
    {stability_reading::investigator_judgement,
     "I4 stable dosing regimen of adequate duration: the investigator's judgement, recorded as NCT04201262.I4", "judgement"},
    {stability_reading::recorded_dose_change, "I4 stable dosing regimen: every ongoing IST course's last dose change (stable_since) before screening",
     "dose-change"},
});
constexpr const auto& names_of(stability_reading) noexcept { return stability_reading_names; }
constexpr std::string_view to_string(stability_reading s) noexcept { return stability_reading_names.words(s); }

/// The default reading.
struct registry_reading {
  static constexpr stability_reading ist_stability = stability_reading::investigator_judgement;
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::ist_stability)>, stability_reading>;
};
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("C1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += "C1 I1 \"a diagnosis of NMOSD as defined by the 2015 international consensus diagnostic criteria\": the recorded diagnosis NMOSD "
       "made with the IPND 2015 criteria, AQP4-IgG positive as recorded\n";
  s += "C2 age: the registry's list has no age criterion; its age field (\"Over 18 Years\") and the EU register's E.3 (\"18 years of age or "
       "older\") give age 18 or older at screening (the record has no consent date)\n";
  s += "C3 I2 \"At least 1 attack or relapse in the last 12 months prior to the Screening Period\": at least 1 recorded relapse in the 12 "
       "months before screening, the screening day included (a single lifetime attack counts, as the EU register's note says)\n";
  s += "C4 I3 EDSS: the latest assessment on or before screening at most 7.0\n";
  s += "C5 I4 supportive IST: corticosteroid (oral), azathioprine, mycophenolate mofetil, methotrexate or tacrolimus (the EU register's "
       "list); a patient on none at screening meets I4\n";
  s += trialspec::detail::cat("C6 ", to_string(P::ist_stability), "\n");
  s += "C7 I5 body weight: the recorded weight, taken as the weight at screening\n";
  s += "C8 I6 \"consistent with local regulations\": the investigator's judgement NCT04201262.I6\n";
  s += "C9 E2 HIV: the latest HIV antibody result on or before screening is positive\n";
  s += "C10 E3 \"Previously or currently treated with a complement inhibitor\": a course of eculizumab or ravulizumab starting on or "
       "before screening; E4, E5 \"use ... within\": a course of the agent overlapping the window\n";
  s += "C11 dose: the registry's arm text is cut before the dose; \"weight-based ... on day 1 and maintenance doses on day 15, then once "
       "every 8 weeks\" is the published abstract's; the weight tiers (loading 2400/2700/3000 mg, maintenance 3000/3300/3600 mg for 40 to "
       "under 60, 60 to under 100, 100 kg or more) are the ravulizumab label's, not the record's\n";
  return s;
}

} // namespace trialspec::protocols::champion_nmosd
