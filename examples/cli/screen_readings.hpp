// The NCT02249676 readings the `screen` and `criteria` subcommands accept as options: the
// registry reading by default, any combination of alternative readings of the open questions.
//
// The readings are run-time values (nct02249676::readings): the tool screens with
// criteria<eligibility::run_time_reading>, one criteria type holding each encoding once, selected by
// criteria_for(), so any combination costs no further instantiation. The protocol is instantiated
// in screen_readings.cpp alone: the subcommands call the non-template functions below.
#pragma once

#include "cli.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec_cli::nct02249676_readings {

/// One reading option: the option, its values (the first is the registry reading's), and how a
/// value is stored in nct02249676::readings.
struct option_values {
  const char* option;
  std::vector<const char*> values;
  void (*store)(trialspec::protocols::nct02249676::readings&, const std::string& value);
};

namespace detail {
/// Every token of a policy enumeration, in enumerator order (the registry reading's first).
template <class E> std::vector<const char*> tokens() {
  std::vector<const char*> v;
  for (const auto& row : names_of(E{})) v.push_back(row.token.data()); // tokens are literals
  return v;
}
/// Stores the token `value` (one of the enumeration's tokens) in the readings member M.
template <auto M> void store(trialspec::protocols::nct02249676::readings& r, const std::string& value) {
  using E = std::remove_cvref_t<decltype(r.*M)>;
  r.*M = trialspec::parse_enum<E>(value, "reading");
}
/// The attack gap: options() offers 30 and 0.
inline void store_attack_gap(trialspec::protocols::nct02249676::readings& r, const std::string& value) {
  r.attack_gap_days = value == "0" ? 0 : 30;
}
} // namespace detail

/// The values come from the policy enumerations' name tables (policy.hpp), so an option value is
/// the enumerator's token.
inline const std::vector<option_values>& options() {
  namespace seed = trialspec::protocols::nct02249676;
  static const std::vector<option_values> all{
      {"--age", detail::tokens<seed::age_reading>(), &detail::store<&seed::readings::age>},
      {"--severity", detail::tokens<seed::severity_reading>(), &detail::store<&seed::readings::severity>},
      {"--therapy-duration", detail::tokens<seed::therapy_duration_reading>(), &detail::store<&seed::readings::therapy_duration>},
      {"--counts", detail::tokens<seed::count_reading>(), &detail::store<&seed::readings::counts>},
      {"--gd-doses", detail::tokens<seed::gd_dose_reading>(), &detail::store<&seed::readings::gd_doses>},
      {"--bp", detail::tokens<seed::bp_reading>(), &detail::store<&seed::readings::blood_pressure>},
      {"--washout", detail::tokens<seed::washout_reference>(), &detail::store<&seed::readings::washout>},
      {"--thresholds", detail::tokens<seed::threshold_table_reading>(), &detail::store<&seed::readings::thresholds>},
      {"--control-arm", detail::tokens<seed::control_arm_reading>(), &detail::store<&seed::readings::control_arm>},
      {"--design", detail::tokens<seed::design_reading>(), &detail::store<&seed::readings::design>},
      {"--attack-gap", {"30", "0"}, &detail::store_attack_gap},
      {"--recency", detail::tokens<seed::recency_reading>(), &detail::store<&seed::readings::recency>},
      {"--single-dose", detail::tokens<seed::single_dose_evidence>(), &detail::store<&seed::readings::single_dose>},
      {"--corticosteroids", detail::tokens<seed::corticosteroid_reading>(), &detail::store<&seed::readings::corticosteroids>},
      {"--allergies", detail::tokens<seed::allergy_reading>(), &detail::store<&seed::readings::allergies>},
      {"--evidence-timing", detail::tokens<seed::evidence_timing_reading>(), &detail::store<&seed::readings::evidence_timing>},
      {"--diagnosis", detail::tokens<seed::diagnosis_evidence>(), &detail::store<&seed::readings::diagnosis>},
  };
  return all;
}

inline std::string options_usage() {
  std::string s = "readings (the first value is the registry reading; any combination):\n";
  for (const auto& o : options()) {
    s += "  ";
    s += o.option;
    s += ' ';
    s += join(o.values, "|");
    s += '\n';
  }
  return s;
}

