// trialspec/protocols/nct02249676/policy.hpp - how the seed protocol's ambiguous registry text is
// read: one policy type deciding each of DESIGN's ten open questions, with named alternatives.
//
// The default, `registry_reading`, is documented decision by decision below. To read the protocol
// differently, derive and override only what changes; everything else keeps the default:
//
//   struct publication_reading : nct02249676::registry_reading {
//     static constexpr auto design = nct02249676::design_reading::single_arm_fixed_dose;
//   };
//   using trial = nct02249676::protocol<publication_reading>;
//
// Every decision is rendered by describe_policy<P>() and appears in the printed criteria.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::nct02249676 {

/// Q1. "Age > 18 year" (inclusion list) vs "Ages: 18 to 80 years old" (registry fields). Ages are
/// completed years on the screening date.
enum class age_reading : std::uint8_t {
  over_18_up_to_80,       ///< default: 19 to 80 (the criterion's strict "> 18", the fields' upper bound 80)
  from_18_up_to_80,       ///< 18 to 80 (the registry fields alone)
  over_18_no_upper_limit  ///< 19 and older (the criterion alone)
};

/// Q3. "Moderate-severe relapses": the record has no grading scale.
enum class severity_reading : std::uint8_t {
  graded_moderate_or_severe,  ///< default: relapses graded moderate or severe count; an ungraded relapse is unknown
  any_relapse                 ///< every relapse counts, whatever its grading
};

/// Q4. "After at least a year of attempted therapy": how the year is measured. Therapy means
/// immunosuppressant, immunomodulator or corticosteroid courses up to screening.
enum class therapy_duration_reading : std::uint8_t {
  since_first_start,  ///< default: the first course started at least 1 year before screening (gaps included: "attempted")
  continuous_course   ///< one continuous course lasted at least 1 year
};

/// Q5. "1 moderate-severe relapses", "1 new T2 lesion", "1 Gd-enhancing lesions".
enum class count_reading : std::uint8_t {
  at_least_one,  ///< default: one or more
  exactly_one    ///< exactly one (a literal reading, for sensitivity analyses)
};

/// Q6. Gd-enhancing lesions: "double or triple dose Gd" (progression) vs "single, double or triple"
/// (recent activity).
enum class gd_dose_reading : std::uint8_t {
  as_listed,             ///< default: progression needs a double or triple dose scan; recent activity any dose
  any_dose_both,         ///< any dose counts for both
  double_or_triple_both  ///< only double or triple dose scans count, for both
};

/// Q7. "BP: 200/110 mmHg".
enum class bp_reading : std::uint8_t {
  systolic_or_diastolic,  ///< default: systolic >= 200 OR diastolic >= 110 excludes (either component)
  systolic_and_diastolic  ///< both components at or above their threshold
};

/// Q8. "Immune inhibitors immunomodulator during the three months before the trial".
enum class washout_reference : std::uint8_t {
  screening,  ///< default: the 3 months before screening (entry into the trial)
  infusion    ///< the 3 months before the infusion
};

/// Q9. The control arm is "treated with regular methods" but lists the MSC intervention.
enum class control_arm_reading : std::uint8_t {
  usual_care,    ///< default: the description wins; the listed MSC intervention is a registry entry error
  as_registered  ///< the intervention list as registered (MSC in both arms)
};

/// Q10. Registry: randomized, two arms, 2.0 x 10^6 cells/kg. Publication (Fu et al. 2016, CNS
/// Neurosci Ther 22:677): one arm, 1.0 x 10^8 cells.
enum class design_reading : std::uint8_t {
  randomized_per_kilogram,  ///< default: the registry
  single_arm_fixed_dose     ///< the publication
};

/// Not one of DESIGN's ten: where "clinically definite NMO or NMOSD" (I1) comes from.
enum class diagnosis_evidence : std::uint8_t {
  recorded_diagnosis,   ///< default: the site's recorded diagnosis is NMO or NMOSD
  diagnostic_criteria   ///< computed from the clinical history: definite NMO (2006) or NMOSD (IPND 2015);
                        ///< the record needs the `diagnostic_history` facet (diagnosis/diagnostic_criteria.hpp,
                        ///< eligibility/criteria/diagnosis_from_history.hpp)
};

