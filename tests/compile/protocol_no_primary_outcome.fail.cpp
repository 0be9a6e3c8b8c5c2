// Misuse: an outcome set without a primary outcome.
// expect-error: a protocol needs at least one primary outcome
#include <trialspec/protocol/outcomes.hpp>
using namespace trialspec;
struct secondary_only {
  static constexpr outcome_measure measure{outcome_kind::secondary, "EDSS", "12 months", ""};
};
int main() { return static_cast<int>(outcome_set<secondary_only>::measures.size()); }
