// Misuse: a phase after one that never ends.
// expect-error: an open-ended phase \(every, daily, weekly_on\) must be the last phase
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::oral, daily<14_mg>, on_days<7_mg, 30>>;
int main() { return static_cast<int>(s::spans.size()); }
