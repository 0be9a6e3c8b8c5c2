// trialspec/verdict.hpp - three-valued verdicts (met / not met / unknown) and reasons: everything
// in verdict/.
//
//   verdict/truth.hpp    truth, Kleene's logic, truth_counts (at least / at most k)
//   verdict/tree.hpp     verdict: a truth with a reason and its parts, shared and flat; render
//   verdict/builder.hpp  verdict_builder: writes verdict trees in place
#pragma once

#include <trialspec/verdict/builder.hpp>
#include <trialspec/verdict/tree.hpp>
#include <trialspec/verdict/truth.hpp>
