// trialspec/protocols/sakurastar/policy.hpp - how SAkuraStar's registry text (NCT02073279) is
// read: the decisions its criteria need, every one printed with the criteria. The text leaves no
// choice that needs an alternative type; the policy type keeps the protocol's shape.
#pragma once

#include <string>

namespace trialspec::protocols::sakurastar {

/// The default (and only) reading.
struct registry_reading {};

/// A policy (any type: the decisions are fixed).
template <class P>
concept Policy = true;

/// Every decision, one per line ("T1 ...").
template <Policy P> std::string describe_policy() {
  return "T1 I1a \"NMO as defined by Wingerchuk et al. 2006 criteria\": the recorded diagnosis NMO made with the Wingerchuk 2006 "
         "criteria\n"
         "T2 I1b \"NMOSD as defined by either of following criteria with anti-aquaporin-4 (AQP4) antibody seropositive status at "
         "screening\": the recorded diagnosis NMOSD, AQP4-IgG positive as recorded, and the investigator's judgement NCT02073279.I1b that "
         "criterion i or ii is met; the source's \"(=3 vertebral segment\" is read as >= 3 (its sign lost in the source)\n"
         "T3 I2 \"at least 1 documented relapse (including first attack) in last 12 months prior to screening\": at least 1 recorded relapse "
         "in the 12 months before screening, the screening day included\n"
         "T4 I3 EDSS: the latest assessment on or before screening at most 6.5\n"
         "T5 I4 \"Age 18 to 74 years, inclusive at the time\" (cut in the source): age 18 to 74 at screening (the registry's age fields: 18 to "
         "74 years)\n";
}

} // namespace trialspec::protocols::sakurastar
