// trialspec/clinical/pregnancy.hpp - pregnancy status at screening.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Pregnancy status. `unknown` is the explicit "not established" (no test, no history); a
/// protocol excluding "pregnant or possibly pregnant" cannot decide on it.
enum class pregnancy_status : std::uint8_t { unknown, not_pregnant, possibly_pregnant, pregnant };

constexpr std::string_view to_string(pregnancy_status s) noexcept {
  switch (s) {
  case pregnancy_status::unknown: return "unknown";
  case pregnancy_status::not_pregnant: return "not pregnant";
  case pregnancy_status::possibly_pregnant: return "possibly pregnant";
  case pregnancy_status::pregnant: return "pregnant";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, pregnancy_status s) { return os << to_string(s); }

} // namespace trialspec
