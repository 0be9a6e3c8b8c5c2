// therapy_duration measured as one continuous course has no SQL yet (only "since the first
// start", the seed trial's default reading, has): its `sql` member is constrained to
// duration_rule::since_first_start, so a criteria set holding the continuous form is rejected at
// compile time with the message naming it.
// expect-error: this criterion has no SQL.*therapy_duration
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using year_in_one_course = el::therapy_duration<trialspec::calendar_duration{1, trialspec::duration_unit::years}, el::immunotherapy,
                                                el::duration_rule::continuous_course>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "A year of therapy", year_in_one_course>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
