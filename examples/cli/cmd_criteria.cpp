// trialspec criteria [--format text|markdown|json] [--protocol NAME] [reading options]
// Prints NCT02249676's (or --protocol's trial's) eligibility criteria (registry wording and
// encoding) and the readings of its ambiguous text.
#include "cli.hpp"
#include "screen_readings.hpp"
#include "trials.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace readings = trialspec_cli::nct02249676_readings;

const std::string usage_text = "usage: trialspec criteria [--format text|markdown|json] [--protocol NAME] [reading options]\n"
                               "  --protocol  the trial (default nct02249676; `trialspec protocols` lists them)\n" +
                               readings::options_usage();

/// The criteria of a bundled NMOSD trial (its registry reading).
void print_trial(const std::string& format, const trialspec_cli::trials::trial& t, std::ostream& out) {
  if (format == "markdown") {
    out << "# " << t.id << ": " << t.title << "\n\n" << t.criteria_markdown();
  } else if (format == "json") {
    using json = nlohmann::ordered_json;
    json doc = json::object();
    doc["protocol"] = t.id;
    doc["title"] = t.title;
    doc["reading"] = "registry";
    doc["criteria"] = json::parse(t.criteria_json());
    json decisions = json::array();
    const std::string lines = t.decisions();
    for (std::size_t from = 0; from < lines.size();) {
      const std::size_t nl = lines.find('\n', from);
      decisions.push_back(lines.substr(from, nl - from));
      from = nl == std::string::npos ? lines.size() : nl + 1;
    }
    doc["readings"] = std::move(decisions);
    out << doc.dump(2) << '\n';
  } else {
    out << t.id << ": " << t.title << "\n" << t.criteria_text();
  }
}

void print(const std::string& format, const readings::reading& r, std::ostream& out) {
  if (format == "markdown") {
    out << "# " << readings::protocol_id() << ": " << readings::protocol_title() << "\n\n" << readings::criteria_markdown(r);
  } else if (format == "json") {
    using json = nlohmann::ordered_json;
    json doc = json::object();
    doc["protocol"] = readings::protocol_id();
    doc["title"] = readings::protocol_title();
    doc["reading"] = r.label();
    doc["criteria"] = json::parse(readings::criteria_json(r));
    json decisions = json::array();
    const std::string lines = readings::policy_description(r);
    for (std::size_t from = 0; from < lines.size();) {
      const std::size_t nl = lines.find('\n', from);
      decisions.push_back(lines.substr(from, nl - from));
      from = nl == std::string::npos ? lines.size() : nl + 1;
    }
    doc["readings"] = std::move(decisions);
    out << doc.dump(2) << '\n';
  } else {
    out << readings::protocol_id() << ": " << readings::protocol_title() << "\n" << readings::criteria_text(r);
  }
}

int run(args_t args, std::ostream& out) {
  std::string format = "text";
  readings::reading reading;
  const trialspec_cli::trials::trial* trial = nullptr;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (readings::take_reading_option(args, i, reading, seen)) continue;
    if (args[i] == "--format") {
      format = readings::take_format(args, i, {"text", "markdown", "json"}, seen);
    } else if (args[i] == "--protocol") {
      seen.add(args[i]);
      if (i + 1 >= args.size()) throw usage_error("--protocol: missing value");
      trial = trialspec_cli::trials::find(args[++i]);
    } else {
      throw usage_error("unknown argument '" + args[i] + "'");
    }
  }
  if (trial && !reading.is_default())
    throw usage_error("reading options are NCT02249676's, not " + trial->id + "'s: " + reading.given());
  if (trial) print_trial(format, *trial, out);
  else print(format, reading, out);
  return 0;
}

const trialspec_cli::registrar reg{"criteria", "print a trial's eligibility criteria and the readings of its text (default NCT02249676)",
                                   usage_text, &run};

} // namespace
