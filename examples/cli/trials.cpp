// The five NMOSD trials and the three MS trials for the tool (trials.hpp): every trial's criteria
// are instantiated here and only here.
#include "trials.hpp"

#include "screen_cohort.hpp"

#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/n_momentum.hpp>
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/oratorio.hpp>
#include <trialspec/protocols/prevent.hpp>
#include <trialspec/protocols/sakurasky.hpp>
#include <trialspec/protocols/sakurastar.hpp>
#include <trialspec/sql/core_criteria.hpp>
#include <trialspec/sql/relapse_criteria.hpp>

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli::trials {

namespace {

namespace el = trialspec::eligibility;
namespace tp = trialspec::protocols;
using nct02249676_readings::cohort_screening;

template <class Criteria>
cohort_screening screen_with(const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain) {
  return screen_cohort_with(Criteria{}, cohort, as_of, explain);
}

/// The catalogue entry of the trial in namespace N (its registry reading).
#define TRIALSPEC_CLI_TRIAL(NAME, N)                                                                                          \
  trial {                                                                                                                     \
    NAME, std::string(tp::N::identity::id), std::string(tp::N::identity::acronym), std::string(tp::N::identity::title),     \
        &screen_with<tp::N::criteria<>>, [] { return tp::N::print_criteria<>(); },                                           \
        [] { return tp::N::print_criteria_markdown<>(); }, [] { return el::to_json(tp::N::criteria<>{}); },                  \
        [] { return tp::N::describe_policy<tp::N::registry_reading>(); }                                                     \
  }

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
      TRIALSPEC_CLI_TRIAL("prevent", prevent),       TRIALSPEC_CLI_TRIAL("n-momentum", n_momentum),
      TRIALSPEC_CLI_TRIAL("sakurasky", sakurasky),   TRIALSPEC_CLI_TRIAL("sakurastar", sakurastar),
      TRIALSPEC_CLI_TRIAL("champion-nmosd", champion_nmosd),
      // the MS trials
      TRIALSPEC_CLI_TRIAL("opera", opera),           TRIALSPEC_CLI_TRIAL("oratorio", oratorio),
      TRIALSPEC_CLI_TRIAL("asclepios", asclepios),
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
