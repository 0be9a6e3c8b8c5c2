// Kaplan-Meier (Greenwood SE, log / log-log / plain intervals, median, S at given times) and the
// two-group log-rank test, against R's survival package (tests/unit/data/rates_reference.R) and
// hand calculations.
#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/logrank.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
date d(const char* text) { return parse_date(text); }

// Times 2, 3, 3, 3+, 5+, 6, 6+, 8, 9+, 12+ (+ = censored): an event tie at 3 and an event and a
// censoring together at 3 and at 6.
std::vector<survival_time> sample() {
  return {{2, true}, {3, true}, {3, true}, {3, false}, {5, false},
          {6, true}, {6, false}, {8, true}, {9, false}, {12, false}};
}

void check_opt(const std::optional<double>& got, double want, double tol = 1e-9) {
  BOOST_TEST_REQUIRE(got.has_value());
  BOOST_TEST(*got == want, tt::tolerance(tol));
}
} // namespace

BOOST_AUTO_TEST_SUITE(rates_survival)

BOOST_AUTO_TEST_CASE(product_limit_and_greenwood_by_hand) {
  // t=2: 10 at risk, 1 event: S = 0.9, Greenwood sum 1/(10*9), SE = 0.9 sqrt(1/90) = 0.0948683298.
  // t=3: 9 at risk (the one censored at 3 still counts), 2 events: S = 0.9 * 7/9 = 0.7;
  //      sum += 2/(9*7); SE = 0.7 sqrt(1/90 + 2/63) = 0.1449137675.
  // t=5: censoring only, 6 at risk. t=6: 5 at risk, 1 event: S = 0.7 * 4/5 = 0.56.
  // t=8: 3 at risk, 1 event: S = 0.56 * 2/3 = 0.373333...
  const auto fit = kaplan_meier(sample());
  const auto& rows = fit.rows();
  BOOST_TEST_REQUIRE(rows.size() == 7u);
  const double times[] = {2, 3, 5, 6, 8, 9, 12};
  const long risk[] = {10, 9, 6, 5, 3, 2, 1}, events[] = {1, 2, 0, 1, 1, 0, 0}, censored[] = {0, 1, 1, 1, 0, 1, 1};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    BOOST_TEST(rows[i].time == times[i]);
    BOOST_TEST(rows[i].at_risk == risk[i]);
    BOOST_TEST(rows[i].events == events[i]);
    BOOST_TEST(rows[i].censored == censored[i]);
  }
  BOOST_TEST(rows[0].survival == 0.9, tt::tolerance(1e-14));
  BOOST_TEST(rows[1].survival == 0.7, tt::tolerance(1e-14));
  BOOST_TEST(rows[3].survival == 0.56, tt::tolerance(1e-14));
  BOOST_TEST(rows[4].survival == 0.56 * 2 / 3, tt::tolerance(1e-14));
  check_opt(rows[0].std_err, 0.9 * std::sqrt(1.0 / 90));
  check_opt(rows[1].std_err, 0.7 * std::sqrt(1.0 / 90 + 2.0 / 63));
  // R: summary(survfit(...))$std.err
  check_opt(rows[3].std_err, 0.1706458321);
  check_opt(rows[6].std_err, 0.1901889898);
}

BOOST_AUTO_TEST_CASE(log_intervals_match_survfit) {
  const auto fit = kaplan_meier(sample(), conf_type::log);
  check_opt(fit.rows()[0].ci_low, 0.7320116427);
  check_opt(fit.rows()[0].ci_high, 1.0);  // capped at 1
  check_opt(fit.rows()[4].ci_low, 0.1375514222);
  const auto m = fit.median();
  check_opt(m.estimate, 8);
  check_opt(m.lower, 3);
  BOOST_TEST(!m.upper.has_value());  // the upper curve never reaches 0.5 (R: NA)
}

