// Misuse: weight tiers that overlap (55 to 60 kg would get two doses).
// expect-error: weight tiers must not overlap
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
inline constexpr weight_tiered_dose tiers{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                          weight_tier{.from_kg = 55, .dose = 2700_mg}};
using s = dose_schedule<route::intravenous, on_days<tiers, 1>>;
int main() { return static_cast<int>(s::spans.size()); }
