// trialspec/protocols/nct02249676/thresholds.hpp - the seed trial's own EDSS worsening table, gap kept.
//
// Registry: "Increase of 1 EDSS point (if baseline EDSS<5.0) or 0.5 EDSS points (if baseline EDSS
// >5.5)". Baselines 5.0 and 5.5 get no threshold: worsening from them is unknown, never guessed
// (DESIGN, open question 2; the alternatives are progression/thresholds.hpp's standard tables).
#pragma once

#include <trialspec/edss.hpp>
#include <trialspec/progression/thresholds.hpp>

namespace trialspec::protocols::nct02249676 {

/// +1.0 for baselines below 5.0 (0 to 4.5), +0.5 above 5.5 (6.0 to 10.0); nothing for 5.0 and 5.5.
using protocol_thresholds = threshold_table<threshold_row(edss::from_half_steps(0), edss::from_half_steps(9), edss_change(2)),
                                            threshold_row(edss::from_half_steps(12), edss::from_half_steps(20), edss_change(1))>;

static_assert(!protocol_thresholds::complete, "the registry's gap at baselines 5.0 and 5.5 is kept");

} // namespace trialspec::protocols::nct02249676
