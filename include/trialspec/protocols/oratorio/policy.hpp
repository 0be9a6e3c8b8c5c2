// trialspec/protocols/oratorio/policy.hpp - how ORATORIO's registry text (NCT01194570) is read:
// the decisions its criteria need, with named alternatives where the text allows more than one
// reading.
//
// The registry's disease-duration criterion, "< 15 years if EDSS > 5.0, < 10 years if EDSS >/=
// 5.0", contradicts itself: both conditions hold for EDSS above 5.0. Written as a conditional
// table it does not compile (tests/compile/conditional_table_overlapping_oratorio.fail.cpp);
// the encoding picks one of the two repairs below and prints which.
//
// The default, `registry_reading`, follows the text; derive and override to read it otherwise:
//   struct other_repair : oratorio::registry_reading {
//     static constexpr auto duration = oratorio::duration_reading::first_row_below_5;
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

namespace trialspec::protocols::oratorio {

/// I4: which of the two overlapping conditions is read as mistyped.
enum class duration_reading : std::uint8_t {
  second_row_at_most_5, ///< default: "< 15 years if EDSS > 5.0, < 10 years if EDSS <= 5.0" (the second ">/=" read as "<=")
  first_row_below_5     ///< "< 15 years if EDSS < 5.0, < 10 years if EDSS >= 5.0" (the first ">" read as "<")
};
inline constexpr auto duration_reading_names = name_table<duration_reading::first_row_below_5>({
    {duration_reading::second_row_at_most_5,
     "I4 overlapping conditions: \"< 10 years if EDSS >/= 5.0\" read as \"if EDSS <= 5.0\": < 15 years if EDSS > 5.0, < 10 years if "
     "EDSS <= 5.0 (version C's row a) keeps \"> 5.0\" for 15 years; its row b) is cut)",
     "second-row"},
    {duration_reading::first_row_below_5,
     "I4 overlapping conditions: \"< 15 years if EDSS > 5.0\" read as \"if EDSS < 5.0\": < 15 years if EDSS < 5.0, < 10 years if "
     "EDSS >= 5.0",
     "first-row"},
});
constexpr const auto& names_of(duration_reading) noexcept { return duration_reading_names; }
constexpr std::string_view to_string(duration_reading r) noexcept { return duration_reading_names.words(r); }

/// Version C (the protocol-style list) items that the registry list (version B) lacks: C1
/// (consent and compliance) and C5 (pyramidal FS grade due to lower-limb findings).
enum class protocol_items : std::uint8_t {
  included,     ///< default: screened with the registry's criteria (the protocol's own list)
  registry_only ///< the registry list alone
};
inline constexpr auto protocol_items_names = name_table<protocol_items::registry_only>({
    {protocol_items::included, "version C items C1 and C5 (not in the registry list) are screened as inclusion criteria", "included"},
    {protocol_items::registry_only, "version C items C1 and C5 are not screened (the registry list alone)", "registry-only"},
});
constexpr const auto& names_of(protocol_items) noexcept { return protocol_items_names; }
constexpr std::string_view to_string(protocol_items r) noexcept { return protocol_items_names.words(r); }

/// The default reading.
struct registry_reading {
  static constexpr duration_reading duration = duration_reading::second_row_at_most_5;
  static constexpr protocol_items version_c = protocol_items::included;
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::duration)>, duration_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::version_c)>, protocol_items>;
};
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("R1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += trialspec::detail::cat("R1 the criteria are the registry's 2011 list (version B: I1-I5, E1-E8, complete); the current registry wording (version A) "
       "says the same in other words and is cut after six items; ",
       to_string(P::version_c), "\n");
  s += "R2 I1 \"Adult patients, 18-55 years of age\": age at screening 18 to 55 inclusive\n";
  s += "R3 I2 \"according to revised McDonald criteria\": a recorded diagnosis of MS with course PPMS, made with the McDonald 2005 or "
       "2010 revision (both were \"revised\" criteria when the list was written; version C names 2005)\n";
  s += "R4 I3 \"EDSS 3 to 6.5 points\": the latest EDSS on or before screening from 3.0 to 6.5 inclusive\n";
  s += trialspec::detail::cat("R5 ", to_string(P::duration),
       "; the EDSS is the latest on or before screening (\"at screening\", version C); duration runs from the recorded first MS "
       "symptoms (diagnosis.first_symptom) to screening, \"less than N years\" meaning the Nth anniversary falls after screening\n");
  s += "R6 I5 \"two methods of contraception\": required of participants of reproductive potential (recorded childbearing_potential); "
       "the record keeps one contraception flag, so the two methods are the investigator's judgement NCT01194570.I5; \"sexually "
       "active\" is not recorded and does not exempt\n";
  s += "R7 E1 \"History of RRMS, SPMS or PRMS at screening\": the MS course recorded at screening is RRMS, SPMS or PRMS (a history of "
       "earlier courses is not recorded)\n";
  s += "R8 E2-E4: the recorded conditions mri_contraindication, other_neurological_disorder and chronic_infection (\"active, recurrent "
       "or chronic infection\"); known = recorded present\n";
  s += "R9 E5 cancer: the recorded condition cancer, except one recorded as an excised and resolved basal cell or in situ squamous "
       "cell carcinoma of the skin or in situ carcinoma of the cervix (excised_skin_or_cervix_in_situ)\n";
  s += "R10 E6 \"Previous treatment with B-cell targeted therapies (e.g. rituximab, ocrelizumab, atacicept, belimumab, or "
       "ofatumumab)\": any course, ever, of the B-cell targeted group (clinical/agents.hpp: those five and inebilizumab); a therapy "
       "history decides only as far back as it is complete (therapies_recorded_since)\n";
  s += "R11 E7 \"lymphocyte trafficking blockers\": natalizumab and fingolimod (the vocabulary's members of the group), with the named "
       "agents (alemtuzumab, anti-CD4, cladribine, cyclophosphamide, mitoxantrone, azathioprine, mycophenolate mofetil, "
       "cyclosporine, methotrexate, total body irradiation, bone marrow transplantation), any course ever\n";
  s += "R12 E8 \"Any concomitant disease that may require chronic treatment with systemic corticosteroids or immunosuppressants\": "
       "the investigator's judgement NCT01194570.E8\n";
  s += "R13 C5 \"Score of >= 2.0 on the FS scale for the pyramidal system that is due to lower extremity findings\": the latest "
       "functional-system assessment on or before screening with a pyramidal grade: grade at least 2 with pyramidal_lower_limb true\n";
  return s;
}

} // namespace trialspec::protocols::oratorio