BOOST_AUTO_TEST_CASE(log_log_intervals_match_survfit) {
  const auto fit = kaplan_meier(sample(), conf_type::log_log);
  check_opt(fit.rows()[0].ci_low, 0.4730092714);
  check_opt(fit.rows()[0].ci_high, 0.9852813934);
  check_opt(fit.rows()[3].ci_low, 0.1970669611);
  check_opt(fit.rows()[3].ci_high, 0.8130308303);
  check_opt(fit.rows()[6].ci_low, 0.06624638422);
  check_opt(fit.rows()[6].ci_high, 0.6993209424);
  const auto m = fit.median();
  check_opt(m.estimate, 8);
  check_opt(m.lower, 2);
  BOOST_TEST(!m.upper.has_value());
}

BOOST_AUTO_TEST_CASE(plain_intervals_match_survfit) {
  const auto fit = kaplan_meier(sample(), conf_type::plain);
  check_opt(fit.rows()[0].ci_low, 0.7140614903);
  check_opt(fit.rows()[0].ci_high, 1.0);  // clipped
  check_opt(fit.rows()[1].ci_high, 0.9840257651);
  check_opt(fit.rows()[4].ci_low, 0.0005697630141);
  check_opt(fit.rows()[4].ci_high, 0.7460969037);
}

BOOST_AUTO_TEST_CASE(survival_at_given_times) {
  // R: summary(fit, times = 7): the row of t = 6.
  const auto fit = kaplan_meier(sample(), conf_type::log_log);
  const auto s7 = fit.at(7);
  BOOST_TEST_REQUIRE(s7.has_value());
  BOOST_TEST(s7->survival == 0.56, tt::tolerance(1e-14));
  check_opt(s7->std_err, 0.170645832061612);
  check_opt(s7->ci_low, 0.197066961124266);
  check_opt(s7->ci_high, 0.813030830256581);
  // Before the first event S = 1 with no uncertainty; after the last observed time: unknown.
  const auto s1 = fit.at(1);
  BOOST_TEST_REQUIRE(s1.has_value());
  BOOST_TEST(s1->survival == 1.0);
  BOOST_TEST(!fit.at(12.5).has_value());
  BOOST_TEST(fit.at(12).has_value());
  BOOST_CHECK_THROW(static_cast<void>(fit.at(-1)), invalid_input);
}

BOOST_AUTO_TEST_CASE(median_on_a_flat_half_is_the_midpoint) {
  // 4 patients, events at 1 and 2, censored at 5 and 7. S = 0.75 after t=1, 0.5 after t=2 until
  // the end: S stays exactly 0.5, so the median is the midpoint of 2 and the last time 7 = 4.5.
  // With one more event at 6 the flat stretch ends at 6: median (2 + 6) / 2 = 4.
  const std::vector<survival_time> a{{1, true}, {2, true}, {5, false}, {7, false}};
  check_opt(kaplan_meier(a).median().estimate, 4.5);
  const std::vector<survival_time> b{{1, true}, {2, true}, {6, true}, {7, false}};
  check_opt(kaplan_meier(b).median().estimate, 4);
}

BOOST_AUTO_TEST_CASE(median_and_its_interval_match_survfit_quantile) {
  // Times 0, 50, 91, 91, 274+, 336, 366+, 366+: S = 0.5 from day 91 until 336, so the median is
  // (91 + 336) / 2 = 213.5. R: quantile(survfit(...), 0.5) gives lower limits 91 (log), 0
  // (log-log) and 50 (plain); the upper curves never reach 0.5 (NA).
  const std::vector<survival_time> t{{0, true},   {50, true},  {91, true},   {91, true},
                                     {274, false}, {336, true}, {366, false}, {366, false}};
  const double lower[] = {91, 0, 50};
  const conf_type types[] = {conf_type::log, conf_type::log_log, conf_type::plain};
  for (int i = 0; i < 3; ++i) {
    BOOST_TEST_CONTEXT("conf_type " << types[i]) {
      const auto m = kaplan_meier(t, types[i]).median();
      check_opt(m.estimate, 213.5);
      check_opt(m.lower, lower[i]);
      BOOST_TEST(!m.upper.has_value());
    }
  }
}

