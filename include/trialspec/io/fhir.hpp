// trialspec/io/fhir.hpp - reads HL7 FHIR R4 JSON bundles, one per patient, into trialspec::patient.
//
// Opt-in: this header needs nlohmann_json (Debian nlohmann-json3-dev, header-only); nothing else
// in the library includes it.
//
// Input: one Bundle per patient, of type collection, transaction or searchset (as Synthea writes
// them: entry[].fullUrl, entry[].resource), holding exactly one Patient. load_fhir reads a bundle
// file, a directory of them (its .json, .ndjson and .jsonl files in name order) or a stream of
// bundles one per line (.ndjson, .jsonl, or "-" for standard input). The record's id is Patient.id;
// two bundles with the same Patient.id are an error.
//
// What becomes what is a fhir_mapping: plain tables of codes with defaults (see the struct), that
// a user copies and changes (adds product-level RxNorm codes, maps a local code system, declares
// which lists are complete). The defaults:
//   Patient.birthDate -> birth_date, Patient.gender (male|female|other; unknown: not recorded) -> sex;
//   Condition SNOMED 25044007 / ICD-10 G36.0 -> diagnosis NMOSD, SNOMED 24700007 / ICD-10 G35 -> MS;
//   Observation SNOMED 273554001 (Kurtzke EDSS), valueQuantity -> an EDSS assessment;
//   Observation LOINC 68548-7, 63439-4 (AQP4-IgG) -> diagnosis.aqp4_igg (positive when any result
//     is positive, else negative when one is negative);
//   Observation LOINC 85354-9 with components 8480-6 / 8462-4 -> a blood pressure reading;
//   Observation LOINC 82810-3 with SNOMED 77386006 / 60001007 -> pregnancy (the latest);
//   MedicationStatement / MedicationRequest / MedicationAdministration with an RxNorm ingredient or
//     ATC code of fhir_mapping::therapies -> a therapy course of that class and agent;
//   Condition or Observation urn:trialspec:fhir#relapse (and #relapse-optic-neuritis, ...) -> a
//     relapse (onset: Condition.onsetDateTime, Observation.effectiveDateTime), graded by SNOMED
//     255604002 / 6736007 / 24484000 (mild / moderate / severe) in Condition.severity or the
//     Observation's valueCodeableConcept;
//   Observation LOINC HIV and tumour-marker codes -> laboratory results, qualitative through
//     valueCodeableConcept (SNOMED positive / negative / ...) or interpretation (v3 POS / NEG / ...);
//   Observation urn:trialspec:fhir#gd-enhancing-lesions[-single-dose|-double-dose|-triple-dose] and
//     #new-t2-lesions, valueInteger -> MRI lesion counts (no standard code exists for them).
//
// Dates: every FHIR date and dateTime goes through one function, fhir_partial_date(). A dateTime
// with a time maps to the calendar date as written, whatever its zone ("2013-03-04T23:30:00-05:00"
// is 2013-03-04, though it is 2013-03-05 in UTC): the clinician's day is the one recorded. A date
// known only to the year or the month ("1995", "2013-03") is read wherever the record takes a
// date: Patient.birthDate, a relapse's onset (Condition onsetDateTime / onsetPeriod.start,
// Observation effective[x]), the effective date of every mapped Observation, the course of a
// medication resource (MedicationRequest.authoredOn, effectiveDateTime, effectivePeriod.start and
// .end) (a partial_date: a question is unknown where the day could change the answer), and the
// dates that choose the latest of several diagnoses (Condition recordedDate, else onsetDateTime)
// and pregnancy statuses: when ones that disagree may each be the latest, the element is left
// unknown and the summary counts it.
//
// Completeness: FHIR does not say that a list is complete. The reader leaves relapses_recorded_since
// and therapies_recorded_since unset and conditions_complete false (an absence proves nothing,
// criteria that need one are unknown), unless the mapping's `complete` hook sets them.
//
// Resources and codes the mapping does not know are counted in a fhir_summary (load_fhir returns
// it), never an error; so are resources that are not findings (a Condition whose
// verificationStatus is refuted or entered-in-error, an Observation or a medication resource
// entered in error, cancelled, not done ...) and mapped resources the record cannot hold (a course
// that stopped on an unrecorded day). A malformed resource, or a value the record's own rules reject, throws fhir_format_error
// naming the bundle, the entry index, the resource type and id, the element path and the value.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>
#include <trialspec/io/cohort_format_error.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/detail/cohort_parser.hpp>
#include <trialspec/io/detail/json_echo.hpp>
#include <trialspec/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iostream>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec::io {

/// Code system URIs the default mapping uses.
namespace fhir_system {
inline constexpr std::string_view snomed = "http://snomed.info/sct";
inline constexpr std::string_view loinc = "http://loinc.org";
inline constexpr std::string_view icd10 = "http://hl7.org/fhir/sid/icd-10";
inline constexpr std::string_view icd10_cm = "http://hl7.org/fhir/sid/icd-10-cm";
inline constexpr std::string_view rxnorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
inline constexpr std::string_view atc = "http://www.whocc.no/atc";
inline constexpr std::string_view interpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
/// This project's own codes, for what no standard code system names (MRI lesion counts, relapses).
inline constexpr std::string_view project = "urn:trialspec:fhir";
} // namespace fhir_system

/// A coding: its system URI and its code.
struct fhir_code {
  std::string system;
  std::string code;
  friend bool operator==(const fhir_code&, const fhir_code&) = default;
};

/// A bundle that breaks FHIR R4 or the record's rules. The message names the bundle (its file, or
/// "FILE:LINE" in a stream), the entry (0-based index, resource type and id), the element path as
/// FHIR writes it ("Observation.valueQuantity.value") and the value:
///   p07.json: entry[4] Observation "edss-2": Observation.valueQuantity.value "5.25": an EDSS ...
/// Ids, paths and values are quoted as cohort_format_error quotes them (cut to max_echoed_chars
/// characters, control characters and malformed bytes escaped).
class fhir_format_error : public invalid_input {
public:
  fhir_format_error(std::string bundle, std::optional<std::size_t> entry, std::string resource_type, std::string resource_id,
                    std::string path, std::string_view value, std::string_view rule)
      : invalid_input(label(bundle, entry, resource_type, resource_id, path), detail::echo_text(value), rule),
        bundle_(std::move(bundle)), entry_(entry), resource_type_(std::move(resource_type)), resource_id_(std::move(resource_id)),
        path_(std::move(path)) {}

  /// The same error, in the bundle named `bundle`.
  fhir_format_error(const fhir_format_error& e, std::string bundle)
      : fhir_format_error(std::move(bundle), e.entry_, e.resource_type_, e.resource_id_, e.path_, e.value(), e.rule(), raw{}) {}

