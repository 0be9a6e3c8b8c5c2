// Fuzz target: the CSV readers of `trialspec arr`, `km` and `progression`. The input is read as
// each of their tables in turn; only the one whose header it has reads past the first line.
//  - follow-up table (id,group,start,end): rates_input::read_cohort, with a relapse table that
//    holds the header only;
//  - relapse table (id,date): rates_input::read_cohort, with a follow-up table of patients "1"
//    and "2" (2010-01-01 to 2012-01-01), then check_days for the count and for the time (relapse
//    dates known to the month or year);
//  - visit table of `progression` (id,date,edss): a replayable csv_stream and the fields as
//    cmd_progression.cpp's whole_events reads them (the date by day_needed, the score by
//    edss::parse); then restart() and a second reading, which must give the same rows.
// Each returns what it read or throws the tool's input_error (or invalid_input).
#include "fuzz_common.hpp"

#include "csv_file.hpp"
#include "rates_input.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>

#include <string>
#include <string_view>
#include <vector>

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
    cli::csv_stream visits(path, {"id", "date", "edss"}, true);
    cli::date_cache dates;
    cli::csv_view row;
    std::vector<std::string> first; // each row's line and fields, to compare after restart()
    const auto key = [&] {
      return std::to_string(row.line) + ":" + std::string(row.fields[0]) + "," + std::string(row.fields[1]) + "," +
             std::string(row.fields[2]);
    };
    while (visits.next(row)) {
      if (row.fields[0].empty()) throw cli::input_error(visits.where(row.line, 1) + "id: empty");
      (void)visits.field(row, 1, [&](std::string_view s) { return cli::day_needed(dates, s, "date", "the search needs the day"); });
      (void)visits.field(row, 2, [](std::string_view s) { return trialspec::edss::parse(s); });
      first.push_back(key());
    }
    visits.restart();
    std::size_t i = 0;
    while (visits.next(row)) {
      if (i == first.size() || first[i] != key()) fail("restart() read a different row", key());
      ++i;
    }
    if (i != first.size()) fail("restart() read fewer rows", std::to_string(i) + " of " + std::to_string(first.size()));
  });
  return 0;
}
