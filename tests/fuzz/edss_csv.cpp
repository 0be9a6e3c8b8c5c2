// Fuzz target: the CSV reader of `trialspec edss` (examples/cli/edss_input.hpp over csv_table).
// It returns one EDSS (or none) per row or throws the tool's input_error (or invalid_input); the
// input's length picks one of the eight combinations of the scoring options.
#include "fuzz_common.hpp"

#include "csv_file.hpp"
#include "edss_input.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  static scratch_file file("edss");
  const std::string& path = file.write(text_of(data, size));
  trialspec::edss_fs_options options;
  if (size & 1) options.cerebral_one = trialspec::cerebral_grade_one::counted;
  if (size & 2) options.four_with_twos = trialspec::grade_four_with_twos::step_4_0;
  if (size & 4) options.fours_when_walking = trialspec::grade_fours_when_walking::capped_at_4_5;
  returns_or_rejects<trialspec_cli::input_error>([&] {
    const trialspec_cli::csv_table table(path, trialspec_cli::edss_input::header());
    const auto rows = trialspec_cli::edss_input::read(table, options);
    if (rows.size() != table.rows().size()) fail("edss: not one result per row", std::to_string(rows.size()));
  });
  return 0;
}