  [[nodiscard]] const std::string& bundle() const noexcept { return bundle_; }
  /// The entry's 0-based index in Bundle.entry, when the error is inside one.
  [[nodiscard]] std::optional<std::size_t> entry() const noexcept { return entry_; }
  [[nodiscard]] const std::string& resource_type() const noexcept { return resource_type_; }
  [[nodiscard]] const std::string& resource_id() const noexcept { return resource_id_; }
  /// The element path, from the resource type ("Observation.valueQuantity.value") or from the
  /// bundle ("Bundle.type").
  [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
  struct raw {};
  // `value` already quoted (cut and escaped).
  fhir_format_error(std::string bundle, std::optional<std::size_t> entry, std::string resource_type, std::string resource_id,
                    std::string path, std::string_view value, std::string_view rule, raw)
      : invalid_input(label(bundle, entry, resource_type, resource_id, path), value, rule), bundle_(std::move(bundle)),
        entry_(entry), resource_type_(std::move(resource_type)), resource_id_(std::move(resource_id)), path_(std::move(path)) {}

  static std::string label(const std::string& bundle, std::optional<std::size_t> entry, const std::string& type,
                           const std::string& id, const std::string& path) {
    std::string s;
    if (!bundle.empty()) s.append(bundle).append(": ");
    if (entry) {
      s.append("entry[").append(std::to_string(*entry)).append("]");
      if (!type.empty()) s.append(" ").append(detail::echo_text(type));
      if (!id.empty()) s.append(" \"").append(detail::echo_text(id)).append("\"");
      s += ": ";
    }
    s += path; // the reader's own words (a key from the input is quoted already)
    return s;
  }

  std::string bundle_;
  std::optional<std::size_t> entry_;
  std::string resource_type_;
  std::string resource_id_;
  std::string path_;
};

/// Parses a FHIR date or dateTime: YYYY, YYYY-MM, YYYY-MM-DD, and
/// YYYY-MM-DDThh:mm:ss[.fff](Z|+hh:mm|-hh:mm), the latter as the calendar date written (the
/// time and zone are checked, then dropped). Anything else throws invalid_input naming the text.
inline partial_date fhir_partial_date(std::string_view text) {
  const std::string_view field = "FHIR date";
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (from + n > text.size()) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  const auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  const std::string expected = "expected a FHIR date YYYY-MM-DD or dateTime YYYY-MM-DDThh:mm:ss with its zone (Z or +hh:mm)";
  if ((text.size() == 4 && digits(0, 4)) || (text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2)))
    return parse_partial_date(text, field);
  if (text.size() < 10) throw invalid_input(field, text, expected);
  const std::string_view day = text.substr(0, 10);
  date d;
  try {
    d = parse_date(day, field);
  } catch (const invalid_input& e) {
    throw invalid_input(field, text, e.rule() == "expected an ISO 8601 date YYYY-MM-DD" ? expected : e.rule());
  }
  if (text.size() == 10) return d;
  // The time: Thh:mm:ss, an optional fraction, then the zone (FHIR requires it with a time).
  if (!(text.size() >= 19 && text[10] == 'T' && digits(11, 2) && text[13] == ':' && digits(14, 2) && text[16] == ':' &&
        digits(17, 2)))
    throw invalid_input(field, text, expected);
  if (number(11, 2) > 23 || number(14, 2) > 59 || number(17, 2) > 60)
    throw invalid_input(field, text, "the time of day must be 00:00:00 to 23:59:60");
  std::size_t at = 19;
  if (at < text.size() && text[at] == '.') {
    std::size_t n = 0;
    while (at + 1 + n < text.size() && digits(at + 1 + n, 1)) ++n;
    if (n == 0) throw invalid_input(field, text, expected);
    at += 1 + n;
  }
  if (at == text.size()) throw invalid_input(field, text, "a dateTime with a time needs its zone (Z or +hh:mm)");
  if (text[at] == 'Z' && at + 1 == text.size()) return d;
  if ((text[at] == '+' || text[at] == '-') && at + 6 == text.size() && digits(at + 1, 2) && text[at + 3] == ':' &&
      digits(at + 4, 2)) {
    if (number(at + 1, 2) > 14 || number(at + 4, 2) > 59) throw invalid_input(field, text, "a zone offset must be -14:00 to +14:00");
    return d;
  }
  throw invalid_input(field, text, expected);
}

/// fhir_partial_date for a caller that needs the day: a date known only to the year or month
/// throws invalid_input saying so (the bundle reader itself reads every date with
/// fhir_partial_date).
inline date fhir_date(std::string_view text) {
  const partial_date d = fhir_partial_date(text);
  if (!d.is_exact())
    throw invalid_input("FHIR date", text,
                        "a date known only to the year or month: fhir_date needs the day (YYYY-MM-DD); fhir_partial_date reads "
                        "the three forms, as the bundle reader does for every date of the record");
  return d.earliest();
}

namespace detail {
/// `text` with every control character escaped as \u00hh and a malformed byte as \xhh, not cut: a
/// summary line quotes codes and types from the input whole. (echo_text, which error messages use,
/// also cuts at max_echoed_chars and writes \n, \t and \r as such.)
inline std::string escaped(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = utf8_sequence(text, i);
    if (n == 0 || b < 0x20 || b == 0x7F) {
      out.append(n == 0 ? "\\x" : "\\u00").push_back(hex[b >> 4]);
      out.push_back(hex[b & 0xF]);
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}
} // namespace detail

/// What a reading of FHIR input did not map: counts by resource type, by code, and by reason.
/// The keys name what the user can act on: "Encounter", "Observation http://loinc.org|8302-6",
/// "Condition verificationStatus refuted".
struct fhir_summary {
  std::size_t bundles = 0;
  std::size_t resources = 0;
  /// Resources that became part of a record (a Medication read through a reference counts too).
  std::size_t mapped = 0;
  /// Resource types the mapping does not read at all, with their counts.
  std::map<std::string, std::size_t> unmapped_resources;
  /// Codes of resources the mapping reads (Condition, Observation, medications) that match no
  /// table, keyed "Type system|code", with their counts and the first display seen.
  struct code_count {
    std::size_t count = 0;
    std::string display;
  };
  std::map<std::string, code_count> unmapped_codes;
  /// Resources that are not findings (refuted, entered in error, cancelled, not done ...).
  std::map<std::string, std::size_t> not_findings;
  /// Mapped resources the record cannot hold, with the reason.
  std::map<std::string, std::size_t> skipped;

  void merge(const fhir_summary& o) {
    bundles += o.bundles;
    resources += o.resources;
    mapped += o.mapped;
    for (const auto& [k, n] : o.unmapped_resources) unmapped_resources[k] += n;
    for (const auto& [k, c] : o.unmapped_codes) {
      auto& mine = unmapped_codes[k];
      if (mine.count == 0) mine.display = c.display;
      mine.count += c.count;
    }
    for (const auto& [k, n] : o.not_findings) not_findings[k] += n;
    for (const auto& [k, n] : o.skipped) skipped[k] += n;
  }

  /// The summary as text, one count per line, each group in key order.
  void print(std::ostream& os) const {
    std::size_t unmapped = 0, other = 0;
    for (const auto& kv : unmapped_resources) unmapped += kv.second;
    for (const auto& kv : unmapped_codes) unmapped += kv.second.count;
    for (const auto& kv : not_findings) other += kv.second;
    for (const auto& kv : skipped) other += kv.second;
    os << "FHIR input: " << bundles << (bundles == 1 ? " bundle, " : " bundles, ") << resources << " resources: " << mapped
       << " mapped, " << unmapped << " not mapped, " << other << " not findings or skipped\n";
    const auto group = [&](const char* title, const auto& m, auto count_of) {
      if (m.empty()) return;
      os << title << ":\n";
      for (const auto& kv : m) os << "  " << detail::escaped(kv.first) << ": " << count_of(kv.second) << '\n';
    };
    group("resource types not mapped", unmapped_resources, [](std::size_t n) { return std::to_string(n); });
    group("codes not mapped", unmapped_codes, [](const code_count& c) {
      return trialspec::detail::cat(std::to_string(c.count), (c.display.empty() ? std::string() : trialspec::detail::cat(" (", detail::echo_text(c.display), ")")));
    });
    group("not findings", not_findings, [](std::size_t n) { return std::to_string(n); });
    group("skipped", skipped, [](std::size_t n) { return std::to_string(n); });
  }
};

/// The mapping from FHIR codes to the record: tables with documented defaults, each a plain
/// member a user may change. A coding matches an entry when its system and code are equal.
struct fhir_mapping {
  using codes = std::vector<fhir_code>;
  static fhir_code snomed(std::string c) { return {std::string(fhir_system::snomed), std::move(c)}; }
  static fhir_code loinc(std::string c) { return {std::string(fhir_system::loinc), std::move(c)}; }
  static fhir_code icd10(std::string c) { return {std::string(fhir_system::icd10), std::move(c)}; }
  static fhir_code icd10_cm(std::string c) { return {std::string(fhir_system::icd10_cm), std::move(c)}; }
  static fhir_code rxnorm(std::string c) { return {std::string(fhir_system::rxnorm), std::move(c)}; }
  static fhir_code atc(std::string c) { return {std::string(fhir_system::atc), std::move(c)}; }
  static fhir_code own(std::string c) { return {std::string(fhir_system::project), std::move(c)}; }
  static fhir_code v3(std::string c) { return {std::string(fhir_system::interpretation), std::move(c)}; }

