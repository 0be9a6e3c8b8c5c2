// trialspec/clinical/sex.hpp - sex as recorded at screening.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Sex as recorded. A record that does not state it holds std::optional<sex>{}.
enum class sex : std::uint8_t { female, male, other };

constexpr std::string_view to_string(sex s) noexcept {
  switch (s) {
  case sex::female: return "female";
  case sex::male: return "male";
  case sex::other: return "other";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, sex s) { return os << to_string(s); }

} // namespace trialspec
