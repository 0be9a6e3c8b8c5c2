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
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

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
  diagnostic_criteria,  ///< computed from the clinical history: definite NMO (2006) or NMOSD (IPND 2015);
                        ///< the record needs the `diagnostic_history` facet (diagnosis/diagnostic_criteria.hpp,
                        ///< eligibility/criteria/diagnosis_from_history.hpp)
  wingerchuk_2007       ///< computed from the clinical history: definite NMO (2006) or the NMO spectrum of
                        ///< Wingerchuk et al. 2007 (diagnosis/nmo_spectrum_2007.hpp), what NMOSD meant when the
                        ///< trial was registered (2014); the spectrum's forms other than NMO need AQP4-IgG positive
};

// Decisions the registry text takes without saying so (issue 15), each printed with the criteria.

/// I3 and E6: how recent the values must be. The registry gives no limit for I3's "EDSS > 3" nor
/// for E6's HIV, tumour-marker and blood-pressure findings.
enum class recency_reading : std::uint8_t {
  any_time,        ///< default: the latest value on or before screening, however old (an EDSS of 2009 counts in 2015)
  within_3_months  ///< the latest value within the 3 months before screening (the protocol's own look-back for therapy); none is unknown
};

/// I4c: "Gadolinium enhancing lesions (double or triple dose Gd)". A lesion that enhances at a
/// single dose also enhances at a double dose, so a positive single-dose scan may be read as
/// evidence; a negative single-dose scan proves nothing either way.
enum class single_dose_evidence : std::uint8_t {
  not_counted,  ///< default: only double or triple dose scans decide I4c; a single-dose scan alone is unknown
  positive_counts  ///< a positive single-dose scan meets I4c; absence still needs a double or triple dose scan
};

/// E1: whether corticosteroids are "immune inhibitors". (I4 counts them as attempted therapy.)
enum class corticosteroid_reading : std::uint8_t {
  not_immune_inhibitors,  ///< default: E1 looks at immunosuppressants and immunomodulators only (ongoing prednisone passes)
  immune_inhibitors       ///< corticosteroids within the washout exclude too
};

/// E3: "Allergies".
enum class allergy_reading : std::uint8_t {
  any_allergy,      ///< default: any recorded allergy excludes, whatever its grading (the record's one word)
  significant_only  ///< only an allergy graded significant excludes (as E2 reads its conditions)
};

/// I4: "Progression continued relapses or worsening MRI after at least a year of attempted
/// therapy as evidenced by ...". The registry gives the evidence one window, "in past 18 months",
/// and does not say whether "after at least a year of attempted therapy" dates the evidence (it
/// must follow the year: treatment failure) or describes the patient (a year of therapy behind
/// them, progression within the 18 months).
enum class evidence_timing_reading : std::uint8_t {
  in_window,          ///< default: evidence anywhere in the 18 months, before or after the year of therapy
  after_therapy_year  ///< only evidence dated on or after the day the year of therapy was complete (Q4 says how it is measured)
};

/// The default reading. Q2 (progression thresholds) is a threshold table type: the protocol's own
/// table keeps its gap (no threshold from baselines 5.0 and 5.5); a change from there is decided
/// over every threshold the gap could take (+0.5 to +1.0) and unknown only when they disagree.
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
  /// Relapse reports less than this many days apart are one attack (I4b, I5a); 0 counts reports.
  /// The library's convention and the trial's publication (relapses at least 30 days apart).
  static constexpr int attack_gap_days = 30;
  static constexpr recency_reading recency = recency_reading::any_time;
  static constexpr single_dose_evidence single_dose = single_dose_evidence::not_counted;
  static constexpr corticosteroid_reading corticosteroids = corticosteroid_reading::not_immune_inhibitors;
  static constexpr allergy_reading allergies = allergy_reading::any_allergy;
  static constexpr evidence_timing_reading evidence_timing = evidence_timing_reading::in_window;
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
  requires std::same_as<std::remove_cv_t<decltype(P::attack_gap_days)>, int>;
  requires P::attack_gap_days >= 0;
  requires std::same_as<std::remove_cv_t<decltype(P::recency)>, recency_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::single_dose)>, single_dose_evidence>;
  requires std::same_as<std::remove_cv_t<decltype(P::corticosteroids)>, corticosteroid_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::allergies)>, allergy_reading>;
  requires std::same_as<std::remove_cv_t<decltype(P::evidence_timing)>, evidence_timing_reading>;
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

