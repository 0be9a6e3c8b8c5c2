// Misuse: inclusion "EDSS 0 to 5.5" with an exclusion "EDSS 5.5 or less" (a sign slip): no
// admitted score survives the exclusion.
// expect-error: protocol self-check: every EDSS score the inclusion criteria admit is excluded
#include <trialspec/eligibility/self_check.hpp>
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using set = el::eligibility_criteria<
    el::inclusion<el::edss_latest<el::comparison::less_equal, el::edss_threshold(5.5_edss)>>,
    el::exclusion<el::named<"E1", "EDSS 5.5 or less", el::edss_latest<el::comparison::less_equal, el::edss_threshold(5.5_edss)>>>>;
int main() {
  el::require_self_consistent<set>();
  return 0;
}
