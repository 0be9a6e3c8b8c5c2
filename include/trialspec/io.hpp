// trialspec/io.hpp - everything in io/: reading and writing cohort files, reading FHIR R4
// bundles. Needs nlohmann_json (Debian nlohmann-json3-dev); not part of trialspec/trialspec.hpp.
#pragma once

#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
