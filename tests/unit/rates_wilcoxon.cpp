// Exact Wilcoxon signed-rank test (zeros dropped, midranks for ties, exact conditional
// distribution) and the pre/post comparison around an index date.
#include <trialspec/rates/pre_post.hpp>
#include <trialspec/rates/wilcoxon.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstddef>
#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
date d(const char* text) { return parse_date(text); }
} // namespace

BOOST_AUTO_TEST_SUITE(rates_wilcoxon)

BOOST_AUTO_TEST_CASE(without_ties_matches_r_exact_test) {
  // R: wilcox.test(c(-1.2, -0.8, 0.3, -2.1, -1.5, -0.4, -3.0, 0.9), exact = TRUE): V = 5,
  // p = 0.078125 (= 2 * 10/256: 10 of the 256 sign patterns have V <= 5).
  const std::vector<double> diffs{-1.2, -0.8, 0.3, -2.1, -1.5, -0.4, -3.0, 0.9};
  const auto r = wilcoxon_signed_rank(diffs);
  BOOST_TEST(r.n == 8u);
  BOOST_TEST(r.zeros == 0u);
  BOOST_TEST(!r.ties);
  BOOST_TEST(r.statistic == 5.0);
  BOOST_TEST(r.p_value == 0.078125, tt::tolerance(1e-12));
  // R: 12 pairs, V = 7, p = 0.00927734375.
  const std::vector<double> twelve{0.5, -1.7, -2.9, 1.1, -0.6, -3.3, -4.0, -2.2, -1.4, 0.2, -5.1, -2.6};
  const auto s = wilcoxon_signed_rank(twelve);
  BOOST_TEST(s.statistic == 7.0);
  BOOST_TEST(s.p_value == 0.00927734375, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(ties_use_midranks_and_the_exact_conditional_distribution) {
  // By hand: |d| = 1, 1, 1, 2, 3 -> midranks 2, 2, 2, 4, 5; V = 2 (the one positive difference).
  // Of the 2^5 = 32 sign patterns, those with V <= 2 are {} and each single rank-2 element: 4.
  // P(V <= 2) = 4/32 = 0.125; two-sided p = 0.25.
  const std::vector<double> diffs{-1, -1, 1, -2, -3};
  const auto r = wilcoxon_signed_rank(diffs);
  BOOST_TEST(r.ties);
  BOOST_TEST(r.statistic == 2.0);
  BOOST_TEST(r.p_value == 0.25, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(zeros_are_dropped_and_counted) {
  // The same differences plus two zeros: same test, zeros reported.
  const std::vector<double> diffs{0, -1, -1, 1, 0, -2, -3};
  const auto r = wilcoxon_signed_rank(diffs);
  BOOST_TEST(r.zeros == 2u);
  BOOST_TEST(r.n == 5u);
  BOOST_TEST(r.p_value == 0.25, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(values_equal_up_to_rounding_are_ties) {
  // 1/3 computed two ways differs in the last bit; it must still be a tie (and 0.1 + 0.2 - 0.3
  // is a zero when the other differences are of order 1).
  const std::vector<double> diffs{1.0 / 3.0, (1.0 - 2.0 / 3.0), 0.1 + 0.2 - 0.3, -2};
  const auto r = wilcoxon_signed_rank(diffs);
  BOOST_TEST(r.zeros == 1u);
  BOOST_TEST(r.ties);
  BOOST_TEST(r.statistic == 3.0);  // midranks 1.5 + 1.5
}

BOOST_AUTO_TEST_CASE(all_zero_or_single_pair) {
  const std::vector<double> zeros{0, 0, 0};
  const auto z = wilcoxon_signed_rank(zeros);
  BOOST_TEST(z.n == 0u);
  BOOST_TEST(z.p_value == 1.0);
  // One pair: V is 0 or 1, each with probability 1/2: p = min(1, 2 * 1/2) = 1.
  const std::vector<double> one{-3};
  BOOST_TEST(wilcoxon_signed_rank(one).p_value == 1.0);
  BOOST_CHECK_THROW(wilcoxon_signed_rank(std::vector<double>{}), invalid_input);
  std::vector<double> huge(2001);
  for (std::size_t i = 0; i < huge.size(); ++i) huge[i] = static_cast<double>(i) + 1;
  BOOST_CHECK_THROW(wilcoxon_signed_rank(huge), invalid_input);
}

BOOST_AUTO_TEST_CASE(a_larger_sample_without_ties_is_still_exact) {
  // Differences 1..20, all positive: V = 210 = n(n+1)/2, the single most extreme pattern:
  // p = 2 * 2^-20 = 1.9073486328125e-06 (R: wilcox.test(1:20)$p.value).
  std::vector<double> d(20);
  for (std::size_t i = 0; i < d.size(); ++i) d[i] = static_cast<double>(i) + 1;
  const auto r = wilcoxon_signed_rank(d);
  BOOST_TEST(r.statistic == 210.0);
  BOOST_TEST(r.p_value == 2 * std::pow(2.0, -20), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(pre_post_windows_around_the_index_date) {
  // Index 2020-07-01. Pre = [2019-07-01, 2020-07-01): 366 days (2020 is a leap year);
  // post = [2020-07-01, 2021-07-01]: 365 days. The relapse on the index date counts as post;
  // 2019-06-30 is before the pre window.
  const pre_post_patient p{d("2020-07-01"),
                           {d("2019-06-30"), d("2019-07-01"), d("2020-01-15"), d("2020-07-01"), d("2021-07-02")},
                           std::nullopt};
  const auto row = pre_post_counts(p);
  BOOST_TEST(row.pre.events == 2);
  BOOST_TEST(row.post.events == 1);
  BOOST_TEST(row.pre.person_years == 366 / 365.25, tt::tolerance(1e-15));
  BOOST_TEST(row.post.person_years == 365 / 365.25, tt::tolerance(1e-15));
  BOOST_TEST(row.difference == 365.25 / 365 - 2 * 365.25 / 366, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(follow_up_ending_early_shortens_the_post_window) {
  const pre_post_patient p{d("2020-07-01"), {d("2020-08-01")}, d("2020-12-29")};  // 181 days of post
  const auto row = pre_post_counts(p);
  BOOST_TEST(row.post.person_years == 181 / 365.25, tt::tolerance(1e-15));
  BOOST_TEST(row.arr_post == 365.25 / 181, tt::tolerance(1e-12));
  const pre_post_patient same_day{d("2020-07-01"), {}, d("2020-07-01")};
  BOOST_CHECK_THROW(pre_post_counts(same_day), invalid_input);
}

BOOST_AUTO_TEST_CASE(cohort_pre_post_comparison) {
  // Five patients, 12 months before / after index dates in 2021 (365 days each way, 1 year =
  // 365/365.25 person-years). Pre counts 2, 3, 1, 2, 4; post counts 0, 1, 1, 0, 1.
  // Differences (post - pre) in relapses per 365 days: -2, -2, 0, -2, -3 -> one zero dropped;
  // |d| = 2, 2, 2, 3 -> midranks 2, 2, 2, 4; V = 0; P(V <= 0) = 1/16 -> p = 0.125.
  // Pooled pre: 12 events in 5 * 365/365.25 py; post: 3 events.
  std::vector<pre_post_patient> cohort;
  const int pre[] = {2, 3, 1, 2, 4}, post[] = {0, 1, 1, 0, 1};
  for (int i = 0; i < 5; ++i) {
    pre_post_patient p{d("2021-03-01"), {}, std::nullopt};
    for (int k = 0; k < pre[i]; ++k) p.events.push_back(d("2020-06-01") + days{k * 40});
    for (int k = 0; k < post[i]; ++k) p.events.push_back(d("2021-05-01") + days{k * 40});
    cohort.push_back(p);
  }
  const auto r = compare_pre_post(cohort);
  BOOST_TEST(r.pre.events == 12);
  BOOST_TEST(r.post.events == 3);
  BOOST_TEST(r.pre.person_years == 5 * 365 / 365.25, tt::tolerance(1e-14));
  BOOST_TEST(r.test.zeros == 1u);
  BOOST_TEST(r.test.ties);
  BOOST_TEST(r.test.statistic == 0.0);
  BOOST_TEST(r.test.p_value == 0.125, tt::tolerance(1e-12));
  BOOST_TEST(r.mean_difference == -9.0 / 5 * 365.25 / 365, tt::tolerance(1e-12));
  // Exact intervals of the pooled rates (Garwood, as poisson_interval).
  BOOST_TEST(r.post_interval.lower < r.post.arr);
  BOOST_TEST(r.pre_interval.upper > r.pre.arr);
  BOOST_CHECK_THROW(compare_pre_post(std::vector<pre_post_patient>{}), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
