// A washout table with a row counted back from the infusion has no SQL (the OMOP tables read hold
// no infusion date): agent_exposure's `sql` member is constrained to the screening date, and the
// table's to rows that all have SQL, so the criterion is rejected at compile time with the
// message naming it.
// expect-error: this criterion has no SQL.*washout_table
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using trialspec::therapy_agent;
using at_screening = el::agent_exposure<el::agent_set{therapy_agent::rituximab}, trialspec::within_before(trialspec::months{3})>;
using at_infusion = el::agent_exposure<el::agent_set{therapy_agent::ivig}, trialspec::within_before(trialspec::weeks{3}),
                                       el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<>, el::exclusion<el::named<"E1", "Washout", el::washout_table<at_screening, at_infusion>>>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
