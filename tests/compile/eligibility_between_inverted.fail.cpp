// Misuse: an age range whose lower bound exceeds its upper bound.
// expect-error: between<lo, hi> requires lo <= hi
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
namespace el = trialspec::eligibility;
int main() {
  const trialspec::patient p;
  return static_cast<int>(el::age_between<80, 18>{}.test(p, el::evaluation_context{trialspec::date(2014, 1, 5)}));
}
