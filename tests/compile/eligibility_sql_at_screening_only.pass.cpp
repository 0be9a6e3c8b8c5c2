// SQL is written for criteria counted from screening only (the query knows the screening date,
// not an infusion date): each criterion that takes a reference point has sql() at screening and
// none from the infusion.
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/writer.hpp>

namespace el = trialspec::eligibility;
using namespace trialspec;
using namespace trialspec::literals;

template <class C>
concept has_sql = requires(const C& c, const trialspec::sql::writer& q) { c.sql(q); };

template <template <el::reference_point> class C> constexpr bool at_screening_only() {
  return has_sql<C<el::reference_point::screening>> && !has_sql<C<el::reference_point::infusion>>;
}

constexpr el::agent_set azathioprine{therapy_agent::azathioprine};
template <el::reference_point R> using concurrent = el::concurrent_agents<azathioprine, el::comparison::equal, 0, R>;
template <el::reference_point R> using stable = el::stable_dose<azathioprine, months{3}, R>;
template <el::reference_point R> using age = el::age<el::comparison::greater_equal, 18, R>;
template <el::reference_point R> using ages = el::age_between<18, 55, R>;
template <el::reference_point R> using duration = el::disease_duration<el::comparison::less, 10, R>;
template <el::reference_point R> using edss_latest = el::edss_latest<el::comparison::greater, 3.0_edss, on_or_before_reference, R>;
template <el::reference_point R> using worsening = el::edss_worsening<within_before(months{24}), standard_thresholds, R>;
template <el::reference_point R> using pyramidal = el::pyramidal_lower_limb_at_least<2, on_or_before_reference, R>;
template <el::reference_point R> using hiv = el::lab_result_is<lab_test::hiv, lab_outcome::positive, on_or_before_reference, R>;
template <el::reference_point R> using gd = el::gd_enhancing_lesions<1, within_before(months{18}), el::any_gd_dose, R>;
template <el::reference_point R> using t2 = el::new_t2_lesions<1, within_before(months{18}), R>;
template <el::reference_point R> using relapses = el::relapse_count<el::comparison::greater_equal, 1, within_before(months{12}), el::any_severity, R>;
template <el::reference_point R> using pregnancy_test = el::pregnancy_test_negative<within_before(weeks{4}), R>;
template <el::reference_point R> using rescue = el::rescue_treated_relapse_count<el::comparison::greater_equal, 1, within_before(years{1}), R>;
template <el::reference_point R> using exposure = el::therapy_exposure<el::immunotherapy, within_before(months{3}), R>;
template <el::reference_point R> using therapy_years = el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::continuous_course, on_or_before_reference, R>;
template <el::reference_point R> using pressure = el::blood_pressure_at_least<200, 110, on_or_before_reference, R>;
template <el::reference_point R> using agent = el::agent_exposure<azathioprine, within_before(months{3}), R>;

static_assert(at_screening_only<concurrent>());
static_assert(at_screening_only<stable>());
static_assert(at_screening_only<age>());
static_assert(at_screening_only<ages>());
static_assert(at_screening_only<duration>());
static_assert(at_screening_only<edss_latest>());
static_assert(at_screening_only<worsening>());
static_assert(at_screening_only<pyramidal>());
static_assert(at_screening_only<hiv>());
static_assert(at_screening_only<gd>());
static_assert(at_screening_only<t2>());
static_assert(at_screening_only<relapses>());
static_assert(at_screening_only<pregnancy_test>());
static_assert(at_screening_only<rescue>());
static_assert(at_screening_only<exposure>());
static_assert(at_screening_only<therapy_years>());
static_assert(at_screening_only<pressure>());
static_assert(at_screening_only<agent>());

int main() {}
