// The NCT02249676 readings the `screen` and `criteria` subcommands accept as options: the
// registry reading by default, or one alternative reading of an open question per run.
//
// Each alternative is a policy type fixed at compile time; one alternative per run keeps the
// number of instantiated protocols small (one per option value, not one per combination).
#pragma once

#include "cli.hpp"

#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676.hpp>

#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli::nct02249676_readings {

namespace nct = trialspec::protocols::nct02249676;

struct age_18_to_80 : nct::registry_reading {
  static constexpr auto age = nct::age_reading::from_18_up_to_80;
};
struct age_over_18 : nct::registry_reading {
  static constexpr auto age = nct::age_reading::over_18_no_upper_limit;
};
struct severity_any : nct::registry_reading {
  static constexpr auto severity = nct::severity_reading::any_relapse;
};
struct therapy_continuous : nct::registry_reading {
  static constexpr auto therapy_duration = nct::therapy_duration_reading::continuous_course;
};
struct counts_exactly_one : nct::registry_reading {
  static constexpr auto counts = nct::count_reading::exactly_one;
};
struct gd_any : nct::registry_reading {
  static constexpr auto gd_doses = nct::gd_dose_reading::any_dose_both;
};
struct gd_double_or_triple : nct::registry_reading {
  static constexpr auto gd_doses = nct::gd_dose_reading::double_or_triple_both;
};
struct bp_both : nct::registry_reading {
  static constexpr auto blood_pressure = nct::bp_reading::systolic_and_diastolic;
};
struct washout_infusion : nct::registry_reading {
  static constexpr auto washout = nct::washout_reference::infusion;
};
struct thresholds_standard : nct::registry_reading {
  using progression_thresholds = trialspec::standard_thresholds;
};
struct thresholds_cut55 : nct::registry_reading {
  using progression_thresholds = trialspec::cut55_thresholds;
};

/// One reading option: the option, its values (the first is the registry reading's).
struct option_values {
  const char* option;
  std::vector<const char*> values;
};

inline const std::vector<option_values>& options() {
  static const std::vector<option_values> all{
      {"--age", {"over-18-to-80", "18-to-80", "over-18"}},
      {"--severity", {"graded", "any"}},
      {"--therapy-duration", {"since-first-start", "continuous"}},
      {"--counts", {"at-least-one", "exactly-one"}},
      {"--gd-doses", {"as-listed", "any", "double-or-triple"}},
      {"--bp", {"either", "both"}},
      {"--washout", {"screening", "infusion"}},
      {"--thresholds", {"protocol", "standard", "cut55"}},
  };
  return all;
}

inline std::string options_usage() {
  std::string s = "readings (the first value is the registry reading; at most one alternative per run):\n";
  for (const auto& o : options()) {
    s += "  " + std::string(o.option) + " ";
    for (std::size_t i = 0; i < o.values.size(); ++i) s += (i ? "|" : "") + std::string(o.values[i]);
    s += "\n";
  }
  return s;
}

/// The chosen reading: empty for the registry reading, else "--option value".
struct reading {
  std::string option;
  std::string value;
  [[nodiscard]] bool is_default() const { return option.empty(); }
  [[nodiscard]] std::string label() const { return is_default() ? "registry" : "registry, " + option + " " + value; }
};

/// Whether `args[i]` is a reading option; if so consumes its value into `r` (throws usage_error
/// for a bad value or a second alternative).
inline bool take_reading_option(args_t args, std::size_t& i, reading& r, const std::string& usage) {
  for (const auto& o : options()) {
    if (args[i] != o.option) continue;
    if (i + 1 >= args.size()) throw usage_error(args[i] + ": missing value\n" + usage);
    const std::string& v = args[++i];
    bool known = false;
    for (const char* allowed : o.values) known = known || v == allowed;
    if (!known) {
      std::string list;
      for (std::size_t k = 0; k < o.values.size(); ++k) list += (k ? ", " : "") + std::string(o.values[k]);
      throw usage_error(std::string(o.option) + " " + v + ": expected one of " + list);
    }
    if (v == o.values.front()) return true; // the registry reading, stated explicitly
    if (!r.is_default())
      throw usage_error("one alternative reading per run: " + r.option + " " + r.value + " and " + o.option + " " + v);
    r = {o.option, v};
    return true;
  }
  return false;
}

/// Calls f.template operator()<Policy>() with the policy of reading `r`.
template <class F> decltype(auto) with_policy(const reading& r, F&& f) {
  const auto is = [&](const char* option, const char* value) { return r.option == option && r.value == value; };
  if (is("--age", "18-to-80")) return f.template operator()<age_18_to_80>();
  if (is("--age", "over-18")) return f.template operator()<age_over_18>();
  if (is("--severity", "any")) return f.template operator()<severity_any>();
  if (is("--therapy-duration", "continuous")) return f.template operator()<therapy_continuous>();
  if (is("--counts", "exactly-one")) return f.template operator()<counts_exactly_one>();
  if (is("--gd-doses", "any")) return f.template operator()<gd_any>();
  if (is("--gd-doses", "double-or-triple")) return f.template operator()<gd_double_or_triple>();
  if (is("--bp", "both")) return f.template operator()<bp_both>();
  if (is("--washout", "infusion")) return f.template operator()<washout_infusion>();
  if (is("--thresholds", "standard")) return f.template operator()<thresholds_standard>();
  if (is("--thresholds", "cut55")) return f.template operator()<thresholds_cut55>();
  return f.template operator()<nct::registry_reading>();
}

/// Parses `--format NAME` against `allowed`.
inline std::string take_format(args_t args, std::size_t& i, const std::vector<std::string>& allowed) {
  if (i + 1 >= args.size()) throw usage_error("--format: missing value");
  const std::string& v = args[++i];
  for (const auto& a : allowed)
    if (v == a) return v;
  std::string list;
  for (std::size_t k = 0; k < allowed.size(); ++k) list += (k ? ", " : "") + allowed[k];
  throw usage_error("--format " + v + ": expected one of " + list);
}

} // namespace trialspec_cli::nct02249676_readings
