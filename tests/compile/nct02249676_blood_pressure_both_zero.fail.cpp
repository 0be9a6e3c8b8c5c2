// Misuse: NCT02249676's "both components" blood pressure rule with a diastolic threshold of 0 mmHg.
// expect-error: blood pressure thresholds: 0 < diastolic < systolic
#include <trialspec/protocols/nct02249676.hpp>
int main() {
  const trialspec::protocols::nct02249676::blood_pressure_both_at_least<200, 0> rule;
  return rule.describe().empty() ? 1 : 0;
}
