// Misuse: a window whose start is after its end is rejected at compile time.
// expect-error: a window cannot start after it ends
#include <trialspec/calendar.hpp>
using namespace trialspec;
constexpr relative_window w = between(after(months{12}), before(months{3}));
int main() {}