BOOST_AUTO_TEST_CASE(everyone_relapsing_on_the_same_day) {
  // 5 patients, all relapse at day 30: S drops from 1 to 0 at once. Greenwood is undefined at
  // S = 0 (R: NaN / NA), so the standard error and interval are empty; the median is day 30.
  const std::vector<survival_time> all(5, {30, true});
  const auto fit = kaplan_meier(all);
  BOOST_TEST_REQUIRE(fit.rows().size() == 1u);
  BOOST_TEST(fit.rows()[0].survival == 0.0);
  BOOST_TEST(!fit.rows()[0].std_err.has_value());
  BOOST_TEST(!fit.rows()[0].ci_low.has_value());
  check_opt(fit.median().estimate, 30);
}

BOOST_AUTO_TEST_CASE(single_patient_and_no_events) {
  const std::vector<survival_time> one{{100, false}};
  const auto fit = kaplan_meier(one);
  BOOST_TEST(fit.rows()[0].survival == 1.0);
  BOOST_TEST(!fit.median().estimate.has_value());  // never reached
  check_opt(fit.rows()[0].std_err, 0.0);
  BOOST_CHECK_THROW(kaplan_meier(std::vector<survival_time>{}), invalid_input);
  BOOST_CHECK_THROW(kaplan_meier(std::vector<survival_time>{{-1, true}}), invalid_input);
}

BOOST_AUTO_TEST_CASE(time_to_first_relapse_from_dates) {
  const std::vector<date> relapses{d("2019-12-01"), d("2020-03-10"), d("2020-02-01")};
  const auto t = time_to_first_event(d("2020-01-01"), d("2020-12-31"), relapses);
  BOOST_TEST(t.event);
  BOOST_TEST(t.time == 31.0);  // 2020-01-01 -> 2020-02-01; the December relapse is before the start
  const auto c = time_to_first_event(d("2020-01-01"), d("2020-01-20"), relapses);
  BOOST_TEST(!c.event);
  BOOST_TEST(c.time == 19.0);
  BOOST_CHECK_THROW(time_to_first_event(d("2020-01-02"), d("2020-01-01"), relapses), invalid_input);
  BOOST_TEST(parse_conf_type("log-log") == conf_type::log_log);
  BOOST_CHECK_THROW(parse_conf_type("loglog"), invalid_input);
}

// Edges worked by hand on sample(): S = 0.9 from day 2, 0.9 * 7/9 = 0.7 from day 3 (two events
// among 9 at risk), 0.7 * 4/5 = 0.56 from day 6 (one event among the 5 left after the censorings
// at 3 and 5). S at a row's own time is that row's S (the step is right-continuous).
BOOST_AUTO_TEST_CASE(edges_of_the_curve_and_its_arguments) {
  const auto fit = kaplan_meier(sample(), conf_type::log);
  BOOST_TEST(fit.at(6)->survival == 0.56, tt::tolerance(1e-14));
  BOOST_TEST(fit.at(5.5)->survival == 0.7, tt::tolerance(1e-14));
  BOOST_TEST(fit.at(2)->survival == 0.9, tt::tolerance(1e-14));
  // Day 0 is a time (before the first event: S = 1, and for log intervals the interval [1, 1]).
  const auto s0 = fit.at(0);
  BOOST_TEST_REQUIRE(s0.has_value());
  BOOST_TEST(s0->survival == 1.0);
  check_opt(s0->ci_low, 1.0);
  check_opt(s0->ci_high, 1.0);
  // log-log intervals are not defined at S = 1: none before the first event, and none on a first
  // row where only censorings happened.
  BOOST_TEST(!kaplan_meier(sample(), conf_type::log_log).at(1)->ci_low.has_value());
  const auto censored_first = kaplan_meier(std::vector<survival_time>{{1, false}, {2, true}, {3, false}}, conf_type::log_log);
  BOOST_TEST(censored_first.rows()[0].survival == 1.0);
  BOOST_TEST(!censored_first.rows()[0].ci_low.has_value());
  BOOST_TEST(!censored_first.rows()[0].ci_high.has_value());
  BOOST_TEST(censored_first.rows()[1].ci_low.has_value()); // S = 0.5 after day 2
  // Quantiles need 0 < p < 1; a level needs 0 < level < 1.
  BOOST_CHECK_THROW((void)fit.quantile(0.0), invalid_input);
  BOOST_CHECK_THROW((void)fit.quantile(1.0), invalid_input);
  BOOST_CHECK_NO_THROW((void)fit.quantile(0.25));
  BOOST_CHECK_THROW((void)kaplan_meier(sample(), conf_type::log, 1.0), invalid_input);
  BOOST_CHECK_THROW((void)kaplan_meier(sample(), conf_type::log, 0.0), invalid_input);
}

