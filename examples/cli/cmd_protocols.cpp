// trialspec protocols [--format text|json]
// Lists the bundled trials --protocol accepts: name, NCT id, acronym and title; the default first.
#include "cli.hpp"
#include "screen_readings.hpp"
#include "trials.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace readings = trialspec_cli::nct02249676_readings;
namespace trials = trialspec_cli::trials;

const std::string usage_text = "usage: trialspec protocols [--format text|json]";

struct row {
  std::string name, id, acronym, title;
};

std::vector<row> rows() {
  std::vector<row> out{{std::string(trials::default_name), readings::protocol_id(), "", readings::protocol_title() + " (default)"}};
  for (const auto& t : trials::bundled_trials()) out.push_back({t.name, t.id, t.acronym, t.title});
  return out;
}

int run(args_t args, std::ostream& out) {
  std::string format = "text";
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format") format = readings::take_format(args, i, {"text", "json"}, seen);
    else throw usage_error("unknown argument '" + args[i] + "'");
  }
  if (format == "json") {
    using json = nlohmann::ordered_json;
    json list = json::array();
    for (const auto& r : rows()) list.push_back(json{{"name", r.name}, {"id", r.id}, {"acronym", r.acronym}, {"title", r.title}});
    out << json{{"protocols", std::move(list)}}.dump(2) << '\n';
    return 0;
  }
  // Name, id and acronym in aligned columns, then the title.
  std::size_t name_w = 0, acronym_w = 0;
  for (const auto& r : rows()) {
    name_w = std::max(name_w, r.name.size());
    acronym_w = std::max(acronym_w, r.acronym.size());
  }
  for (const auto& r : rows())
    out << r.name << std::string(name_w - r.name.size() + 2, ' ') << r.id << "  " << r.acronym
        << std::string(acronym_w - r.acronym.size() + 2, ' ') << r.title << '\n';
  return 0;
}

const trialspec_cli::registrar reg{"protocols", "list the bundled trials (names for --protocol)", usage_text, &run};

} // namespace
