// Misuse: a function constrained on CompleteThresholdTable rejects the seed protocol's table.
// expect-error: constraints not satisfied
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
template <trialspec::CompleteThresholdTable Table> bool worsened(trialspec::edss b, trialspec::edss l) {
  return trialspec::worsening_truth(b, l, Table{}) == trialspec::truth::met;
}
int main() {
  using namespace trialspec::literals;
  return worsened<trialspec::protocols::nct02249676::protocol_thresholds>(4.5_edss, 5.5_edss) ? 0 : 1;
}
