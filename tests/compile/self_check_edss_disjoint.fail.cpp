// Misuse: two inclusion criteria on the latest EDSS whose ranges are disjoint (at least 7.0, at
// most 5.5, inside one all_of).
// expect-error: protocol self-check: the inclusion criteria admit no EDSS score
#include <trialspec/eligibility/self_check.hpp>
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using set = el::eligibility_criteria<
    el::inclusion<el::all_of<el::edss_latest<el::comparison::greater_equal, el::edss_threshold(7.0_edss)>,
                             el::edss_latest<el::comparison::less_equal, el::edss_threshold(5.5_edss)>>>,
    el::exclusion<el::ms_course_is<trialspec::ms_course::ppms>>>;
int main() {
  el::require_self_consistent<set>();
  return 0;
}
