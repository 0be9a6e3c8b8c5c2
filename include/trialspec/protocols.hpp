// trialspec/protocols.hpp - every bundled trial with its analyses (which compute exact intervals,
// so this includes Boost.Math; include one trial's header, protocols/<trial>.hpp, to screen).
#pragma once

#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/protocols/nct02249676/analysis.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
