// trialspec/testing/patient_builder.hpp - a fluent builder of trialspec::patient for tests, with
// dates relative to a reference (screening) date.
//
//   using namespace trialspec::testing;
//   const patient p = patient_builder(parse_date("2014-01-05"), "P-1")
//                         .aged(45)                                            // 45 on 2014-01-05
//                         .nmosd(aqp4_status::positive)
//                         .edss(4.5_edss, ago(months{2}))
//                         .relapse(relapse_severity::moderate, ago(months{10}))
//                         .therapy("azathioprine", therapy_class::immunosuppressant, years{2}, ago(months{6}))
//                         .build();
//
// Relative dates use the calendar's clamped month arithmetic (calendar.hpp): ago(months{1}) from
// 2024-03-31 is 2024-02-29. Nothing is filled in that the test does not state: a builder patient
// starts with everything unknown, exactly like a record with no data.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>

#include <optional>
#include <string>
#include <utility>

namespace trialspec::testing {

/// A date given absolutely or as a signed offset from the builder's reference date.
struct when {
  std::optional<date> absolute;
  calendar_duration offset{};

  [[nodiscard]] date resolve(date reference) const { return absolute ? *absolute : add(reference, offset); }
};

/// `d` before the reference date: ago(months{2}).
constexpr when ago(calendar_duration d) { return {std::nullopt, -d}; }
/// `d` after the reference date: later(days{30}).
constexpr when later(calendar_duration d) { return {std::nullopt, d}; }
/// The reference date itself.
inline constexpr when on_reference{std::nullopt, {}};
/// A fixed date.
inline when on(date d) { return {d, {}}; }

/// Lesion counts and dose of an MRI scan; what is left out was not assessed.
struct mri_findings {
  std::optional<int> gd_enhancing_lesions{};
  std::optional<gd_dose> dose{};
  std::optional<int> new_t2_lesions{};
};

/// Builds a patient step by step. Each call adds to or sets part of the record; build() validates.
class patient_builder {
public:
  explicit patient_builder(date reference, std::string id = "test-patient") : reference_(reference) {
    p_.id = std::move(id);
  }

  [[nodiscard]] date reference() const noexcept { return reference_; }
  /// The date `w` stands for.
  [[nodiscard]] date at(when w) const { return w.resolve(reference_); }

  patient_builder& id(std::string value) { return p_.id = std::move(value), *this; }

  /// Exactly `years` old on the reference date: the birthday is the reference date itself (so one
  /// day later in the past would make the patient a year younger).
  patient_builder& aged(int years_old) { return born(ago(years{years_old})); }
  /// `years_old` on the reference date, with the next birthday `days_to_birthday` days away
  /// (1 = the last day at this age).
  patient_builder& aged(int years_old, int days_to_birthday) {
    p_.birth_date = add(add(reference_, -calendar_duration(years{years_old + 1})), days{days_to_birthday});
    return *this;
  }
  patient_builder& born(when w) { return p_.birth_date = at(w), *this; }
  patient_builder& female() { return p_.sex = sex::female, *this; }
  patient_builder& male() { return p_.sex = sex::male, *this; }
  patient_builder& weight(double kg) { return p_.weight_kg = kg, *this; }

  /// NMOSD by IPND 2015 criteria with the given serostatus.
  patient_builder& nmosd(aqp4_status aqp4 = aqp4_status::positive,
                         diagnostic_standard criteria = diagnostic_standard::ipnd2015) {
    p_.diagnosis = {diagnosis_kind::nmosd, criteria, aqp4};
    return *this;
  }
  patient_builder& diagnosis(diagnosis_record d) { return p_.diagnosis = d, *this; }

  patient_builder& edss(trialspec::edss score, when w) {
    p_.edss.push_back({at(w), score});
    return *this;
  }
  patient_builder& edss(double score, when w) { return edss(trialspec::edss::from_double(score), w); }

