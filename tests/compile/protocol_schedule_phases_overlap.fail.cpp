// Misuse: a phase that starts before the previous one has ended (day 15 is week 2).
// expect-error: each phase of a dose schedule must start after the previous phase.s last dose
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, on_days<120_mg, 15>>;
int main() { return static_cast<int>(s::spans.size()); }
