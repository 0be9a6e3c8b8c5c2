// Misuse: a reason built in a temporary std::string handed to static_leaf, which points at its
// text instead of copying it; the verdict would read freed memory (found by AddressSanitizer in a
// criterion before this overload existed). The rule is stated at compile time instead.
// expect-error: static_leaf points at its text
#include <trialspec/eligibility/reason.hpp>

#include <string>

namespace el = trialspec::eligibility;

int main() {
  trialspec::verdict_builder b;
  const std::string where = "in the last 12 months";
  el::static_leaf(b, trialspec::truth::unknown, "no assessment " + where);
  return 0;
}
