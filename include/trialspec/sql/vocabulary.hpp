// trialspec/sql/vocabulary.hpp - which OMOP concept ids stand for what the criteria read.
//
// `omop_vocabulary` is the default mapping; a site passes its own type with the same static
// members as the `Vocabulary` argument of sql::basic_writer (and of `trialspec omop-export`'s
// library counterpart, sql::omop_export) to use its concept ids.
//
// Concept ids given as OMOP standard concepts are those we can cite:
//   gender    8507 MALE, 8532 FEMALE (OHDSI Vocabulary-v5.0 wiki, "Vocab. GENDER": the domain's only
//             standard concepts; other values are 0, "unknown information"); 44814653 "Other" is
//             the target the HL7 FHIR-to-OMOP implementation guide's ConceptMap GenderClass gives
//             for administrative gender "other" (not a standard concept)
//   results   9191 "Positive", 9189 "Negative" (the measurement value concepts OHDSI ETLs write for
//             positive and negative result text)
//   answers   4188539 "Yes" (the OMOP CDM's observation table conventions recommend it as the value
//             of a positive assertion), 4188540 "No" (its counterpart, as OHDSI ETLs write it)
// Every other id below is a PLACEHOLDER in the range OMOP leaves to local concepts (above
// 2,000,000,000), not the standard concept: the source codes are listed beside them (LOINC
// 68548-7 AQP4-IgG, ...); a site replaces them with the standard concept ids of its vocabulary
// release (or with its local concepts) by supplying its own vocabulary type.
#pragma once

#include <trialspec/clinical/agents.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/pregnancy.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/clinical/therapy.hpp>

#include <cstdint>
#include <string_view>

namespace trialspec::sql {

/// A concept id (OMOP's concept_id is a 32-bit integer).
using concept_id = std::int64_t;

/// The default mapping (see the header's comment for which ids are standard and which are
/// placeholders).
struct omop_vocabulary {
  // --- person.gender_concept_id ------------------------------------------------------------
  static constexpr concept_id male = 8507;
  static constexpr concept_id female = 8532;
  static constexpr concept_id other_gender = 44814653;
  /// "No matching concept": what a person without a recorded sex carries.
  static constexpr concept_id no_matching_concept = 0;

  static constexpr concept_id gender(sex s) noexcept {
    switch (s) {
    case sex::male: return male;
    case sex::female: return female;
    case sex::other: return other_gender;
    }
    return no_matching_concept;
  }

  // --- condition_occurrence.condition_concept_id: the recorded diagnosis (placeholders) --------
  static constexpr concept_id diagnosis_nmo = 2000000101;      ///< neuromyelitis optica (Wingerchuk 2006)
  static constexpr concept_id diagnosis_nmosd = 2000000102;    ///< NMO spectrum disorder (IPND 2015)
  static constexpr concept_id diagnosis_ms = 2000000103;       ///< multiple sclerosis
  static constexpr concept_id diagnosis_other = 2000000104;    ///< another diagnosis recorded as the diagnosis

  static constexpr concept_id diagnosis(diagnosis_kind k) noexcept {
    switch (k) {
    case diagnosis_kind::nmo: return diagnosis_nmo;
    case diagnosis_kind::nmosd: return diagnosis_nmosd;
    case diagnosis_kind::multiple_sclerosis: return diagnosis_ms;
    case diagnosis_kind::other: return diagnosis_other;
    }
    return diagnosis_other;
  }

  // --- measurement: AQP4-IgG (LOINC 68548-7; placeholder id), its result as a value concept ----
  static constexpr std::string_view aqp4_igg_code = "LOINC 68548-7";
  static constexpr concept_id aqp4_igg = 2000000201;
  static constexpr concept_id positive = 9191;
  static constexpr concept_id negative = 9189;

  // --- measurement: the EDSS score (SNOMED 273554001, which has no LOINC code; placeholder id),
  //     its value in value_as_number ----------------------------------------------------------
  static constexpr std::string_view edss_code = "SNOMED 273554001";
  static constexpr concept_id edss = 2000000401;

