// Fuzz target: the library's cohort JSON document reader (trialspec/io/cohort_json.hpp).
// Checks: parse_cohort returns patients or throws invalid_input (cohort_format_error); what
// write_cohort writes for the patients it read, parse_cohort reads back to the same document; the
// streaming reader (read_cohort_stream, document layout) accepts exactly what parse_cohort accepts
// and reads the same patients.
#include "fuzz_common.hpp"

#include <trialspec/io/cohort_json.hpp>

#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  namespace io = trialspec::io;
  const std::string text(text_of(data, size));

  std::vector<trialspec::patient> whole;
  const bool read_whole = returns_or_rejects([&] { whole = io::parse_cohort(text); });

  std::vector<trialspec::patient> streamed;
  const bool read_streamed = returns_or_rejects([&] {
    std::istringstream in(text);
    io::read_cohort_stream(in, io::cohort_layout::document,
                           [&](trialspec::patient&& p, std::size_t) { streamed.push_back(std::move(p)); });
  });
  if (read_whole != read_streamed)
    fail(read_whole ? "parse_cohort reads what read_cohort_stream refuses" : "read_cohort_stream reads what parse_cohort refuses",
         text.substr(0, 200));
  if (!read_whole) return 0;

  const std::string written = io::cohort_to_json(whole).dump();
  expect_equal("read_cohort_stream reads other patients than parse_cohort", written, io::cohort_to_json(streamed).dump());
  std::vector<trialspec::patient> again;
  if (!returns_or_rejects([&] { again = io::parse_cohort(written); })) fail("the writer's output is refused by the reader", written);
  expect_equal("written, read and written again differs", written, io::cohort_to_json(again).dump());
  return 0;
}
