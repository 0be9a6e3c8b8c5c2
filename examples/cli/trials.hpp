// The bundled trials the `screen`, `criteria`, `protocols` and `match` subcommands accept with
// --protocol NAME: NCT02249676 (the default, with its readings: screen_readings.hpp), the five
// pivotal NMOSD trials and the three MS trials, each under its registry reading. NAME is the NCT id or the lower-case
// acronym, in any letter case.
//
// The trials are instantiated in the trials_*.cpp files (trial_entry.hpp), the SQL criteria sets in
// trials.cpp; the subcommands see the functions below.
#pragma once

#include "screen_readings.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace trialspec_cli::trials {

/// One bundled trial (not NCT02249676, which screen_readings.hpp serves with its readings).
struct trial {
  std::string name;    ///< the lower-case acronym: "prevent"
  std::string id;      ///< "NCT01892345"
  std::string acronym; ///< "PREVENT"
  std::string title;
  /// Every record of `cohort` screened as of `as_of` into `out`, its memory reused
  /// (screen_cohort_into; record_error for a record that cannot be screened).
  void (*screen_into)(const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain,
                      nct02249676_readings::cohort_screening& out);
  std::string (*criteria_text)();
  std::string (*criteria_markdown)();
  std::string (*criteria_json)();
  std::string (*decisions)();

  /// Every record of `cohort` screened as of `as_of` (record_error for one that cannot be).
  [[nodiscard]] nct02249676_readings::cohort_screening screen(const std::vector<trialspec::patient>& cohort, trialspec::date as_of,
                                                             bool explain) const {
    nct02249676_readings::cohort_screening out;
    screen_into(cohort, as_of, explain, out);
    return out;
  }
};

/// The default protocol's name.
inline constexpr std::string_view default_name = "nct02249676";

/// The criteria set `trialspec sql` renders (trialspec/sql/core_criteria.hpp): not a trial, not
/// listed by `trialspec protocols`, but screened by --protocol sql-core like one, so that the SQL
/// and the C++ evaluation can be compared.
inline constexpr std::string_view sql_core_name = "sql-core";
const trial& sql_core();
/// The relapse_count forms `trialspec sql` renders (trialspec/sql/relapse_criteria.hpp): not a
/// trial either, screened by --protocol sql-relapses.
inline constexpr std::string_view sql_relapses_name = "sql-relapses";
const trial& sql_relapses();

/// The five NMOSD trials, in registry order of issue 17 (PREVENT, N-MOmentum, SAkuraSky,
/// SAkuraStar, CHAMPION-NMOSD), then the three MS trials in the order of issue 18 (OPERA I,
/// ORATORIO, ASCLEPIOS I).
const std::vector<trial>& bundled_trials();

/// The trial called `name` (NCT id or acronym, any letter case); nullptr for NCT02249676; throws
/// usage_error naming the known names for anything else.
const trial* find(const std::string& name);

/// "nct02249676, prevent, n-momentum, ...": the accepted names for messages.
std::string names();

} // namespace trialspec_cli::trials
