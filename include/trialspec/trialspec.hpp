// trialspec/trialspec.hpp - umbrella header: every module's umbrella, except the optional ones.
//
// Included: calendar.hpp, error.hpp, verdict.hpp, edss.hpp, clinical.hpp, progression.hpp,
// rates.hpp, diagnosis.hpp, eligibility.hpp, protocol.hpp and protocols.hpp (every bundled trial).
// That brings Boost.Math (rates/, protocol/safety.hpp, protocols/*/analysis.hpp: exact intervals)
// and Boost.Date_Time's posix_time (protocol/cell_therapy/order_sheet.hpp); a file that only
// screens against a trial compiles faster with the trial's header alone (README, "Compile time").
//
// Left out:
//  - trialspec/testing.hpp (testing/): needs Boost.Test, linked;
//  - trialspec/io.hpp (io/): needs nlohmann_json (Debian nlohmann-json3-dev).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/verdict.hpp>

#include <trialspec/edss.hpp>
#include <trialspec/clinical.hpp>

#include <trialspec/progression.hpp>
#include <trialspec/rates.hpp>

#include <trialspec/diagnosis.hpp>
#include <trialspec/eligibility.hpp>

#include <trialspec/protocol.hpp>
#include <trialspec/protocols.hpp>
