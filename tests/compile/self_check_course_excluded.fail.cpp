// Misuse: a criteria set whose only admitted MS course (PPMS) is also an exclusion.
// expect-error: protocol self-check: every MS course the inclusion criteria admit is excluded
#include <trialspec/eligibility/self_check.hpp>
namespace el = trialspec::eligibility;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Primary progressive MS", el::ms_course_is<trialspec::ms_course::ppms>>>,
                                     el::exclusion<el::named<"E1", "PPMS", el::ms_course_is<trialspec::ms_course::ppms>>>>;
int main() {
  el::require_self_consistent<set>();
  return 0;
}
