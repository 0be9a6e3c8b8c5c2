// trialspec/progression.hpp - everything in progression/: EDSS change thresholds, the options of
// the search and confirmed worsening / improvement (PIRA, RAW).
#pragma once

#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/thresholds.hpp>
