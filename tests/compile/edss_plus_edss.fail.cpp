// Misuse: two scores do not add up to a score (4.5 + 1.0 is not a disability level); a change is
// later - baseline.
// expect-error: (no match for [^ ]*operator\+[^ ]* \(operand types are [^ ]*trialspec::edss[^ ]* and [^ ]*trialspec::edss|invalid operands to binary expression \([^ ]*trialspec::edss[^ ]* and [^ ]*trialspec::edss)
#include <trialspec/edss.hpp>
using namespace trialspec::literals;
int main() {
  auto x = 4.5_edss + 1.0_edss;
  (void)x;
}
