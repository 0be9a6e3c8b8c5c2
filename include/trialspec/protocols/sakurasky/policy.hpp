// trialspec/protocols/sakurasky/policy.hpp - how SAkuraSky's registry text (NCT02028884) is read:
// the decisions its criteria need, with an alternative where the text allows one.
//
//   struct eight_weeks : sakurasky::registry_reading {
//     static constexpr calendar_duration baseline_stable_for = weeks{8};
//   };
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <string>
#include <type_traits>

namespace trialspec::protocols::sakurasky {

/// The default reading. `baseline_stable_for`: how long the baseline treatment's dose must have
/// been unchanged before screening; the record says only "at a stable dose", so by default the
/// last dose change must be before the screening day (days{0}).
struct registry_reading {
  static constexpr calendar_duration baseline_stable_for = days{0};
};

/// A policy: every decision present with the right type.
template <class P>
concept Policy = requires {
  requires std::same_as<std::remove_cv_t<decltype(P::baseline_stable_for)>, calendar_duration>;
};
static_assert(Policy<registry_reading>);

/// Every decision, one per line ("S1 ...").
template <Policy P> std::string describe_policy() {
  std::string s;
  s += "S1 I1a \"NMO as defined by Wingerchuk et al. 2006 criteria\": the recorded diagnosis NMO made with the Wingerchuk 2006 criteria\n";
  s += "S2 I1b \"NMOSD as defined by either of the following Wingerchuk 2007 criteria with anti-AQP4 antibody (Ab) seropositive status at "
       "screening\": the recorded diagnosis NMOSD, AQP4-IgG positive as recorded, and the investigator's judgement NCT02028884.I1b that "
       "criterion i or ii is met (the library has no Wingerchuk 2007 criteria)\n";
  s += "S3 I2 \"at least 2 documented relapses (including first attack) in the last 2 years ..., at least one of which has occurred in "
       "the 12 months prior to screening\": at least 2 recorded relapses (the first attack is a recorded relapse) in the 2 years before "
       "screening and at least 1 in the 12 months before, the screening day included\n";
  s += "S4 I3 EDSS: the latest assessment on or before screening at most 6.5 (\"from 0\" excludes nothing)\n";
  s += "S5 I4 and BT \"at the time of informed consent\": the record has no consent date; ages are taken at screening\n";
  s += trialspec::detail::cat("S6 BT (from the intervention \"Drug: Baseline Treatment\"; the registry's inclusion criteria after 4 are missing): exactly one of "
       "azathioprine, mycophenolate mofetil or oral corticosteroid ongoing at screening, or, aged 12 to 17, oral corticosteroid with "
       "exactly one of azathioprine or mycophenolate mofetil; every ongoing one at a dose unchanged ",
       (P::baseline_stable_for.count == 0 ? std::string("since before screening") : trialspec::detail::cat("for at least ", to_string(P::baseline_stable_for),
                                                                                       " before screening")),
       " (stable_since)\n");
  return s;
}

} // namespace trialspec::protocols::sakurasky
