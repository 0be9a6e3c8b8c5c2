// Misuse: a negative relapse count threshold.
// expect-error: a relapse count threshold cannot be negative
#include <trialspec/eligibility/criteria/relapses.hpp>
namespace el = trialspec::eligibility;
el::relapse_count<el::comparison::greater_equal, -1, trialspec::within_before(trialspec::months{18})> node;
int main() {}
