// trialspec/clinical/conditions.hpp - medical conditions from the history and examination.
#pragma once

#include <trialspec/enum_names.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

/// Kinds of condition eligibility criteria name.
enum class condition_kind : std::uint8_t {
  cardiac_failure,
  renal_failure,
  hepatic_failure,
  allergy,
  brain_tumour,
  neisseria_meningitidis_infection,
  other
};

/// Words and file tokens of each condition kind (trialspec/enum_names.hpp). Files use US spelling
/// (`brain_tumor`).
inline constexpr auto condition_kind_names = name_table<condition_kind::other>({
    {condition_kind::cardiac_failure, "cardiac failure", "cardiac_failure"},
    {condition_kind::renal_failure, "renal failure", "renal_failure"},
    {condition_kind::hepatic_failure, "hepatic failure", "hepatic_failure"},
    {condition_kind::allergy, "allergy"},
    {condition_kind::brain_tumour, "brain tumour", "brain_tumor"},
    {condition_kind::neisseria_meningitidis_infection, "Neisseria meningitidis infection", "neisseria_meningitidis_infection"},
    {condition_kind::other, "other condition", "other"},
});
constexpr const auto& names_of(condition_kind) noexcept { return condition_kind_names; }
constexpr std::string_view to_string(condition_kind k) noexcept { return condition_kind_names.words(k); }
inline std::ostream& operator<<(std::ostream& os, condition_kind k) { return os << to_string(k); }

/// One finding about a condition. `present = false` records that it was looked for and is
/// absent, which differs from a history that does not mention it. `significant` is the
/// investigator's grading; absent when not graded.
struct condition {
  condition_kind kind = condition_kind::other;
  std::string name{};
  bool present = true;
  std::optional<bool> significant{};
  friend bool operator==(const condition&, const condition&) = default;
};

} // namespace trialspec
