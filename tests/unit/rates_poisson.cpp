// Person-time, per-patient and pooled ARR, exact Garwood intervals and exact rate ratios.
// Reference values: by hand where noted, otherwise R's poisson.test (tests/unit/data/rates_reference.R).
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/rates/rate_ratio.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
date d(const char* text) { return parse_date(text); }
constexpr double inf = std::numeric_limits<double>::infinity();
} // namespace

BOOST_AUTO_TEST_SUITE(rates_poisson)

BOOST_AUTO_TEST_CASE(person_time_is_days_over_365_25) {
  // 2015-01-01..2016-01-01: 365 days -> 365 / 365.25; 2024 is a leap year: 366 days.
  BOOST_TEST(observation_years(date_interval(d("2015-01-01"), d("2016-01-01"))) == 365 / 365.25, tt::tolerance(1e-15));
  BOOST_TEST(observation_years(d("2024-01-01"), d("2025-01-01")) == 366 / 365.25, tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(zero_or_negative_windows_are_invalid_input) {
  BOOST_CHECK_THROW(observation_years(date_interval(d("2024-01-01"), d("2024-01-01"))), invalid_input);
  BOOST_CHECK_THROW(observation_years(d("2024-01-02"), d("2024-01-01")), invalid_input);
  BOOST_CHECK_THROW(observation_years(date_interval::from(d("2024-01-01"))), invalid_input);
  try {
    observation_years(date_interval(d("2024-03-01"), d("2024-03-01")));
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "observation window");
    BOOST_TEST(e.value() == "2024-03-01..2024-03-01");
  }
  BOOST_CHECK_THROW(annualized_rate(1, 0.0), invalid_input);
  BOOST_CHECK_THROW(annualized_rate(-1, 1.0), invalid_input);
}

BOOST_AUTO_TEST_CASE(per_patient_arr_counts_events_in_the_closed_window) {
  // [2024-01-01, 2025-01-01] has 366 days; events on both edges count, the one after does not:
  // 3 / (366 / 365.25) = 2.993852459...
  const std::vector<date> events{d("2024-01-01"), d("2024-06-15"), d("2025-01-01"), d("2025-01-02")};
  const date_interval w(d("2024-01-01"), d("2025-01-01"));
  BOOST_TEST(count_in(w, events) == 3);
  BOOST_TEST(patient_arr(w, events) == 3 / (366 / 365.25), tt::tolerance(1e-15));
  BOOST_TEST(patient_arr(w, std::vector<date>{}) == 0.0);  // zero relapses: rate 0, not an error
}

BOOST_AUTO_TEST_CASE(pooled_arr_and_mean_of_patient_arrs_differ) {
  // Patient A: 2 events in 0.5 y (ARR 4); patient B: 0 in 1.5 y (ARR 0).
  // Pooled: 2 / 2.0 = 1.0. Mean of per-patient ARRs: (4 + 0) / 2 = 2.0.
  const std::vector<exposure> cohort{{2, 0.5}, {0, 1.5}};
  const auto pooled = pooled_arr(cohort);
  BOOST_TEST(pooled.patients == 2u);
  BOOST_TEST(pooled.events == 2);
  BOOST_TEST(pooled.person_years == 2.0);
  BOOST_TEST(pooled.arr == 1.0, tt::tolerance(1e-15));
  BOOST_TEST(mean_patient_arr(cohort) == 2.0, tt::tolerance(1e-15));
  BOOST_CHECK_THROW(pooled_arr(std::vector<exposure>{}), invalid_input);
  BOOST_CHECK_THROW(mean_patient_arr(std::vector<exposure>{}), invalid_input);
}

BOOST_AUTO_TEST_CASE(single_patient_cohort) {
  const std::vector<exposure> one{{3, 1.5}};
  BOOST_TEST(pooled_arr(one).arr == 2.0, tt::tolerance(1e-15));
  BOOST_TEST(mean_patient_arr(one) == 2.0, tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(garwood_interval_matches_the_published_check) {
  // The check value, and R: poisson.test(7, 10.5)$conf.int.
  const auto r = exact_poisson_interval(7, 10.5);
  BOOST_TEST(r.estimate == 7 / 10.5, tt::tolerance(1e-15));
  BOOST_TEST(r.lower == 0.268034576335225, tt::tolerance(1e-10));
  BOOST_TEST(r.upper == 1.37358812968594, tt::tolerance(1e-10));
  const auto r90 = exact_poisson_interval(7, 10.5, 0.90);
  BOOST_TEST(r90.lower == 0.312887208751874, tt::tolerance(1e-10));
  BOOST_TEST(r90.upper == 1.25220131451734, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(garwood_interval_with_zero_events) {
  // Y = 0: lower 0; chi2(0.975; 2) = -2 ln(0.025) = 7.377758908..., so upper = 7.3778 / (2 * 2.5)
  // = -ln(0.025) / 2.5 = 1.475551781... (R: 1.47555178164557).
  const auto r = exact_poisson_interval(0, 2.5);
  BOOST_TEST(r.estimate == 0.0);
  BOOST_TEST(r.lower == 0.0);
  BOOST_TEST(r.upper == -std::log(0.025) / 2.5, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(garwood_interval_other_counts) {
  // Y = 1, T = 1: lower = chi2(0.025; 2) / 2 = -ln(0.975) = 0.025317807984...
  const auto one = exact_poisson_interval(1, 1.0);
  BOOST_TEST(one.lower == -std::log(0.975), tt::tolerance(1e-12));
  BOOST_TEST(one.upper == 5.5716433909389, tt::tolerance(1e-10));
  const auto many = exact_poisson_interval(30, 45.2);
  BOOST_TEST(many.lower == 0.447806947376569, tt::tolerance(1e-10));
  BOOST_TEST(many.upper == 0.947497022009019, tt::tolerance(1e-10));
  BOOST_CHECK_THROW(exact_poisson_interval(1, 1.0, 1.0), invalid_input);
  BOOST_CHECK_THROW(exact_poisson_interval(1, 1.0, 0.0), invalid_input);
  // Refused as a level (0 and 1 are outside the open interval), not by the quantile it would need.
  for (const double level : {0.0, 1.0}) {
    try {
      (void)exact_poisson_interval(1, 1.0, level);
    } catch (const invalid_input& e) {
      BOOST_TEST(e.field() == "confidence level", "level " << level);
    }
  }
  BOOST_CHECK_THROW(exact_poisson_interval(1, -1.0), invalid_input);
}

BOOST_AUTO_TEST_CASE(garwood_interval_beyond_double_precision_is_invalid_input) {
  // 10^11 events: Boost.Math's incomplete gamma series gives up (evaluation_error); the caller
  // gets invalid_input naming the count instead of an exception type of another library.
  try {
    (void)exact_poisson_interval(100000000000L, 1.0);
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "events");
    BOOST_TEST(e.value() == "100000000000");
  }
}

BOOST_AUTO_TEST_CASE(exact_rate_ratio_matches_poisson_test) {
  // R: poisson.test(c(11, 4), c(20.3, 18.1)).
  const auto r = exact_rate_ratio(11, 20.3, 4, 18.1);
  BOOST_TEST(r.estimate == (11 / 20.3) / (4 / 18.1), tt::tolerance(1e-14));
  BOOST_TEST(r.lower == 0.72656017582188, tt::tolerance(1e-10));
  BOOST_TEST(r.upper == 10.5583282920619, tt::tolerance(1e-10));
  BOOST_TEST(r.p_value == 0.127483378208421, tt::tolerance(1e-10));
  // R: poisson.test(c(2, 9), c(10, 11)) - x below its expectation, the other branch of the p-value.
  const auto s = exact_rate_ratio(2, 10, 9, 11);
  BOOST_TEST(s.lower == 0.0257011051583541, tt::tolerance(1e-10));
  BOOST_TEST(s.upper == 1.18100227941295, tt::tolerance(1e-10));
  BOOST_TEST(s.p_value == 0.0687230571188784, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(equal_rates_give_p_one) {
  // x = n p0 exactly: p-value 1 (R: 1, interval [0.299309681810599, 3.34102122574435]).
  const auto r = exact_rate_ratio(7, 7, 7, 7);
  BOOST_TEST(r.estimate == 1.0);
  BOOST_TEST(r.p_value == 1.0);
  BOOST_TEST(r.lower == 0.299309681810599, tt::tolerance(1e-10));
  BOOST_TEST(r.upper == 3.34102122574435, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(rate_ratio_with_zero_events_in_one_group) {
  // R: poisson.test(c(0, 5), c(3, 4)): estimate 0, interval [0, 1.45503880691006], p 0.0753852561432736.
  // By hand: p0 = 3/7; P(X = 0) = (4/7)^5 = 0.0609...; the other tail adds the outcomes no more
  // likely than that.
  const auto r = exact_rate_ratio(0, 3, 5, 4);
  BOOST_TEST(r.estimate == 0.0);
  BOOST_TEST(r.lower == 0.0);
  BOOST_TEST(r.upper == 1.45503880691006, tt::tolerance(1e-10));
  BOOST_TEST(r.p_value == 0.0753852561432736, tt::tolerance(1e-10));
  // R: poisson.test(c(6, 0), c(2, 2.5)): estimate and upper limit infinite.
  const auto s = exact_rate_ratio(6, 2, 0, 2.5);
  BOOST_TEST(s.estimate == inf);
  BOOST_TEST(s.upper == inf);
  BOOST_TEST(s.lower == 1.47178090715522, tt::tolerance(1e-10));
  BOOST_TEST(s.p_value == 0.00770734662925894, tt::tolerance(1e-10));
  BOOST_CHECK_THROW(exact_rate_ratio(0, 1, 0, 1), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