  struct diagnosis_entry {
    fhir_code code;
    diagnosis_kind kind;
  };
  /// Condition codes that are the recorded diagnosis. SNOMED CT and ICD-10 have one code for
  /// neuromyelitis optica; the IPND 2015 criteria fold NMO into NMOSD, so it maps to NMOSD (a
  /// site that records Wingerchuk 2006 NMO maps it to diagnosis_kind::nmo). When conditions
  /// disagree, the one recorded last (recordedDate, else onsetDateTime; undated ones first) wins
  /// and the summary says so.
  std::vector<diagnosis_entry> diagnoses{
      {snomed("25044007"), diagnosis_kind::nmosd},
      {icd10("G36.0"), diagnosis_kind::nmosd},
      {icd10_cm("G36.0"), diagnosis_kind::nmosd},
      {snomed("24700007"), diagnosis_kind::multiple_sclerosis},
      {icd10("G35"), diagnosis_kind::multiple_sclerosis},
      {icd10_cm("G35"), diagnosis_kind::multiple_sclerosis},
  };
  /// Observation codes of an EDSS assessment (valueQuantity.value: the score).
  codes edss{snomed("273554001")};
  /// Observation codes of an AQP4-IgG test (a qualitative result, see `results`).
  codes aqp4_igg{loinc("68548-7"), loinc("63439-4")};
  /// Observation codes of a blood pressure panel, and its components' codes.
  codes blood_pressure{loinc("85354-9")};
  codes systolic{loinc("8480-6")};
  codes diastolic{loinc("8462-4")};
  /// Observation codes of the pregnancy status, and its values (valueCodeableConcept).
  codes pregnancy{loinc("82810-3")};
  struct pregnancy_entry {
    fhir_code code;
    pregnancy_status status;
  };
  std::vector<pregnancy_entry> pregnancy_values{
      {snomed("77386006"), pregnancy_status::pregnant},
      {snomed("60001007"), pregnancy_status::not_pregnant},
  };

  struct therapy_entry {
    fhir_code code;
    std::string name;
    therapy_class kind;
    std::optional<therapy_agent> agent{};
  };
  /// Medication codes (medicationCodeableConcept, or Medication.code through medicationReference)
  /// of the drugs of NMOSD and MS trials: ATC codes (both the codes before and after the WHO's
  /// 2022-2024 revisions, where a drug moved) and RxNorm ingredient (IN) codes. Product codes (the
  /// RxNorm clinical drugs Synthea writes) are not listed: add them here. A corticosteroid course
  /// takes the agent oral or IV corticosteroid from its route (`oral_route`, `iv_route`).
  std::vector<therapy_entry> therapies = default_therapies();
  codes oral_route{snomed("26643006")};
  codes iv_route{snomed("47625008")};

  struct relapse_entry {
    fhir_code code;
    std::optional<relapse_phenotype> phenotype{};
  };
  /// Condition or Observation codes of a relapse (no standard code names one: this project's own,
  /// one per phenotype).
  std::vector<relapse_entry> relapses{
      {own("relapse")},
      {own("relapse-optic-neuritis"), relapse_phenotype::optic_neuritis},
      {own("relapse-myelitis"), relapse_phenotype::myelitis},
      {own("relapse-area-postrema"), relapse_phenotype::area_postrema},
      {own("relapse-brainstem"), relapse_phenotype::brainstem},
      {own("relapse-diencephalic"), relapse_phenotype::diencephalic},
      {own("relapse-cerebral"), relapse_phenotype::cerebral},
  };
  struct severity_entry {
    fhir_code code;
    relapse_severity severity;
  };
  /// Severity codes (Condition.severity; a relapse Observation's valueCodeableConcept).
  std::vector<severity_entry> severities{
      {snomed("255604002"), relapse_severity::mild},
      {snomed("6736007"), relapse_severity::moderate},
      {snomed("24484000"), relapse_severity::severe},
  };

  struct lab_entry {
    fhir_code code;
    lab_test test;
  };
  /// Observation codes of the qualitative laboratory tests criteria read: HIV screening
  /// (56888-1 HIV 1+2 Ab + HIV 1 p24 Ag, 29893-5 HIV 1 Ab) and tumour markers (quantitative tests
  /// whose interpretation flags them: 2039-6 CEA, 1834-1 AFP, 10334-1 CA 125, 24108-3 CA 19-9).
  std::vector<lab_entry> labs{
      {loinc("56888-1"), lab_test::hiv},          {loinc("29893-5"), lab_test::hiv},
      {loinc("2039-6"), lab_test::tumour_marker}, {loinc("1834-1"), lab_test::tumour_marker},
      {loinc("10334-1"), lab_test::tumour_marker}, {loinc("24108-3"), lab_test::tumour_marker},
  };
  struct result_entry {
    fhir_code code;
    lab_outcome outcome;
  };
  /// Qualitative results in valueCodeableConcept (AQP4-IgG and laboratory tests).
  std::vector<result_entry> results{
      {snomed("10828004"), lab_outcome::positive},  {snomed("260373001"), lab_outcome::positive},
      {snomed("260385009"), lab_outcome::negative}, {snomed("260415000"), lab_outcome::negative},
      {snomed("82334004"), lab_outcome::indeterminate}, {snomed("42425007"), lab_outcome::indeterminate},
  };
  /// Results read from Observation.interpretation when there is no valueCodeableConcept: POS, NEG,
  /// IND, and for quantitative markers H / HH / A / AA (above the reference range: positive) and
  /// N (normal: negative).
  std::vector<result_entry> interpretations{
      {v3("POS"), lab_outcome::positive},  {v3("NEG"), lab_outcome::negative}, {v3("IND"), lab_outcome::indeterminate},
      {v3("H"), lab_outcome::positive},    {v3("HH"), lab_outcome::positive},  {v3("A"), lab_outcome::positive},
      {v3("AA"), lab_outcome::positive},   {v3("N"), lab_outcome::negative},
  };

  /// MRI lesion counts (valueInteger, or a whole valueQuantity.value): no standard code exists,
  /// so these are this project's own. An observation of each kind on one date fills one scan.
  struct mri_entry {
    fhir_code code;
    bool gd_enhancing; ///< false: new T2 lesions
    std::optional<gd_dose> dose{};
  };
  std::vector<mri_entry> mri{
      {own("gd-enhancing-lesions"), true},
      {own("gd-enhancing-lesions-single-dose"), true, gd_dose::single},
      {own("gd-enhancing-lesions-double-dose"), true, gd_dose::double_dose},
      {own("gd-enhancing-lesions-triple-dose"), true, gd_dose::triple},
      {own("new-t2-lesions"), false},
  };

  struct condition_entry {
    fhir_code code;
    condition_kind kind;
  };
  /// Condition codes of the comorbidities criteria read (cardiac failure, brain tumour ...).
  /// Empty by default: list the codes your source uses. A listed condition is present
  /// (clinicalStatus is not read: a resolved condition is still in the history).
  std::vector<condition_entry> conditions{};

