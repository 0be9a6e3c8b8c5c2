// MRI lesions counted in a window around the infusion have no SQL (the OMOP tables read hold no
// infusion date): gd_enhancing_lesions' and new_t2_lesions' `sql` members are constrained to the
// screening date, so such a criterion is rejected at compile time with the message naming it.
// expect-error: this criterion has no SQL.*gd_enhancing_lesions
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using at_infusion = el::gd_enhancing_lesions<1, trialspec::within_before(trialspec::months{3}), el::any_gd_dose, el::reference_point::infusion>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Gd-enhancing lesion", at_infusion>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