inline constexpr auto diagnosis_evidence_names = name_table<diagnosis_evidence::wingerchuk_2007>({
    {diagnosis_evidence::recorded_diagnosis, "clinically definite NMO / NMOSD: the recorded diagnosis", "recorded-diagnosis"},
    {diagnosis_evidence::diagnostic_criteria, "clinically definite NMO / NMOSD: Wingerchuk 2006 definite NMO or IPND 2015 NMOSD from the clinical history (untested AQP4-IgG: unknown where a positive test would decide; the 2014 registration predates IPND 2015, whose NMOSD is wider than Wingerchuk 2007's)", "diagnostic-criteria"},
    {diagnosis_evidence::wingerchuk_2007, "clinically definite NMO / NMOSD: Wingerchuk 2006 definite NMO or the NMO spectrum of Wingerchuk 2007 (what NMOSD meant at the 2014 registration) from the clinical history; the spectrum's forms other than NMO need AQP4-IgG positive (untested: unknown where a positive test would decide), its limited forms (longitudinally extensive myelitis; recurrent or simultaneous bilateral optic neuritis) alternative diagnoses excluded, recurrent optic neuritis two entries of different onsets", "wingerchuk-2007"},
});
constexpr const auto& names_of(diagnosis_evidence) noexcept { return diagnosis_evidence_names; }
constexpr std::string_view to_string(diagnosis_evidence d) noexcept { return diagnosis_evidence_names.words(d); }

inline constexpr auto recency_reading_names = name_table<recency_reading::within_3_months>({
    {recency_reading::any_time, "EDSS (I3) and HIV, tumour-marker and blood-pressure values (E6): the latest on or before screening, however old", "any-time"},
    {recency_reading::within_3_months, "EDSS (I3) and HIV, tumour-marker and blood-pressure values (E6): the latest within 3 months before screening", "3-months"},
});
constexpr const auto& names_of(recency_reading) noexcept { return recency_reading_names; }
constexpr std::string_view to_string(recency_reading r) noexcept { return recency_reading_names.words(r); }
inline constexpr auto single_dose_evidence_names = name_table<single_dose_evidence::positive_counts>({
    {single_dose_evidence::not_counted, "Gd-enhancing lesions for progression: only double or triple dose scans decide; a single-dose scan alone is unknown", "not-counted"},
    {single_dose_evidence::positive_counts, "Gd-enhancing lesions for progression: a positive single-dose scan counts (it would enhance at double dose); absence needs a double or triple dose scan", "positive-counts"},
});
constexpr const auto& names_of(single_dose_evidence) noexcept { return single_dose_evidence_names; }
constexpr std::string_view to_string(single_dose_evidence e) noexcept { return single_dose_evidence_names.words(e); }
inline constexpr auto corticosteroid_reading_names = name_table<corticosteroid_reading::immune_inhibitors>({
    {corticosteroid_reading::not_immune_inhibitors, "immune inhibitors: immunosuppressants and immunomodulators; corticosteroids do not exclude (I4 counts them as attempted therapy)", "not-immune-inhibitors"},
    {corticosteroid_reading::immune_inhibitors, "immune inhibitors: immunosuppressants, immunomodulators and corticosteroids", "immune-inhibitors"},
});
constexpr const auto& names_of(corticosteroid_reading) noexcept { return corticosteroid_reading_names; }
constexpr std::string_view to_string(corticosteroid_reading c) noexcept { return corticosteroid_reading_names.words(c); }
inline constexpr auto allergy_reading_names = name_table<allergy_reading::significant_only>({
    {allergy_reading::any_allergy, "allergies: any recorded allergy excludes, graded significant or not", "any"},
    {allergy_reading::significant_only, "allergies: only an allergy graded significant excludes", "significant"},
});
constexpr const auto& names_of(allergy_reading) noexcept { return allergy_reading_names; }
constexpr std::string_view to_string(allergy_reading a) noexcept { return allergy_reading_names.words(a); }

inline constexpr auto evidence_timing_reading_names = name_table<evidence_timing_reading::after_therapy_year>({
    {evidence_timing_reading::in_window, "progression evidence: any in the past 18 months, before or after the year of attempted therapy (the registry dates the evidence only by \"in past 18 months\"; the stricter treatment-failure reading, evidence after the year, is the alternative)", "in-window"},
    {evidence_timing_reading::after_therapy_year, "progression evidence: only evidence dated on or after the day the year of attempted therapy was complete (EDSS change from the first assessment on or after that day)", "after-therapy-year"},
});
constexpr const auto& names_of(evidence_timing_reading) noexcept { return evidence_timing_reading_names; }
constexpr std::string_view to_string(evidence_timing_reading e) noexcept { return evidence_timing_reading_names.words(e); }

