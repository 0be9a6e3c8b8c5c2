// trialspec/protocols/nct02249676/analysis.hpp - the seed trial's outcomes that need exact
// intervals: adverse events and annualized relapse rates before vs after the infusion.
//
// design.hpp declares the analysis types so that the protocol names them; they are defined here,
// apart, because they include the interval statistics (Boost.Math through rates/), which
// screening does not need.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/adverse_events.hpp>
#include <trialspec/protocol/safety.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>
#include <trialspec/rates/pre_post.hpp>

#include <span>
#include <vector>

namespace trialspec::protocols::nct02249676 {

/// Adverse events over the safety window (3 months before to 12 months after the infusion), per
/// arm, rate after vs before.
struct safety_analysis {
  static std::vector<arm_safety_summary> compute(std::span<const safety_patient> patients) {
    return summarize_safety(patients, windows::safety);
  }
};

/// Annualized relapse rate over the 12 months before vs the 12 months after the infusion, per
/// patient and pooled, with the signed-rank test of the paired differences.
struct arr_analysis {
  static rates::pre_post_result compute(std::span<const rates::pre_post_patient> patients) {
    return rates::compare_pre_post(patients, rates::pre_post_windows{months{12}, months{12}});
  }
};

} // namespace trialspec::protocols::nct02249676
