// trialspec progression: confirmed disability worsening and improvement events (with RAW / PIRA
// classification) from EDSS visits and relapse onsets, one CSV row per event.
#include "cli.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/thresholds.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using trialspec_cli::usage_error;

constexpr const char* usage_text =
    "usage: trialspec progression --visits V.csv [--relapses R.csv] [--baseline fixed|roving]\n"
    "  [--events first|all] [--confirm-days N] [--confirm-tolerance LO,HI] [--sustain-days N|end]\n"
    "  [--relapse-to-baseline N] [--relapse-to-event N] [--relapse-to-confirm N]\n"
    "  [--relapse-assoc N] [--thresholds standard|cut55] [--no-intermediate-check]\n"
    "reads V.csv (id,date,edss) and R.csv (id,date; every id must have visits), \"-\" for standard\n"
    "input, and writes one CSV row per confirmed event:\n"
    "id,event,kind,class,baseline_date,baseline_edss,date,edss,confirm_date,confirm_edss";

// Whole-number ids sort by value, before every other id; other ids sort as text. (A plain text
// order would put patient 10 before patient 9.)
struct id_order {
  static bool numeric(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }
  static std::string_view digits(const std::string& s) {
    const auto first = s.find_first_not_of('0');
    return first == std::string::npos ? std::string_view("0") : std::string_view(s).substr(first);
  }
  bool operator()(const std::string& a, const std::string& b) const {
    const bool na = numeric(a), nb = numeric(b);
    if (na != nb) return na;
    if (na) {
      const auto da = digits(a), db = digits(b);
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
    }
    return a < b;
  }
};

long non_negative(std::string_view option, const std::string& text) {
  long v = 0;
  try {
    v = trialspec_cli::parse_integer(text, option);
  } catch (const trialspec::invalid_input&) {
    throw usage_error(std::string(option) + " " + text + ": expected a whole number of days");
  }
  if (v < 0) throw usage_error(std::string(option) + " " + text + ": must not be negative");
  return v;
}

double non_negative_decimal(std::string_view option, const std::string& text) {
  double v = 0;
  try {
    v = trialspec_cli::parse_decimal(text, option);
  } catch (const trialspec::invalid_input&) {
    throw usage_error(std::string(option) + " " + text + ": expected a decimal number of days");
  }
  if (v < 0) throw usage_error(std::string(option) + " " + text + ": must not be negative");
  return v;
}

struct patient {
  std::vector<trialspec::edss_assessment> visits;
  std::vector<trialspec::date> relapses;
};

std::string id_of(const trialspec_cli::csv_table& t, const trialspec_cli::csv_row& row) {
  const std::string& id = row.fields[0];
  if (id.empty()) throw trialspec_cli::input_error(t.where(row.line, 1) + "id: empty");
  return id;
}

template <trialspec::ThresholdTable Table>
void write_events(const std::map<std::string, patient, id_order>& patients,
                  const trialspec::progression_options& options, std::ostream& out) {
  trialspec::progression_scratch scratch;
  trialspec::progression_result result;
  for (const auto& [id, p] : patients) {
    trialspec::assess_progression<Table>(p.visits, p.relapses, options, scratch, result);
    std::size_t n = 0;
    for (const auto& e : result.events) {
      out << id << ',' << ++n << ',' << to_string(e.kind) << ','
          << (e.classification ? to_string(*e.classification) : std::string_view()) << ','
          << trialspec::to_iso(e.baseline.on) << ',' << e.baseline.score << ','
          << trialspec::to_iso(e.event.on) << ',' << e.event.score << ','
          << trialspec::to_iso(e.confirmation.on) << ',' << e.confirmation.score << '\n';
    }
  }
}