/// Q2's tables that a run-time reading can choose from (a policy type can name any table).
enum class threshold_table_reading : std::uint8_t {
  protocol,  ///< default: the registry's own table, its gap at baselines 5.0 and 5.5 kept (protocol_thresholds)
  standard,  ///< standard_thresholds (progression/thresholds.hpp)
  cut55      ///< cut55_thresholds
};
inline constexpr auto threshold_table_reading_names = name_table<threshold_table_reading::cut55>({
    {threshold_table_reading::protocol, "the protocol's own table, gap kept", "protocol"},
    {threshold_table_reading::standard, "the standard table", "standard"},
    {threshold_table_reading::cut55, "the table with its cut at 5.5", "cut55"},
});
constexpr const auto& names_of(threshold_table_reading) noexcept { return threshold_table_reading_names; }
constexpr std::string_view to_string(threshold_table_reading t) noexcept { return threshold_table_reading_names.words(t); }

/// Every decision as a run-time value, for criteria_for() (protocols/nct02249676/run_time.hpp): a tool or a
/// sensitivity analysis combines readings without a type per combination. The defaults are
/// registry_reading's.
struct readings {
  age_reading age = registry_reading::age;
  threshold_table_reading thresholds = threshold_table_reading::protocol;
  severity_reading severity = registry_reading::severity;
  therapy_duration_reading therapy_duration = registry_reading::therapy_duration;
  count_reading counts = registry_reading::counts;
  gd_dose_reading gd_doses = registry_reading::gd_doses;
  bp_reading blood_pressure = registry_reading::blood_pressure;
  washout_reference washout = registry_reading::washout;
  control_arm_reading control_arm = registry_reading::control_arm;
  design_reading design = registry_reading::design;
  diagnosis_evidence diagnosis = registry_reading::diagnosis;
  /// 30 or 0 at run time (a policy type can give any number of days).
  int attack_gap_days = registry_reading::attack_gap_days;
  recency_reading recency = registry_reading::recency;
  single_dose_evidence single_dose = registry_reading::single_dose;
  corticosteroid_reading corticosteroids = registry_reading::corticosteroids;
  allergy_reading allergies = registry_reading::allergies;
  evidence_timing_reading evidence_timing = registry_reading::evidence_timing;
  friend constexpr bool operator==(const readings&, const readings&) = default;
};

/// The decisions that change the criteria, as eligibility::decide takes them: the value a policy
/// type fixes (`of<P>`), the values a run-time reading can take (`alternatives`), and where
/// `readings` keeps it (`in`).
namespace decisions {
namespace detail {
/// A decision whose run-time alternatives are every enumerator of the `readings` member M.
template <auto M> struct enum_decision {
  static constexpr auto in = M;
  static constexpr auto alternatives = enumerators<std::remove_cvref_t<decltype(std::declval<readings>().*M)>>;
};
} // namespace detail
struct age : detail::enum_decision<&readings::age> {
  static constexpr std::string_view name = "age";
  template <class P> static constexpr auto of = P::age;
};
struct severity : detail::enum_decision<&readings::severity> {
  static constexpr std::string_view name = "severity";
  template <class P> static constexpr auto of = P::severity;
};
struct therapy_duration : detail::enum_decision<&readings::therapy_duration> {
  static constexpr std::string_view name = "therapy_duration";
  template <class P> static constexpr auto of = P::therapy_duration;
};
struct counts : detail::enum_decision<&readings::counts> {
  static constexpr std::string_view name = "counts";
  template <class P> static constexpr auto of = P::counts;
};
struct gd_doses : detail::enum_decision<&readings::gd_doses> {
  static constexpr std::string_view name = "gd_doses";
  template <class P> static constexpr auto of = P::gd_doses;
};
struct blood_pressure : detail::enum_decision<&readings::blood_pressure> {
  static constexpr std::string_view name = "blood_pressure";
  template <class P> static constexpr auto of = P::blood_pressure;
};
struct washout : detail::enum_decision<&readings::washout> {
  static constexpr std::string_view name = "washout";
  template <class P> static constexpr auto of = P::washout;
};
struct diagnosis : detail::enum_decision<&readings::diagnosis> {
  static constexpr std::string_view name = "diagnosis";
  template <class P> static constexpr auto of = P::diagnosis;
};
struct recency : detail::enum_decision<&readings::recency> {
  static constexpr std::string_view name = "recency";
  template <class P> static constexpr auto of = P::recency;
};
struct single_dose : detail::enum_decision<&readings::single_dose> {
  static constexpr std::string_view name = "single_dose";
  template <class P> static constexpr auto of = P::single_dose;
};
struct corticosteroids : detail::enum_decision<&readings::corticosteroids> {
  static constexpr std::string_view name = "corticosteroids";
  template <class P> static constexpr auto of = P::corticosteroids;
};
struct allergies : detail::enum_decision<&readings::allergies> {
  static constexpr std::string_view name = "allergies";
  template <class P> static constexpr auto of = P::allergies;
};
struct evidence_timing : detail::enum_decision<&readings::evidence_timing> {
  static constexpr std::string_view name = "evidence_timing";
  template <class P> static constexpr auto of = P::evidence_timing;
};
struct attack_gap {
  static constexpr std::string_view name = "attack_gap_days";
  template <class P> static constexpr int of = P::attack_gap_days;
  static constexpr auto in = &readings::attack_gap_days;
  static constexpr std::array<int, 2> alternatives{30, 0};
};
/// Q2 at run time: a policy type names its table as a type instead (no `of`).
struct thresholds {
  static constexpr std::string_view name = "thresholds";
  static constexpr auto in = &readings::thresholds;
  static constexpr auto alternatives = enumerators<threshold_table_reading>;
};
} // namespace decisions

