// Dose schedules as types: a label's sentence as a type, in words, and as dates for one patient.
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose_schedule.hpp>

#include <array>
#include <iostream>

using namespace trialspec;
using namespace trialspec::literals;

// "120 mg SC at weeks 0, 2 and 4, then every 4 weeks"
using satralizumab = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{4}>>;

// Weight tiers are half-open, [from_kg, below_kg); overlapping or gapped tiers do not compile.
inline constexpr weight_tiered_dose loading{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                            weight_tier{.from_kg = 60, .below_kg = 100, .dose = 2700_mg},
                                            weight_tier{.from_kg = 100, .dose = 3000_mg}};
inline constexpr weight_tiered_dose maintenance{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 3000_mg},
                                                weight_tier{.from_kg = 60, .below_kg = 100, .dose = 3300_mg},
                                                weight_tier{.from_kg = 100, .dose = 3600_mg}};
using ravulizumab = dose_schedule<route::intravenous, on_days<loading, 1>, on_days<maintenance, 15>, every<maintenance, weeks{8}>>;

// An arm's intervention points at its schedule.
inline constexpr std::array<intervention, 1> add_on{
    {{intervention_kind::drug, "Satralizumab", "added to baseline therapy", &schedule_of<satralizumab>}}};
inline constexpr arm satralizumab_arm{"Satralizumab", arm_role::experimental, "", add_on};

int main() {
  std::cout << satralizumab::describe() << '\n';
  for (const date d : satralizumab::dates(parse_date("2024-01-01"), parse_date("2024-04-30"))) std::cout << "  " << to_iso(d) << '\n';

  std::cout << ravulizumab::describe() << '\n';
  for (const auto& d : ravulizumab::doses(parse_date("2024-01-01"), parse_date("2024-05-31"), 72.0)) std::cout << "  " << d << '\n';

  std::cout << describe(satralizumab_arm) << '\n';
  return 0;
}
