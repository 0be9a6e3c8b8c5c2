// trialspec screen COHORT.json [--as-of YYYY-MM-DD] [--format text|markdown|csv|json] [--explain]
//                             [--protocol NAME] [reading option]
// Screens every patient of a JSON cohort (trialspec/io/cohort_json.hpp) against NCT02249676 (or
// the bundled trial --protocol names, trials.hpp):
// one line per patient with the status and the criteria that failed or are unknown, then the
// attrition table in protocol order.
#include "cli.hpp"
#include "screen_readings.hpp"
#include "trials.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/eligibility/cohort.hpp>
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
namespace el = trialspec::eligibility;
namespace readings = trialspec_cli::nct02249676_readings;

const std::string usage_text =
    "usage: trialspec screen COHORT.json [--as-of YYYY-MM-DD] [--format text|markdown|csv|json] [--explain]\n"
    "                        [--protocol NAME] [reading option]\n"
    "  --as-of     the screening date (default: today, UTC)\n"
    "  --protocol  the trial: nct02249676 (default), prevent, n-momentum, sakurasky, sakurastar,\n"
    "              champion-nmosd, opera, oratorio, asclepios or an NCT id (`trialspec protocols`);\n"
    "              reading options are NCT02249676's\n"
    "  --explain   every criterion's reasons under each patient (text format only)\n" +
    readings::options_usage() +
    "A record that cannot be screened (a birth date after the screening date, a date whose windows\n"
    "leave the calendar), a date before the birth date, or a control character in an id or a name\n"
    "stops the run with exit code 2, naming the file and the patient.";

struct options {
  std::string path;
  trialspec::date as_of = boost::gregorian::day_clock::universal_day();
  std::string format = "text";
  bool explain = false;
  readings::reading reading;
  /// The trial when it is not NCT02249676 (--protocol).
  const trialspec_cli::trials::trial* trial = nullptr;
};

/// The screening of the chosen protocol: NCT02249676 under its reading, or another bundled trial.
readings::cohort_screening screen_chosen(const options& o, const std::vector<trialspec::patient>& cohort) {
  if (o.trial) return o.trial->screen(cohort, o.as_of, o.explain);
  return readings::screen(o.reading, cohort, o.as_of, o.explain);
}
std::string chosen_id(const options& o) { return o.trial ? o.trial->id : readings::protocol_id(); }

using trialspec_cli::join;

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
  const auto screened = screen_chosen(o, cohort);
  const auto& rows = screened.records;
  const auto& attrition = screened.attrition;
  const std::string title = chosen_id(o) + " screening as of " + trialspec::to_iso(o.as_of);
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
    doc["protocol"] = chosen_id(o);
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

/// "trialspec: FILE: patient "ID" (#N): ", the reader's way of naming a patient.
std::string patient_where(const std::string& path, std::size_t index, const std::string& id) {
  return "trialspec: " + path + ": patient \"" + trialspec_cli::printable(id) + "\" (#" + std::to_string(index + 1) + "): ";
}

