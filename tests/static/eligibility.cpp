// static_assert-only tests of eligibility: operators build plain nested types, thresholds and
// windows are enumerable constants of the criterion types, three-valued counting is constexpr,
// and every criterion of the NCT02249676 registry record can be written with the built-ins.
#include <trialspec/eligibility.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>

#include <cstddef>
#include <string>
#include <type_traits>

namespace {
// The library's own record provides every facet the built-in criteria read (checked here rather
// than in clinical/patient.hpp, where every translation unit would pay for it).
namespace facets {
using namespace trialspec;
static_assert(RecordWithBirthDate<patient> && RecordWithSex<patient> && RecordWithWeight<patient> &&
              RecordWithDiagnosis<patient> && RecordWithEdss<patient> && RecordWithRelapses<patient> &&
              RecordWithMri<patient> && RecordWithTherapies<patient> && RecordWithConditions<patient> &&
              RecordWithLabs<patient> && RecordWithBloodPressure<patient> && RecordWithPregnancy<patient> &&
              RecordWithConsentCapacity<patient> && RecordWithJudgement<patient> && RecordWithLactation<patient> &&
              RecordWithChildbearingPotential<patient> && RecordWithContraception<patient> &&
              RecordWithPregnancyTest<patient> && RecordWithJudgements<patient> && RecordWithFunctionalSystems<patient>);
} // namespace facets
namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::within_before;
constexpr trialspec::truth M = trialspec::truth::met, N = trialspec::truth::not_met, U = trialspec::truth::unknown;

using a = el::judged_unsuitable;
using b = el::unable_to_consent;
using c = el::pregnant<>;

// Operators: plain nested types; chains of the same operator flatten.
static_assert(std::is_same_v<decltype(a{} && b{}), el::all_of<a, b>>);
static_assert(std::is_same_v<decltype(a{} && b{} && c{}), el::all_of<a, b, c>>);
static_assert(std::is_same_v<decltype(a{} && (b{} && c{})), el::all_of<a, b, c>>);
static_assert(std::is_same_v<decltype(a{} || b{} || c{}), el::any_of<a, b, c>>);
static_assert(std::is_same_v<decltype((a{} && b{}) || c{}), el::any_of<el::all_of<a, b>, c>>);
static_assert(std::is_same_v<decltype(!a{}), el::not_<a>>);
static_assert(std::is_same_v<decltype(!(a{} || b{})), el::not_<el::any_of<a, b>>>);

// Concepts.
static_assert(el::Criterion<a, trialspec::patient>);
static_assert(el::Criterion<el::all_of<a, el::not_<b>>, trialspec::patient>);
static_assert(el::CompositeNode<el::at_least<1, a, b>> && !el::CompositeNode<a>);
static_assert(trialspec::Record<trialspec::patient> && !trialspec::Record<int>);
static_assert(el::NamedNode<el::named<"I3", "EDSS > 3", a>> && !el::NamedNode<a>);

// A user's criterion that does not derive from criterion_base still composes: explicitly, and
// with the operators when a built-in on either side brings them into lookup.
struct site_rule {
  [[nodiscard]] std::string describe() const { return "site rule"; }
  template <class R> trialspec::truth test(const R&, const el::evaluation_context&) const { return U; }
  template <class R> trialspec::verdict evaluate(const R&, const el::evaluation_context&) const { return {U, "site rule"}; }
};
static_assert(el::Criterion<site_rule, trialspec::patient>);
static_assert(el::Criterion<el::all_of<site_rule, a>, trialspec::patient>);
static_assert(std::is_same_v<decltype(site_rule{} || a{}), el::any_of<site_rule, a>>);

// Thresholds and windows are constants of the types (the testing helpers enumerate them).
using relapses = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>;
static_assert(relapses::count == 1 && relapses::op == el::comparison::greater_equal);
static_assert(relapses::window == within_before(18_months));
static_assert(relapses::severities == el::moderate_or_severe);
static_assert(relapses::severities.contains(trialspec::relapse_severity::severe) &&
              !relapses::severities.contains(trialspec::relapse_severity::mild));
using edss_gt3 = el::edss_latest<el::comparison::greater, 3.0_edss>;
static_assert(edss_gt3::threshold == 3.0_edss && edss_gt3::window == trialspec::on_or_before_reference);
static_assert(el::age_between<18, 80>::low == 18 && el::age_between<18, 80>::high == 80);
static_assert(el::blood_pressure_at_least<200, 110>::systolic == 200 && el::blood_pressure_at_least<200, 110>::diastolic == 110);
static_assert(el::therapy_duration<trialspec::years{1}, el::immunotherapy>::min_duration == trialspec::calendar_duration(trialspec::years{1}));
static_assert(el::at_least<2, a, b, c>::k == 2);

// visit() walks every node at compile time: named, any_of, all_of, not_ and three leaves.
using tree = el::named<"I9", "x", el::any_of<a, el::all_of<b, el::not_<c>>>>;
constexpr std::size_t node_count() {
  std::size_t n = 0;
  el::visit(tree{}, [&](const auto&, std::size_t) { ++n; });
  return n;
}
static_assert(node_count() == 7);
constexpr std::size_t max_depth() {
  std::size_t d = 0;
  el::visit(tree{}, [&](const auto&, std::size_t depth) { d = depth > d ? depth : d; });
  return d;
}
static_assert(max_depth() == 4); // named(0) > any_of(1) > all_of(2) > not_(3) > pregnant(4)

// Counts known only as a range [low, high].
static_assert(el::compare_range(el::comparison::greater_equal, 1, 1, 1) == M);
static_assert(el::compare_range(el::comparison::greater_equal, 0, 1, 1) == U);
static_assert(el::compare_range(el::comparison::greater_equal, 0, 0, 1) == N);
static_assert(el::compare_range(el::comparison::less_equal, 0, el::unbounded_count, 0) == U);
static_assert(el::compare_range(el::comparison::equal, 2, 3, 2) == U && el::compare_range(el::comparison::equal, 3, 4, 2) == N);
static_assert(el::compare_range(el::comparison::not_equal, 3, 4, 2) == M);

// The eligibility rule as Kleene logic.
static_assert(el::to_outcome(M) == el::screening_outcome::eligible && el::to_outcome(U) == el::screening_outcome::undetermined);
static_assert(el::passes(el::criterion_role::exclusion, N) == M && el::passes(el::criterion_role::exclusion, U) == U);

// Every criterion of the NCT02249676 registry record is expressible with the built-ins (the
// protocol itself, with its policy choices, lives in protocols/).
using trialspec::condition_kind;
using trialspec::diagnosis_kind;
using nct_inclusion = el::inclusion<
    el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>,
    el::all_of<el::age_above<18>, el::age_at_most<80>>,
    el::edss_latest<el::comparison::greater, 3.0_edss>,
    el::all_of<el::therapy_duration<trialspec::years{1}, el::immunotherapy>,
               el::any_of<el::edss_worsening<within_before(18_months), trialspec::protocols::nct02249676::protocol_thresholds>,
                          el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>,
                          el::gd_enhancing_lesions<1, within_before(18_months), el::double_or_triple_gd_dose>,
                          el::new_t2_lesions<1, within_before(18_months)>>>,
    el::any_of<el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>,
               el::gd_enhancing_lesions<1, within_before(18_months), el::any_gd_dose>,
               el::new_t2_lesions<1, within_before(18_months)>>>;
using nct_exclusion = el::exclusion<
    el::therapy_exposure<el::immunotherapy, within_before(3_months), el::reference_point::infusion>,
    el::has_condition<el::organ_failure | el::condition_set{condition_kind::other}, el::significance::significant_only>,
    el::has_condition<el::condition_set{condition_kind::allergy}>,
    el::pregnant<>,
    el::unable_to_consent,
    el::any_of<el::has_condition<el::condition_set{condition_kind::brain_tumour}>,
               el::lab_result_is<trialspec::lab_test::hiv, trialspec::lab_outcome::positive>,
               el::lab_result_is<trialspec::lab_test::tumour_marker, trialspec::lab_outcome::positive>,
               el::blood_pressure_at_least<200, 110>>,
    el::judged_unsuitable>;
using nct_criteria = el::eligibility_criteria<nct_inclusion, nct_exclusion>;
static_assert(nct_inclusion::size == 5 && nct_exclusion::size == 7);
static_assert(std::is_same_v<decltype(nct_criteria{}.test(trialspec::patient{}, el::evaluation_context{})), el::screening_outcome>);
} // namespace
