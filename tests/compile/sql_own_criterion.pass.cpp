// A criterion of one's own that states its SQL (a member taking the writer) renders with the
// built-in ones.
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
struct weight_over_100kg : el::criterion_base {
  std::string describe() const { return "weight over 100 kg"; }
  template <class R> trialspec::truth test(const R&, const el::evaluation_context&) const { return trialspec::truth::unknown; }
  template <class R> trialspec::verdict evaluate(const R&, const el::evaluation_context&) const {
    return trialspec::verdict(trialspec::truth::unknown, "no weight");
  }
  std::string sql(const trialspec::sql::writer& q) const {
    return "(SELECT m.value_as_number > 100 FROM " + q.table("measurement") + " m WHERE m.person_id = p.person_id "
           "ORDER BY m.measurement_date DESC FETCH FIRST 1 ROW ONLY)";
  }
};
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Age 18 or older", el::age_at_least<18>>>,
                                     el::exclusion<el::named<"E1", "Heavy", weight_over_100kg>>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return trialspec::sql::person_query(set{}, w).find("value_as_number > 100") == std::string::npos;
}