  /// Called with each patient read and its bundle, after the mapping: where a source knows that
  /// its lists are complete, set relapses_recorded_since, therapies_recorded_since or
  /// conditions_complete here (the default leaves them unset: absence unknown).
  std::function<void(patient&, const nlohmann::ordered_json& bundle)> complete{};

  /// The default therapy table (see `therapies`).
  static std::vector<therapy_entry> default_therapies() {
    using enum therapy_agent;
    constexpr auto is = therapy_class::immunosuppressant;
    constexpr auto im = therapy_class::immunomodulator;
    constexpr auto cs = therapy_class::corticosteroid;
    return {
        // ATC (WHO): codes before and after the 2022-2024 revisions.
        {atc("L01XC02"), "rituximab", is, rituximab},
        {atc("L01FA01"), "rituximab", is, rituximab},
        {atc("L04AA25"), "eculizumab", is, eculizumab},
        {atc("L04AJ01"), "eculizumab", is, eculizumab},
        {atc("L04AJ02"), "ravulizumab", is, ravulizumab},
        {atc("L04AG10"), "inebilizumab", is, inebilizumab},
        {atc("L04AC19"), "satralizumab", is, satralizumab},
        {atc("L04AC07"), "tocilizumab", is, tocilizumab},
        {atc("L01DB07"), "mitoxantrone", is, mitoxantrone},
        {atc("J06BA02"), "IV immunoglobulin", im, ivig},
        {atc("L04AX01"), "azathioprine", is, azathioprine},
        {atc("L04AA06"), "mycophenolic acid", is, mycophenolate_mofetil},
        {atc("L04AX03"), "methotrexate", is, methotrexate},
        {atc("L04AD02"), "tacrolimus", is, tacrolimus},
        {atc("L04AD01"), "ciclosporin", is, cyclosporine},
        {atc("L01AA01"), "cyclophosphamide", is, cyclophosphamide},
        {atc("L03AB07"), "interferon beta-1a", im, interferon_beta},
        {atc("L03AB08"), "interferon beta-1b", im, interferon_beta},
        {atc("L03AB13"), "peginterferon beta-1a", im, interferon_beta},
        {atc("L03AX13"), "glatiramer acetate", im, glatiramer_acetate},
        {atc("L04AA23"), "natalizumab", is, natalizumab},
        {atc("L04AG03"), "natalizumab", is, natalizumab},
        {atc("L04AA27"), "fingolimod", is, fingolimod},
        {atc("L04AE01"), "fingolimod", is, fingolimod},
        {atc("L04AA36"), "ocrelizumab", is, ocrelizumab},
        {atc("L04AG08"), "ocrelizumab", is, ocrelizumab},
        {atc("L04AG12"), "ofatumumab", is, ofatumumab},
        {atc("L04AA31"), "teriflunomide", is, teriflunomide},
        {atc("L04AK02"), "teriflunomide", is, teriflunomide},
        {atc("L04AX07"), "dimethyl fumarate", is, dimethyl_fumarate},
        {atc("L04AA34"), "alemtuzumab", is, alemtuzumab},
        {atc("L04AG06"), "alemtuzumab", is, alemtuzumab},
        {atc("L04AA40"), "cladribine", is, cladribine},
        {atc("L04AA26"), "belimumab", is, belimumab},
        {atc("L04AG04"), "belimumab", is, belimumab},
        {atc("H02AB04"), "methylprednisolone", cs},
        {atc("H02AB06"), "prednisolone", cs},
        {atc("H02AB07"), "prednisone", cs},
        // RxNorm ingredients (IN).
        {rxnorm("121191"), "rituximab", is, rituximab},
        {rxnorm("354770"), "natalizumab", is, natalizumab},
        {rxnorm("7005"), "mitoxantrone", is, mitoxantrone},
        {rxnorm("117055"), "alemtuzumab", is, alemtuzumab},
        {rxnorm("44157"), "cladribine", is, cladribine},
        {rxnorm("712566"), "ofatumumab", is, ofatumumab},
        {rxnorm("1012892"), "fingolimod", is, fingolimod},
        {rxnorm("1373478"), "dimethyl fumarate", is, dimethyl_fumarate},
        {rxnorm("1310520"), "teriflunomide", is, teriflunomide},
        {rxnorm("214582"), "glatiramer acetate", im, glatiramer_acetate},
        {rxnorm("3002"), "cyclophosphamide", is, cyclophosphamide},
        {rxnorm("6851"), "methotrexate", is, methotrexate},
    };
  }
};

namespace detail {

using fhir_json = nlohmann::ordered_json;

/// Reads one bundle into a patient; every error names the bundle, the entry and the path.
class fhir_bundle_reader {
public:
  fhir_bundle_reader(const fhir_json& bundle, const fhir_mapping& m, fhir_summary& s, std::string name)
      : b_(bundle), m_(m), s_(s), name_(std::move(name)) {}

  patient read() {
    try {
      return read_bundle();
    } catch (const nlohmann::json::exception& e) {
      // Not expected (each type is checked before it is converted), but every error names where.
      fail("(bundle)", "", e.what());
    }
  }

private:
  struct where {
    std::optional<std::size_t> entry;
    std::string type;
    std::string id;
  };

  // --- errors ---------------------------------------------------------------------------------
  [[noreturn]] void fail(const std::string& path, std::string_view value, std::string_view rule) const {
    throw fhir_format_error(name_, at_.entry, at_.type, at_.id, path, value, rule);
  }
  [[noreturn]] void fail_value(const std::string& path, const fhir_json& v, std::string_view rule) const {
    fail(path, bounded_text(v), rule);
  }
  /// The path of element `e` of the current resource ("Observation.code").
  [[nodiscard]] std::string path(std::string_view e) const { return trialspec::detail::cat(at_.type, ".", e); }

  // --- JSON access ----------------------------------------------------------------------------
  static const fhir_json* member(const fhir_json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }
  const fhir_json& object(const fhir_json& v, const std::string& at) const {
    if (!v.is_object()) fail_value(at, v, "expected a JSON object");
    return v;
  }
  const std::string* string_at(const fhir_json& obj, const char* key, const std::string& at) const {
    const auto* v = member(obj, key);
    if (!v) return nullptr;
    if (!v->is_string()) fail_value(at, *v, "expected a string");
    return &v->get_ref<const std::string&>();
  }
  std::optional<partial_date> opt_partial_date(const fhir_json& obj, const char* key, const std::string& at) const {
    const auto* v = member(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_string()) fail_value(at, *v, "expected a FHIR date or dateTime string");
    const auto& text = v->get_ref<const std::string&>();
    try {
      return fhir_partial_date(text);
    } catch (const invalid_input& e) {
      fail(at, text, e.rule());
    }
  }

