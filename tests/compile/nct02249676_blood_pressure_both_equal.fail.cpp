// Misuse: NCT02249676's "both components" blood pressure rule with a diastolic threshold that is
// not below the systolic one (110/110 mmHg).
// expect-error: blood pressure thresholds: 0 < diastolic < systolic
#include <trialspec/protocols/nct02249676.hpp>
int main() {
  const trialspec::protocols::nct02249676::blood_pressure_both_at_least<110, 110> rule;
  return rule.describe().empty() ? 1 : 0;
}
