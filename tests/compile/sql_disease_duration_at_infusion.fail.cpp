// A disease duration measured to the infusion has no SQL (the OMOP tables read hold no infusion
// date): disease_duration's `sql` member is constrained to the screening date, so such a
// criterion is rejected at compile time with the message naming it.
// expect-error: this criterion has no SQL.*disease_duration
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using at_infusion = el::disease_duration<el::comparison::greater, 10, el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Disease duration", at_infusion>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
