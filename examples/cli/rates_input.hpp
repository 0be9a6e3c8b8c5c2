// Shared input of `trialspec arr` and `trialspec km`: the follow-up and relapse CSV files, the
// common options, and number formatting.
#pragma once

#include "cli.hpp"
#include "csv_stream.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/rates/followup.hpp>

#include <cmath>
#include <cstddef>
#include <iomanip>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace trialspec_cli::rates_input {

/// Patients in the order of the follow-up file, and the groups in order of first appearance.
struct cohort {
  std::vector<trialspec::rates::patient_followup> patients;
  std::vector<std::string> groups;
  std::string relapses_name; ///< the relapse file as errors name it ("<stdin>" for standard input)
};

/// Reads F.csv (id,group,start,end) and R.csv (id,date). A duplicate id, an end not after the
/// start, a start or end known only to the month or year, or a relapse of an unknown id is an
/// input error naming file, line and column. A relapse date may be YYYY-MM-DD, YYYY-MM or YYYY
/// (check_days then says whether the analysis can use it). Both files
/// are read row by row (csv_stream.hpp), in any order: what is held is the cohort, one record per
/// patient with its relapse dates (what the statistics need), never the files' rows.
inline cohort read_cohort(const std::string& followup_path, const std::string& relapses_path) {
  cohort c;
  std::unordered_map<std::string, std::size_t> index;
  date_cache dates;
  static constexpr std::string_view person_days = "the follow-up's person-years and times count its days";
  csv_view row;
  csv_stream followup(followup_path, {"id", "group", "start", "end"});
  while (followup.next(row)) {
    const std::string_view id = followup.field(row, 0, [](std::string_view s) {
      if (s.empty()) throw trialspec::invalid_input("id", s, "must not be empty");
      return s;
    });
    const auto [at, fresh] = index.try_emplace(std::string(id), c.patients.size());
    if (!fresh) throw input_error(followup.where(row.line, 1) + "id \"" + std::string(id) + "\" appears twice");
    const std::string_view group = followup.field(row, 1, [](std::string_view s) {
      if (s.empty()) throw trialspec::invalid_input("group", s, "must not be empty");
      return s;
    });
    const auto start = followup.field(row, 2, [&](std::string_view s) { return day_needed(dates, s, "start", person_days); });
    const auto end = followup.field(row, 3, [&](std::string_view s) {
      const auto d = day_needed(dates, s, "end", person_days);
      if (d <= start) throw trialspec::invalid_input("end", s, "must be after the start " + trialspec::to_iso(start));
      return d;
    });
    c.patients.push_back({at->first, std::string(group), trialspec::date_interval(start, end), {}});
    bool known = false;
    for (const auto& g : c.groups) known = known || g == group;
    if (!known) c.groups.emplace_back(group);
  }
  if (c.patients.empty()) throw input_error(followup.where(1, 1) + "no patients");
  csv_stream relapses(relapses_path, {"id", "date"});
  c.relapses_name = relapses.name();
  while (relapses.next(row)) {
    const auto it = index.find(std::string(row.fields[0]));
    if (it == index.end())
      throw input_error(relapses.where(row.line, 1) + "id \"" + std::string(row.fields[0]) + "\" is not in " + followup.name());
    const auto onset = relapses.field(row, 1, [&](std::string_view s) { return partial_date_of(dates, s, "date"); });
    c.patients[it->second].reports.push_back({onset, trialspec::relapse_severity::unknown, std::nullopt});
  }
  return c;
}

/// What an analysis needs of the relapse dates: the count of attacks (arr) or the time to the
/// first (km).
enum class need : unsigned char { count, time };

