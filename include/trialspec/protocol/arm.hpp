// trialspec/protocol/arm.hpp - the arms of a trial: name, role and interventions with their dose
// schedules.
//
// Roles are the ClinicalTrials.gov arm types. Arms are constexpr data so a protocol type can hold
// them and print them; an intervention points at its dose schedule (a type, dose_schedule.hpp)
// through `&schedule_of<S>`.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace trialspec {

/// The role of an arm (ClinicalTrials.gov "arm type").
enum class arm_role : std::uint8_t { experimental, placebo_comparator, active_comparator, no_intervention };

/// Words and tokens of each role (trialspec/enum_names.hpp).
inline constexpr auto arm_role_names = name_table<arm_role::no_intervention>({
    {arm_role::experimental, "experimental"},
    {arm_role::placebo_comparator, "placebo comparator", "placebo_comparator"},
    {arm_role::active_comparator, "active comparator", "active_comparator"},
    {arm_role::no_intervention, "no intervention", "no_intervention"},
});
constexpr const auto& names_of(arm_role) noexcept { return arm_role_names; }
constexpr std::string_view to_string(arm_role r) noexcept { return arm_role_names.words(r); }
inline std::ostream& operator<<(std::ostream& os, arm_role r) { return os << to_string(r); }

/// The kind of an intervention (ClinicalTrials.gov "intervention type").
enum class intervention_kind : std::uint8_t { biological, drug, procedure, other };

/// Words (also the tokens) of each kind (trialspec/enum_names.hpp).
inline constexpr auto intervention_kind_names = name_table<intervention_kind::other>({
    {intervention_kind::biological, "biological"},
    {intervention_kind::drug, "drug"},
    {intervention_kind::procedure, "procedure"},
    {intervention_kind::other, "other"},
});
constexpr const auto& names_of(intervention_kind) noexcept { return intervention_kind_names; }
constexpr std::string_view to_string(intervention_kind k) noexcept { return intervention_kind_names.words(k); }

/// One intervention: kind, name, a free description and, for a drug given on a schedule, the
/// schedule (`&schedule_of<S>`; null when the protocol gives none, as for a single cell infusion).
struct intervention {
  intervention_kind kind{intervention_kind::other};
  std::string_view name;
  std::string_view description;
  const dose_schedule_ref* schedule = nullptr;
};

/// One arm. `interventions` views a static array (arms are constant data of a protocol type).
struct arm {
  std::string_view name;
  arm_role role{arm_role::experimental};
  std::string_view description;
  std::span<const intervention> interventions;
};

/// "Control group (placebo comparator): Patients ...; interventions: biological: ...", each
/// intervention followed by its schedule in parentheses when it has one.
inline std::string describe(const arm& a) {
  std::string s(a.name);
  s += " (";
  s += to_string(a.role);
  s += ")";
  if (!a.description.empty()) {
    s += ": ";
    s += a.description;
  }
  if (a.interventions.empty()) s += "; no intervention";
  for (std::size_t i = 0; i < a.interventions.size(); ++i) {
    s += i == 0 ? "; interventions: " : ", ";
    s += to_string(a.interventions[i].kind);
    s += ": ";
    s += a.interventions[i].name;
    if (a.interventions[i].schedule) s += trialspec::detail::cat(" (", a.interventions[i].schedule->describe(), ")");
  }
  return s;
}

} // namespace trialspec
