// Misuse: evidence after 0 days of therapy.
// expect-error: a minimum therapy duration must be positive
#include <trialspec/eligibility.hpp>
namespace el = trialspec::eligibility;
using namespace trialspec;
el::evidence_after_therapy<days{0}, el::immunotherapy, el::duration_rule::since_first_start, el::relapses_in_last<1, months{18}>> node;
int main() {}
