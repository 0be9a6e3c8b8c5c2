// Counterpart of nct02249676_blood_pressure_both_zero.fail.cpp and _equal.fail.cpp: the smallest
// thresholds the rule "0 < diastolic < systolic" allows, 2/1 mmHg, compile.
#include <trialspec/protocols/nct02249676.hpp>
int main() {
  const trialspec::protocols::nct02249676::blood_pressure_both_at_least<2, 1> rule;
  return rule.describe().empty() ? 1 : 0;
}
