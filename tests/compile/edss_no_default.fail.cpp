// Misuse: a missing score is std::optional<edss>, never a silent default of 0.
// expect-error: no matching (function for call to [^ ]*trialspec::edss::edss\(\)|constructor for initialization of [^ ]*trialspec::edss)
#include <trialspec/edss.hpp>
int main() {
  trialspec::edss e;
  return e.half_steps();
}
