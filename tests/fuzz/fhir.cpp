// Fuzz target: the FHIR R4 bundle reader (trialspec/io/fhir.hpp): parse_fhir_bundle returns a
// patient or throws invalid_input (fhir_format_error), and so does read_fhir_stream, which reads
// the same bytes as bundles one per line.
#include "fuzz_common.hpp"

#include <trialspec/io/fhir.hpp>

#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  namespace io = trialspec::io;
  const std::string text(text_of(data, size));
  static const io::fhir_mapping mapping{};
  returns_or_rejects([&] {
    io::fhir_summary summary;
    (void)io::parse_fhir_bundle(text, mapping, &summary, "fuzz.json");
  });
  if (text.find('\n') != std::string::npos)
    returns_or_rejects([&] {
      std::istringstream in(text);
      (void)io::read_fhir_stream(in, "fuzz.ndjson", mapping, [](trialspec::patient&&, std::size_t, const std::string&) {});
    });
  return 0;
}
