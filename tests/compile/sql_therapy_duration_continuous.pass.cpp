// therapy_duration measured as one continuous course (the seed trial's Q4 alternative) has SQL at
// screening: a criteria set holding it renders (its SQL is checked against the library by
// tests/sql/hand_seed.sh and the reading differential).
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using year_in_one_course = el::therapy_duration<trialspec::calendar_duration{1, trialspec::duration_unit::years}, el::immunotherapy,
                                                el::duration_rule::continuous_course>;
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "A year of therapy", year_in_one_course>>, el::exclusion<>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return trialspec::sql::person_query(set{}, w).find("drug_exposure") == std::string::npos ? 1 : 0;
}
