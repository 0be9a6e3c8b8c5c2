// trialspec/protocols/n_momentum/policy.hpp - how N-MOmentum's registry text (NCT02200770) is
// read: the decisions its criteria need, every one printed with the criteria.
//
// The text leaves no choice that needs an alternative type here; the decisions are fixed and
// stated. A policy type is kept so that the protocol's shape matches the other trials and a
// reading can be added without changing its users.
#pragma once

#include <string>

namespace trialspec::protocols::n_momentum {

/// The default (and only) reading.
struct registry_reading {};

/// A policy (any type: the decisions are fixed).
template <class P>
concept Policy = true;

/// Every decision, one per line ("N1 ...").
template <Policy P> std::string describe_policy() {
  return "N1 I2 \"attack requiring rescue therapy\": an attack the record says was treated with rescue therapy (relapses[].rescue_therapy); "
         "\"in the last year\", \"in the last 2 years\": the year or 2 years before screening, the screening day included\n"
         "N2 I2 \"NMO/NMOSD\": the recorded diagnosis NMO or NMOSD (I2a, AQP4-IgG positive); \"sero-negative NMO\": the recorded diagnosis "
         "NMO (I2b, AQP4-IgG negative); an untested or unrecorded serostatus decides neither\n"
         "N3 I3 able: the recorded capacity to consent; willing to consent and comply: the investigator's judgement NCT02200770.I3\n"
         "N4 I4 \"EDSS <= 7.5 (8 in special circumstances)\": the latest EDSS on or before screening at most 7.5, or at most 8.0 with the "
         "investigator's judgement NCT02200770.I4 that special circumstances apply\n"
         "N5 I5 \"highly effective method of birth control\": required of participants of reproductive potential (childbearing_potential); "
         "the record's effective_contraception stands for it\n"
         "N6 E1 \"Lactating and pregnant females\": lactating, or pregnant; possibly pregnant is unknown\n"
         "N7 E2 \"within 4 weeks of screening\": a course of an investigational agent overlapping the 4 weeks before screening\n"
         "N8 E3, E4: the record cannot say to what an allergy was, or how severe an active infection is: the investigator's judgements "
         "NCT02200770.E3 and NCT02200770.E4\n";
}

} // namespace trialspec::protocols::n_momentum
