// Misuse: a score is not compared with a bare number (is 5 meant as 5.0 or as 5 half steps?).
// expect-error: (no match for [^ ]*operator<[^ ]* \(operand types are [^ ]*trialspec::edss[^ ]* and [^ ]*int|invalid operands to binary expression \([^ ]*trialspec::edss[^ ]* and [^ ]*int)
#include <trialspec/edss.hpp>
using namespace trialspec::literals;
int main() { return 4.5_edss < 5 ? 0 : 1; }