int run(trialspec_cli::args_t args, std::ostream& out) {
  std::string visits_path, relapses_path, thresholds = "standard";
  trialspec::progression_options o;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-') seen.add(a);
    if (a == "--no-intermediate-check") {
      o.check_intermediate = false;
      continue;
    }
    if (a.empty() || a[0] != '-') throw usage_error("unexpected argument '" + a + "' (input files are given with --visits and --relapses)");
    if (i + 1 >= args.size()) throw usage_error(a + ": missing value");
    const std::string& v = args[++i];
    if (a == "--visits") visits_path = v;
    else if (a == "--relapses") relapses_path = v;
    else if (a == "--baseline") {
      if (v == "fixed") o.baseline = trialspec::baseline_scheme::fixed;
      else if (v == "roving") o.baseline = trialspec::baseline_scheme::roving;
      else throw usage_error("--baseline " + v + ": expected fixed or roving");
    } else if (a == "--events") {
      if (v == "first") o.events = trialspec::event_selection::first_worsening;
      else if (v == "all") o.events = trialspec::event_selection::all;
      else throw usage_error("--events " + v + ": expected first or all");
    } else if (a == "--confirm-days") {
      o.confirm_days = non_negative(a, v);
      if (o.confirm_days == 0) throw usage_error("--confirm-days 0: must be positive");
    } else if (a == "--confirm-tolerance") {
      const auto comma = v.find(',');
      if (comma == std::string::npos)
        throw usage_error("--confirm-tolerance " + v + ": expected LO,HI (days before and after)");
      o.confirm_tolerance_before = non_negative_decimal(a, v.substr(0, comma));
      o.confirm_tolerance_after = non_negative_decimal(a, v.substr(comma + 1));
    } else if (a == "--sustain-days") {
      o.sustain = v == "end" ? trialspec::sustain_requirement::to_end()
                             : trialspec::sustain_requirement::for_days(non_negative(a, v));
    } else if (a == "--relapse-to-baseline") o.relapse_to_baseline = non_negative(a, v);
    else if (a == "--relapse-to-event") o.relapse_to_event = non_negative(a, v);
    else if (a == "--relapse-to-confirm") o.relapse_to_confirmation = non_negative(a, v);
    else if (a == "--relapse-assoc") o.relapse_association = non_negative(a, v);
    else if (a == "--thresholds") {
      if (v != "standard" && v != "cut55") throw usage_error("--thresholds " + v + ": expected standard or cut55");
      thresholds = v;
    } else {
      throw usage_error("unknown option '" + a + "'");
    }
  }
  if (visits_path.empty()) throw usage_error("--visits is required");
  if (visits_path == "-" && relapses_path == "-")
    throw usage_error("--visits and --relapses cannot both read standard input");

  std::map<std::string, patient, id_order> patients;
  const trialspec_cli::csv_table visits(visits_path, {"id", "date", "edss"});
  for (const auto& row : visits.rows()) {
    const std::string id = id_of(visits, row);
    const auto on = visits.field(row, 1, [](const std::string& s) { return trialspec::parse_date(s, "date"); });
    const auto score = visits.field(row, 2, [](const std::string& s) { return trialspec::edss::parse(s); });
    patients[id].visits.push_back({on, score});
  }
  if (!relapses_path.empty()) {
    const trialspec_cli::csv_table relapses(relapses_path, {"id", "date"});
    for (const auto& row : relapses.rows()) {
      const std::string id = id_of(relapses, row);
      const auto on = relapses.field(row, 1, [](const std::string& s) { return trialspec::parse_date(s, "date"); });
      // A relapse of an id without visits is most likely an id written two ways ("1" and
      // "01"); ignoring it would silently turn a RAW event into PIRA, as arr and km know.
      const auto it = patients.find(id);
      if (it == patients.end())
        throw trialspec_cli::input_error(relapses.where(row.line, 1) + "id \"" + id + "\" has no visits in " +
                                         visits.name());
      it->second.relapses.push_back(on);
    }
  }

  out << "id,event,kind,class,baseline_date,baseline_edss,date,edss,confirm_date,confirm_edss\n";
  if (thresholds == "cut55") write_events<trialspec::cut55_thresholds>(patients, o, out);
  else write_events<trialspec::standard_thresholds>(patients, o, out);
  return 0;
}

const trialspec_cli::registrar reg{"progression",
                                   "confirmed EDSS worsening/improvement events (RAW/PIRA) per patient",
                                   usage_text, &run};

} // namespace
