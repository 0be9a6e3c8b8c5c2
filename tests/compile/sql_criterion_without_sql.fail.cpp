// A criterion of one's own without SQL cannot be rendered as SQL: the compilation stops with a
// message that names the criterion's type (here `weight_over_100kg`).
// expect-error: this criterion has no SQL.*weight_over_100kg
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
struct weight_over_100kg : el::criterion_base {
  std::string describe() const { return "weight over 100 kg"; }
  template <class R> trialspec::truth test(const R&, const el::evaluation_context&) const { return trialspec::truth::unknown; }
  template <class R> trialspec::verdict evaluate(const R&, const el::evaluation_context&) const {
    return trialspec::verdict(trialspec::truth::unknown, "no weight");
  }
};
using set = el::eligibility_criteria<el::inclusion<el::named<"I1", "Age 18 or older", el::age_at_least<18>>>,
                                     el::exclusion<el::named<"E1", "Heavy", weight_over_100kg>>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  return static_cast<int>(trialspec::sql::person_query(set{}, w).size());
}