  /// The codings of a CodeableConcept at `at` (checked: an object whose `coding` is an array of
  /// objects with string system and code).
  std::vector<fhir_code> codings(const fhir_json& cc, const std::string& at, std::string* display = nullptr) const {
    object(cc, at);
    std::vector<fhir_code> out;
    const auto* list = member(cc, "coding");
    if (list) {
      if (!list->is_array()) fail_value(trialspec::detail::cat(at, ".coding"), *list, "expected a JSON array");
      for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item = trialspec::detail::cat(at, ".coding[", std::to_string(i), "]");
        const auto& c = object((*list)[i], item);
        const auto* system = string_at(c, "system", trialspec::detail::cat(item, ".system"));
        const auto* code = string_at(c, "code", trialspec::detail::cat(item, ".code"));
        if (display && display->empty())
          if (const auto* d = string_at(c, "display", trialspec::detail::cat(item, ".display"))) *display = *d;
        if (code) out.push_back({system ? *system : std::string(), *code}); // no system: matches no table
      }
    }
    if (display && display->empty())
      if (const auto* t = string_at(cc, "text", trialspec::detail::cat(at, ".text"))) *display = *t;
    return out;
  }
  template <class Entry> static const Entry* find(const std::vector<Entry>& table, const std::vector<fhir_code>& cs) {
    for (const auto& c : cs)
      for (const auto& e : table)
        if (e.code == c) return &e;
    return nullptr;
  }
  static bool any_of(const fhir_mapping::codes& table, const std::vector<fhir_code>& cs) {
    for (const auto& c : cs)
      if (std::find(table.begin(), table.end(), c) != table.end()) return true;
    return false;
  }
  void unmapped_code(const std::vector<fhir_code>& cs, const std::string& display) const {
    std::string key = trialspec::detail::cat(at_.type, " ");
    key += cs.empty() ? std::string("(no coding)") : trialspec::detail::cat(cs.front().system, "|", cs.front().code);
    auto& c = s_.unmapped_codes[key];
    if (c.count == 0) c.display = display;
    ++c.count;
  }
  void not_a_finding(const std::string& why) const { ++s_.not_findings[trialspec::detail::cat(at_.type, " ", why)]; }
  void skip(const std::string& why) const { ++s_.skipped[trialspec::detail::cat(at_.type, ": ", why)]; }

  /// The status at `key` (required in FHIR R4), which must be one of `allowed`.
  std::string status(const fhir_json& r, const char* key, std::initializer_list<std::string_view> allowed) const {
    const auto* v = string_at(r, key, path(key));
    if (!v) fail(path(key), "absent", "required in FHIR R4");
    for (auto a : allowed)
      if (*v == a) return *v;
    std::string list;
    for (auto a : allowed) list.append(list.empty() ? "" : ", ").append(a);
    fail(path(key), *v, trialspec::detail::cat("expected one of ", list));
  }

  // --- the bundle -----------------------------------------------------------------------------
  patient read_bundle() {
    ++s_.bundles;
    object(b_, "Bundle");
    const auto* type = string_at(b_, "resourceType", "Bundle.resourceType");
    if (!type || *type != "Bundle")
      fail("Bundle.resourceType", type ? *type : std::string("absent"), "expected a FHIR Bundle, one per patient");
    const auto* kind = string_at(b_, "type", "Bundle.type");
    if (!kind || (*kind != "collection" && *kind != "transaction" && *kind != "searchset"))
      fail("Bundle.type", kind ? *kind : std::string("absent"), "expected collection, transaction or searchset");
    const auto* entries = member(b_, "entry");
    if (entries && !entries->is_array()) fail_value("Bundle.entry", *entries, "expected a JSON array");
    const fhir_json empty = fhir_json::array();
    const auto& list = entries ? *entries : empty;

    // First the Patient (its id names the record; references to it are checked) and the
    // Medications (read through references).
    std::optional<std::size_t> patient_entry;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = trialspec::detail::cat("Bundle.entry[", std::to_string(i), "]");
      const auto& e = object(list[i], at);
      const auto* r = member(e, "resource");
      if (!r) continue;
      object(*r, trialspec::detail::cat(at, ".resource"));
      const auto* t = string_at(*r, "resourceType", trialspec::detail::cat(at, ".resource.resourceType"));
      if (!t) fail(trialspec::detail::cat(at, ".resource.resourceType"), "absent", "every resource needs its resourceType");
      const auto* full = string_at(e, "fullUrl", trialspec::detail::cat(at, ".fullUrl"));
      const auto* id = string_at(*r, "id", trialspec::detail::cat(at, ".resource.id"));
      if (*t == "Patient") {
        if (patient_entry) {
          at_ = {i, "Patient", id ? *id : std::string()};
          fail("Patient.id", id ? *id : std::string("absent"),
               trialspec::detail::cat("a bundle holds one patient: another Patient is entry[", std::to_string(*patient_entry), "]"));
        }
        patient_entry = i;
        if (full) patient_refs_.push_back(*full);
      } else if (*t == "Medication") {
        if (full) medications_[*full] = r;
        if (id) medications_[trialspec::detail::cat("Medication/", *id)] = r;
        medication_resources_.push_back(r);
      }
    }
    if (!patient_entry) fail("Bundle.entry", trialspec::detail::cat(std::to_string(list.size()), " entries"), "a bundle holds one Patient: none found");

    patient p;
    read_patient(p, *member(list[*patient_entry], "resource"), *patient_entry);
    for (std::size_t i = 0; i < list.size(); ++i) {
      at_ = {};
      const auto* r = member(list[i], "resource");
      if (!r) {
        ++s_.skipped["Bundle.entry without a resource"];
        continue;
      }
      ++s_.resources;
      const auto& t = r->at("resourceType").get_ref<const std::string&>();
      const auto* id = string_at(*r, "id", trialspec::detail::cat("Bundle.entry[", std::to_string(i), "].resource.id"));
      at_ = {i, t, id ? *id : std::string()};
      if (t == "Patient") ++s_.mapped;
      else if (t == "Condition") read_condition(p, *r, i);
      else if (t == "Observation") read_observation(p, *r, i);
      else if (t == "MedicationStatement" || t == "MedicationRequest" || t == "MedicationAdministration") read_medication(p, *r);
      else if (t != "Medication") ++s_.unmapped_resources[t]; // a Medication is read through a reference
    }
    for (const auto* r : medication_resources_) {
      if (used_medications_.contains(r)) ++s_.mapped;
      else ++s_.unmapped_resources["Medication (no reference to it)"];
    }
    finish(p);
    if (m_.complete) m_.complete(p, b_);
    return p;
  }

  void read_patient(patient& p, const fhir_json& r, std::size_t i) {
    const auto* id = string_at(r, "id", "Patient.id");
    at_ = {i, "Patient", id ? *id : std::string()};
    if (!id || id->empty()) fail("Patient.id", id ? "" : "absent", "the record's id is Patient.id: it must be given");
    p.id = *id;
    patient_ref_ = trialspec::detail::cat("Patient/", *id);
    patient_refs_.push_back(patient_ref_);
    p.birth_date = opt_partial_date(r, "birthDate", "Patient.birthDate");
    if (const auto* g = string_at(r, "gender", "Patient.gender")) {
      if (*g == "female") p.sex = sex::female;
      else if (*g == "male") p.sex = sex::male;
      else if (*g == "other") p.sex = sex::other;
      else if (*g != "unknown") fail("Patient.gender", *g, "expected male, female, other or unknown");
    }
  }

  /// Checks that `subject` (when given as a reference) is the bundle's patient.
  void check_subject(const fhir_json& r) const {
    const auto* s = member(r, "subject");
    if (!s) return;
    object(*s, path("subject"));
    const auto* ref = string_at(*s, "reference", path("subject.reference"));
    if (!ref) return;
    for (const auto& mine : patient_refs_)
      if (*ref == mine) return;
    // An absolute URL to the same Patient: ".../Patient/<id>".
    if (ref->size() > patient_ref_.size() && ref->ends_with(patient_ref_) && (*ref)[ref->size() - patient_ref_.size() - 1] == '/')
      return;
    fail(path("subject.reference"), *ref, "refers to another patient than the bundle's Patient");
  }

  /// effective[x] of an Observation (effectiveDateTime, effectivePeriod.start or
  /// effectiveInstant): it may be known only to the month or year.
  partial_date required_partial_effective(const fhir_json& r) const {
    std::optional<partial_date> d = opt_partial_date(r, "effectiveDateTime", path("effectiveDateTime"));
    if (!d)
      if (const auto* period = member(r, "effectivePeriod")) {
        object(*period, path("effectivePeriod"));
        d = opt_partial_date(*period, "start", path("effectivePeriod.start"));
      }
    if (!d) d = opt_partial_date(r, "effectiveInstant", path("effectiveInstant"));
    if (!d) fail(path("effective[x]"), "absent", "the record needs the date of this observation (effectiveDateTime)");
    return *d;
  }