/// What the reader accepts but the tool does not: a control character in an id or a name (it
/// would be printed and could forge a line of the report), and an observation dated before the
/// patient's birth.
void check_cohort(const std::string& path, const std::vector<trialspec::patient>& cohort) {
  for (std::size_t i = 0; i < cohort.size(); ++i) {
    const auto& p = cohort[i];
    const auto fail = [&](const std::string& key, const std::string& value, const std::string& rule) {
      throw trialspec_cli::input_error(patient_where(path, i, p.id) + key + " \"" + trialspec_cli::printable(value) +
                                       "\": " + rule);
    };
    const auto text = [&](const std::string& key, const std::string& value) {
      if (trialspec_cli::has_control(value)) fail(key, value, "contains a control character");
    };
    text("id", p.id);
    for (std::size_t k = 0; k < p.therapies.size(); ++k) text("therapies[" + std::to_string(k) + "].name", p.therapies[k].name);
    for (std::size_t k = 0; k < p.conditions.size(); ++k) text("conditions[" + std::to_string(k) + "].name", p.conditions[k].name);
    if (!p.birth_date) continue;
    const trialspec::date born = *p.birth_date;
    const auto dated = [&](const std::string& key, trialspec::date d) {
      if (d < born) fail(key, trialspec::to_iso(d), "is before the birth date " + trialspec::to_iso(born));
    };
    const auto each = [&](const char* list, const auto& items, const char* key, auto date_of) {
      for (std::size_t k = 0; k < items.size(); ++k)
        dated(std::string(list) + "[" + std::to_string(k) + "]." + key, date_of(items[k]));
    };
    each("edss", p.edss, "date", [](const auto& e) { return e.on; });
    each("relapses", p.relapses, "onset", [](const auto& r) { return r.onset; });
    each("mri", p.mri, "date", [](const auto& m) { return m.on; });
    each("therapies", p.therapies, "start", [](const auto& t) { return t.start; });
    each("labs", p.labs, "date", [](const auto& l) { return l.on; });
    each("blood_pressure", p.blood_pressure, "date", [](const auto& b) { return b.on; });
    if (p.infusion_date) dated("infusion_date", *p.infusion_date);
  }
}

int run(args_t args, std::ostream& out) {
  options o;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (readings::take_reading_option(args, i, o.reading, seen)) continue;
    if (a == "--as-of") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--as-of: missing value");
      try {
        o.as_of = trialspec::parse_date(args[++i], "--as-of");
      } catch (const trialspec::invalid_input& e) {
        throw usage_error(e.what());
      }
    } else if (a == "--format") {
      o.format = readings::take_format(args, i, {"text", "markdown", "csv", "json"}, seen);
    } else if (a == "--explain") {
      seen.add(a);
      o.explain = true;
    } else if (a == "--protocol") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--protocol: missing value");
      o.trial = trialspec_cli::trials::find(args[++i]);
    } else if (!a.empty() && a[0] == '-') {
      throw usage_error("unknown option '" + a + "'");
    } else if (o.path.empty()) {
      o.path = a;
    } else {
      throw usage_error("one cohort file expected, got '" + o.path + "' and '" + a + "'");
    }
  }
  if (o.path.empty()) throw usage_error("a cohort file is required");
  if (o.explain && o.format != "text")
    throw usage_error("--explain writes reasons in the text format only, not with --format " + o.format);
  if (o.trial && !o.reading.is_default())
    throw usage_error("reading options are NCT02249676's, not " + o.trial->id + "'s: " + o.reading.option + " " + o.reading.value);
  // A screening date whose windows leave the calendar fails for every record: it is the command
  // line that is wrong, not a patient.
  try {
    if (o.trial) {
      const std::vector<trialspec::patient> nobody(1);
      try {
        (void)o.trial->screen(nobody, o.as_of, false);
      } catch (const readings::record_error& e) {
        throw trialspec::invalid_input("--as-of", trialspec::to_iso(o.as_of), e.what());
      }
    } else {
      readings::check_screening_date(o.reading, o.as_of);
    }
  } catch (const trialspec::invalid_input& e) {
    throw usage_error(e.what());
  }

  trialspec_cli::reject_directory(o.path);
  std::vector<trialspec::patient> cohort;
  try {
    cohort = trialspec::io::load_cohort(o.path);
  } catch (const trialspec::invalid_input& e) {
    throw trialspec_cli::input_error(std::string("trialspec: ") + e.what()); // names the file
  }
  check_cohort(o.path, cohort);
  try {
    screen_cohort(o, cohort, out);
  } catch (const readings::record_error& e) {
    throw trialspec_cli::input_error(patient_where(o.path, e.index, e.id) + "cannot be screened as of " +
                                     trialspec::to_iso(o.as_of) + ": " + e.what());
  }
  return 0;
}

const trialspec_cli::registrar reg{"screen", "screen a JSON cohort against NCT02249676 or --protocol NAME (status per patient, attrition)",
                                   usage_text, &run};

} // namespace
