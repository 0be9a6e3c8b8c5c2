// static_assert-only tests of protocol types: windows, schedules, doses, administration plans and
// the seed protocol's policy are compile-time values.
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocols/nct02249676.hpp>

#include <type_traits>

namespace {
using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;

// The safety window is [R - 3 months, R + 12 months], split at the infusion day.
static_assert(seed::windows::safety.from.offset == calendar_duration{-3, duration_unit::months});
static_assert(seed::windows::safety.to.offset == calendar_duration{12, duration_unit::months});
static_assert(seed::windows::safety_before.to.offset == calendar_duration{-1, duration_unit::days});
static_assert(seed::windows::safety_after.from == reference_day);
static_assert(seed::schedule::months.size() == 6 && seed::schedule::months[5] == 24);

// Doses are part of the types.
static_assert(seed::registry_dose::cells_per_kg == 2'000'000 && seed::publication_dose::cells == 100'000'000);
static_assert(std::is_same_v<seed::dose<seed::registry_reading>, seed::registry_dose>);

// Premedication ends by minute 0; the cells start at 0 and the saline follows them.
static_assert(cell_therapy::Premedication<seed::premedication> && cell_therapy::InfusionPlan<seed::infusion>);
static_assert(seed::premedication::steps[0].start_minute == -30 && seed::infusion::steps[1].start_minute == 15);
static_assert(seed::infusion::steps[1].end_minute() == 255);

// Q10 decides the arms; Q9 the control arm's interventions.
struct publication : seed::registry_reading {
  static constexpr auto design = seed::design_reading::single_arm_fixed_dose;
};
static_assert(seed::arm_set<seed::registry_reading>::arms.size() == 2 && seed::arm_set<publication>::arms.size() == 1);
static_assert(std::is_same_v<seed::dose<publication>, seed::publication_dose>);
static_assert(seed::Policy<publication>);
struct not_a_policy {};
static_assert(!seed::Policy<not_a_policy>);

// The seed criteria's thresholds and windows are part of their types, and follow the policy.
using C = seed::criteria_of<seed::registry_reading>;
static_assert(C::i3::criterion_type::threshold == edss::from_half_steps(6));
static_assert(C::i3::criterion_type::op == eligibility::comparison::greater);
static_assert(C::i4b::criterion_type::window == within_before(months{18}));
static_assert(C::e1::criterion_type::window == within_before(months{3}));
static_assert(C::e1::criterion_type::reference == eligibility::reference_point::screening);
static_assert(std::is_same_v<C::i4a::criterion_type::table, trialspec::protocols::nct02249676::protocol_thresholds>);
static_assert(!C::i4a::criterion_type::table::complete); // the registry's gap is kept
struct standard : seed::registry_reading { using progression_thresholds = standard_thresholds; };
static_assert(std::is_same_v<seed::criteria_of<standard>::i4a::criterion_type::table, standard_thresholds>);
struct infusion_washout : seed::registry_reading { static constexpr auto washout = seed::washout_reference::infusion; };
static_assert(seed::criteria_of<infusion_washout>::e1::criterion_type::reference == eligibility::reference_point::infusion);
static_assert(C::i1::id == "I1" && C::e6d::id == "E6d" && C::i2::wording == "Age > 18 year");
static_assert(std::is_same_v<seed::protocol<>::criteria, seed::criteria<>>);

// Diagnostic criteria's AQP4-IgG policy is a template argument.
static_assert(diagnosis::nmosd_2015<>::untested_policy == diagnosis::untested_aqp4::seronegative_rules);
static_assert(diagnosis::detail::meets_mri_requirement(diagnosis::attack{std::nullopt, relapse_phenotype::area_postrema, {}}) == truth::unknown);
} // namespace
