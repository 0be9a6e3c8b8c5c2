// evidence_after_therapy (NCT02249676's evidence_timing reading "after the year of therapy") has
// no SQL: its evidence's windows start on a day that differs from person to person (when the
// year of therapy was complete), while every criterion's SQL is written with its windows resolved
// to literal dates; and where the therapy history leaves that day in a range, the library judges
// the evidence from every day of the range. A criteria set holding it is rejected at compile time
// with the message naming it.
// expect-error: this criterion has no SQL.*evidence_after_therapy
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using relapse_after_a_year = el::evidence_after_therapy<trialspec::calendar_duration{1, trialspec::duration_unit::years}, el::immunotherapy,
                                                        el::duration_rule::since_first_start, el::relapses_in_last<1, trialspec::months{18}>>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I4", "A relapse after a year of therapy", relapse_after_a_year>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
