// trialspec sql --protocol NAME --as-of YYYY-MM-DD [--schema S] [--counts] [reading options]
// Prints the SQL (PostgreSQL 15, OMOP CDM v5.4: trialspec/sql.hpp) that screens every person of an
// OMOP database: one row per person with person_source_value, status and one column per
// top-level criterion (met|not_met|unknown), so that `psql --csv -f query.sql` compares with
// `trialspec screen --format csv`; with --counts, the per-criterion counts and attrition instead.
// NAME is a criteria set whose every criterion has SQL: `sql-core` (trialspec/sql/
// core_criteria.hpp), `sql-relapses` (sql/relapse_criteria.hpp), `sakurastar` (NCT02073279),
// `sakurasky` (NCT02028884), `prevent` (NCT01892345), `n-momentum` (NCT02200770),
// `champion-nmosd` (NCT04201262), `opera` (NCT01247324), `oratorio` (NCT01194570), `asclepios`
// (NCT02792218) or `nct02249676` (the seed trial), each under its default policy: every bundled
// trial. A trial added to the registry without SQL for all its criteria is refused. The reading
// options are NCT02249676's, as `trialspec screen` takes them (screen_readings.hpp): the criteria
// are criteria_for(readings), each decision a reading_choice rendering its chosen encoding; a
// reading whose encoding has no SQL (the diagnosis from the clinical history, evidence after the
// year of therapy, the washout from the infusion) is refused with a usage error naming it.
#include "cli.hpp"
#include "screen_readings.hpp"
#include "trials.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/oratorio.hpp>
#include <trialspec/protocols/n_momentum.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/protocols/nct02249676/run_time.hpp>
#include <trialspec/protocols/prevent.hpp>
#include <trialspec/protocols/sakurasky.hpp>
#include <trialspec/protocols/sakurastar.hpp>
#include <trialspec/sql.hpp>

#include <ostream>
#include <string>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace readings = trialspec_cli::nct02249676_readings;

const std::string usage_text =
    "usage: trialspec sql --protocol NAME --as-of YYYY-MM-DD [--schema S] [--counts] [reading options]\n"
    "  --protocol  the criteria set: nct02249676, champion-nmosd (NCT04201262), opera\n"
    "              (NCT01247324), oratorio (NCT01194570), asclepios (NCT02792218),\n"
    "              prevent (NCT01892345), n-momentum (NCT02200770), sakurasky\n"
    "              (NCT02028884), sakurastar (NCT02073279), or sql-core (the built-in\n"
    "              criteria that have SQL) or sql-relapses (relapse_count's forms), which\n"
    "              are not trials\n"
    "  --as-of     the screening date (windows and ages are resolved to it)\n"
    "  --schema    the schema of the OMOP tables (default: the search path)\n"
    "  --counts    the per-criterion counts and attrition instead of one row per person\n"
    "              (followed by at-least-one or exactly-one: the reading option below)\n"
    "Prints one PostgreSQL 15 query over OMOP CDM v5.4 tables (person, observation_period,\n"
    "condition_occurrence, measurement, observation, drug_exposure, procedure_occurrence).\n"
    "The reading options are NCT02249676's (as trialspec screen takes them); a reading the SQL\n"
    "cannot express is refused.\n" +
    readings::options_usage();

std::string value_of(args_t args, std::size_t& i, trialspec_cli::seen_options& seen) {
  seen.add(args[i]);
  if (i + 1 >= args.size()) throw usage_error(args[i] + ": missing value");
  return args[++i];
}

/// Whether args[i] (an option that is also a reading option, --counts) is followed by one of the
/// reading's values: `--counts exactly-one` is the reading, `--counts` alone the query's flag.
bool reading_value_follows(args_t args, std::size_t i) {
  if (i + 1 >= args.size()) return false;
  for (const auto& o : readings::options())
    if (args[i] == o.option)
      for (const char* v : o.values)
        if (args[i + 1] == v) return true;
  return false;
}

