// Catalogue entries (trial_entry.hpp) of three NMOSD trials: PREVENT (eculizumab), N-MOmentum
// (inebilizumab) and CHAMPION-NMOSD (ravulizumab).
#include "trial_entry.hpp"

#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/n_momentum.hpp>
#include <trialspec/protocols/prevent.hpp>

#include <string>

namespace trialspec_cli::trials::detail {

trial prevent() { return TRIALSPEC_CLI_TRIAL("prevent", prevent); }
trial n_momentum() { return TRIALSPEC_CLI_TRIAL("n-momentum", n_momentum); }
trial champion_nmosd() { return TRIALSPEC_CLI_TRIAL("champion-nmosd", champion_nmosd); }

} // namespace trialspec_cli::trials::detail
