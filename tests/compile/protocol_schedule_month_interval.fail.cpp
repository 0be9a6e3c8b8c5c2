// Misuse: an interval in months (a month has no fixed number of days).
// expect-error: dose intervals are counted in days or weeks
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>, every<300_mg, months{6}>>;
int main() { return static_cast<int>(s::spans.size()); }
