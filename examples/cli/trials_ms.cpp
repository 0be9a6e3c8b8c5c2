// Catalogue entries (trial_entry.hpp) of the three MS trials: OPERA I, ORATORIO and ASCLEPIOS I.
#include "trial_entry.hpp"

#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/oratorio.hpp>

#include <string>

namespace trialspec_cli::trials::detail {

trial opera() { return TRIALSPEC_CLI_TRIAL("opera", opera); }
trial oratorio() { return TRIALSPEC_CLI_TRIAL("oratorio", oratorio); }
trial asclepios() { return TRIALSPEC_CLI_TRIAL("asclepios", asclepios); }

} // namespace trialspec_cli::trials::detail
