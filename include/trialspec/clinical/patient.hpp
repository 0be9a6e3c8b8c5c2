// trialspec/clinical/patient.hpp - the default patient record and its record_traits.
//
// Every item a criterion can read is here, and every one can be absent: an empty optional, an
// `unknown` enumerator, or a list whose completeness is stated separately (`*_recorded_since`,
// `conditions_complete`). An MRI that was not done is not zero lesions; a relapse list without a
// "recorded since" date does not prove that there were no relapses.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/fs_assessment.hpp>
#include <trialspec/clinical/judgements.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/pregnancy.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/clinical/reproductive.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/clinical/vitals.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// A patient as screened for a trial.
struct patient {
  std::string id{};
  /// Known to the day, the month or the year (partial_date; a date converts to it).
  std::optional<partial_date> birth_date{};
  std::optional<trialspec::sex> sex{};
  std::optional<double> weight_kg{};
  diagnosis_record diagnosis{};

  std::vector<edss_assessment> edss{};
  /// Functional-system assessments (clinical/fs_assessment.hpp).
  std::vector<fs_assessment> functional_systems{};
  std::vector<relapse> relapses{};
  /// The relapse list is complete from this date on (absent: completeness not documented).
  std::optional<date> relapses_recorded_since{};
  std::vector<mri_scan> mri{};
  std::vector<therapy> therapies{};
  /// The therapy list is complete from this date on.
  std::optional<date> therapies_recorded_since{};
  std::vector<condition> conditions{};
  /// The condition list is the complete history: a condition not listed is absent.
  bool conditions_complete = false;
  std::vector<lab_result> labs{};
  std::vector<blood_pressure_reading> blood_pressure{};

  pregnancy_status pregnancy = pregnancy_status::unknown;
  std::optional<bool> consent_capacity{};
  std::optional<bool> judged_unsuitable{};
  /// The index date of the treatment (e.g. the cell infusion), when scheduled or done.
  std::optional<date> infusion_date{};

  /// Reproductive facts (clinical/reproductive.hpp); absent: not recorded.
  std::optional<bool> lactating{};
  std::optional<bool> childbearing_potential{};
  std::optional<bool> effective_contraception{};
  std::optional<pregnancy_test_result> pregnancy_test{};
  /// The investigator's answers to questions a protocol leaves to judgement, by key
  /// (clinical/judgements.hpp); a key not present is unanswered.
  judgement_answers investigator_judgements{};

  /// Throws invalid_input naming the first implausible value: a weight outside 1-500 kg, a
  /// functional-system grade out of range, a negative lesion count, a therapy ending before it starts, an impossible blood pressure.
  void validate() const {
    if (weight_kg && !(*weight_kg > 0.0 && *weight_kg <= 500.0))
      throw invalid_input("weight", trialspec::detail::cat(std::to_string(*weight_kg), " kg"), "must be above 0 and at most 500 kg");
    for (const auto& f : functional_systems) f.validate();
    for (const auto& s : mri) s.validate();
    for (const auto& t : therapies) t.validate();
    for (const auto& b : blood_pressure) b.validate();
  }
};

template <> struct record_traits<patient> {
  static std::string_view id(const patient& p) noexcept { return p.id; }
  static std::optional<partial_date> birth_date(const patient& p) noexcept { return p.birth_date; }
  static std::optional<trialspec::sex> sex(const patient& p) noexcept { return p.sex; }
  static std::optional<double> weight_kg(const patient& p) noexcept { return p.weight_kg; }
  static const diagnosis_record& diagnosis(const patient& p) noexcept { return p.diagnosis; }
  static const std::vector<edss_assessment>& edss_assessments(const patient& p) noexcept { return p.edss; }
  static const std::vector<fs_assessment>& functional_system_assessments(const patient& p) noexcept { return p.functional_systems; }
  static const std::vector<relapse>& relapses(const patient& p) noexcept { return p.relapses; }
  static std::optional<date> relapses_recorded_since(const patient& p) noexcept { return p.relapses_recorded_since; }
  static const std::vector<mri_scan>& mri_scans(const patient& p) noexcept { return p.mri; }
  static const std::vector<therapy>& therapies(const patient& p) noexcept { return p.therapies; }
  static std::optional<date> therapies_recorded_since(const patient& p) noexcept { return p.therapies_recorded_since; }
  static const std::vector<condition>& conditions(const patient& p) noexcept { return p.conditions; }
  static bool conditions_complete(const patient& p) noexcept { return p.conditions_complete; }
  static const std::vector<lab_result>& lab_results(const patient& p) noexcept { return p.labs; }
  static const std::vector<blood_pressure_reading>& blood_pressure(const patient& p) noexcept { return p.blood_pressure; }
  static pregnancy_status pregnancy(const patient& p) noexcept { return p.pregnancy; }
  static std::optional<bool> consent_capacity(const patient& p) noexcept { return p.consent_capacity; }
  static std::optional<bool> judged_unsuitable(const patient& p) noexcept { return p.judged_unsuitable; }
  static std::optional<date> infusion_date(const patient& p) noexcept { return p.infusion_date; }
  static std::optional<bool> lactating(const patient& p) noexcept { return p.lactating; }
  static std::optional<bool> childbearing_potential(const patient& p) noexcept { return p.childbearing_potential; }
  static std::optional<bool> effective_contraception(const patient& p) noexcept { return p.effective_contraception; }
  static std::optional<pregnancy_test_result> pregnancy_test(const patient& p) noexcept { return p.pregnancy_test; }
  static std::optional<bool> investigator_judgement(const patient& p, std::string_view key) {
    const auto it = p.investigator_judgements.find(key);
    if (it == p.investigator_judgements.end()) return std::nullopt;
    return it->second;
  }
};
// That patient provides every facet is checked in tests/static/eligibility.cpp (a check here would
// cost every translation unit that includes the record the concept checks of all its facets).

} // namespace trialspec
