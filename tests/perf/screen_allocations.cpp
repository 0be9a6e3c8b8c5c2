// Verdict-only NCT02249676 screening allocates nothing per patient: a seeded synthetic cohort is
// screened while a replaced global operator new counts every allocation. A separate executable,
// because the replacement applies to the whole program.
//
// The counter is shown to work first (a report with reasons allocates), so a zero cannot come from
// a counter that never counts.
#define BOOST_TEST_MODULE screen_allocations
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace {
std::size_t allocations = 0;
} // namespace

void* operator new(std::size_t n) {
  ++allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  ++allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
// Not inlined: g++ 12 at -O3 would otherwise see free() on memory from operator new and report a
// false -Wmismatched-new-delete.
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

namespace el = trialspec::eligibility;
namespace nct = trialspec::protocols::nct02249676;

const trialspec::date screening(2014, 1, 5);

std::vector<trialspec::patient> seeded_cohort(std::size_t n) {
  return trialspec::testing::synthetic_cohort({.seed = 99, .as_of = screening, .id_prefix = "A"}).take(n);
}

/// A reading that differs from the registry's in several criteria (other instantiations).
struct alternative_reading : nct::registry_reading {
  static constexpr auto counts = nct::count_reading::exactly_one;
  static constexpr auto therapy_duration = nct::therapy_duration_reading::continuous_course;
  static constexpr auto blood_pressure = nct::bp_reading::systolic_and_diastolic;
  static constexpr auto washout = nct::washout_reference::infusion;
};

} // namespace

BOOST_AUTO_TEST_CASE(the_counter_counts) {
  const auto cohort = seeded_cohort(1);
  const std::size_t before = allocations;
  const el::screening_report rep = nct::screen(cohort.front(), {screening});
  BOOST_TEST(allocations > before); // a report holds strings: the counter sees them
  BOOST_TEST(!rep.criteria.empty());
}

BOOST_AUTO_TEST_CASE(verdict_only_screening_allocates_nothing_per_patient) {
  const auto cohort = seeded_cohort(5000);
  const el::evaluation_context ctx{screening};
  std::array<std::size_t, 3> outcomes{};
  const std::size_t before = allocations;
  for (const auto& p : cohort) {
    ++outcomes[static_cast<std::size_t>(nct::test(p, ctx))];
    ++outcomes[static_cast<std::size_t>(nct::test<alternative_reading>(p, ctx))];
  }
  const std::size_t during = allocations - before;
  BOOST_TEST(during == 0u);
  // Every outcome occurred, so every path of the rule was taken without allocating.
  BOOST_TEST(outcomes[static_cast<std::size_t>(el::screening_outcome::eligible)] > 0u);
  BOOST_TEST(outcomes[static_cast<std::size_t>(el::screening_outcome::undetermined)] > 0u);
  BOOST_TEST(outcomes[static_cast<std::size_t>(el::screening_outcome::ineligible)] > 0u);
}

BOOST_AUTO_TEST_CASE(screening_with_an_infusion_date_in_the_context_allocates_nothing) {
  const auto cohort = seeded_cohort(2000);
  const el::evaluation_context ctx{screening, trialspec::date(2014, 2, 1)};
  const std::size_t before = allocations;
  std::size_t eligible = 0;
  for (const auto& p : cohort) eligible += nct::test<alternative_reading>(p, ctx) == el::screening_outcome::eligible ? 1 : 0;
  BOOST_TEST(allocations - before == 0u);
  BOOST_TEST_MESSAGE(eligible << " eligible of " << cohort.size());
}
