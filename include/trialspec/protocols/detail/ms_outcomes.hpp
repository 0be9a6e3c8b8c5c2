// trialspec/protocols/detail/ms_outcomes.hpp - an MS trial's primary outcome as the library
// computes it without interval statistics: disability progression confirmed at 12 weeks through
// the progression search (ORATORIO). The annualized relapse rates with their exact intervals
// (OPERA, ASCLEPIOS I) are in each trial's analysis.hpp, apart, because they include Boost.Math.
#pragma once

#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/progression/thresholds.hpp>

#include <span>

namespace trialspec::protocols::detail {

/// Confirmed disability progression held 12 weeks (84 days) from a fixed baseline, under
/// threshold table Table.
template <ThresholdTable Table>
progression_result cdp12_search(std::span<const edss_assessment> assessments, std::span<const relapse> relapses) {
  progression_options o;
  o.confirm_days = 84;
  return assess_progression<Table>(assessments, relapses, o);
}

} // namespace trialspec::protocols::detail