/// The default reading. Q2 (progression thresholds) is a threshold table type: the protocol's own
/// table keeps its gap (no threshold from baselines 5.0 and 5.5), so worsening from there is unknown.
struct registry_reading {
  static constexpr age_reading age = age_reading::over_18_up_to_80;
  using progression_thresholds = protocol_thresholds;
  static constexpr severity_reading severity = severity_reading::graded_moderate_or_severe;
  static constexpr therapy_duration_reading therapy_duration = therapy_duration_reading::since_first_start;
  static constexpr count_reading counts = count_reading::at_least_one;
  static constexpr gd_dose_reading gd_doses = gd_dose_reading::as_listed;
  static constexpr bp_reading blood_pressure = bp_reading::systolic_or_diastolic;
  static constexpr washout_reference washout = washout_reference::screening;
  static constexpr control_arm_reading control_arm = control_arm_reading::usual_care;
  static constexpr design_reading design = design_reading::randomized_per_kilogram;
  static constexpr diagnosis_evidence diagnosis = diagnosis_evidence::recorded_diagnosis;
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::age)>, age_reading>;
  requires ThresholdTable<typename P::progression_thresholds>;
  requires std::same_as<std::remove_cv_t<decltype(P::severity)>, severity_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::therapy_duration)>, therapy_duration_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::counts)>, count_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::gd_doses)>, gd_dose_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::blood_pressure)>, bp_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::washout)>, washout_reference>;
  requires std::same_as<std::remove_cv_t<decltype(P::control_arm)>, control_arm_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::design)>, design_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::diagnosis)>, diagnosis_evidence>;
};

static_assert(Policy<registry_reading>);

