// Misuse: a phase that lists no day.
// expect-error: on_days<dose, days...> needs at least one day
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::intravenous, on_days<300_mg>>;
int main() { return static_cast<int>(s::spans.size()); }
