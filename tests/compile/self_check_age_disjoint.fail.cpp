// Misuse: "18 to 55 years" and "older than 60" as inclusion criteria.
// expect-error: protocol self-check: the inclusion criteria admit no age
#include <trialspec/eligibility/self_check.hpp>
namespace el = trialspec::eligibility;
using set = el::eligibility_criteria<el::inclusion<el::age_between<18, 55>, el::age_above<60>>,
                                     el::exclusion<el::ms_course_is<trialspec::ms_course::ppms>>>;
int main() {
  el::require_self_consistent<set>();
  return 0;
}
