// Misuse: a body weight threshold of 0 kg (the criterion takes 1 to 500 kg).
// expect-error: a body weight threshold must be 1 to 500 kg
#include <trialspec/eligibility/criteria/body_weight.hpp>
namespace el = trialspec::eligibility;
el::body_weight_is<el::comparison::greater_equal, 0> node;
int main() {}
