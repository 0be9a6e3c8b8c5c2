// Misuse: screening a type that does not specialise record_traits.
// expect-error: specialise trialspec::record_traits
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/report.hpp>
namespace el = trialspec::eligibility;
struct unknown_record {};
int main() {
  el::eligibility_criteria<el::inclusion<el::able_to_consent>, el::exclusion<>> set;
  const auto rep = el::screen(set, unknown_record{}, el::evaluation_context{trialspec::date(2014, 1, 5)});
  return static_cast<int>(rep.outcome);
}
