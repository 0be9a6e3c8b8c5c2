// Misuse: at_most<2> of two criteria is always met.
// expect-error: at_most<k> needs k below the number of its criteria
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
namespace el = trialspec::eligibility;
el::at_most<2, el::judged_unsuitable, el::unable_to_consent> node;
int main() {}
