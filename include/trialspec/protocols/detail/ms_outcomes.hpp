// trialspec/protocols/detail/ms_outcomes.hpp - the MS trials' primary outcomes as the library
// computes them: the annualized relapse rate of a group with its exact Poisson interval (OPERA,
// ASCLEPIOS I), and 12-week confirmed disability progression through the progression search
// (ORATORIO).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>

#include <span>

namespace trialspec::protocols::detail {

/// A group's annualized relapse rate: total relapses over total person-years
/// (rates::pooled_arr), with its exact Poisson interval (rates::exact_poisson_interval).
struct group_arr {
  rates::pooled_rate pooled;
  rates::rate_interval interval;
};
inline group_arr arr_of_group(std::span<const rates::exposure> patients, double level = 0.95) {
  const auto pooled = rates::pooled_arr(patients);
  return {pooled, rates::exact_poisson_interval(pooled, level)};
}

/// Confirmed disability progression held 12 weeks (84 days, the search's default confirmation
/// interval) from a fixed baseline, under threshold table Table.
template <ThresholdTable Table>
progression_result cdp12_search(std::span<const edss_assessment> assessments, std::span<const relapse> relapses) {
  progression_options o;
  o.confirm_days = 84;
  return assess_progression<Table>(assessments, relapses, o);
}

} // namespace trialspec::protocols::detail
