// Catalogue entries (trial_entry.hpp) of the two satralizumab NMOSD trials, SAkuraSky and
// SAkuraStar.
#include "trial_entry.hpp"

#include <trialspec/protocols/sakurasky.hpp>
#include <trialspec/protocols/sakurastar.hpp>

#include <string>

namespace trialspec_cli::trials::detail {

trial sakurasky() { return TRIALSPEC_CLI_TRIAL("sakurasky", sakurasky); }
trial sakurastar() { return TRIALSPEC_CLI_TRIAL("sakurastar", sakurastar); }

} // namespace trialspec_cli::trials::detail
