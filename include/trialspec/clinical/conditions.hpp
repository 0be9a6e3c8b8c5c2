// trialspec/clinical/conditions.hpp - medical conditions from the history and examination.
#pragma once

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
  other
};

constexpr std::string_view to_string(condition_kind k) noexcept {
  switch (k) {
  case condition_kind::cardiac_failure: return "cardiac failure";
  case condition_kind::renal_failure: return "renal failure";
  case condition_kind::hepatic_failure: return "hepatic failure";
  case condition_kind::allergy: return "allergy";
  case condition_kind::brain_tumour: return "brain tumour";
  case condition_kind::other: return "other condition";
  }
  return "invalid";
}
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
