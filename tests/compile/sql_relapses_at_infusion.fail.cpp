// relapse_count counted back from the infusion has no SQL (the OMOP tables read hold no infusion
// date): its `sql` member is constrained to the screening date, so the criterion is rejected at
// compile time with the message naming it, rather than answered from the screening date.
// expect-error: this criterion has no SQL.*relapse_count
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using at_infusion = el::relapse_count<el::comparison::greater_equal, 1, trialspec::within_before(trialspec::months{12}), el::any_severity,
                                      el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "A relapse in the 12 months before the infusion", at_infusion>>,
                                     el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
