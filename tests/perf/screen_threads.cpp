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
#include <trialspec/eligibility/parallel.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <latch>
#include <mutex>
#include <stdexcept>
#include <utility>
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

// --- eligibility/parallel.hpp -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(parts_cover_the_range_in_order) {
  // 10 records on 3 threads: 10 = 3 * 3 + 1, so the first part takes one more: [0,4) [4,7) [7,10).
  std::vector<std::pair<std::size_t, std::size_t>> parts(3);
  std::mutex m;
  el::for_each_part(10, 3, [&](std::size_t part, std::size_t begin, std::size_t end) {
    const std::lock_guard lock(m);
    parts.at(part) = {begin, end};
  });
  BOOST_TEST((parts == std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}, {4, 7}, {7, 10}}));
  // More threads than records: one part per record; none for an empty range.
  std::size_t calls = 0;
  el::for_each_part(2, 8, [&](std::size_t, std::size_t begin, std::size_t end) {
    const std::lock_guard lock(m);
    calls += end - begin == 1 ? 1 : 100;
  });
  BOOST_TEST(calls == 2u);
  el::for_each_part(0, 4, [&](std::size_t, std::size_t, std::size_t) { ++calls; });
  BOOST_TEST(calls == 2u);
}

BOOST_AUTO_TEST_CASE(the_earliest_part_that_throws_is_reported) {
  // Parts 1 and 2 of 4 throw: the error is part 1's, as on one thread (which stops there first).
  try {
    el::for_each_part(8, 4, [](std::size_t part, std::size_t, std::size_t) {
      if (part == 1 || part == 2) throw std::runtime_error("part " + std::to_string(part));
    });
    BOOST_FAIL("expected an exception");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()) == "part 1");
  }
}

BOOST_AUTO_TEST_CASE(merged_reports_add_their_counts) {
  // Two parts of a cohort, counted by hand: part a has 3 records (1 eligible, 2 ineligible; I1
  // removes one, E1 the other), part b 2 (1 undetermined on I1, 1 eligible).
  el::cohort_report a{3, 1, 2, 0, {{el::criterion_role::inclusion, "I1", "", 2, 1, 0, 1, 2, 2},
                                   {el::criterion_role::exclusion, "E1", "", 1, 2, 0, 1, 1, 1}}};
  const el::cohort_report b{2, 1, 0, 1, {{el::criterion_role::inclusion, "I1", "", 1, 0, 1, 0, 2, 1},
                                         {el::criterion_role::exclusion, "E1", "", 0, 2, 0, 0, 2, 1}}};
  el::merge(a, b);
  BOOST_TEST(a.total == 5u);
  BOOST_TEST(a.eligible == 2u);
  BOOST_TEST(a.ineligible == 2u);
  BOOST_TEST(a.undetermined == 1u);
  BOOST_TEST(a.rows[0].met == 3u);
  BOOST_TEST(a.rows[0].unknown == 1u);
  BOOST_TEST(a.rows[0].remaining == 4u);
  BOOST_TEST(a.rows[0].passing == 3u);
  BOOST_TEST(a.rows[1].removed == 1u);
  BOOST_TEST(a.rows[1].remaining == 3u);
  BOOST_TEST(a.rows[1].passing == 2u);
  el::cohort_report other = b;
  other.rows.pop_back();
  BOOST_CHECK_THROW(el::merge(a, other), trialspec::invalid_input);
}

BOOST_AUTO_TEST_CASE(parallel_screening_gives_what_one_thread_gives) {
  const auto cohort = trialspec::testing::synthetic_cohort({.seed = 19, .as_of = screening, .id_prefix = "P"}).take(2500);
  const el::evaluation_context ctx{screening, trialspec::date(2014, 2, 1)};
  const nct::criteria<> registry{};
  std::vector<el::screening_outcome> alone;
  for (const auto& p : cohort) alone.push_back(registry.test(p, ctx));
  const std::string table = el::render(el::screen_cohort(registry, cohort, ctx));
  for (std::size_t jobs : {1u, 2u, 3u, 7u}) {
    BOOST_TEST((el::test_parallel(registry, cohort, ctx, jobs) == alone), "jobs " << jobs);
    BOOST_TEST(el::render(el::screen_cohort_parallel(registry, cohort, ctx, jobs)) == table, "jobs " << jobs);
  }
  // A context per record (its own infusion date), and a cohort too small for the threads.
  const auto per_record = [](const trialspec::patient& p) {
    return el::evaluation_context{screening, p.infusion_date ? p.infusion_date : std::optional<trialspec::date>(trialspec::date(2014, 3, 1))};
  };
  BOOST_TEST(el::render(el::screen_cohort_parallel(registry, cohort, per_record, 3)) ==
             el::render(el::screen_cohort(registry, cohort, per_record)));
  const std::vector<trialspec::patient> two(cohort.begin(), cohort.begin() + 2);
  BOOST_TEST(el::render(el::screen_cohort_parallel(registry, two, ctx, 8)) == el::render(el::screen_cohort(registry, two, ctx)));
  // No record: the criteria's rows with zero counts.
  const std::vector<trialspec::patient> none;
  const auto empty = el::screen_cohort_parallel(registry, none, ctx, 3);
  BOOST_TEST(empty.total == 0u);
  BOOST_TEST(empty.rows.size() == el::screen_cohort(registry, none, ctx).rows.size());
}

BOOST_AUTO_TEST_CASE(a_record_that_cannot_be_screened_stops_parallel_screening_as_one_thread) {
  // Born after the screening date: the library rejects the record (invalid_input). Records 700
  // and 1800 of 2400 are such; on 3 threads they fall in parts 0 and 2, and the first is reported.
  auto cohort = trialspec::testing::synthetic_cohort({.seed = 19, .as_of = screening, .id_prefix = "P"}).take(2400);
  cohort[700].birth_date = trialspec::date(2015, 1, 1);
  cohort[700].id = "first";
  cohort[1800].birth_date = trialspec::date(2016, 1, 1);
  const el::evaluation_context ctx{screening};
  std::string one_thread, three_threads;
  try {
    (void)el::screen_cohort(nct::criteria<>{}, cohort, ctx);
  } catch (const trialspec::invalid_input& e) {
    one_thread = e.what();
  }
  try {
    (void)el::screen_cohort_parallel(nct::criteria<>{}, cohort, ctx, 3);
  } catch (const trialspec::invalid_input& e) {
    three_threads = e.what();
  }
  BOOST_TEST(one_thread.find("2015-01-01") != std::string::npos);
  BOOST_TEST(three_threads == one_thread);
}