  // --- Condition ------------------------------------------------------------------------------
  void read_condition(patient& p, const fhir_json& r, std::size_t i) {
    check_subject(r);
    if (const auto* vs = member(r, "verificationStatus")) {
      for (const auto& c : codings(*vs, path("verificationStatus"))) {
        const bool ver_status = c.system.empty() || c.system == "http://terminology.hl7.org/CodeSystem/condition-ver-status";
        if (ver_status && (c.code == "refuted" || c.code == "entered-in-error")) {
          not_a_finding(trialspec::detail::cat("verificationStatus ", c.code));
          return;
        }
      }
    }
    const auto* code = member(r, "code");
    std::string display;
    const auto cs = code ? codings(*code, path("code"), &display) : std::vector<fhir_code>{};
    if (const auto* d = find(m_.diagnoses, cs)) {
      ++s_.mapped;
      // The date may be known only to the month or year (see finish()).
      auto when = opt_partial_date(r, "recordedDate", path("recordedDate"));
      if (!when) when = opt_partial_date(r, "onsetDateTime", path("onsetDateTime"));
      diagnoses_.push_back({d->kind, when, i});
      return;
    }
    if (const auto* rel = find(m_.relapses, cs)) {
      ++s_.mapped;
      relapse x;
      // onset[x] may be known only to the month or year (a relapse onset is a partial_date).
      auto onset = opt_partial_date(r, "onsetDateTime", path("onsetDateTime"));
      if (!onset)
        if (const auto* period = member(r, "onsetPeriod")) {
          object(*period, path("onsetPeriod"));
          onset = opt_partial_date(*period, "start", path("onsetPeriod.start"));
        }
      if (!onset) fail(path("onsetDateTime"), "absent", "a relapse needs its onset date");
      x.onset = *onset;
      x.phenotype = rel->phenotype;
      if (const auto* sev = member(r, "severity"))
        if (const auto* e = find(m_.severities, codings(*sev, path("severity")))) x.severity = e->severity;
      p.relapses.push_back(x);
      return;
    }
    if (const auto* k = find(m_.conditions, cs)) {
      ++s_.mapped;
      condition c;
      c.kind = k->kind;
      c.name = display;
      p.conditions.push_back(std::move(c));
      return;
    }
    unmapped_code(cs, display);
  }

  struct diagnosis_candidate {
    diagnosis_kind kind;
    std::optional<partial_date> when;
    std::size_t entry;
  };
  /// Whether `a` is later than `b` whatever days their dates are: a dated one is later than an
  /// undated one, a later day is later, and on the same day (or both undated) the later entry.
  /// Dates known to the month or year that may fall on the same day or either way are neither.
  static bool surely_later(const std::optional<partial_date>& a, std::size_t a_entry, const std::optional<partial_date>& b,
                           std::size_t b_entry) {
    if (a.has_value() != b.has_value()) return a.has_value();
    if (!a) return a_entry > b_entry;
    return a->earliest() > b->latest() || (a->earliest() == b->latest() && a_entry > b_entry);
  }
  /// The value of the candidates that may be the latest (none later than them whatever the days),
  /// when they all give the same one; nullopt when there is none or they disagree.
  template <class Candidate, class Value>
  static std::optional<Value> latest_value(const std::vector<Candidate>& all, Value Candidate::*value,
                                           std::optional<partial_date> Candidate::*when) {
    std::optional<Value> out;
    for (const auto& c : all) {
      bool beaten = false;
      for (const auto& d : all) beaten = beaten || surely_later(d.*when, d.entry, c.*when, c.entry);
      if (beaten) continue;
      if (out && *out != c.*value) return std::nullopt;
      out = c.*value;
    }
    return out;
  }

  // --- Observation ----------------------------------------------------------------------------
  void read_observation(patient& p, const fhir_json& r, std::size_t i) {
    check_subject(r);
    const auto st = status(r, "status", {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                         "entered-in-error", "unknown"});
    const auto* code = member(r, "code");
    std::string display;
    const auto cs = code ? codings(*code, path("code"), &display) : std::vector<fhir_code>{};
    const bool known = any_of(m_.edss, cs) || any_of(m_.aqp4_igg, cs) || any_of(m_.blood_pressure, cs) ||
                       any_of(m_.pregnancy, cs) || find(m_.relapses, cs) || find(m_.labs, cs) || find(m_.mri, cs);
    if (!known) {
      unmapped_code(cs, display);
      return;
    }
    if (st == "cancelled" || st == "entered-in-error" || st == "registered") {
      not_a_finding(trialspec::detail::cat("status ", st));
      return;
    }
    if (any_of(m_.edss, cs)) {
      const partial_date on = required_partial_effective(r);
      const auto* q = member(r, "valueQuantity");
      if (!q) fail(path("valueQuantity"), "absent", "an EDSS assessment needs its score in valueQuantity.value");
      const auto* v = member(object(*q, path("valueQuantity")), "value");
      if (!v) fail(path("valueQuantity.value"), "absent", "an EDSS assessment needs its score");
      if (!v->is_number()) fail_value(path("valueQuantity.value"), *v, "expected a number");
      try {
        p.edss.push_back({on, edss::from_double(v->get<double>())});
      } catch (const invalid_input& e) {
        fail_value(path("valueQuantity.value"), *v, e.rule());
      }
    } else if (any_of(m_.aqp4_igg, cs)) {
      const auto outcome = result(r);
      if (!outcome) return skip("AQP4-IgG without a qualitative result");
      if (*outcome == lab_outcome::positive) aqp4_positive_ = true;
      else if (*outcome == lab_outcome::negative) aqp4_negative_ = true;
      else return skip("AQP4-IgG result indeterminate");
    } else if (any_of(m_.blood_pressure, cs)) {
      if (!read_blood_pressure(p, r)) return;
    } else if (any_of(m_.pregnancy, cs)) {
      const partial_date on = required_partial_effective(r);
      const auto* v = member(r, "valueCodeableConcept");
      const auto* e = v ? find(m_.pregnancy_values, codings(*v, path("valueCodeableConcept"))) : nullptr;
      if (!e) return skip("pregnancy status without a mapped value");
      pregnancies_.push_back({e->status, on, i});
    } else if (const auto* rel = find(m_.relapses, cs)) {
      relapse x;
      x.onset = required_partial_effective(r);
      x.phenotype = rel->phenotype;
      if (const auto* v = member(r, "valueCodeableConcept"))
        if (const auto* e = find(m_.severities, codings(*v, path("valueCodeableConcept")))) x.severity = e->severity;
      p.relapses.push_back(x);
    } else if (const auto* lab = find(m_.labs, cs)) {
      const partial_date on = required_partial_effective(r);
      const auto outcome = result(r);
      if (!outcome) return skip("laboratory result without a qualitative result");
      p.labs.push_back({lab->test, *outcome, on});
    } else if (const auto* mri = find(m_.mri, cs)) {
      read_mri(p, r, *mri);
    }
    ++s_.mapped;
  }

  struct pregnancy_candidate {
    pregnancy_status status;
    std::optional<partial_date> on; // always set: an Observation needs its date
    std::size_t entry;
  };

  /// A qualitative result: valueCodeableConcept, else interpretation.
  std::optional<lab_outcome> result(const fhir_json& r) const {
    if (const auto* v = member(r, "valueCodeableConcept")) {
      if (const auto* e = find(m_.results, codings(*v, path("valueCodeableConcept")))) return e->outcome;
      return std::nullopt;
    }
    if (const auto* list = member(r, "interpretation")) {
      if (!list->is_array()) fail_value(path("interpretation"), *list, "expected a JSON array");
      for (std::size_t k = 0; k < list->size(); ++k)
        if (const auto* e = find(m_.interpretations, codings((*list)[k], path(trialspec::detail::cat("interpretation[", std::to_string(k), "]")))))
          return e->outcome;
    }
    return std::nullopt;
  }

