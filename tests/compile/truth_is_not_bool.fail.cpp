// Misuse: treating a three-valued truth as bool would make "unknown" silently false.
// expect-error: truth
#include <trialspec/verdict.hpp>
int main() {
  trialspec::truth t = trialspec::truth::unknown;
  if (t) return 1;
  return 0;
}
