// Misuse: a systolic blood pressure threshold of 0 mmHg.
// expect-error: blood pressure thresholds must be positive
#include <trialspec/eligibility.hpp>
namespace el = trialspec::eligibility;
using namespace trialspec;
el::blood_pressure_at_least<0, 110> node;
int main() {}
