// Misuse: a month has no fixed number of days, so months and days do not add.
// expect-error: (no match for|invalid operands to binary expression).*operator\+|operator\+.*(no match|invalid operands)
#include <trialspec/calendar.hpp>
int main() {
  auto x = trialspec::months{1} + trialspec::days{1};
  (void)x;
}
