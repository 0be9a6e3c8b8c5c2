// A pyramidal functional-system grade judged at the infusion has no SQL (the OMOP tables read hold
// no infusion date): pyramidal_lower_limb_at_least's `sql` member is constrained to the screening
// date, so such a criterion is rejected at compile time with the message naming it.
// expect-error: this criterion has no SQL.*pyramidal_lower_limb
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using at_infusion = el::pyramidal_lower_limb_at_least<2, trialspec::on_or_before_reference, el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<el::named<"C5", "Pyramidal grade", at_infusion>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
