// concurrent_agents on the day of the infusion has no SQL (the OMOP tables read hold no infusion
// date): its `sql` member is constrained to the screening date, so the criterion is rejected at
// compile time with the message naming it.
// expect-error: this criterion has no SQL.*concurrent_agents
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using at_infusion = el::concurrent_agents<el::agent_set{trialspec::therapy_agent::azathioprine}, el::comparison::equal, 1,
                                          el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Azathioprine at the infusion", at_infusion>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