/// NCT02249676 under the reading options: every decision a reading_choice, selected as
/// `trialspec screen` selects them.
auto seed_criteria(const readings::reading& r) {
  trialspec::protocols::nct02249676::readings v;
  for (const auto& c : r.alternatives) readings::options()[readings::position(c.option)].store(v, c.value);
  return trialspec::protocols::nct02249676::criteria_for(v);
}

int run(args_t args, std::ostream& out) {
  trialspec_cli::seen_options seen;
  std::string protocol, schema, as_of_text;
  bool counts = false;
  readings::reading reading;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--counts" && !reading_value_follows(args, i)) { // the query's flag, not the reading
      if (counts) throw usage_error("--counts given twice");
      counts = true;
      continue;
    }
    if (readings::take_reading_option(args, i, reading, seen)) continue;
    if (a == "--protocol") protocol = value_of(args, i, seen);
    else if (a == "--as-of") as_of_text = value_of(args, i, seen);
    else if (a == "--schema") schema = value_of(args, i, seen);
    else throw usage_error("unknown argument '" + a + "'");
  }
  if (protocol.empty()) throw usage_error("--protocol NAME is required");
  if (as_of_text.empty()) throw usage_error("--as-of YYYY-MM-DD is required");
  trialspec::date as_of;
  try {
    as_of = trialspec::parse_date(as_of_text, "--as-of");
  } catch (const trialspec::invalid_input& e) {
    throw usage_error(e.what());
  }
  if (schema.empty() && seen.has("--schema")) throw usage_error("--schema: expected a schema name, got an empty one");
  if (protocol != "sql-core" && protocol != "sql-relapses" && protocol != "sakurastar" && protocol != "sakurasky" &&
      protocol != "prevent" && protocol != "n-momentum" && protocol != "nct02249676" &&
      protocol != "champion-nmosd" && protocol != "opera" && protocol != "oratorio" && protocol != "asclepios") {
    const auto* trial = trialspec_cli::trials::find(protocol); // names an unknown protocol
    const std::string name = trial ? trial->name : std::string(trialspec_cli::trials::default_name);
    throw usage_error("--protocol " + protocol + ": " + name +
                      " has criteria without SQL yet (see README, \"Running on an OMOP database\"); expected nct02249676, champion-nmosd, opera, oratorio, asclepios, prevent, n-momentum, sakurasky, sakurastar, sql-core or sql-relapses");
  }
  if (protocol != "nct02249676" && !reading.is_default())
    throw usage_error(std::string("reading options are NCT02249676's, not ").append(protocol).append("'s: ").append(reading.given()));
  const trialspec::sql::writer w(as_of, schema);
  const auto print = [&](const auto& set) {
    try {
      out << (counts ? trialspec::sql::counts_query(set, w) : trialspec::sql::person_query(set, w));
    } catch (const trialspec::invalid_input& e) { // a reading whose encoding has no SQL
      throw usage_error(e.what());
    }
  };
  if (protocol == "sakurastar") print(trialspec::protocols::sakurastar::criteria<>{});
  else if (protocol == "sakurasky") print(trialspec::protocols::sakurasky::criteria<>{});
  else if (protocol == "prevent") print(trialspec::protocols::prevent::criteria<>{});
  else if (protocol == "n-momentum") print(trialspec::protocols::n_momentum::criteria<>{});
  else if (protocol == "nct02249676") print(seed_criteria(reading));
  else if (protocol == "champion-nmosd") print(trialspec::protocols::champion_nmosd::criteria<>{});
  else if (protocol == "opera") print(trialspec::protocols::opera::criteria<>{});
  else if (protocol == "oratorio") print(trialspec::protocols::oratorio::criteria<>{});
  else if (protocol == "asclepios") print(trialspec::protocols::asclepios::criteria<>{});
  else if (protocol == "sql-relapses") print(trialspec::sql::relapse_criteria{});
  else print(trialspec::sql::core_criteria{});
  return 0;
}

const trialspec_cli::registrar reg{"sql", "print the SQL that screens an OMOP CDM database (PostgreSQL)", usage_text, &run};

} // namespace