  // --- observation: the pregnancy status as recorded (placeholders), its value as a concept ----
  static constexpr concept_id pregnancy_status = 2000000501;
  static constexpr concept_id pregnant = 2000000502;
  static constexpr concept_id possibly_pregnant = 2000000503;
  static constexpr concept_id not_pregnant = 2000000504;

  // --- observation: yes / no statements (placeholders), their answer as OMOP's Yes / No ---------
  static constexpr concept_id consent_capacity = 2000000511;  ///< able to understand and sign consent
  static constexpr concept_id judged_unsuitable = 2000000512; ///< judged unsuitable by the investigator
  static constexpr concept_id yes = 4188539;
  static constexpr concept_id no = 4188540;

  // --- drug_exposure.drug_concept_id: therapies by class (placeholders; one concept per class
  //     until an ingredient-level mapping exists) ----------------------------------------------
  static constexpr concept_id therapy_immunosuppressant = 2000000301;
  static constexpr concept_id therapy_immunomodulator = 2000000302;
  static constexpr concept_id therapy_corticosteroid = 2000000303;
  static constexpr concept_id therapy_other = 2000000304;

  static constexpr concept_id therapy(therapy_class c) noexcept {
    switch (c) {
    case therapy_class::immunosuppressant: return therapy_immunosuppressant;
    case therapy_class::immunomodulator: return therapy_immunomodulator;
    case therapy_class::corticosteroid: return therapy_corticosteroid;
    case therapy_class::other: return therapy_other;
    }
    return therapy_other;
  }

  // --- observation: the diagnostic criteria set the diagnosis was made with (placeholders) -----
  static constexpr concept_id diagnostic_criteria = 2000000111;     ///< "diagnosis made with criteria set"
  static constexpr concept_id criteria_wingerchuk2006 = 2000000112; ///< Wingerchuk et al. 2006
  static constexpr concept_id criteria_ipnd2015 = 2000000113;       ///< IPND 2015
  static constexpr concept_id criteria_other = 2000000114;          ///< another criteria set

  static constexpr concept_id diagnostic_criteria_set(diagnostic_standard s) noexcept {
    switch (s) {
    case diagnostic_standard::wingerchuk2006: return criteria_wingerchuk2006;
    case diagnostic_standard::ipnd2015: return criteria_ipnd2015;
    case diagnostic_standard::other: return criteria_other;
    }
    return criteria_other;
  }

  // --- observation: the recorded MS course and the McDonald revision the diagnosis was made
  //     with, each as the value concept (placeholders) ------------------------------------------
  static constexpr concept_id ms_course_observed = 2000003001; ///< "course of multiple sclerosis"
  static constexpr concept_id course_rrms = 2000003002;        ///< relapsing-remitting
  static constexpr concept_id course_spms = 2000003003;        ///< secondary progressive
  static constexpr concept_id course_ppms = 2000003004;        ///< primary progressive
  static constexpr concept_id course_prms = 2000003005;        ///< progressive-relapsing
  static constexpr concept_id mcdonald_revision = 2000003011;  ///< "MS diagnosis made with McDonald revision"
  static constexpr concept_id mcdonald_2005 = 2000003012;
  static constexpr concept_id mcdonald_2010 = 2000003013;
  static constexpr concept_id mcdonald_2017 = 2000003014;
  /// The date of the first MS symptoms (observation_date; placeholder).
  static constexpr concept_id first_symptom = 2000003021;

  static constexpr concept_id course(ms_course c) noexcept {
    switch (c) {
    case ms_course::rrms: return course_rrms;
    case ms_course::spms: return course_spms;
    case ms_course::ppms: return course_ppms;
    case ms_course::prms: return course_prms;
    }
    return course_prms;
  }
  static constexpr concept_id mcdonald(mcdonald_version v) noexcept {
    switch (v) {
    case mcdonald_version::mcdonald2005: return mcdonald_2005;
    case mcdonald_version::mcdonald2010: return mcdonald_2010;
    case mcdonald_version::mcdonald2017: return mcdonald_2017;
    }
    return mcdonald_2017;
  }

