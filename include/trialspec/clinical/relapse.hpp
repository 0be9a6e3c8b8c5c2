// trialspec/clinical/relapse.hpp - relapses (attacks): onset, severity and phenotype.
#pragma once

#include <trialspec/calendar.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Severity of a relapse as recorded. `unknown` means it was not graded (the seed protocol's
/// "moderate-severe" has no grading scale of its own).
enum class relapse_severity : std::uint8_t { unknown, mild, moderate, severe };

/// Clinical phenotype of an attack (the NMOSD core clinical characteristics, plus other).
enum class relapse_phenotype : std::uint8_t {
  optic_neuritis,
  myelitis,
  area_postrema,
  brainstem,
  diencephalic,
  cerebral,
  other
};

constexpr std::string_view to_string(relapse_severity s) noexcept {
  switch (s) {
  case relapse_severity::unknown: return "unknown";
  case relapse_severity::mild: return "mild";
  case relapse_severity::moderate: return "moderate";
  case relapse_severity::severe: return "severe";
  }
  return "invalid";
}

constexpr std::string_view to_string(relapse_phenotype p) noexcept {
  switch (p) {
  case relapse_phenotype::optic_neuritis: return "optic_neuritis";
  case relapse_phenotype::myelitis: return "myelitis";
  case relapse_phenotype::area_postrema: return "area_postrema";
  case relapse_phenotype::brainstem: return "brainstem";
  case relapse_phenotype::diencephalic: return "diencephalic";
  case relapse_phenotype::cerebral: return "cerebral";
  case relapse_phenotype::other: return "other";
  }
  return "invalid";
}

inline std::ostream& operator<<(std::ostream& os, relapse_severity s) { return os << to_string(s); }
inline std::ostream& operator<<(std::ostream& os, relapse_phenotype p) { return os << to_string(p); }

/// A relapse (attack) as reported: onset date, severity (unknown when not graded) and phenotype
/// (absent when not recorded).
struct relapse {
  date onset;
  relapse_severity severity = relapse_severity::unknown;
  std::optional<relapse_phenotype> phenotype;
  friend bool operator==(const relapse&, const relapse&) = default;
};

} // namespace trialspec
