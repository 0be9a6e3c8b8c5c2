// trialspec/clinical/relapse.hpp - relapses (attacks): onset, severity and phenotype.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>

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

/// Words and file tokens of each severity (trialspec/enum_names.hpp). Files state `unknown` (not
/// graded) by leaving the key out, so it has no token.
inline constexpr auto relapse_severity_names = name_table<relapse_severity::severe>({
    {relapse_severity::unknown, "unknown", no_token},
    {relapse_severity::mild, "mild"},
    {relapse_severity::moderate, "moderate"},
    {relapse_severity::severe, "severe"},
});
/// Words (also the file tokens) of each phenotype.
inline constexpr auto relapse_phenotype_names = name_table<relapse_phenotype::other>({
    {relapse_phenotype::optic_neuritis, "optic_neuritis"},
    {relapse_phenotype::myelitis, "myelitis"},
    {relapse_phenotype::area_postrema, "area_postrema"},
    {relapse_phenotype::brainstem, "brainstem"},
    {relapse_phenotype::diencephalic, "diencephalic"},
    {relapse_phenotype::cerebral, "cerebral"},
    {relapse_phenotype::other, "other"},
});
constexpr const auto& names_of(relapse_severity) noexcept { return relapse_severity_names; }
constexpr const auto& names_of(relapse_phenotype) noexcept { return relapse_phenotype_names; }
constexpr std::string_view to_string(relapse_severity s) noexcept { return relapse_severity_names.words(s); }
constexpr std::string_view to_string(relapse_phenotype p) noexcept { return relapse_phenotype_names.words(p); }

inline std::ostream& operator<<(std::ostream& os, relapse_severity s) { return os << to_string(s); }
inline std::ostream& operator<<(std::ostream& os, relapse_phenotype p) { return os << to_string(p); }

/// A relapse (attack) as reported: onset date, severity (unknown when not graded), phenotype
/// (absent when not recorded) and whether it was treated with rescue therapy (IV corticosteroids,
/// plasma exchange or IV immunoglobulin; absent when not recorded). The onset may be known only to
/// the month or the year (a partial_date: the days it can be); the relapse criteria answer from
/// every day it can be, while merging reports for rates, time to relapse and the progression
/// search need the day (README, "Imprecise dates").
struct relapse {
  partial_date onset = date{};
  relapse_severity severity = relapse_severity::unknown;
  std::optional<relapse_phenotype> phenotype;
  std::optional<bool> rescue_therapy{};
  friend bool operator==(const relapse&, const relapse&) = default;
};

} // namespace trialspec
