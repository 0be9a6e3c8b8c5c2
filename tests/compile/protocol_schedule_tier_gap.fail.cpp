// Misuse: weight tiers with a gap (60 to 70 kg would get no dose).
// expect-error: weight tiers must leave no gap
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
inline constexpr weight_tiered_dose tiers{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                          weight_tier{.from_kg = 70, .dose = 2700_mg}};
using s = dose_schedule<route::intravenous, on_days<tiers, 1>>;
int main() { return static_cast<int>(s::spans.size()); }
