// trialspec/protocols/opera/policy.hpp - how OPERA's registry text (NCT01247324; the criteria text
// is OPERA II's, NCT01412333) is read: the decisions its criteria need, with named alternatives
// where the text allows more than one reading.
//
// The default, `registry_reading`, follows the text; derive and override to read it otherwise:
//   struct with_asclepios_threshold : opera::registry_reading {
//     static constexpr auto e2 = opera::e2_reading::asclepios_threshold;
//   };
// describe_policy<P>() prints every decision (fixed ones too) with the criteria.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::opera {

/// I1 "in accordance with the revised McDonald criteria (2010)".
enum class mcdonald_reading : std::uint8_t {
  as_written, ///< default: a diagnosis recorded as made with McDonald 2010
  or_later    ///< McDonald 2010 or its 2017 revision (records of today)
};
inline constexpr auto mcdonald_reading_names = name_table<mcdonald_reading::or_later>({
    {mcdonald_reading::as_written, "I1 McDonald: a diagnosis made with the 2010 revision, as written", "as-written"},
    {mcdonald_reading::or_later, "I1 McDonald: a diagnosis made with the 2010 revision or the 2017 revision", "or-later"},
});
constexpr const auto& names_of(mcdonald_reading) noexcept { return mcdonald_reading_names; }
constexpr std::string_view to_string(mcdonald_reading r) noexcept { return mcdonald_reading_names.words(r); }

/// I2 "one clinical attack in the years prior to screening".
enum class single_attack_reading : std::uint8_t {
  last_year, ///< default: "in the year prior to screening" (the plural read as a slip)
  any_time   ///< literally "in the years prior": at any time before screening
};
inline constexpr auto single_attack_reading_names = name_table<single_attack_reading::any_time>({
    {single_attack_reading::last_year, "I2 one attack \"in the years prior to screening\": in the year before screening", "last-year"},
    {single_attack_reading::any_time, "I2 one attack \"in the years prior to screening\": at any time before screening", "any-time"},
});
constexpr const auto& names_of(single_attack_reading) noexcept { return single_attack_reading_names; }
constexpr std::string_view to_string(single_attack_reading r) noexcept { return single_attack_reading_names.words(r); }

/// E2 "Disease duration of more than 10 years in patients with EDSS score less than or equal to (",
/// cut in the source before the threshold.
enum class e2_reading : std::uint8_t {
  record_cut,         ///< default: the threshold is not in the record; E2 is the investigator's judgement NCT01247324.E2
  asclepios_threshold ///< the threshold of ASCLEPIOS I's identically worded criterion: EDSS 2.0 (a conditional table)
};
inline constexpr auto e2_reading_names = name_table<e2_reading::asclepios_threshold>({
    {e2_reading::record_cut,
     "E2 threshold cut in the source: E2 is the investigator's judgement NCT01247324.E2 (the site applies the protocol's threshold)",
     "record-cut"},
    {e2_reading::asclepios_threshold,
     "E2 threshold cut in the source: read as ASCLEPIOS I's identically worded criterion, EDSS 2.0 or less (conditional table)",
     "asclepios-threshold"},
});
constexpr const auto& names_of(e2_reading) noexcept { return e2_reading_names; }
constexpr std::string_view to_string(e2_reading r) noexcept { return e2_reading_names.words(r); }

/// The default reading.
struct registry_reading {
  static constexpr mcdonald_reading mcdonald = mcdonald_reading::as_written;
  static constexpr single_attack_reading single_attack = single_attack_reading::last_year;
  static constexpr e2_reading e2 = e2_reading::record_cut;
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::mcdonald)>, mcdonald_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::single_attack)>, single_attack_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::e2)>, e2_reading>;
};
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("O1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += "O1 the criteria text is OPERA II's (NCT01412333), on the statement that OPERA I and II share it; Age: 18 to 55 years inclusive at "
       "screening, from the ages field of OPERA II (the criteria list gives no age)\n";
  s += trialspec::detail::cat("O2 ", to_string(P::mcdonald), "\n");
  s += trialspec::detail::cat("O3 ", to_string(P::single_attack), "; \"documented clinical attacks\" are the recorded relapses, reports less than "
       "30 days apart merged into one attack (the library's default); windows are the closed intervals [screening - N, screening]\n");
  s += "O4 I2 \"(but not within 30 days prior to screening)\" and I3 \"Neurologic stability for >/= 30 days prior to ... screening\": "
       "no relapse onset in the 30 days before screening, the screening day included; the parenthesis is read as applying to the "
       "patient, whichever alternative is met; stability before baseline is not screened\n";
  s += "O5 I4 \"EDSS score 0 to 5.5 inclusive\": the latest EDSS on or before screening at most 5.5\n";
  s += "O6 E1 \"Primary progressive multiple sclerosis\": the MS course recorded at screening is PPMS\n";
  s += trialspec::detail::cat("O7 ", to_string(P::e2), "\n");
  s += "O8 E3 \"Contraindications for MRI\" and E4 \"other neurological disorders which may mimic multiple sclerosis\": the recorded "
       "conditions mri_contraindication and other_neurological_disorder (known = recorded present)\n";
  s += "O9 E5 \"Pregnancy or lactation\": recorded pregnant (a possible pregnancy does not count) or lactating\n";
  s += "O10 E6 \"Requirement for chronic treatment with systemic corticosteroids or i\" (cut in the source): the investigator's "
       "judgement NCT01247324.E6 on the words that are there\n";
  return s;
}

} // namespace trialspec::protocols::opera
