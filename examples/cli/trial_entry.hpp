// How a bundled trial becomes an entry of the tool's catalogue (trials.hpp). Private to the
// trials_*.cpp files: each instantiates the criteria of a few trials only, so that the heaviest
// part of the tool's build is spread over several translation units (compiled side by side).
#pragma once

#include "screen_cohort.hpp"
#include "trials.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>

#include <string>
#include <vector>

namespace trialspec_cli::trials::detail {

/// Every record of `cohort` screened against Criteria into `out` (a catalogue entry's `screen_into`).
template <class Criteria>
void screen_with(const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain,
                 nct02249676_readings::cohort_screening& out) {
  screen_cohort_into(Criteria{}, cohort, as_of, explain, out);
}

/// The catalogue entries, one function per trial, defined in the trials_*.cpp files.
trial prevent();
trial n_momentum();
trial sakurasky();
trial sakurastar();
trial champion_nmosd();
trial opera();
trial oratorio();
trial asclepios();

} // namespace trialspec_cli::trials::detail

/// The catalogue entry of the trial in namespace trialspec::protocols::N (its registry reading).
#define TRIALSPEC_CLI_TRIAL(NAME, N)                                                                                          \
  ::trialspec_cli::trials::trial {                                                                                          \
    NAME, std::string(::trialspec::protocols::N::identity::id), std::string(::trialspec::protocols::N::identity::acronym),   \
        std::string(::trialspec::protocols::N::identity::title),                                                             \
        &::trialspec_cli::trials::detail::screen_with<::trialspec::protocols::N::criteria<>>,                               \
        [] { return ::trialspec::protocols::N::print_criteria<>(); },                                                         \
        [] { return ::trialspec::protocols::N::print_criteria_markdown<>(); },                                                \
        [] { return ::trialspec::eligibility::to_json(::trialspec::protocols::N::criteria<>{}); },                           \
        [] { return ::trialspec::protocols::N::describe_policy<::trialspec::protocols::N::registry_reading>(); }             \
  }
