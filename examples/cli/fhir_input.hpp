// FHIR R4 input for `trialspec screen --input fhir PATH` (trialspec/io/fhir.hpp): the bundles are
// read one patient at a time with the default mapping, their errors made the tool's.
#pragma once

#include <trialspec/clinical/patient.hpp>

#include <cstddef>
#include <functional>
#include <string>

namespace trialspec_cli::fhir_input {

/// Reads the FHIR input at `path` (a bundle file, a directory of bundles, a file of bundles one per
/// line, or "-" for standard input) and calls `on_patient(patient, index)` for each patient in
/// order. A malformed bundle throws input_error "trialspec: BUNDLE: entry[N] TYPE "ID": PATH
/// "VALUE": rule". With `verbose`, what the mapping did not read is listed on standard error once
/// the input is read.
void read(const std::string& path, bool verbose, const std::function<void(trialspec::patient&&, std::size_t)>& on_patient);

/// The usage lines of --input and --verbose.
const char* options_usage();

} // namespace trialspec_cli::fhir_input