  // --- observation: the investigator's answer to a protocol's question (placeholder), the
  //     question's key in observation_source_value, the answer as Yes / No ----------------------
  static constexpr concept_id investigator_judgement = 2000000513;

  // --- observation: one row per relapse report (placeholder), dated by its onset, its graded
  //     severity as the value concept (placeholders; SNOMED qualifier values 255604002 mild,
  //     6736007 moderate, 24484000 severe); an ungraded report has no value concept -------------
  static constexpr concept_id relapse_report = 2000000601;
  static constexpr concept_id severity_mild = 2000000602;
  static constexpr concept_id severity_moderate = 2000000603;
  static constexpr concept_id severity_severe = 2000000604;
  /// A report's rescue treatment (placeholder): Yes / No, linked to the report's observation_id
  /// by observation_event_id; none when not recorded.
  static constexpr concept_id rescue_therapy = 2000000605;

  /// The value concept of a graded severity (no_matching_concept for an ungraded report, which
  /// the export writes as NULL).
  static constexpr concept_id severity(relapse_severity s) noexcept {
    switch (s) {
    case relapse_severity::mild: return severity_mild;
    case relapse_severity::moderate: return severity_moderate;
    case relapse_severity::severe: return severity_severe;
    case relapse_severity::unknown: return no_matching_concept;
    }
    return no_matching_concept;
  }

  // --- observation_period.period_type_concept_id: which list a period says is complete
  //     (placeholders): the drug history (therapies_recorded_since) or the relapse history
  //     (relapses_recorded_since). A period proves absences only for its own list. -------------
  static constexpr concept_id drug_history_period = 2000000902;
  static constexpr concept_id relapse_history_period = 2000000903;

  // --- drug_exposure.drug_source_concept_id: the course's agent when the record names one
  //     (placeholders: 2000001001 + the agent's position in clinical/agents.hpp; 0 = no agent
  //     named) --------------------------------------------------------------------------------
  static constexpr concept_id agent_base = 2000001001;
  static constexpr concept_id agent(therapy_agent a) noexcept { return agent_base + static_cast<concept_id>(a); }

  // --- observation: a course's last dose change (placeholder), dated, linked to its
  //     drug_exposure row by observation_event_id ---------------------------------------------
  static constexpr concept_id last_dose_change = 2000000311;

  // --- observation: reproductive facts as yes / no statements (placeholders), their answer as
  //     OMOP's Yes / No ---------------------------------------------------------------------------
  static constexpr concept_id childbearing_potential = 2000000521;  ///< of childbearing (reproductive) potential
  static constexpr concept_id effective_contraception = 2000000522; ///< uses or agrees to use effective contraception
  static constexpr concept_id lactation = 2000000523;               ///< lactating

  // --- measurement: the pregnancy test (hCG, serum or urine; placeholder), dated, its result as
  //     a value concept: positive, negative (above), indeterminate (placeholder) ----------------
  static constexpr concept_id pregnancy_test = 2000000701;
  static constexpr concept_id indeterminate = 2000000702;

  // --- conditions from the history and examination (eligibility/criteria/conditions.hpp;
  //     placeholders: 2000002001 + the kind's position in clinical/conditions.hpp) -------------
  //     A present condition is a condition_occurrence of its kind's concept (undated: the record
  //     gives no date); a condition looked for and found absent is an observation of the same
  //     concept with the value No; the investigator's grading of a present condition is an
  //     observation of condition_significant (Yes / No) linked to the condition_occurrence_id by
  //     observation_event_id; a condition list documented complete is an observation of
  //     condition_list_complete with the value Yes.
  static constexpr concept_id condition_base = 2000002001;
  static constexpr concept_id condition(condition_kind k) noexcept { return condition_base + static_cast<concept_id>(k); }
  static constexpr concept_id condition_significant = 2000000121;
  static constexpr concept_id condition_list_complete = 2000000122;

