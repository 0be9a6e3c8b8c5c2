// trialspec/protocols/prevent/policy.hpp - how PREVENT's registry text (NCT01892345) is read: the
// decisions its criteria need, with named alternatives where the text allows more than one
// reading.
//
// The default, `registry_reading`, follows the text; derive and override to read it otherwise:
//   struct computed_stability : prevent::registry_reading {
//     static constexpr auto ist_stability = prevent::stability_reading::recorded_dose_change;
//   };
// describe_policy<P>() prints every decision (fixed ones too) with the criteria.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::prevent {

/// I6: "a stable maintenance dose of IST(s), as defined by the treating physician".
enum class stability_reading : std::uint8_t {
  investigator_judgement, ///< default: as the text says, the treating physician's judgement (recorded answer)
  recorded_dose_change    ///< computed: every ongoing IST course's last dose change before screening
};
inline constexpr auto stability_reading_names = name_table<stability_reading::recorded_dose_change>({
    {stability_reading::investigator_judgement, "I6 stable maintenance dose: the treating physician's judgement, recorded as NCT01892345.I6",
     "judgement"},
    {stability_reading::recorded_dose_change, "I6 stable maintenance dose: every ongoing IST course's last dose change (stable_since) before screening",
     "dose-change"},
});
constexpr const auto& names_of(stability_reading) noexcept { return stability_reading_names; }
constexpr std::string_view to_string(stability_reading s) noexcept { return stability_reading_names.words(s); }

/// The default reading. `pregnancy_test_window` is a decision the registry leaves open (it gives
/// no window for the test).
struct registry_reading {
  static constexpr stability_reading ist_stability = stability_reading::investigator_judgement;
  static constexpr relative_window pregnancy_test_window = within_before(weeks{4});
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::ist_stability)>, stability_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::pregnancy_test_window)>, relative_window>;
};
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("P1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += "P1 I4 \"at least 2 relapses in the last 12 months or 3 relapses in the last 24 months with at least 1 relapse in the 12 months "
       "prior to the screening\": (at least 2 in the 12 months) or (at least 3 in the 24 months and at least 1 in the 12 months); "
       "attaching \"with at least 1 ...\" to both alternatives gives the same patients\n";
  s += "P2 windows \"in the last N months\", \"within N months/weeks prior to Screening\": the N months or weeks before screening, the "
       "screening day included; relapses are counted as recorded (no severity filter)\n";
  s += "P3 I5 EDSS: the latest assessment on or before screening (the registry gives no look-back limit)\n";
  s += "P4 I6 IST for relapse prevention: azathioprine, mycophenolate mofetil, methotrexate, tacrolimus or oral corticosteroid (the "
       "supportive IST CHAMPION-NMOSD's protocol lists; PREVENT's record names none); a patient on none at screening meets I6\n";
  s += trialspec::detail::cat("P5 ", to_string(P::ist_stability), "\n");
  s += trialspec::detail::cat("P6 I7 pregnancy test: required of female participants of childbearing potential; the test ",
       P::pregnancy_test_window.describe("screening"), " (the registry gives no window)\n");
  s += "P7 I7 contraception: required of participants of childbearing (reproductive) potential; the record's "
       "effective_contraception stands for \"an effective, reliable, and medically approved contraceptive regimen\"\n";
  s += "P8 E1-E3 \"use ... within\": a course of the agent overlapping the window (an ongoing course counts)\n";
  return s;
}

} // namespace trialspec::protocols::prevent
