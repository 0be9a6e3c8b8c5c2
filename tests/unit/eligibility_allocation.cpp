// The verdict-only path allocates nothing: every built-in criterion, the combinators and the
// eligibility rule are run on a full record (with names long enough to defeat the small-string
// optimisation) while operator new counts allocations. Cohort screening allocates its report
// once, whatever the number of records.
#include <trialspec/eligibility.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace {
std::size_t allocations = 0;
} // namespace

// Counting replacements of the global allocation functions (for this test executable).
void* operator new(std::size_t n) {
  ++allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  ++allocations;
  return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return ::operator new(n, t); }
// Every unaligned form is replaced, so that memory from any of them (std::stable_sort's
// temporary buffer uses the nothrow form) is released by the matching replacement.
// Not inlined: g++ 12 at -O3 would otherwise see free() on memory from operator new and report a
// false -Wmismatched-new-delete.
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {
namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::within_before;

using inclusion = el::inclusion<
    el::diagnosis_is<trialspec::diagnosis_kind::nmo, trialspec::diagnosis_kind::nmosd>,
    el::all_of<el::age_above<18>, el::age_at_most<80>, el::sex_is<trialspec::sex::female>>,
    el::aqp4_igg_is<trialspec::aqp4_status::positive>,
    el::diagnosed_with<trialspec::diagnostic_standard::ipnd2015>,
    el::edss_latest<el::comparison::greater, 3.0_edss, within_before(6_months)>,
    el::all_of<el::therapy_duration<trialspec::years{1}, el::immunotherapy>,
               el::therapy_duration<trialspec::years{1}, el::immunotherapy, el::duration_rule::since_first_start>,
               el::any_of<el::edss_worsening<within_before(18_months), trialspec::protocols::nct02249676::protocol_thresholds>,
                          el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>,
                          el::gd_enhancing_lesions<1, within_before(18_months), el::double_or_triple_gd_dose>,
                          el::new_t2_lesions<1, within_before(18_months)>>>,
    el::at_least<2, el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months)>,
                 el::gd_enhancing_lesions<1, within_before(18_months)>, el::new_t2_lesions<1, within_before(18_months)>>>;
using exclusion = el::exclusion<
    el::therapy_exposure<el::immunotherapy, within_before(3_months), el::reference_point::infusion>,
    el::has_condition<el::organ_failure, el::significance::significant_only>,
    el::has_condition<el::condition_set{trialspec::condition_kind::allergy}>,
    el::pregnant<>, el::unable_to_consent,
    el::any_of<el::has_condition<el::condition_set{trialspec::condition_kind::brain_tumour}>,
               el::lab_result_is<trialspec::lab_test::hiv, trialspec::lab_outcome::positive>,
               el::lab_result_is<trialspec::lab_test::tumour_marker, trialspec::lab_outcome::positive>,
               el::blood_pressure_at_least<200, 110>>,
    el::at_least<1, el::judged_unsuitable, el::not_<el::able_to_consent>>>;
using criteria = el::eligibility_criteria<inclusion, exclusion>;

trialspec::patient full_record() {
  using namespace trialspec;
  patient p;
  p.id = "a patient identifier longer than sixteen characters";
  p.birth_date = date(1980, 1, 1);
  p.sex = sex::female;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.edss = {{date(2013, 1, 10), 4.0_edss}, {date(2014, 1, 2), 5.0_edss}};
  p.relapses = {{date(2013, 6, 1), relapse_severity::severe, relapse_phenotype::myelitis}};
  p.relapses_recorded_since = date(2005, 1, 1);
  p.mri = {{date(2013, 7, 1), 2, gd_dose::double_dose, 1}};
  p.therapies = {{"azathioprine 2.5 mg/kg per day, by mouth", therapy_class::immunosuppressant, date(2011, 1, 1), date(2013, 9, 1)}};
  p.therapies_recorded_since = date(2005, 1, 1);
  p.conditions = {{condition_kind::cardiac_failure, "mild diastolic dysfunction, not significant", true, false}};
  p.labs = {{lab_test::hiv, lab_outcome::negative, date(2013, 12, 1)}};
  p.blood_pressure = {{date(2014, 1, 5), 128, 84}};
  p.pregnancy = pregnancy_status::not_pregnant;
  p.consent_capacity = true;
  p.judged_unsuitable = false;
  p.infusion_date = date(2014, 2, 1);
  return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_allocation)