/// The attack-gap decision in words.
inline std::string describe_attack_gap(int days) {
  if (days == 0) return "relapses: each report counted (no merging into attacks)";
  return trialspec::detail::cat("relapses: reports less than ", std::to_string(days),
         " days apart are one attack, dated at its first onset, with its worst severity");
}

namespace detail {
/// Q2's line for a threshold table type.
template <class Table> std::string describe_thresholds() {
  std::string q2 = trialspec::detail::cat("EDSS progression thresholds: ", Table::describe());
  if constexpr (!Table::complete)
    q2 += " (a change from there counts when it reaches every threshold the gap could take, not when it is below +0.5)";
  if constexpr (std::is_same_v<Table, protocol_thresholds>)
    q2 += "; read literally from \"< 5.0 / > 5.5\", which most likely lost \"<=\" and \">=\" in copying (the protocol "
          "family reads \">= 1 point if EDSS <= 5.0, 0.5 if EDSS >= 5.5\", the standard table)";
  return q2;
}
/// The decisions, one line each, with Q2's line given (readings::thresholds is not read).
inline std::string describe_decisions(const readings& r, const std::string& q2) {
  std::string s;
  auto line = [&](std::string_view q, std::string_view text) {
    s += q;
    s += ' ';
    s += text;
    s += '\n';
  };
  line("Q1", to_string(r.age));
  line("Q2", q2);
  line("Q3", to_string(r.severity));
  line("Q4", to_string(r.therapy_duration));
  line("Q5", to_string(r.counts));
  line("Q6", to_string(r.gd_doses));
  line("Q7", to_string(r.blood_pressure));
  line("Q8", to_string(r.washout));
  line("Q9", to_string(r.control_arm));
  line("Q10", to_string(r.design));
  line("I1", to_string(r.diagnosis));
  line("I4b/I5a", describe_attack_gap(r.attack_gap_days));
  line("I3/E6", to_string(r.recency));
  line("I4c", to_string(r.single_dose));
  line("E1", to_string(r.corticosteroids));
  line("E3", to_string(r.allergies));
  line("I4", to_string(r.evidence_timing));
  return s;
}
} // namespace detail

/// The readings of policy P as values (its threshold table, a type, is left at the default: see
/// describe_policy for Q2).
template <Policy P> constexpr readings readings_of() {
  return {.age = P::age,
          .thresholds = threshold_table_reading::protocol,
          .severity = P::severity,
          .therapy_duration = P::therapy_duration,
          .counts = P::counts,
          .gd_doses = P::gd_doses,
          .blood_pressure = P::blood_pressure,
          .washout = P::washout,
          .control_arm = P::control_arm,
          .design = P::design,
          .diagnosis = P::diagnosis,
          .attack_gap_days = P::attack_gap_days,
          .recency = P::recency,
          .single_dose = P::single_dose,
          .corticosteroids = P::corticosteroids,
          .allergies = P::allergies,
          .evidence_timing = P::evidence_timing};
}

/// The ten decisions (and the diagnosis source, then the decisions the registry takes without
/// saying so), one line each: "Q1 ...\nQ2 ...".
template <Policy P> std::string describe_policy() {
  return detail::describe_decisions(readings_of<P>(), detail::describe_thresholds<typename P::progression_thresholds>());
}
/// The same for readings chosen at run time.
inline std::string describe(const readings& r) {
  switch (r.thresholds) {
  case threshold_table_reading::standard: return detail::describe_decisions(r, detail::describe_thresholds<standard_thresholds>());
  case threshold_table_reading::cut55: return detail::describe_decisions(r, detail::describe_thresholds<cut55_thresholds>());
  case threshold_table_reading::protocol: break;
  }
  return detail::describe_decisions(r, detail::describe_thresholds<protocol_thresholds>());
}

} // namespace trialspec::protocols::nct02249676
