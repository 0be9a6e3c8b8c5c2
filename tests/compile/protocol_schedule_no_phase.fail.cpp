// Misuse: a dose schedule with no dose at all.
// expect-error: a dose schedule needs at least one phase
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
int main() { return static_cast<int>(dose_schedule<route::oral>::phase_count); }
