// Misuse: EDSS scores move in half points; 3.25 does not compile.
// expect-error: an EDSS score must be 0 or 1\.0 to 10\.0 in steps of 0\.5
#include <trialspec/edss.hpp>
using namespace trialspec::literals;
constexpr trialspec::edss e = 3.25_edss;
int main() { return e.half_steps(); }