inline constexpr auto age_reading_names = name_table<age_reading::over_18_no_upper_limit>({
    {age_reading::over_18_up_to_80, "age above 18 (19 or older in completed years) and at most 80", "over-18-to-80"},
    {age_reading::from_18_up_to_80, "age 18 to 80 inclusive", "18-to-80"},
    {age_reading::over_18_no_upper_limit, "age above 18 (19 or older), no upper limit", "over-18"},
});
constexpr const auto& names_of(age_reading) noexcept { return age_reading_names; }
constexpr std::string_view to_string(age_reading a) noexcept { return age_reading_names.words(a); }
inline constexpr auto severity_reading_names = name_table<severity_reading::any_relapse>({
    {severity_reading::graded_moderate_or_severe, "relapses graded moderate or severe count; an ungraded relapse is unknown", "graded"},
    {severity_reading::any_relapse, "every relapse counts, whatever its grading", "any"},
});
constexpr const auto& names_of(severity_reading) noexcept { return severity_reading_names; }
constexpr std::string_view to_string(severity_reading s) noexcept { return severity_reading_names.words(s); }
inline constexpr auto therapy_duration_reading_names = name_table<therapy_duration_reading::continuous_course>({
    {therapy_duration_reading::since_first_start, "at least a year of therapy: first course started at least 1 year before screening", "since-first-start"},
    {therapy_duration_reading::continuous_course, "at least a year of therapy: one continuous course of at least 1 year before screening", "continuous"},
});
constexpr const auto& names_of(therapy_duration_reading) noexcept { return therapy_duration_reading_names; }
constexpr std::string_view to_string(therapy_duration_reading t) noexcept { return therapy_duration_reading_names.words(t); }
inline constexpr auto count_reading_names = name_table<count_reading::exactly_one>({
    {count_reading::at_least_one, "\"1 relapse\", \"1 lesion\" read as at least 1", "at-least-one"},
    {count_reading::exactly_one, "\"1 relapse\", \"1 lesion\" read as exactly 1", "exactly-one"},
});
constexpr const auto& names_of(count_reading) noexcept { return count_reading_names; }
constexpr std::string_view to_string(count_reading c) noexcept { return count_reading_names.words(c); }
inline constexpr auto gd_dose_reading_names = name_table<gd_dose_reading::double_or_triple_both>({
    {gd_dose_reading::as_listed, "Gd-enhancing lesions: double or triple dose for progression, any dose for recent activity (as listed)", "as-listed"},
    {gd_dose_reading::any_dose_both, "Gd-enhancing lesions: any dose for both progression and recent activity", "any"},
    {gd_dose_reading::double_or_triple_both, "Gd-enhancing lesions: double or triple dose for both progression and recent activity", "double-or-triple"},
});
constexpr const auto& names_of(gd_dose_reading) noexcept { return gd_dose_reading_names; }
constexpr std::string_view to_string(gd_dose_reading g) noexcept { return gd_dose_reading_names.words(g); }
inline constexpr auto bp_reading_names = name_table<bp_reading::systolic_and_diastolic>({
    {bp_reading::systolic_or_diastolic, "blood pressure excludes when systolic >= 200 or diastolic >= 110 mmHg", "either"},
    {bp_reading::systolic_and_diastolic, "blood pressure excludes when systolic >= 200 and diastolic >= 110 mmHg", "both"},
});
constexpr const auto& names_of(bp_reading) noexcept { return bp_reading_names; }
constexpr std::string_view to_string(bp_reading b) noexcept { return bp_reading_names.words(b); }
inline constexpr auto washout_reference_names = name_table<washout_reference::infusion>({
    {washout_reference::screening, "immunosuppressive / immunomodulating therapy window: 3 months before screening", "screening"},
    {washout_reference::infusion, "immunosuppressive / immunomodulating therapy window: 3 months before the infusion", "infusion"},
});
constexpr const auto& names_of(washout_reference) noexcept { return washout_reference_names; }
constexpr std::string_view to_string(washout_reference w) noexcept { return washout_reference_names.words(w); }
inline constexpr auto control_arm_reading_names = name_table<control_arm_reading::as_registered>({
    {control_arm_reading::usual_care, "control arm: regular treatment, no MSC (the registry's MSC entry for it is read as an error)", "usual-care"},
    {control_arm_reading::as_registered, "control arm: as registered, listing the MSC intervention", "as-registered"},
});
constexpr const auto& names_of(control_arm_reading) noexcept { return control_arm_reading_names; }
constexpr std::string_view to_string(control_arm_reading c) noexcept { return control_arm_reading_names.words(c); }
inline constexpr auto design_reading_names = name_table<design_reading::single_arm_fixed_dose>({
    {design_reading::randomized_per_kilogram, "design: randomized, 2 arms, 2.0 x 10^6 cells/kg (registry)", "randomized-per-kilogram"},
    {design_reading::single_arm_fixed_dose, "design: single arm, 1.0 x 10^8 cells (Fu et al. 2016)", "single-arm-fixed-dose"},
});
constexpr const auto& names_of(design_reading) noexcept { return design_reading_names; }
constexpr std::string_view to_string(design_reading d) noexcept { return design_reading_names.words(d); }

inline constexpr auto diagnosis_evidence_names = name_table<diagnosis_evidence::diagnostic_criteria>({
    {diagnosis_evidence::recorded_diagnosis, "clinically definite NMO / NMOSD: the recorded diagnosis", "recorded-diagnosis"},
    {diagnosis_evidence::diagnostic_criteria, "clinically definite NMO / NMOSD: Wingerchuk 2006 definite NMO or IPND 2015 NMOSD from the clinical history", "diagnostic-criteria"},
});
constexpr const auto& names_of(diagnosis_evidence) noexcept { return diagnosis_evidence_names; }
constexpr std::string_view to_string(diagnosis_evidence d) noexcept { return diagnosis_evidence_names.words(d); }

/// The ten decisions (and the diagnosis source), one line each: "Q1 ...\nQ2 ...".
template <Policy P> std::string describe_policy() {
  std::string s;
  auto line = [&](std::string_view q, std::string_view text) {
    s += q;
    s += ' ';
    s += text;
    s += '\n';
  };
  line("Q1", to_string(P::age));
  line("Q2", "EDSS progression thresholds: " + P::progression_thresholds::describe());
  line("Q3", to_string(P::severity));
  line("Q4", to_string(P::therapy_duration));
  line("Q5", to_string(P::counts));
  line("Q6", to_string(P::gd_doses));
  line("Q7", to_string(P::blood_pressure));
  line("Q8", to_string(P::washout));
  line("Q9", to_string(P::control_arm));
  line("Q10", to_string(P::design));
  line("I1", to_string(P::diagnosis));
  return s;
}

} // namespace trialspec::protocols::nct02249676
