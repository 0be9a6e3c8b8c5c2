// trialspec/rates/person_time.hpp - person-time, event counts in windows, and annualized relapse
// rates (ARR) for one patient and for a cohort.
//
// Person-time over a closed observation window [start, end] is (end - start) days / 365.25. A
// window of zero or negative length has no person-time and is rejected (invalid_input) instead of
// producing a division by zero. Two cohort summaries exist and are deliberately named apart:
//  - pooled ARR: total events / total person-years (each patient weighted by follow-up);
//  - mean of per-patient ARRs: every patient weighted equally (short follow-up inflates it).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cmath>
#include <cstddef>
#include <span>
#include <string>

namespace trialspec::rates {

/// Person-years of a bounded closed window: (last - first) days / 365.25. Throws invalid_input
/// for an unbounded window or one of zero length (a single day has no person-time).
inline double observation_years(const date_interval& window) {
  if (!window.bounded())
    throw invalid_input("observation window", window.to_string(), "must have a start and an end");
  const long days = window.length_in_days();
  if (days <= 0)
    throw invalid_input("observation window", window.to_string(),
                        "must be longer than zero days to carry person-time");
  return static_cast<double>(days) / 365.25;
}

/// Person-years between two dates; throws invalid_input when `end` is not after `start`.
inline double observation_years(date start, date end) {
  if (start.is_special() || end.is_special() || end <= start)
    throw invalid_input("observation window", trialspec::detail::cat(to_iso(start), "..", to_iso(end)),
                        "the end must be after the start");
  return observation_years(date_interval(start, end));
}

/// Number of `dates` inside the closed window (edges included).
inline long count_in(const date_interval& window, std::span<const date> dates) {
  long n = 0;
  for (date d : dates)
    if (window.contains(d)) ++n;
  return n;
}

/// Events and person-time of one patient (or any unit of observation).
struct exposure {
  long events = 0;
  double person_years = 0;
};

namespace detail {
inline void check_exposure(const exposure& e) {
  if (e.events < 0) throw invalid_input("events", std::to_string(e.events), "must not be negative");
  if (!(e.person_years > 0) || !std::isfinite(e.person_years))
    throw invalid_input("person-years", std::to_string(e.person_years),
                        "must be a positive finite number");
}
} // namespace detail

/// The events inside `window` and its person-years. Throws as observation_years does.
inline exposure exposure_in(const date_interval& window, std::span<const date> event_dates) {
  return {count_in(window, event_dates), observation_years(window)};
}

/// Events per person-year. Throws invalid_input for negative events or non-positive time.
inline double annualized_rate(long events, double person_years) {
  detail::check_exposure({events, person_years});
  return static_cast<double>(events) / person_years;
}

/// Annualized rate of one patient's exposure.
inline double patient_arr(const exposure& e) { return annualized_rate(e.events, e.person_years); }

/// Annualized rate of the events inside `window`.
inline double patient_arr(const date_interval& window, std::span<const date> event_dates) {
  return patient_arr(exposure_in(window, event_dates));
}

/// Totals of a cohort: patients, events, person-years and the pooled rate.
struct pooled_rate {
  std::size_t patients = 0;
  long events = 0;
  double person_years = 0;
  /// Sum of events / sum of person-years.
  double arr = 0;
};

/// Pooled ARR of a cohort: total events / total person-years. Throws invalid_input for an empty
/// cohort or any invalid exposure.
inline pooled_rate pooled_arr(std::span<const exposure> patients) {
  if (patients.empty()) throw invalid_input("patients", "0", "a cohort needs at least one patient");
  pooled_rate r;
  for (const auto& e : patients) {
    detail::check_exposure(e);
    ++r.patients;
    r.events += e.events;
    r.person_years += e.person_years;
  }
  r.arr = static_cast<double>(r.events) / r.person_years;
  return r;
}

/// Mean of the per-patient ARRs (every patient weighted equally). Not the pooled ARR.
inline double mean_patient_arr(std::span<const exposure> patients) {
  if (patients.empty()) throw invalid_input("patients", "0", "a cohort needs at least one patient");
  double sum = 0;
  for (const auto& e : patients) sum += patient_arr(e);
  return sum / static_cast<double>(patients.size());
}

} // namespace trialspec::rates
