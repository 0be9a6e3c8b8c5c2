// trialspec screen COHORT.json [--as-of YYYY-MM-DD] [--format text|markdown|csv|json] [--explain]
//                             [reading option]
// Screens every patient of a JSON cohort (trialspec/io/cohort_json.hpp) against NCT02249676:
// one line per patient with the status and the criteria that failed or are unknown, then the
// attrition table in protocol order.
#include "cli.hpp"
#include "screen_readings.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace el = trialspec::eligibility;
namespace readings = trialspec_cli::nct02249676_readings;

const std::string usage_text =
    "usage: trialspec screen COHORT.json [--as-of YYYY-MM-DD] [--format text|markdown|csv|json] [--explain]\n"
    "                        [reading option]\n"
    "  --as-of     the screening date (default: today, UTC)\n"
    "  --explain   text format: every criterion's reasons under each patient\n" +
    readings::options_usage();

struct options {
  std::string path;
  trialspec::date as_of = boost::gregorian::day_clock::universal_day();
  std::string format = "text";
  bool explain = false;
  readings::reading reading;
};

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s;
}

// RFC 4180 quoting for a field that needs it.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string markdown_cell(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void screen_cohort(const options& o, const std::vector<trialspec::patient>& cohort, std::ostream& out) {
  const auto screened = readings::screen(o.reading, cohort, o.as_of, o.explain);
  const auto& rows = screened.records;
  const auto& attrition = screened.attrition;
  const std::string title = readings::protocol_id() + " screening as of " + trialspec::to_iso(o.as_of);
  const std::string summary = std::to_string(attrition.total) + " records: " + std::to_string(attrition.eligible) + " eligible, " +
                              std::to_string(attrition.ineligible) + " ineligible, " + std::to_string(attrition.undetermined) +
                              " undetermined\n";

  if (o.format == "csv") {
    out << "id,status,failed,unknown\n";
    for (const auto& r : rows)
      out << csv_field(r.id) << ',' << to_string(r.status) << ',' << csv_field(join(r.failed, ";")) << ','
          << csv_field(join(r.unknown, ";")) << '\n';
  } else if (o.format == "json") {
    using json = nlohmann::ordered_json;
    json doc = json::object();
    doc["protocol"] = readings::protocol_id();
    doc["as_of"] = trialspec::to_iso(o.as_of);
    doc["reading"] = o.reading.label();
    json patients = json::array();
    for (const auto& r : rows)
      patients.push_back(json{{"id", r.id}, {"status", std::string(to_string(r.status))}, {"failed", r.failed}, {"unknown", r.unknown}});
    doc["patients"] = std::move(patients);
    doc["summary"] = json{{"total", attrition.total},
                          {"eligible", attrition.eligible},
                          {"ineligible", attrition.ineligible},
                          {"undetermined", attrition.undetermined}};
    json table = json::array();
    for (const auto& row : attrition.rows)
      table.push_back(json{{"criterion", row.id},
                           {"role", std::string(to_string(row.role))},
                           {"met", row.met},
                           {"not_met", row.not_met},
                           {"unknown", row.unknown},
                           {"removed", row.removed},
                           {"remaining", row.remaining},
                           {"passing", row.passing}});
    doc["attrition"] = std::move(table);
    out << doc.dump(2) << '\n';
  } else if (o.format == "markdown") {
    out << "# " << title << "\n\nReading: " << o.reading.label() << "\n\n";
    out << "| id | status | failed | unknown |\n| --- | --- | --- | --- |\n";
    for (const auto& r : rows)
      out << "| " << markdown_cell(r.id) << " | " << to_string(r.status) << " | " << join(r.failed, ", ") << " | "
          << join(r.unknown, ", ") << " |\n";
    out << "\n## Attrition\n\n| criterion | met | not met | unknown | removed | remaining | passing |\n"
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (const auto& row : attrition.rows)
      out << "| " << row.id << " | " << row.met << " | " << row.not_met << " | " << row.unknown << " | " << row.removed << " | "
          << row.remaining << " | " << row.passing << " |\n";
    out << "\n" << summary;
  } else {
    out << title << " (reading: " << o.reading.label() << ")\n";
    for (const auto& r : rows) {
      out << r.id << ": " << to_string(r.status);
      if (!r.failed.empty()) out << "; failed: " << join(r.failed, ", ");
      if (!r.unknown.empty()) out << "; unknown: " << join(r.unknown, ", ");
      out << '\n';
      if (o.explain) {
        std::size_t from = 0;
        while (from < r.report.size()) {
          const std::size_t nl = r.report.find('\n', from);
          out << "    " << r.report.substr(from, nl - from) << '\n';
          from = nl + 1;
        }
      }
    }
    out << '\n' << el::render(attrition);
  }
}

int run(args_t args, std::ostream& out) {
  options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (readings::take_reading_option(args, i, o.reading, usage_text)) continue;
    if (a == "--as-of") {
      if (i + 1 >= args.size()) throw usage_error("--as-of: missing value\n" + usage_text);
      try {
        o.as_of = trialspec::parse_date(args[++i], "--as-of");
      } catch (const trialspec::invalid_input& e) {
        throw usage_error(e.what());
      }
    } else if (a == "--format") {
      o.format = readings::take_format(args, i, {"text", "markdown", "csv", "json"});
    } else if (a == "--explain") {
      o.explain = true;
    } else if (!a.empty() && a[0] == '-') {
      throw usage_error("unknown option '" + a + "'\n" + usage_text);
    } else if (o.path.empty()) {
      o.path = a;
    } else {
      throw usage_error("one cohort file expected, got '" + o.path + "' and '" + a + "'\n" + usage_text);
    }
  }
  if (o.path.empty()) throw usage_error("a cohort file is required\n" + usage_text);

  std::vector<trialspec::patient> cohort;
  try {
    cohort = trialspec::io::load_cohort(o.path);
  } catch (const trialspec::invalid_input& e) {
    throw trialspec_cli::input_error(std::string("trialspec: ") + e.what()); // names the file
  }
  screen_cohort(o, cohort, out);
  return 0;
}

const trialspec_cli::registrar reg{"screen", "screen a JSON cohort against NCT02249676 (status per patient, attrition)", &run};

} // namespace
