// trialspec/clinical/diagnosis_record.hpp - the recorded diagnosis: NMO or NMOSD, the criteria
// set it was made with, and the AQP4-IgG serostatus.
//
// This is the label a site records. The diagnostic criteria themselves (Wingerchuk 2006,
// IPND 2015) are computed from clinical data in trialspec/diagnosis/.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>

namespace trialspec {

/// The recorded demyelinating diagnosis.
enum class diagnosis_kind : std::uint8_t { nmo, nmosd, multiple_sclerosis, other };

/// The published standard (set of diagnostic criteria) the diagnosis was made with: Wingerchuk et
/// al. 2006 (Neurology 66:1485) for NMO, Wingerchuk et al. 2015 (IPND; Neurology 85:177) for
/// NMOSD. A recorded label; the criteria computed from clinical data are diagnosis/'s
/// DiagnosticCriteria.
enum class diagnostic_standard : std::uint8_t { wingerchuk2006, ipnd2015, other };

/// AQP4-IgG serostatus. `not_tested` is an explicit finding ("no assay was done"), different
/// both from `negative` and from a record that says nothing (std::optional<aqp4_status>{}).
enum class aqp4_status : std::uint8_t { positive, negative, not_tested };

constexpr std::string_view to_string(diagnosis_kind k) noexcept {
  switch (k) {
  case diagnosis_kind::nmo: return "NMO";
  case diagnosis_kind::nmosd: return "NMOSD";
  case diagnosis_kind::multiple_sclerosis: return "MS";
  case diagnosis_kind::other: return "other";
  }
  return "invalid";
}
constexpr std::string_view to_string(diagnostic_standard c) noexcept {
  switch (c) {
  case diagnostic_standard::wingerchuk2006: return "Wingerchuk 2006";
  case diagnostic_standard::ipnd2015: return "IPND 2015";
  case diagnostic_standard::other: return "other criteria";
  }
  return "invalid";
}
constexpr std::string_view to_string(aqp4_status s) noexcept {
  switch (s) {
  case aqp4_status::positive: return "positive";
  case aqp4_status::negative: return "negative";
  case aqp4_status::not_tested: return "not tested";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, diagnosis_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, diagnostic_standard c) { return os << to_string(c); }
inline std::ostream& operator<<(std::ostream& os, aqp4_status s) { return os << to_string(s); }

/// A recorded diagnosis; each part may be absent from the record.
struct diagnosis_record {
  std::optional<diagnosis_kind> kind{};
  std::optional<diagnostic_standard> criteria{};
  std::optional<aqp4_status> aqp4_igg{};
  friend bool operator==(const diagnosis_record&, const diagnosis_record&) = default;
};

} // namespace trialspec