  patient_builder& relapse(relapse_severity severity, when w, std::optional<relapse_phenotype> phenotype = std::nullopt) {
    p_.relapses.push_back({at(w), severity, phenotype});
    return *this;
  }
  /// An ungraded relapse.
  patient_builder& relapse(when w) { return relapse(relapse_severity::unknown, w); }
  /// The relapse list is complete from `w` on.
  patient_builder& relapses_recorded_since(when w) { return p_.relapses_recorded_since = at(w), *this; }

  patient_builder& mri(when w, mri_findings f) {
    p_.mri.push_back({at(w), f.gd_enhancing_lesions, f.dose, f.new_t2_lesions});
    return *this;
  }

  /// A course lasting `length` that ended at `end` ("azathioprine for 2 years ending 6 months ago").
  patient_builder& therapy(std::string name, therapy_class kind, calendar_duration length, when end) {
    const date e = at(end);
    p_.therapies.push_back({std::move(name), kind, add(e, -length), e});
    return *this;
  }
  /// A course from `start` to `end`.
  patient_builder& therapy(std::string name, therapy_class kind, when start, when end) {
    p_.therapies.push_back({std::move(name), kind, at(start), at(end)});
    return *this;
  }
  /// A course started at `start` and still running.
  patient_builder& ongoing_therapy(std::string name, therapy_class kind, when start) {
    p_.therapies.push_back({std::move(name), kind, at(start), std::nullopt});
    return *this;
  }
  patient_builder& therapies_recorded_since(when w) { return p_.therapies_recorded_since = at(w), *this; }

  /// A condition found present (significance as graded, or not graded).
  patient_builder& condition(condition_kind kind, std::optional<bool> significant = std::nullopt, std::string name = {}) {
    p_.conditions.push_back({kind, std::move(name), true, significant});
    return *this;
  }
  /// A condition looked for and found absent.
  patient_builder& no_condition(condition_kind kind) {
    p_.conditions.push_back({kind, {}, false, std::nullopt});
    return *this;
  }
  /// The condition list is the complete history.
  patient_builder& conditions_complete(bool complete = true) { return p_.conditions_complete = complete, *this; }

  /// Relapse and therapy lists complete since birth (or the reference date minus 100 years when
  /// no birth date is known), and the condition list complete: what is not listed did not happen.
  patient_builder& complete_history() {
    const date since = p_.birth_date ? p_.birth_date->earliest() : add(reference_, -calendar_duration(years{100}));
    p_.relapses_recorded_since = since;
    p_.therapies_recorded_since = since;
    p_.conditions_complete = true;
    return *this;
  }

  patient_builder& lab(lab_test test, lab_outcome outcome, when w) {
    p_.labs.push_back({test, outcome, at(w)});
    return *this;
  }
  patient_builder& blood_pressure(int systolic, int diastolic, when w) {
    p_.blood_pressure.push_back({at(w), systolic, diastolic});
    return *this;
  }
  patient_builder& pregnancy(pregnancy_status s) { return p_.pregnancy = s, *this; }
  patient_builder& not_pregnant() { return pregnancy(pregnancy_status::not_pregnant); }
  patient_builder& can_consent(bool able = true) { return p_.consent_capacity = able, *this; }
  patient_builder& judged_unsuitable(bool unsuitable = true) { return p_.judged_unsuitable = unsuitable, *this; }
  patient_builder& infusion(when w) { return p_.infusion_date = at(w), *this; }

  /// Direct access for what the fluent calls do not cover.
  patient& record() noexcept { return p_; }

  /// The patient, validated (patient::validate throws invalid_input for impossible values).
  [[nodiscard]] patient build() const {
    p_.validate();
    return p_;
  }
  /// Implicit on purpose: a builder can be passed wherever a patient is expected.
  operator patient() const { return build(); }

private:
  date reference_;
  patient p_;
};

} // namespace trialspec::testing