/// The chosen readings: the alternatives given, in the order of options(); none for the registry
/// reading.
struct reading {
  struct choice {
    std::string option;
    std::string value;
  };
  std::vector<choice> alternatives;
  [[nodiscard]] bool is_default() const { return alternatives.empty(); }
  /// The alternatives as given: "--age 18-to-80, --bp both".
  [[nodiscard]] std::string given() const {
    std::string s;
    for (const auto& c : alternatives) s += (s.empty() ? "" : ", ") + c.option + " " + c.value;
    return s;
  }
  /// "registry", or "registry, --age 18-to-80, --bp both".
  [[nodiscard]] std::string label() const { return is_default() ? "registry" : "registry, " + given(); }
};

/// The position of `option` in options().
inline std::size_t position(const std::string& option) {
  const auto& all = options();
  std::size_t k = 0;
  while (k < all.size() && option != all[k].option) ++k;
  return k;
}

/// Whether `args[i]` is a reading option; if so consumes its value into `r` (throws usage_error
/// for a bad value or a repeated option).
inline bool take_reading_option(args_t args, std::size_t& i, reading& r, seen_options& seen) {
  const auto& all = options();
  for (std::size_t k = 0; k < all.size(); ++k) {
    const auto& o = all[k];
    if (args[i] != o.option) continue;
    seen.add(args[i]);
    if (i + 1 >= args.size()) throw usage_error(args[i] + ": missing value");
    const std::string& v = args[++i];
    bool known = false;
    for (const char* allowed : o.values) known = known || v == allowed;
    if (!known) throw usage_error(std::string(o.option) + " " + v + ": expected one of " + join(o.values, ", "));
    if (v == o.values.front()) return true; // the registry reading, stated explicitly
    // Keep options() order, whatever the order on the command line.
    auto at = r.alternatives.begin();
    while (at != r.alternatives.end() && position(at->option) < k) ++at;
    r.alternatives.insert(at, {o.option, v});
    return true;
  }
  return false;
}

/// Parses `--format NAME` against `allowed`.
inline std::string take_format(args_t args, std::size_t& i, const std::vector<std::string>& allowed, seen_options& seen) {
  seen.add(args[i]);
  if (i + 1 >= args.size()) throw usage_error("--format: missing value");
  const std::string& v = args[++i];
  for (const auto& a : allowed)
    if (v == a) return v;
  throw usage_error("--format " + v + ": expected one of " + join(allowed, ", "));
}

// --- the protocol under a reading (defined in screen_readings.cpp) ------------------------------

/// The protocol's registry identifier and title.
std::string protocol_id();
std::string protocol_title();

/// One record screened under a reading: its status, the ids of the criteria that failed or are
/// unknown, and (when asked for) the rendered screening report.
struct screened_record {
  std::string id;
  trialspec::eligibility::screening_outcome status{};
  std::vector<std::string> failed;
  std::vector<std::string> unknown;
  std::string report;
};

/// A record the protocol cannot be evaluated for (a birth date after the screening date, a date
/// whose windows leave the calendar): its position in the cohort (0-based), its id, and the
/// library's message.
struct record_error : std::runtime_error {
  record_error(std::size_t index, std::string id, const std::string& message)
      : std::runtime_error(message), index(index), id(std::move(id)) {}
  std::size_t index;
  std::string id;
};

/// Every record of `cohort` screened under `r` as of `as_of`, and the cohort's attrition.
/// Throws record_error for the first record that cannot be screened.
struct cohort_screening {
  std::vector<screened_record> records;
  trialspec::eligibility::cohort_report attrition;
};
cohort_screening screen(const reading& r, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain);
/// screen() into `out`, its memory reused (screen_cohort_into): for a cohort screened in chunks.
void screen_into(const reading& r, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain, cohort_screening& out);

/// Throws trialspec::invalid_input when the protocol cannot be evaluated as of `as_of` at all,
/// whatever the record (its windows would leave the calendar): screens a record with no data.
void check_screening_date(const reading& r, trialspec::date as_of);

/// The criteria under `r`: as text with the readings (print_criteria), as Markdown
/// (print_criteria_markdown), as JSON (eligibility::to_json), and the readings alone, one per
/// line (describe_policy).
std::string criteria_text(const reading& r);
std::string criteria_markdown(const reading& r);
std::string criteria_json(const reading& r);
std::string policy_description(const reading& r);

} // namespace trialspec_cli::nct02249676_readings
