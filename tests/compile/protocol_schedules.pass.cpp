// The schedules the fail cases break, written correctly: each label's sentence compiles.
#include <trialspec/protocol/dose_schedule.hpp>
using namespace trialspec;
using namespace trialspec::literals;
inline constexpr weight_tiered_dose loading{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                            weight_tier{.from_kg = 60, .dose = 2700_mg}};
using eculizumab = dose_schedule<route::intravenous, repeated<900_mg, weeks{1}, 4>, at_weeks<1200_mg, 4>, every<1200_mg, weeks{2}>>;
using inebilizumab = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>, every<300_mg, weeks{26}, counted_from::first_dose>>;
using satralizumab = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{4}>>;
using tiered = dose_schedule<route::intravenous, on_days<loading, 1>>;
using teriflunomide = dose_schedule<route::oral, daily<14_mg>>;
using interferon = dose_schedule<route::subcutaneous, weekly_on<44_ug, 1, 3, 5>>;
int main() {
  return static_cast<int>(eculizumab::spans.size() + inebilizumab::spans.size() + satralizumab::spans.size() +
                          tiered::spans.size() + teriflunomide::spans.size() + interferon::spans.size()) - 9;
}
