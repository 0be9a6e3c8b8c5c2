// Counterpart of edss_incomplete_table.fail.cpp: complete tables satisfy the same demands.
#include <trialspec/progression/thresholds.hpp>
template <trialspec::CompleteThresholdTable Table> constexpr bool usable() { return true; }
int main() {
  trialspec::require_complete_thresholds<trialspec::standard_thresholds>();
  trialspec::require_complete_thresholds<trialspec::cut55_thresholds>();
  return usable<trialspec::standard_thresholds>() ? 0 : 1;
}
