// Misuse: combining a criterion with something that is not one.
// expect-error: no match for 'operator&&'|invalid operands to binary expression
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
namespace el = trialspec::eligibility;
struct not_a_criterion {};
auto node = el::judged_unsuitable{} && not_a_criterion{};
int main() {}