  /// A whole number at `v` (valueInteger, or a valueQuantity.value written as a whole number).
  int whole(const fhir_json& v, const std::string& at, const char* what) const {
    if (!v.is_number()) fail_value(at, v, "expected a number");
    const double x = v.get<double>();
    if (!(x == std::floor(x)) || std::fabs(x) > 1.0e6) fail_value(at, v, std::string("expected a whole number of ") + what);
    return static_cast<int>(x);
  }

  /// False when the panel lacks a value (skipped).
  bool read_blood_pressure(patient& p, const fhir_json& r) {
    const partial_date on = required_partial_effective(r);
    const auto* list = member(r, "component");
    if (list && !list->is_array()) fail_value(path("component"), *list, "expected a JSON array");
    std::optional<int> sys, dia;
    if (list)
      for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string at = trialspec::detail::cat("component[", std::to_string(k), "]");
        const auto& comp = object((*list)[k], path(at));
        const auto* code = member(comp, "code");
        if (!code) continue;
        const auto cs = codings(*code, path(trialspec::detail::cat(at, ".code")));
        const bool is_sys = any_of(m_.systolic, cs), is_dia = any_of(m_.diastolic, cs);
        if (!is_sys && !is_dia) continue;
        const auto* q = member(comp, "valueQuantity");
        if (!q) continue; // a component without a value (dataAbsentReason): not measured
        const auto* v = member(object(*q, path(trialspec::detail::cat(at, ".valueQuantity"))), "value");
        if (!v) continue;
        (is_sys ? sys : dia) = whole(*v, path(trialspec::detail::cat(at, ".valueQuantity.value")), "mmHg");
      }
    if (!sys || !dia) {
      skip("blood pressure panel without both a systolic and a diastolic value");
      return false;
    }
    blood_pressure_reading b{on, *sys, *dia};
    try {
      b.validate();
    } catch (const invalid_input& e) {
      fail(path("component"), trialspec::detail::cat(std::to_string(*sys), "/", std::to_string(*dia)), e.rule());
    }
    p.blood_pressure.push_back(b);
    return true;
  }

  void read_mri(patient& p, const fhir_json& r, const fhir_mapping::mri_entry& kind) {
    const partial_date on = required_partial_effective(r);
    int count = 0;
    if (const auto* i = member(r, "valueInteger")) count = whole(*i, path("valueInteger"), "lesions");
    else if (const auto* q = member(r, "valueQuantity")) {
      const auto* v = member(object(*q, path("valueQuantity")), "value");
      if (!v) fail(path("valueQuantity.value"), "absent", "a lesion count needs its value");
      count = whole(*v, path("valueQuantity.value"), "lesions");
    } else {
      fail(path("value[x]"), "absent", "a lesion count needs its value (valueInteger)");
    }
    if (count < 0) fail(path(member(r, "valueInteger") ? "valueInteger" : "valueQuantity.value"), std::to_string(count),
                        "a lesion count cannot be negative");
    // One scan per date: fill the first scan of that date whose slot is free.
    for (auto& s : p.mri) {
      if (s.on != on) continue;
      if (kind.gd_enhancing && !s.gd_enhancing_lesions && !s.dose) {
        s.gd_enhancing_lesions = count;
        s.dose = kind.dose;
        return;
      }
      if (!kind.gd_enhancing && !s.new_t2_lesions) {
        s.new_t2_lesions = count;
        return;
      }
    }
    mri_scan s;
    s.on = on;
    if (kind.gd_enhancing) {
      s.gd_enhancing_lesions = count;
      s.dose = kind.dose;
    } else {
      s.new_t2_lesions = count;
    }
    p.mri.push_back(s);
  }

  // --- MedicationStatement, MedicationRequest, MedicationAdministration -------------------------
  void read_medication(patient& p, const fhir_json& r) {
    check_subject(r);
    const std::string& t = at_.type;
    std::string st;
    if (t == "MedicationStatement")
      st = status(r, "status", {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"});
    else if (t == "MedicationRequest")
      st = status(r, "status", {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"});
    else
      st = status(r, "status", {"in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped", "unknown"});

    // The drug: medicationCodeableConcept, or the code of the Medication referred to.
    std::string display;
    std::vector<fhir_code> cs;
    if (const auto* cc = member(r, "medicationCodeableConcept")) {
      cs = codings(*cc, path("medicationCodeableConcept"), &display);
    } else if (const auto* ref = member(r, "medicationReference")) {
      const auto* target = string_at(object(*ref, path("medicationReference")), "reference", path("medicationReference.reference"));
      const auto it = target ? medications_.find(*target) : medications_.end();
      if (it == medications_.end()) return skip("medicationReference to no Medication of the bundle");
      used_medications_.insert(it->second);
      if (const auto* code = member(*it->second, "code")) cs = codings(*code, "Medication.code", &display);
    } else {
      fail(path("medication[x]"), "absent", "a medication resource needs medicationCodeableConcept or medicationReference");
    }
    const auto* drug = find(m_.therapies, cs);
    if (!drug) return unmapped_code(cs, display);
    if (st == "entered-in-error" || st == "not-taken" || st == "intended" || st == "cancelled" || st == "draft" || st == "not-done")
      return not_a_finding(trialspec::detail::cat("status ", st));

    // The course.
    std::optional<partial_date> start, end;
    bool ongoing = false;
    std::string start_path;
    if (t == "MedicationRequest") {
      start_path = path("authoredOn");
      start = opt_partial_date(r, "authoredOn", start_path);
      ongoing = st == "active";
    } else {
      start_path = path("effectiveDateTime");
      if (const auto d = opt_partial_date(r, "effectiveDateTime", start_path)) {
        start = d;
        if (t == "MedicationAdministration") end = d; // one administration, one day
        else ongoing = st == "active";
      } else if (const auto* period = member(r, "effectivePeriod")) {
        object(*period, path("effectivePeriod"));
        start_path = path("effectivePeriod.start");
        start = opt_partial_date(*period, "start", start_path);
        end = opt_partial_date(*period, "end", path("effectivePeriod.end"));
        ongoing = !end && (st == "active" || st == "in-progress");
      }
    }
    if (!start) fail(start_path, "absent", "a therapy course needs its start date");
    if (!end && !ongoing) return skip(trialspec::detail::cat("status ", (st.empty() ? std::string("absent") : st), ", course end not recorded"));
    therapy c;
    c.name = drug->name;
    c.kind = drug->kind;
    c.agent = drug->agent;
    c.start = *start;
    c.end = end;
    if (!c.agent && c.kind == therapy_class::corticosteroid) c.agent = corticosteroid_route(r);
    try {
      c.validate();
    } catch (const invalid_input& e) {
      fail(path("effectivePeriod.end"), end ? to_iso(*end) : std::string(), e.rule());
    }
    p.therapies.push_back(std::move(c));
    ++s_.mapped;
  }

  /// Oral or IV corticosteroid, from the route of the dosage (absent when not stated or other).
  std::optional<therapy_agent> corticosteroid_route(const fhir_json& r) const {
    std::vector<std::pair<const fhir_json*, std::string>> dosages;
    if (const auto* d = member(r, "dosage")) {
      if (d->is_array())
        for (std::size_t k = 0; k < d->size(); ++k) dosages.push_back({&(*d)[k], trialspec::detail::cat("dosage[", std::to_string(k), "]")});
      else dosages.push_back({d, "dosage"});
    }
    if (const auto* d = member(r, "dosageInstruction"); d && d->is_array())
      for (std::size_t k = 0; k < d->size(); ++k) dosages.push_back({&(*d)[k], trialspec::detail::cat("dosageInstruction[", std::to_string(k), "]")});
    for (const auto& [d, at] : dosages) {
      const auto* route = member(*d, "route");
      if (!route) continue;
      const auto cs = codings(*route, path(trialspec::detail::cat(at, ".route")));
      if (any_of(m_.oral_route, cs)) return therapy_agent::oral_corticosteroid;
      if (any_of(m_.iv_route, cs)) return therapy_agent::iv_corticosteroid;
    }
    return std::nullopt;
  }

  void finish(patient& p) {
    at_ = {};
    // The latest diagnosis and pregnancy status; when candidates that disagree may each be the
    // latest (dates known to the month or year), the element is left unknown, and counted.
    if (const auto k = latest_value(diagnoses_, &diagnosis_candidate::kind, &diagnosis_candidate::when)) {
      p.diagnosis.kind = *k;
      // One count for each diagnosis that disagrees with the latest read before it.
      const diagnosis_candidate* kept = nullptr;
      for (const auto& c : diagnoses_) {
        if (kept && kept->kind != c.kind) ++s_.skipped["Condition: diagnoses disagree (the latest recorded is kept)"];
        if (!kept || surely_later(c.when, c.entry, kept->when, kept->entry)) kept = &c;
      }
    } else if (!diagnoses_.empty()) {
      ++s_.skipped["Condition: diagnoses disagree and either may be the latest recorded (left unknown)"];
    }
    if (aqp4_positive_) p.diagnosis.aqp4_igg = aqp4_status::positive;
    else if (aqp4_negative_) p.diagnosis.aqp4_igg = aqp4_status::negative;
    if (const auto st = latest_value(pregnancies_, &pregnancy_candidate::status, &pregnancy_candidate::on))
      p.pregnancy = *st;
    else if (!pregnancies_.empty())
      ++s_.skipped["Observation: pregnancy statuses disagree and either may be the latest (left unknown)"];
  }

  const fhir_json& b_;
  const fhir_mapping& m_;
  fhir_summary& s_;
  std::string name_;
  where at_;
  std::vector<std::string> patient_refs_; // the Patient's fullUrl and "Patient/<id>"
  std::string patient_ref_;
  std::map<std::string, const fhir_json*> medications_;
  std::vector<const fhir_json*> medication_resources_;
  std::set<const fhir_json*> used_medications_;
  std::vector<diagnosis_candidate> diagnoses_;
  bool aqp4_positive_ = false, aqp4_negative_ = false;
  std::vector<pregnancy_candidate> pregnancies_;
};

/// The bundle in `text`, parsed strictly (no duplicate keys, bounded nesting; cohort_parser).
inline fhir_json parse_fhir_json(std::string_view text, const std::string& name) {
  try {
    return parse_cohort_document<fhir_json>(text);
  } catch (const cohort_format_error& e) {
    // cohort_parser names a syntax error "cohort JSON" and a broken key by its path.
    throw fhir_format_error(name, std::nullopt, "", "", e.key() == "cohort JSON" ? std::string("JSON") : trialspec::detail::cat("Bundle.", e.key()),
                            e.value(), e.rule());
  } catch (const nlohmann::json::exception& e) {
    throw fhir_format_error(name, std::nullopt, "", "", "JSON", "", e.what());
  }
}

} // namespace detail

/// The patient of one bundle (a parsed FHIR R4 Bundle). `name` names the bundle in errors (its
/// file); `summary`, when given, receives what was not mapped.
inline patient patient_from_fhir(const nlohmann::ordered_json& bundle, const fhir_mapping& mapping = {},
                                 fhir_summary* summary = nullptr, std::string name = {}) {
  fhir_summary local;
  return detail::fhir_bundle_reader(bundle, mapping, summary ? *summary : local, std::move(name)).read();
}

/// The patient of the bundle in `text` (JSON, parsed as strictly as a cohort file).
inline patient parse_fhir_bundle(std::string_view text, const fhir_mapping& mapping = {}, fhir_summary* summary = nullptr,
                                 std::string name = {}) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return patient_from_fhir(detail::parse_fhir_json(text, name), mapping, summary, name);
}

namespace detail {
/// The bundles of `in`, one per line, from position `index` on (see read_fhir_stream).
template <class OnPatient>
void read_fhir_lines(std::istream& in, const std::string& name, const fhir_mapping& mapping, OnPatient& on_patient,
                     fhir_summary& summary, std::size_t& index, id_register& ids) {
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (blank_line(line)) continue;
    const std::string where = trialspec::detail::cat(name, ":", std::to_string(line_no));
    patient p = parse_fhir_bundle(line, mapping, &summary, where);
    if (!ids.insert(p.id)) throw fhir_format_error(where, std::nullopt, "", "", "Patient.id", p.id, "another bundle has the same Patient.id");
    on_patient(std::move(p), index++, where);
  }
  if (in.bad()) throw invalid_input("FHIR input", name, "read error");
}
} // namespace detail

