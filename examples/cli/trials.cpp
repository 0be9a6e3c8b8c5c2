// The tool's catalogue of bundled trials (trials.hpp): the two SQL criteria sets, the order of the
// trials, and their names. Each trial's criteria are instantiated in one of the trials_*.cpp files
// (trial_entry.hpp); this file instantiates only the SQL sets.
#include "trials.hpp"

#include "trial_entry.hpp"

#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/sql/core_criteria.hpp>
#include <trialspec/sql/relapse_criteria.hpp>

#include <cctype>
#include <string>
#include <vector>

namespace trialspec_cli::trials {

namespace {

namespace el = trialspec::eligibility;
using detail::screen_with;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

} // namespace

const trial& sql_core() {
  using set = trialspec::sql::core_criteria;
  static const trial t{std::string(sql_core_name), std::string(sql_core_name), "SQL-CORE",
                       "The built-in criteria that have SQL, with every combinator (trialspec/sql/core_criteria.hpp; not a trial)",
                       &screen_with<set>, [] { return el::to_text(set{}); }, [] { return el::to_markdown(set{}); },
                       [] { return el::to_json(set{}); }, [] { return std::string(); }};
  return t;
}

const trial& sql_relapses() {
  using set = trialspec::sql::relapse_criteria;
  static const trial t{std::string(sql_relapses_name), std::string(sql_relapses_name), "SQL-RELAPSES",
                       "relapse_count in the forms the SQL must reproduce (trialspec/sql/relapse_criteria.hpp; not a trial)",
                       &screen_with<set>, [] { return el::to_text(set{}); }, [] { return el::to_markdown(set{}); },
                       [] { return el::to_json(set{}); }, [] { return std::string(); }};
  return t;
}

const std::vector<trial>& bundled_trials() {
  static const std::vector<trial> all{
      detail::prevent(),    detail::n_momentum(), detail::sakurasky(), detail::sakurastar(), detail::champion_nmosd(),
      // the MS trials
      detail::opera(),      detail::oratorio(),   detail::asclepios(),
  };
  return all;
}

std::string names() {
  std::string s(default_name);
  for (const auto& t : bundled_trials()) s += ", " + t.name;
  return s;
}

const trial* find(const std::string& name) {
  const std::string n = lower(name);
  if (n == default_name) return nullptr;
  if (n == sql_core_name) return &sql_core();
  if (n == sql_relapses_name) return &sql_relapses();
  for (const auto& t : bundled_trials())
    if (n == t.name || n == lower(t.id)) return &t;
  throw usage_error("--protocol " + name + ": expected one of " + names() + " (or an NCT id); see `trialspec protocols`");
}

} // namespace trialspec_cli::trials
