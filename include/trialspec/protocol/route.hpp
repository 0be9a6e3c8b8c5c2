// trialspec/protocol/route.hpp - the route of administration of a dose.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Route of administration.
enum class route : std::uint8_t { oral, intravenous, intramuscular, subcutaneous };

/// "PO", "IV", "IM", "SC" as written on order sheets.
constexpr std::string_view abbreviation(route r) noexcept {
  switch (r) {
  case route::oral: return "PO";
  case route::intravenous: return "IV";
  case route::intramuscular: return "IM";
  case route::subcutaneous: return "SC";
  }
  return "?";
}

inline std::ostream& operator<<(std::ostream& os, route r) { return os << abbreviation(r); }

} // namespace trialspec
