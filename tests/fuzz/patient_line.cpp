// Fuzz target: the tool's JSON Lines patient reader (examples/cli/patient_line_reader.hpp,
// simdjson) against the library's (trialspec::io::parse_patient), line by line: both read the
// same patient, or both throw invalid_input with the same message, word for word (the obligation
// patient_line_reader.hpp states). A patient read is written and read back to the same JSON.
#include "fuzz_common.hpp"

#include "patient_line_reader.hpp"

#include <trialspec/io/cohort_json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace {

std::string written(const trialspec::patient& p) { return trialspec::io::patient_to_json(p).dump(); }

/// The patient written, or the error's message prefixed with "error: ".
template <class Read> std::string outcome(Read&& read) {
  std::string out;
  try {
    out = written(read());
  } catch (const trialspec::invalid_input& e) {
    out = std::string("error: ") + e.what();
  } catch (const std::exception& e) {
    trialspec_fuzz::fail("unexpected exception (not invalid_input)", e.what());
  }
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  static trialspec_cli::patient_line_reader reader;
  std::string_view rest = text_of(data, size);
  std::size_t index = 0;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const std::string line(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (trialspec::io::blank_line(line)) continue;
    const std::string tool = outcome([&] { return reader.read(line, index); });
    const std::string library = outcome([&] { return trialspec::io::parse_patient(line, index); });
    expect_equal("the tool's and the library's JSON Lines readers disagree", tool, library);
    if (!tool.starts_with("error: ")) {
      const std::string again = outcome([&] { return trialspec::io::parse_patient(tool, index); });
      expect_equal("written, read and written again differs", tool, again);
    }
    ++index;
  }
  return 0;
}
