// trialspec/protocols/asclepios/analysis.hpp - ASCLEPIOS I's primary outcome with its exact interval:
// the annualized relapse rate of a group, total relapses over total participant-years
// (rates::pooled_arr), with its exact Poisson interval (rates::exact_poisson_interval).
//
// design.hpp declares the analysis so that the protocol names it; it is defined here, apart,
// because the interval statistics include Boost.Math, which screening does not need.
#pragma once

#include <trialspec/protocols/asclepios/design.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>

#include <span>

namespace trialspec::protocols::asclepios {

/// A group's annualized relapse rate and its exact interval.
struct group_arr {
  rates::pooled_rate pooled;
  rates::rate_interval interval;
};

struct arr_analysis {
  static group_arr compute(std::span<const rates::exposure> patients, double level = 0.95) {
    const auto pooled = rates::pooled_arr(patients);
    return {pooled, rates::exact_poisson_interval(pooled, level)};
  }
};

} // namespace trialspec::protocols::asclepios
