// Misuse: a relapse window that starts 12 months after screening and ends 3 months before it.
// expect-error: a window cannot start after it ends
#include <trialspec/eligibility/criteria/relapses.hpp>
namespace el = trialspec::eligibility;
using trialspec::months;
using bad = el::relapse_count<el::comparison::greater_equal, 1,
                              trialspec::between(trialspec::after(months{12}), trialspec::before(months{3}))>;
bad node;
int main() {}
