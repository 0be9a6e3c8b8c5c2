// trialspec/clinical/diagnostic_findings.hpp - the clinical history the NMO / NMOSD diagnostic
// criteria are evaluated on: attacks with their phenotype and associated MRI findings, AQP4-IgG
// serostatus, whether alternative diagnoses were excluded, and the findings the 2007 NMO spectrum
// adds (bilateral optic neuritis, optic-spinal MS, systemic autoimmune disease, NMO-typical brain
// lesions).
//
// Clinical vocabulary, so it sits in clinical/ (a recorded diagnosis may carry it,
// clinical/diagnosis_record.hpp); the criteria that judge it are in diagnosis/, a higher layer.
// The names keep their namespace, trialspec::diagnosis.
//
// Everything that may not have been examined is optional: an MRI that was not done is
// `std::nullopt`, never "no lesion", so the criteria can answer unknown instead of not met.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/verdict/truth.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::diagnosis {

/// Serum AQP4-IgG (NMO-IgG) by the best available assay. `not_tested` (or testing unavailable) is
/// not `negative`.
enum class serostatus : std::uint8_t { not_tested, negative, positive };

/// Words and tokens of each serostatus (trialspec/enum_names.hpp).
inline constexpr auto serostatus_names = name_table<serostatus::positive>({
    {serostatus::not_tested, "not tested", "not_tested"},
    {serostatus::negative, "negative"},
    {serostatus::positive, "positive"},
});
constexpr const auto& names_of(serostatus) noexcept { return serostatus_names; }
constexpr std::string_view to_string(serostatus s) noexcept { return serostatus_names.words(s); }
inline std::ostream& operator<<(std::ostream& os, serostatus s) { return os << to_string(s); }

/// One examined finding: `std::nullopt` when it was not examined or not reported, otherwise
/// whether it was present.
using finding = std::optional<bool>;

/// The finding as a three-valued truth: not examined is unknown.
constexpr truth to_truth(const finding& f) noexcept {
  return f ? trialspec::to_truth(*f) : truth::unknown;
}

/// MRI findings associated with one attack. Each field is the finding one core clinical
/// characteristic needs (Wingerchuk et al. 2015, Neurology 85:177, Table 1, "additional MRI
/// requirements"); fields that do not apply to the attack's phenotype are ignored.
struct attack_mri {
  /// Optic neuritis: brain MRI normal or showing only nonspecific white-matter lesions.
  finding brain_normal_or_nonspecific;
  /// Optic neuritis: optic-nerve T2-hyperintense or T1 gadolinium-enhancing lesion extending over
  /// more than half the optic-nerve length, or involving the chiasm.
  finding optic_nerve_long_or_chiasm;
  /// Acute myelitis: attack-associated intramedullary lesion over 3 or more contiguous vertebral
  /// segments (LETM). Also the 2006 supportive criterion 1.
  finding letm;
  /// Acute myelitis: focal spinal cord atrophy over 3 or more contiguous segments.
  finding cord_atrophy_3_segments;
  /// Area postrema syndrome: dorsal medulla / area postrema lesion.
  finding dorsal_medulla_lesion;
  /// Acute brainstem syndrome: periependymal brainstem lesion.
  finding periependymal_brainstem_lesion;
  /// Diencephalic syndrome or symptomatic narcolepsy: NMOSD-typical diencephalic lesion (part of
  /// the core characteristic itself, for both serostatus groups).
  finding typical_diencephalic_lesion;
  /// Symptomatic cerebral syndrome: NMOSD-typical brain lesion (part of the core characteristic).
  finding typical_cerebral_lesion;

  friend bool operator==(const attack_mri&, const attack_mri&) = default;
};

/// One clinical characteristic of an attack. An attack with two characteristics at once
/// (simultaneous optic neuritis and myelitis) is recorded as two entries with the same onset;
/// the criteria count characteristics, not attacks. `phenotype` absent means it was not recorded.
/// The onset may be known only to the month or the year (a partial_date).
struct attack {
  std::optional<partial_date> onset;
  std::optional<relapse_phenotype> phenotype;
  attack_mri mri{};
  /// Optic neuritis: in both eyes at once (the NMO spectrum of Wingerchuk et al. 2007, "optic
  /// neuritis: recurrent or simultaneous bilateral").
  finding simultaneous_bilateral{};

  friend bool operator==(const attack&, const attack&) = default;
};

/// A patient's clinical history as far as the diagnostic criteria need it. `attacks` is taken as
/// the complete list of attacks: a phenotype that never occurs in it did not occur.
struct clinical_history {
  std::vector<attack> attacks;
  serostatus aqp4_igg = serostatus::not_tested;
  /// Wingerchuk 2006 supportive criterion 2 is "brain MRI at onset not meeting MS criteria"
  /// (Paty): this records whether it DID meet them.
  finding onset_brain_mri_meets_ms_criteria;
  /// Whether alternative diagnoses (MS, sarcoidosis, neoplastic, vascular, infection ...) were
  /// excluded.
  finding alternatives_excluded;
  /// The NMO spectrum of Wingerchuk et al. 2007 (diagnosis/nmo_spectrum_2007.hpp): a diagnosis of
  /// Asian optic-spinal multiple sclerosis.
  finding optic_spinal_ms{};
  /// A systemic autoimmune disease (systemic lupus erythematosus, Sjogren syndrome ...).
  finding systemic_autoimmune_disease{};
  /// Brain lesions typical of NMO: hypothalamic, corpus callosal, periventricular or brainstem.
  finding nmo_typical_brain_lesions{};

  friend bool operator==(const clinical_history&, const clinical_history&) = default;
};

namespace detail {
inline std::string phenotype_words(relapse_phenotype p) {
  switch (p) {
  case relapse_phenotype::optic_neuritis: return "optic neuritis";
  case relapse_phenotype::myelitis: return "acute myelitis";
  case relapse_phenotype::area_postrema: return "area postrema syndrome";
  case relapse_phenotype::brainstem: return "acute brainstem syndrome";
  case relapse_phenotype::diencephalic: return "diencephalic syndrome";
  case relapse_phenotype::cerebral: return "cerebral syndrome";
  case relapse_phenotype::other: return "other presentation";
  }
  return "invalid phenotype";
}
inline std::string attack_words(const attack& a) {
  std::string s = a.phenotype ? phenotype_words(*a.phenotype) : std::string("attack of unrecorded phenotype");
  if (a.onset) {
    s += " on ";
    a.onset->append_to(s);
    s += precision_note(a.onset->precision());
  } else {
    s += " (onset not recorded)";
  }
  return s;
}
/// Whether an attack counts when judging as of `as_of`: attacks of unrecorded onset always count,
/// and so does an onset known only to the month or year unless its first possible day is after
/// `as_of` (it may be on or before it, as an unrecorded onset may).
constexpr bool known_by(const attack& a, const std::optional<date>& as_of) noexcept {
  return !as_of || !a.onset || a.onset->earliest() <= *as_of;
}
inline std::string finding_words(const finding& f) {
  return f ? (*f ? "present" : "absent") : "not examined";
}
} // namespace detail

} // namespace trialspec::diagnosis