// A follow-up [start, end] includes both days: an event on the start day is at time 0, one on the
// end day at end - start; a follow-up of one day (start = end) is allowed.
BOOST_AUTO_TEST_CASE(time_to_first_event_includes_both_ends) {
  const std::vector<date> on_start{d("2020-01-01")};
  const auto a = time_to_first_event(d("2020-01-01"), d("2020-01-31"), on_start);
  BOOST_TEST(a.event);
  BOOST_TEST(a.time == 0.0);
  const std::vector<date> on_end{d("2020-01-31")};
  const auto b = time_to_first_event(d("2020-01-01"), d("2020-01-31"), on_end);
  BOOST_TEST(b.event);
  BOOST_TEST(b.time == 30.0);
  const auto c = time_to_first_event(d("2020-01-01"), d("2020-01-30"), on_end); // the day after the end
  BOOST_TEST(!c.event);
  BOOST_TEST(c.time == 29.0);
  const auto one_day = time_to_first_event(d("2020-01-01"), d("2020-01-01"), std::vector<date>{});
  BOOST_TEST(!one_day.event);
  BOOST_TEST(one_day.time == 0.0);
}

BOOST_AUTO_TEST_CASE(logrank_matches_survdiff) {
  // R: survdiff(Surv(time, status) ~ group): chisq 0.472877674727167, O = 5, 7,
  // E = 6.16056443556444, 5.83943556443556.
  const std::vector<survival_time> b{{1, true}, {1, true}, {2, true}, {4, true}, {4, false},
                                     {5, true}, {7, true}, {7, false}, {10, true}, {11, false}};
  const auto r = logrank_test(sample(), b);
  BOOST_TEST(r.observed1 == 5.0);
  BOOST_TEST(r.observed2 == 7.0);
  BOOST_TEST(r.expected1 == 6.16056443556444, tt::tolerance(1e-12));
  BOOST_TEST(r.expected2 == 5.83943556443556, tt::tolerance(1e-12));
  BOOST_TEST(r.chisq == 0.472877674727167, tt::tolerance(1e-10));
  BOOST_TEST(r.df == 1);
  BOOST_TEST(r.p_value == 0.491666273992516, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(logrank_by_hand_and_degenerate_cases) {
  // Group 1: event at 1; group 2: censored at 2. At t=1: n=2, n1=1, d=1: E1 = 0.5,
  // V = 1 * 0.5 * 0.5 * 1 / 1 = 0.25; chisq = (1 - 0.5)^2 / 0.25 = 1.
  const auto r = logrank_test(std::vector<survival_time>{{1, true}}, std::vector<survival_time>{{2, false}});
  BOOST_TEST(r.chisq == 1.0, tt::tolerance(1e-14));
  BOOST_CHECK_THROW(logrank_test(std::vector<survival_time>{{1, false}}, std::vector<survival_time>{{2, false}}),
                    invalid_input);
  BOOST_CHECK_THROW(logrank_test(std::vector<survival_time>{}, std::vector<survival_time>{{2, false}}), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
