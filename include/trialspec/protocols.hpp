// trialspec/protocols.hpp - every bundled trial with its analyses (which compute exact intervals,
// so this includes Boost.Math; include one trial's header, protocols/<trial>.hpp, to screen).
#pragma once

#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/protocols/nct02249676/analysis.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/protocols/nct02249676/run_time.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
// The five pivotal NMOSD trials (their outcomes need no interval statistics).
#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/n_momentum.hpp>
#include <trialspec/protocols/prevent.hpp>
#include <trialspec/protocols/sakurasky.hpp>
#include <trialspec/protocols/sakurastar.hpp>

// The three MS trials (their ARR outcomes compute exact intervals too).
#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/asclepios/analysis.hpp>
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/opera/analysis.hpp>
#include <trialspec/protocols/oratorio.hpp>
#include <trialspec/protocols/oratorio/analysis.hpp>
