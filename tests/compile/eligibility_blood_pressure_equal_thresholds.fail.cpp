// Misuse: a blood pressure threshold whose diastolic value is not below its systolic value
// (200/200 mmHg): the diastolic pressure is the lower of the two, so such a rule is a typing error.
// expect-error: the diastolic threshold must be below the systolic threshold
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/vitals.hpp>
namespace el = trialspec::eligibility;
int main() {
  const trialspec::patient p;
  return static_cast<int>(el::blood_pressure_at_least<200, 200>{}.test(p, el::evaluation_context{trialspec::date(2014, 1, 5)}));
}
