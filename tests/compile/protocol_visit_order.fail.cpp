// Misuse: follow-up visits out of order.
// expect-error: visit months must be positive and strictly increasing
#include <trialspec/protocol/visits.hpp>
using namespace trialspec;
int main() { return static_cast<int>(visit_schedule<3, 1, 6>::months.size()); }
