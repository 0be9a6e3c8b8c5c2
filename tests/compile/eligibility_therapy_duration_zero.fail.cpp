// Misuse: a minimum therapy duration of 0 days (at least one day is a duration).
// expect-error: a minimum therapy duration must be positive
#include <trialspec/eligibility.hpp>
namespace el = trialspec::eligibility;
using namespace trialspec;
el::therapy_duration<days{0}, el::immunotherapy> node;
int main() {}
