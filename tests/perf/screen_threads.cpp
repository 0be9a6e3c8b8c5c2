// Screening from several threads at once: four threads screen the same NCT02249676 cohort at the
// same time, verdict only (test()) and with reasons (screen(), rendered), under two readings of
// the protocol and as one cohort (screen_cohort), and each gets exactly what one thread gets
// alone. Criteria keep no per-thread or shared mutable state; each screening owns its memo.
//
// The threads run first, in a fresh process, so that they also race for the first use of every
// phrase made once (function-local statics); the single-threaded reference comes after them. Its
// own executable, so that the `tsan` preset can build and run it alone under ThreadSanitizer.
#define BOOST_TEST_MODULE screen_threads
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <latch>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace el = trialspec::eligibility;
namespace nct = trialspec::protocols::nct02249676;

const trialspec::date screening(2014, 1, 5);

/// A reading that differs from the registry's in several criteria, with windows around the
/// infusion (other instantiations, other remembered values).
struct alternative_reading : nct::registry_reading {
  static constexpr auto counts = nct::count_reading::exactly_one;
  static constexpr auto therapy_duration = nct::therapy_duration_reading::continuous_course;
  static constexpr auto blood_pressure = nct::bp_reading::systolic_and_diastolic;
  static constexpr auto washout = nct::washout_reference::infusion;
};

struct results {
  std::vector<el::screening_outcome> outcomes;             // registry, then alternative, per patient
  std::vector<std::string> reports;                        // the same, rendered with reasons
  std::string cohort_table;                                // screen_cohort, rendered
};

results screen_all(const std::vector<trialspec::patient>& cohort) {
  const el::evaluation_context ctx{screening, trialspec::date(2014, 2, 1)};
  results out;
  out.outcomes.reserve(2 * cohort.size());
  out.reports.reserve(2 * cohort.size());
  for (const auto& p : cohort) {
    out.outcomes.push_back(nct::test(p, ctx));
    out.outcomes.push_back(nct::test<alternative_reading>(p, ctx));
    out.reports.push_back(el::render(nct::screen(p, ctx)));
    out.reports.push_back(el::render(nct::screen<alternative_reading>(p, ctx)));
  }
  out.cohort_table = el::render(el::screen_cohort(nct::criteria<>{}, cohort, ctx));
  return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(four_threads_screen_one_cohort_as_one_thread_does) {
  const auto cohort = trialspec::testing::synthetic_cohort({.seed = 11, .as_of = screening, .id_prefix = "T"}).take(3000);
  constexpr std::size_t threads = 4;
  std::vector<results> by_thread(threads);
  {
    std::latch start(threads);
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        start.arrive_and_wait(); // all four begin together
        by_thread[t] = screen_all(cohort);
      });
  }
  const results alone = screen_all(cohort);
  BOOST_TEST(alone.outcomes.size() == 2 * cohort.size());
  std::size_t undetermined = 0;
  for (auto o : alone.outcomes) undetermined += o == el::screening_outcome::undetermined ? 1 : 0;
  BOOST_TEST(undetermined > 0u);
  for (std::size_t t = 0; t < threads; ++t) {
    std::size_t outcome_differences = 0, report_differences = 0;
    for (std::size_t i = 0; i < alone.outcomes.size(); ++i) outcome_differences += by_thread[t].outcomes[i] == alone.outcomes[i] ? 0 : 1;
    for (std::size_t i = 0; i < alone.reports.size(); ++i) report_differences += by_thread[t].reports[i] == alone.reports[i] ? 0 : 1;
    BOOST_TEST(outcome_differences == 0u, "thread " << t);
    BOOST_TEST(report_differences == 0u, "thread " << t);
    BOOST_TEST(by_thread[t].cohort_table == alone.cohort_table, "thread " << t);
  }
}
