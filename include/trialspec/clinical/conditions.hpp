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
  // the MS trials' conditions
  mri_contraindication,
  hepatitis_b_risk,
  pml_findings,
  chronic_infection,
  cancer,
  other_neurological_disorder,
  immune_disease_other_than_ms,
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
    {condition_kind::mri_contraindication, "contraindication to MRI", "mri_contraindication"},
    {condition_kind::hepatitis_b_risk, "risk of hepatitis B reactivation", "hepatitis_b_risk"},
    {condition_kind::pml_findings, "neurological findings consistent with PML", "pml_findings"},
    {condition_kind::chronic_infection, "active, recurrent or chronic infection", "chronic_infection"},
    {condition_kind::cancer, "cancer"},
    {condition_kind::other_neurological_disorder, "other neurological disorder", "other_neurological_disorder"},
    {condition_kind::immune_disease_other_than_ms, "immune disease other than MS", "immune_disease_other_than_ms"},
    {condition_kind::other, "other condition", "other"},
});
constexpr const auto& names_of(condition_kind) noexcept { return condition_kind_names; }
constexpr std::string_view to_string(condition_kind k) noexcept { return condition_kind_names.words(k); }
inline std::ostream& operator<<(std::ostream& os, condition_kind k) { return os << to_string(k); }

/// One finding about a condition. `present = false` records that it was looked for and is
/// absent, which differs from a history that does not mention it. `significant` is the
/// investigator's grading; absent when not graded. `excised_skin_or_cervix_in_situ`, for a cancer
/// only: the cancer is a basal cell or in situ squamous cell carcinoma of the skin or an in situ
/// carcinoma of the cervix that has been excised and resolved (the exception MS trials make);
/// absent when not recorded.
struct condition {
  condition_kind kind = condition_kind::other;
  std::string name{};
  bool present = true;
  std::optional<bool> significant{};
  std::optional<bool> excised_skin_or_cervix_in_situ{};
  friend bool operator==(const condition&, const condition&) = default;
};

} // namespace trialspec
