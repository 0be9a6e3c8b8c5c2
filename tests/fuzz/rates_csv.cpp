// Fuzz target: the CSV readers of `trialspec arr`, `km` and `progression`. The input is read as
// each of their tables in turn; only the one whose header it has reads past the first line.
//  - follow-up table (id,group,start,end): rates_input::read_cohort, with a relapse table that
//    holds the header only;
//  - relapse table (id,date): rates_input::read_cohort, with a follow-up table of patients "1"
//    and "2" (2010-01-01 to 2012-01-01), then check_days for the count and for the time (relapse
//    dates known to the month or year);
//  - visit table of `progression` (id,date,edss): csv_table and the fields as cmd_progression.cpp
//    reads them (the date by day_needed, the score by edss::parse; the reading of that command is
//    being reorganised, so its loop is mirrored here rather than moved).
// Each returns what it read or throws the tool's input_error (or invalid_input).
#include "fuzz_common.hpp"

#include "csv_file.hpp"
#include "rates_input.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  namespace cli = trialspec_cli;
  static scratch_file input("input");
  static scratch_file followup("followup");
  static scratch_file relapses("relapses");
  static const bool fixed = [] {
    followup.write("id,group,start,end\n1,a,2010-01-01,2012-01-01\n2,b,2010-01-01,2012-01-01\n");
    relapses.write("id,date\n");
    return true;
  }();
  (void)fixed;
  const std::string& path = input.write(text_of(data, size));

  returns_or_rejects<cli::input_error>([&] {
    const auto c = cli::rates_input::read_cohort(path, relapses.path());
    if (c.patients.empty() || c.groups.empty()) fail("read_cohort returned no patient", "");
  });
  returns_or_rejects<cli::input_error>([&] {
    const auto c = cli::rates_input::read_cohort(followup.path(), path);
    if (c.patients.size() != 2) fail("read_cohort lost a patient", "");
    // Relapses known to the month or year: used, or refused naming the patient and the onset.
    cli::rates_input::check_days(c, 30, cli::rates_input::need::count);
    cli::rates_input::check_days(c, 30, cli::rates_input::need::time);
  });
  returns_or_rejects<cli::input_error>([&] {
    const cli::csv_table visits(path, {"id", "date", "edss"});
    cli::date_cache dates;
    for (const auto& row : visits.rows()) {
      if (row.fields[0].empty()) throw cli::input_error(visits.where(row.line, 1) + "id: empty");
      (void)visits.field(row, 1, [&](const std::string& s) { return cli::day_needed(dates, s, "date", "the search needs the day"); });
      (void)visits.field(row, 2, [](const std::string& s) { return trialspec::edss::parse(s); });
    }
  });
  return 0;
}
