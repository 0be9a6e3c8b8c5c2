// trialspec/protocols/oratorio/analysis.hpp - ORATORIO's primary outcome: disability progression
// confirmed at 12 weeks (84 days) from a fixed baseline, through the progression search under
// the trial's threshold table.
//
// design.hpp declares the analysis so that the protocol names it; it is defined here, apart,
// because screening does not need the progression search.
#pragma once

#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/protocols/detail/ms_outcomes.hpp>
#include <trialspec/protocols/oratorio/design.hpp>

#include <span>

namespace trialspec::protocols::oratorio {

struct cdp12_analysis {
  static progression_result compute(std::span<const edss_assessment> assessments, std::span<const relapse> relapses) {
    return protocols::detail::cdp12_search<progression_thresholds>(assessments, relapses);
  }
};

} // namespace trialspec::protocols::oratorio
