// Misuse: the scale ends at 10.0 (death due to MS); 10.5 does not compile.
// expect-error: an EDSS score must be 0 or 1\.0 to 10\.0 in steps of 0\.5
#include <trialspec/edss.hpp>
using namespace trialspec::literals;
constexpr trialspec::edss e = 10.5_edss;
int main() { return e.half_steps(); }
