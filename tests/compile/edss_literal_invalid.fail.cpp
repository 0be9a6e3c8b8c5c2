// Misuse: 0.5 is not an EDSS score (the scale goes 0, 1.0, 1.5, ...); the literal does not compile.
// expect-error: an EDSS score must be 0 or 1\.0 to 10\.0 in steps of 0\.5 \(0\.5 does not exist\)
#include <trialspec/edss.hpp>
using namespace trialspec::literals;
constexpr trialspec::edss e = 0.5_edss;
int main() { return e.half_steps(); }
