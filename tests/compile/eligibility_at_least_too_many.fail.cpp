// Misuse: at_least<3> of two criteria can never be met.
// expect-error: at_least<k> needs 1 <= k <= the number of its criteria
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
namespace el = trialspec::eligibility;
el::at_least<3, el::judged_unsuitable, el::unable_to_consent> node;
int main() {}
