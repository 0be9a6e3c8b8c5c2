// Misuse: a dose of 0 mg.
// expect-error: a dose must be a positive amount
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
using s = dose_schedule<route::intravenous, on_days<0_mg, 1, 15>>;
int main() { return static_cast<int>(s::spans.size()); }