/// Checks, before anything is written, that the attacks every patient's analysis needs do not
/// depend on the day of a relapse known only to the month or year (trialspec/rates/followup.hpp
/// says when they do): otherwise an input error naming the relapse file, the patient and the
/// onset. Patients whose relapses are all known to the day pass without work.
inline void check_days(const cohort& c, int gap, need what) {
  for (const auto& p : c.patients) {
    bool exact = true;
    for (const auto& r : p.reports) exact = exact && r.onset.is_exact();
    if (exact) continue;
    try {
      if (what == need::count)
        static_cast<void>(p.exposure_in_window(gap));
      else
        static_cast<void>(p.time_to_first_attack(gap));
    } catch (const trialspec::invalid_input& e) {
      throw input_error(c.relapses_name + ": id \"" + p.id + "\": " + e.what());
    }
  }
}

/// "--name value" options; every option takes exactly one value.
class options {
public:
  options(args_t args, const std::vector<std::string>& known) {
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      bool ok = false;
      for (const auto& k : known) ok = ok || a == k;
      if (!ok) throw usage_error("unknown argument '" + a + "'");
      if (i + 1 >= args.size()) throw usage_error(a + " needs a value");
      if (values_.count(a)) throw usage_error(a + " given twice");
      values_[a] = args[++i];
    }
  }
  [[nodiscard]] std::optional<std::string> get(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  [[nodiscard]] std::string required(const std::string& name) const {
    auto v = get(name);
    if (!v) throw usage_error("missing " + name);
    return *v;
  }

private:
  std::map<std::string, std::string> values_;
};

/// "A,B" -> {A, B}, both present in the cohort.
inline std::pair<std::string, std::string> group_pair(const std::string& text, const std::string& option,
                                                      const cohort& c) {
  const auto comma = text.find(',');
  if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos || comma == 0 ||
      comma + 1 == text.size())
    throw usage_error(option + " expects two groups as A,B, got '" + text + "'");
  std::pair<std::string, std::string> p{text.substr(0, comma), text.substr(comma + 1)};
  for (const auto* g : {&p.first, &p.second}) {
    bool found = false;
    for (const auto& known : c.groups) found = found || known == *g;
    if (!found) throw usage_error(option + ": no patient is in group '" + *g + "'");
  }
  if (p.first == p.second) throw usage_error(option + " needs two different groups");
  return p;
}

inline double level_option(const options& o) {
  const auto text = o.get("--level");
  if (!text) return 0.95;
  double v = 0;
  try {
    v = parse_decimal(*text, "--level");
  } catch (const trialspec::invalid_input& e) {
    throw usage_error(e.what());
  }
  if (!(v > 0 && v < 1)) throw usage_error("--level must be between 0 and 1, got '" + *text + "'");
  return v;
}

/// --merge-days N (0 to 3650; default: the library's attack gap of 30 days).
inline int merge_days_option(const options& o) {
  const auto text = o.get("--merge-days");
  if (!text) return trialspec::default_attack_gap_days;
  long v = 0;
  try {
    v = parse_integer(*text, "--merge-days");
  } catch (const trialspec::invalid_input& e) {
    throw usage_error(e.what());
  }
  if (v < 0 || v > 3650) throw usage_error("--merge-days must be 0 to 3650, got '" + *text + "'");
  return static_cast<int>(v);
}

/// Runs `analysis` on data read from `followup_path` and `relapses_path`. The data are valid by
/// then, so the library's invalid_input means that the statistic cannot be computed from them
/// (no event for a rate ratio or a log-rank test, counts beyond the exact interval's reach):
/// not_computable_error (exit 3), naming the command and the files.
template <class Analysis>
int computed(const std::string& command, const std::string& followup_path, const std::string& relapses_path,
             Analysis&& analysis) {
  try {
    return analysis();
  } catch (const trialspec::invalid_input& e) {
    throw not_computable_error("trialspec " + command + ": " + followup_path + ", " + relapses_path +
                               ": cannot be computed from these data: " + e.what());
  }
}

/// At least 10 significant digits; NA for a missing value, Inf for an unbounded one.
inline std::string number(std::optional<double> v) {
  if (!v || std::isnan(*v)) return "NA";
  if (std::isinf(*v)) return *v > 0 ? "Inf" : "-Inf";
  std::ostringstream os;
  os << std::setprecision(10) << *v;
  return os.str();
}

} // namespace trialspec_cli::rates_input
