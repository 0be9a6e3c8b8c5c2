// Misuse: a relapse criterion on a record type whose record_traits provide no relapses.
// expect-error: relapse criteria read relapses: record_traits<R> needs
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <string>
#include <string_view>
struct chart {
  std::string mrn;
};
template <> struct trialspec::record_traits<chart> {
  static std::string_view id(const chart& c) { return c.mrn; }
};
namespace el = trialspec::eligibility;
int main() {
  const chart c{"x"};
  el::relapse_count<el::comparison::greater_equal, 1, trialspec::within_before(trialspec::months{18})> node;
  return static_cast<int>(node.test(c, el::evaluation_context{trialspec::date(2014, 1, 5)}));
}
