// trialspec/clinical/diagnosis_record.hpp - the recorded diagnosis: NMO, NMOSD or MS, the criteria
// set it was made with, the AQP4-IgG serostatus, and for MS its course, McDonald revision and the
// date of the first symptoms.
//
// This is the label a site records. The diagnostic criteria themselves (Wingerchuk 2006,
// IPND 2015) are computed from clinical data in trialspec/diagnosis/, from the clinical history
// the record may hold next to the label (`history`).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/enum_names.hpp>

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

/// The course of multiple sclerosis as recorded (Lublin and Reingold 1996): relapsing-remitting,
/// secondary progressive, primary progressive, progressive-relapsing.
enum class ms_course : std::uint8_t { rrms, spms, ppms, prms };

/// The revision of the McDonald criteria a diagnosis of MS was made with (Polman et al. 2005,
/// Polman et al. 2011 for "2010", Thompson et al. 2018 for "2017"). A recorded label.
enum class mcdonald_version : std::uint8_t { mcdonald2005, mcdonald2010, mcdonald2017 };

/// Words and file tokens of each MS course.
inline constexpr auto ms_course_names = name_table<ms_course::prms>({
    {ms_course::rrms, "RRMS", "rrms"},
    {ms_course::spms, "SPMS", "spms"},
    {ms_course::ppms, "PPMS", "ppms"},
    {ms_course::prms, "PRMS", "prms"},
});
/// Words and file tokens of each McDonald revision (files write the year: "mcdonald": 2010).
inline constexpr auto mcdonald_version_names = name_table<mcdonald_version::mcdonald2017>({
    {mcdonald_version::mcdonald2005, "McDonald 2005", "2005"},
    {mcdonald_version::mcdonald2010, "McDonald 2010", "2010"},
    {mcdonald_version::mcdonald2017, "McDonald 2017", "2017"},
});
constexpr const auto& names_of(ms_course) noexcept { return ms_course_names; }
constexpr const auto& names_of(mcdonald_version) noexcept { return mcdonald_version_names; }
constexpr std::string_view to_string(ms_course c) noexcept { return ms_course_names.words(c); }
constexpr std::string_view to_string(mcdonald_version v) noexcept { return mcdonald_version_names.words(v); }
inline std::ostream& operator<<(std::ostream& os, ms_course c) { return os << to_string(c); }
inline std::ostream& operator<<(std::ostream& os, mcdonald_version v) { return os << to_string(v); }

/// Words and file tokens of each recorded diagnosis (trialspec/enum_names.hpp).
inline constexpr auto diagnosis_kind_names = name_table<diagnosis_kind::other>({
    {diagnosis_kind::nmo, "NMO", "nmo"},
    {diagnosis_kind::nmosd, "NMOSD", "nmosd"},
    {diagnosis_kind::multiple_sclerosis, "MS", "ms"},
    {diagnosis_kind::other, "other"},
});
/// Words and file tokens of each set of diagnostic criteria.
inline constexpr auto diagnostic_standard_names = name_table<diagnostic_standard::other>({
    {diagnostic_standard::wingerchuk2006, "Wingerchuk 2006", "wingerchuk2006"},
    {diagnostic_standard::ipnd2015, "IPND 2015", "ipnd2015"},
    {diagnostic_standard::other, "other criteria", "other"},
});
/// Words and file tokens of each AQP4-IgG serostatus.
inline constexpr auto aqp4_status_names = name_table<aqp4_status::not_tested>({
    {aqp4_status::positive, "positive"},
    {aqp4_status::negative, "negative"},
    {aqp4_status::not_tested, "not tested", "not_tested"},
});
constexpr const auto& names_of(diagnosis_kind) noexcept { return diagnosis_kind_names; }
constexpr const auto& names_of(diagnostic_standard) noexcept { return diagnostic_standard_names; }
constexpr const auto& names_of(aqp4_status) noexcept { return aqp4_status_names; }
constexpr std::string_view to_string(diagnosis_kind k) noexcept { return diagnosis_kind_names.words(k); }
constexpr std::string_view to_string(diagnostic_standard c) noexcept { return diagnostic_standard_names.words(c); }
constexpr std::string_view to_string(aqp4_status s) noexcept { return aqp4_status_names.words(s); }
inline std::ostream& operator<<(std::ostream& os, diagnosis_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, diagnostic_standard c) { return os << to_string(c); }
inline std::ostream& operator<<(std::ostream& os, aqp4_status s) { return os << to_string(s); }

/// A recorded diagnosis; each part may be absent from the record. The MS parts (course at
/// screening, McDonald revision, date of the first MS symptoms) are read by the MS trials.
struct diagnosis_record {
  std::optional<diagnosis_kind> kind{};
  std::optional<diagnostic_standard> criteria{};
  std::optional<aqp4_status> aqp4_igg{};
  std::optional<trialspec::ms_course> ms_course{};
  std::optional<mcdonald_version> mcdonald{};
  /// The first MS symptoms; may be known only to the month or the year (a partial_date).
  std::optional<partial_date> first_symptom{};
  /// The clinical history the diagnostic criteria read (attacks with their core clinical
  /// characteristic, onset and MRI findings; AQP4-IgG; alternatives excluded), when recorded.
  /// Absent: the criteria computed from it are unknown.
  std::optional<diagnosis::clinical_history> history{};
  friend bool operator==(const diagnosis_record&, const diagnosis_record&) = default;
};

} // namespace trialspec