/// Reads bundles from `in`, one per line (blank lines skipped), and calls
/// `on_patient(patient&&, std::size_t index, const std::string& bundle)` for each in order, as
/// soon as it is read. Returns the summary of what was not mapped (`bundles`: the number of
/// patients). Errors name the bundle "NAME:LINE"; Patient ids must differ across the stream.
template <class OnPatient>
fhir_summary read_fhir_stream(std::istream& in, const std::string& name, const fhir_mapping& mapping, OnPatient&& on_patient) {
  fhir_summary summary;
  std::size_t index = 0;
  id_register ids;
  detail::read_fhir_lines(in, name, mapping, on_patient, summary, index, ids);
  return summary;
}

/// Reads FHIR input at `path`: a bundle file (.json), a file of bundles one per line (.ndjson,
/// .jsonl), "-" (standard input, one bundle per line), or a directory whose .json, .ndjson and
/// .jsonl files are read in name order (other files are ignored). Calls
/// `on_patient(patient&&, std::size_t index, const std::string& bundle)` for each patient as it
/// is read, and returns the summary of what was not mapped (`bundles`: the number of patients).
/// Errors are fhir_format_error naming the bundle (two bundles with the same Patient.id too); a
/// path that cannot be read throws invalid_input naming it.
template <class OnPatient> fhir_summary load_fhir(const std::string& path, const fhir_mapping& mapping, OnPatient&& on_patient) {
  fhir_summary summary;
  id_register ids;
  std::size_t index = 0;
  const auto lines = [](std::string_view p) { return p.ends_with(".ndjson") || p.ends_with(".jsonl"); };
  const auto one_file = [&](const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw invalid_input("FHIR file", file, "cannot be opened");
    if (lines(file)) return detail::read_fhir_lines(in, file, mapping, on_patient, summary, index, ids);
    std::ostringstream text;
    text << in.rdbuf();
    patient p = parse_fhir_bundle(text.str(), mapping, &summary, file);
    if (!ids.insert(p.id)) throw fhir_format_error(file, std::nullopt, "", "", "Patient.id", p.id, "another bundle has the same Patient.id");
    on_patient(std::move(p), index++, file);
  };
  if (path == "-") {
    detail::read_fhir_lines(std::cin, "<stdin>", mapping, on_patient, summary, index, ids);
    return summary;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
      const std::string f = e.path().string();
      if (e.is_regular_file() && (f.ends_with(".json") || lines(f))) files.push_back(f);
    }
    if (ec) throw invalid_input("FHIR directory", path, trialspec::detail::cat("cannot be read: ", ec.message()));
    std::sort(files.begin(), files.end());
    for (const auto& f : files) one_file(f);
    return summary;
  }
  one_file(path);
  return summary;
}

} // namespace trialspec::io
