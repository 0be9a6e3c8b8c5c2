// trialspec/io.hpp - everything in io/: reading and writing cohort files. Needs nlohmann_json
// (Debian nlohmann-json3-dev); not part of trialspec/trialspec.hpp.
#pragma once

#include <trialspec/io/cohort_json.hpp>
