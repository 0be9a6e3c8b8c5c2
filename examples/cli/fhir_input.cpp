// FHIR R4 input for `trialspec screen --input fhir PATH` (see fhir_input.hpp).
#include "fhir_input.hpp"

#include "cli.hpp"

#include <trialspec/error.hpp>
#include <trialspec/io/fhir.hpp>

#include <iostream>
#include <string>
#include <utility>

namespace trialspec_cli::fhir_input {

void read(const std::string& path, bool verbose, const std::function<void(trialspec::patient&&, std::size_t)>& on_patient) {
  trialspec::io::fhir_summary summary;
  try {
    summary = trialspec::io::load_fhir(path, trialspec::io::fhir_mapping{}, [&](trialspec::patient&& p, std::size_t index, const std::string&) {
      on_patient(std::move(p), index);
    });
  } catch (const trialspec::io::fhir_format_error& e) {
    throw input_error(std::string("trialspec: ") + e.what());
  } catch (const trialspec::invalid_input& e) {
    throw input_error("trialspec: " + printable(e.what())); // a path that cannot be read, named

  }
  if (verbose) summary.print(std::cerr);
}

const char* options_usage() {
  return "  --input     cohort (default): COHORT is a cohort file; fhir: PATH is a FHIR R4 bundle (.json),\n"
         "              a directory of bundles, bundles one per line (.ndjson, .jsonl) or - (standard input,\n"
         "              one per line); the record id is Patient.id (see the README's \"FHIR R4 input\")\n"
         "  --verbose   with --input fhir: list on standard error the resources and codes not mapped\n";
}

} // namespace trialspec_cli::fhir_input
