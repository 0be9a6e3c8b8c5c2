// Misuse: a maintenance dose every 0 weeks.
// expect-error: a dose interval must be positive
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{0}>>;
int main() { return static_cast<int>(s::spans.size()); }