BOOST_AUTO_TEST_CASE(verdict_only_screening_allocates_nothing) {
  const criteria set;
  const auto p = full_record();
  const el::evaluation_context ctx{date(2014, 1, 5)};
  std::size_t nodes = 0;
  const std::size_t before = allocations;
  const auto outcome = set.test(p, ctx);
  el::for_each_criterion(set, [&](const auto& c, el::criterion_role, std::size_t) {
    el::visit(c, [&](const auto& node, std::size_t) {
      static_cast<void>(node.test(p, ctx));
      ++nodes;
    });
  });
  const std::size_t during = allocations - before;
  BOOST_TEST(during == 0u);
  BOOST_TEST(nodes == 34u); // inclusion 1+4+1+1+1+8+4 = 20 nodes, exclusion 1+1+1+1+1+5+4 = 14
  // The record passes everything but the significance-graded organ failure check, which stays
  // unknown (the cardiac finding is graded not significant but renal and hepatic were not looked
  // at).
  BOOST_TEST(outcome == el::screening_outcome::undetermined);
  // The explaining path does allocate (reasons are strings): the counter does count.
  const std::size_t before_report = allocations;
  static_cast<void>(el::screen(set, p, ctx));
  BOOST_TEST(allocations > before_report);
}

BOOST_AUTO_TEST_CASE(cohort_screening_allocates_per_report_not_per_record) {
  const criteria set;
  const el::evaluation_context ctx{date(2014, 1, 5)};
  const std::vector<trialspec::patient> small(3, full_record()), large(30, full_record());
  std::size_t before = allocations;
  const auto a = el::screen_cohort(set, small, ctx);
  const std::size_t for_small = allocations - before;
  before = allocations;
  const auto b = el::screen_cohort(set, large, ctx);
  const std::size_t for_large = allocations - before;
  BOOST_TEST(for_small == for_large);
  BOOST_TEST(a.total == 3u);
  BOOST_TEST(b.undetermined == 30u);
}

BOOST_AUTO_TEST_CASE(a_report_allocates_per_report_not_per_reason) {
  // The seed protocol's criteria are all named, so every label is static text. The whole reason
  // tree (39 verdicts) is one block of nodes and one of text; the rest of the report is its rows,
  // the record id and, when undetermined, the lines that would decide it.
  namespace nct = trialspec::protocols::nct02249676;
  const auto p = full_record();
  const el::evaluation_context ctx{date(2014, 1, 5), date(2014, 2, 1)};
  static_cast<void>(nct::screen(p, ctx)); // first use: the phrases each criterion type joins once
  const std::size_t before = allocations;
  const auto rep = nct::screen(p, ctx);
  const std::size_t during = allocations - before;
  std::size_t verdicts = 0;
  for (const auto& row : rep.criteria) verdicts += row.result.tree_size();
  BOOST_TEST(rep.criteria.size() == 12u);
  BOOST_TEST(verdicts >= 30u);
  // shared tree with its nodes (1: one block) + its text (1) + the rows (1) + the long record id
  // (1), and for an undetermined outcome the list of deciding lines (1) and one string per line.
  // The therapy course I4.0 names (its name longer than a short string) is read in place, not
  // copied.
  BOOST_TEST(rep.outcome == el::screening_outcome::undetermined);
  BOOST_TEST(rep.deciding_data.size() == 4u); // E2 organ failure, E3 allergy, E6 brain tumour, E6 tumour marker
  const std::size_t expected = 4 + 1 + rep.deciding_data.size();
  BOOST_TEST(during == expected);
}

BOOST_AUTO_TEST_SUITE_END()
