// Misuse: a schedule whose first dose is not on day 1.
// expect-error: the first dose of a schedule is on day 1
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::intravenous, on_days<300_mg, 15, 29>>;
int main() { return static_cast<int>(s::spans.size()); }
