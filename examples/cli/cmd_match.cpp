// trialspec match COHORT.json [--as-of YYYY-MM-DD] [--format text|csv|json]
// For each patient of a JSON cohort, every bundled trial's status (NCT02249676 under its registry
// reading, then the five NMOSD trials and the three MS trials), with the criteria that failed and,
// for an undetermined status, the criteria whose data would decide it. The text output groups a
// patient's trials by status (eligible, undetermined, ineligible; a group without trials is left
// out), each group in catalogue order; csv and json keep one row per patient and trial.
#include "cli.hpp"
#include "screen_readings.hpp"
#include "trials.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace readings = trialspec_cli::nct02249676_readings;
namespace trials = trialspec_cli::trials;

const std::string usage_text =
    "usage: trialspec match COHORT.json [--as-of YYYY-MM-DD] [--format text|csv|json]\n"
    "  every bundled trial's status for each patient (`trialspec protocols` lists them), grouped by\n"
    "  status in the text output; for an undetermined status, the criteria whose data would decide it\n"
    "  --as-of     the screening date (default: today, UTC)";

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

struct trial_result {
  std::string id;
  std::string acronym;
  readings::cohort_screening screening;
};

int run(args_t args, std::ostream& out) {
  std::string path;
  std::string format = "text";
  trialspec::date as_of = boost::gregorian::day_clock::universal_day();
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format") {
      format = readings::take_format(args, i, {"text", "csv", "json"}, seen);
    } else if (a == "--as-of") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--as-of: missing value");
      try {
        as_of = trialspec::parse_date(args[++i], "--as-of");
      } catch (const trialspec::invalid_input& e) {
        throw usage_error(e.what());
      }
    } else if (!a.empty() && a[0] == '-') {
      throw usage_error("unknown option '" + a + "'");
    } else if (path.empty()) {
      path = a;
    } else {
      throw usage_error("one cohort file expected, got '" + path + "' and '" + a + "'");
    }
  }
  if (path.empty()) throw usage_error("a cohort file is required");
  trialspec_cli::reject_directory(path);
  std::vector<trialspec::patient> cohort;
  try {
    cohort = trialspec::io::load_cohort(path);
  } catch (const trialspec::invalid_input& e) {
    throw trialspec_cli::input_error(std::string("trialspec: ") + e.what());
  }
  std::vector<trial_result> results;
  try {
    results.push_back({readings::protocol_id(), "", readings::screen(readings::reading{}, cohort, as_of, false)});
    for (const auto& t : trials::bundled_trials()) results.push_back({t.id, t.acronym, t.screen(cohort, as_of, false)});
  } catch (const readings::record_error& e) {
    throw trialspec_cli::input_error("trialspec: " + path + ": patient \"" + trialspec_cli::printable(e.id) + "\" (#" +
                                     std::to_string(e.index + 1) + "): cannot be screened as of " + trialspec::to_iso(as_of) + ": " +
                                     e.what());
  }
  using trialspec_cli::join;
  if (format == "csv") {
    out << "id,protocol,status,failed,unknown\n";
    for (std::size_t i = 0; i < cohort.size(); ++i)
      for (const auto& r : results) {
        const auto& row = r.screening.records[i];
        out << csv_field(row.id) << ',' << r.id << ',' << to_string(row.status) << ',' << csv_field(join(row.failed, ";")) << ','
            << csv_field(join(row.unknown, ";")) << '\n';
      }
  } else if (format == "json") {
    using json = nlohmann::ordered_json;
    json patients = json::array();
    for (std::size_t i = 0; i < cohort.size(); ++i) {
      json per = json::array();
      for (const auto& r : results) {
        const auto& row = r.screening.records[i];
        per.push_back(json{{"protocol", r.id}, {"status", std::string(to_string(row.status))}, {"failed", row.failed}, {"unknown", row.unknown}});
      }
      patients.push_back(json{{"id", cohort[i].id}, {"trials", std::move(per)}});
    }
    out << json{{"as_of", trialspec::to_iso(as_of)}, {"patients", std::move(patients)}}.dump(2) << '\n';
  } else {
    out << "Matching as of " << trialspec::to_iso(as_of) << "\n";
    using trialspec::eligibility::screening_outcome;
    for (std::size_t i = 0; i < cohort.size(); ++i) {
      out << cohort[i].id << ":\n";
      for (const auto status : {screening_outcome::eligible, screening_outcome::undetermined, screening_outcome::ineligible}) {
        bool any = false;
        for (const auto& r : results) {
          const auto& row = r.screening.records[i];
          if (row.status != status) continue;
          if (!any) out << "  " << to_string(status) << ":\n";
          any = true;
          out << "    " << r.id;
          if (!r.acronym.empty()) out << " (" << r.acronym << ')';
          std::string sep = ": ";
          if (!row.failed.empty()) {
            out << sep << "failed: " << join(row.failed, ", ");
            sep = "; ";
          }
          if (!row.unknown.empty()) out << sep << "would be decided by: " << join(row.unknown, ", ");
          out << '\n';
        }
      }
    }
  }
  return 0;
}

const trialspec_cli::registrar reg{"match", "every bundled trial's status for each patient of a JSON cohort", usage_text, &run};

} // namespace