  // --- MRI (eligibility/criteria/mri.hpp; placeholders): each scan a procedure_occurrence of
  //     mri_procedure, dated; its Gd-enhancing lesion count a measurement linked to the scan's
  //     procedure_occurrence_id by measurement_event_id, its concept saying the Gd dose (one per
  //     dose, and one for a dose not recorded), the count in value_as_number (NULL: not counted;
  //     no row: no contrast); its new T2 lesion count likewise (no row: not assessed) ----------
  static constexpr concept_id mri_procedure = 2000000801;
  static constexpr concept_id gd_lesions_dose_not_recorded = 2000000802;
  static constexpr concept_id gd_lesions_single_dose = 2000000803;
  static constexpr concept_id gd_lesions_double_dose = 2000000804;
  static constexpr concept_id gd_lesions_triple_dose = 2000000805;
  static constexpr concept_id new_t2_lesions = 2000000806;

  static constexpr concept_id gd_lesions(gd_dose d) noexcept {
    switch (d) {
    case gd_dose::single: return gd_lesions_single_dose;
    case gd_dose::double_dose: return gd_lesions_double_dose;
    case gd_dose::triple: return gd_lesions_triple_dose;
    }
    return gd_lesions_dose_not_recorded;
  }

  // --- measurement: qualitative laboratory results (eligibility/criteria/labs.hpp;
  //     placeholders), dated, the result as the value concept: positive, negative (above) or
  //     indeterminate --------------------------------------------------------------------------
  static constexpr concept_id lab_hiv = 2000000711;
  static constexpr concept_id lab_tumour_marker = 2000000712;
  static constexpr concept_id lab_other = 2000000713;

  static constexpr concept_id lab(lab_test t) noexcept {
    switch (t) {
    case lab_test::hiv: return lab_hiv;
    case lab_test::tumour_marker: return lab_tumour_marker;
    case lab_test::other: return lab_other;
    }
    return lab_other;
  }

  // --- measurement: a blood pressure reading (eligibility/criteria/vitals.hpp), dated, as two
  //     rows: the systolic pressure (LOINC 8480-6; placeholder id) and the diastolic (LOINC
  //     8462-4; placeholder id), mmHg in value_as_number, the diastolic row linked to the
  //     systolic row's measurement_id by measurement_event_id ----------------------------------
  static constexpr std::string_view systolic_code = "LOINC 8480-6";
  static constexpr std::string_view diastolic_code = "LOINC 8462-4";
  static constexpr concept_id systolic_pressure = 2000000721;
  static constexpr concept_id diastolic_pressure = 2000000722;

  // --- measurement: the body weight (LOINC 29463-7; placeholder id), kg in value_as_number,
  //     undated (the record's weight has no date: it is the weight at screening) --------------
  static constexpr std::string_view body_weight_code = "LOINC 29463-7";
  static constexpr concept_id body_weight = 2000000731;

  // --- measurement: a functional-system assessment's pyramidal grade (eligibility/criteria/
  //     functional_systems.hpp; placeholder), dated, the grade (0-6, as recorded) in
  //     value_as_number (an assessment without a pyramidal grade has no row); the examiner's
  //     attribution to lower-limb findings an observation of fs_pyramidal_lower_limb (Yes / No;
  //     no row: not recorded) linked to the measurement_id by observation_event_id ------------
  static constexpr concept_id fs_pyramidal = 2000000741;
  static constexpr concept_id fs_pyramidal_lower_limb = 2000000742;

  // --- observation: whether a present cancer (condition(condition_kind::cancer)) is the MS
  //     trials' exception, an excised and resolved basal cell or in situ squamous cell carcinoma
  //     of the skin or in situ carcinoma of the cervix (placeholder; Yes / No, no row: not
  //     recorded), linked to the condition_occurrence_id by observation_event_id --------------
  static constexpr concept_id cancer_excepted = 2000000123;

  // --- type concepts the export writes (placeholders: "derived from a trialspec cohort file") --
  static constexpr concept_id record_type = 2000000901;
};

} // namespace trialspec::sql
