// trialspec/rates/rate_ratio.hpp - exact comparison of two Poisson rates, conditional on the total.
//
// Given x1 events in T1 person-years and x2 in T2, under H0 (equal rates) x1 given x1 + x2 = n is
// binomial(n, p0) with p0 = T1 / (T1 + T2). The rate ratio (x1/T1) / (x2/T2) gets the
// Clopper-Pearson interval [pL, pU] of that binomial proportion mapped through
// p / (1 - p) * T2 / T1, and the two-sided p-value sums the probabilities of every outcome no more
// likely than the one observed (with R's relative tolerance 1e-7 for "no more likely"). This is
// the method of R's two-sample poisson.test (see also Breslow & Day, Statistical Methods in Cancer
// Research II, 1987, section 3.2).
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace trialspec::rates {

/// Rate ratio of group 1 over group 2 with its exact interval and two-sided p-value (H0: ratio 1).
/// `estimate` and `upper` are +infinity when group 2 has no events; `lower` is 0 when group 1 has
/// none.
struct rate_ratio_result {
  double estimate = 0;
  double lower = 0;
  double upper = 0;
  double p_value = 1;
  double level = 0.95;
};

namespace detail {
// Two-sided exact binomial p-value: probability of outcomes whose probability does not exceed
// that of x (relative tolerance 1e-7, as R's binom.test).
inline double binomial_two_sided_p(long x, long n, double p) {
  namespace bm = boost::math;
  const bm::binomial_distribution<double> b(static_cast<double>(n), p);
  const double dx = bm::pdf(b, static_cast<double>(x));
  const double m = static_cast<double>(n) * p;
  const double tolerance = 1 + 1e-7;
  if (static_cast<double>(x) == m) return 1.0;
  double total = 0;
  // Sum over the other tail directly; the own tail is the cdf up to x.
  if (static_cast<double>(x) < m) {
    long count = 0;
    for (long i = static_cast<long>(std::ceil(m)); i <= n; ++i)
      if (bm::pdf(b, static_cast<double>(i)) <= dx * tolerance) ++count;
    total = bm::cdf(b, static_cast<double>(x));
    if (count > 0) total += bm::cdf(bm::complement(b, static_cast<double>(n - count)));
  } else {
    long count = 0;
    for (long i = 0; i <= static_cast<long>(std::floor(m)); ++i)
      if (bm::pdf(b, static_cast<double>(i)) <= dx * tolerance) ++count;
    total = x > 0 ? bm::cdf(bm::complement(b, static_cast<double>(x - 1))) : 1.0;
    if (count > 0) total += bm::cdf(b, static_cast<double>(count - 1));
  }
  return std::min(1.0, total);
}
} // namespace detail

/// Exact conditional comparison of two rates: `events1` in `person_years1` over `events2` in
/// `person_years2`. Throws invalid_input when both groups have no events (nothing to compare),
/// for negative counts, non-positive person-time, or a level outside (0, 1).
inline rate_ratio_result exact_rate_ratio(long events1, double person_years1, long events2,
                                          double person_years2, double level = 0.95) {
  detail::check_exposure({events1, person_years1});
  detail::check_exposure({events2, person_years2});
  detail::check_level(level);
  const long n = events1 + events2;
  if (n == 0) throw invalid_input("events", "0 and 0", "a rate ratio needs at least one event in either group");
  namespace bm = boost::math;
  const double inf = std::numeric_limits<double>::infinity();
  const double alpha = 1 - level;
  const double x = static_cast<double>(events1);
  const double nn = static_cast<double>(n);
  const double scale = person_years2 / person_years1;

  rate_ratio_result r;
  r.level = level;
  r.estimate = events2 == 0 ? inf : (x / person_years1) / (static_cast<double>(events2) / person_years2);
  const double p_low = events1 == 0 ? 0.0 : bm::quantile(bm::beta_distribution<double>(x, nn - x + 1), alpha / 2);
  const double p_high = events1 == n ? 1.0 : bm::quantile(bm::beta_distribution<double>(x + 1, nn - x), 1 - alpha / 2);
  r.lower = p_low / (1 - p_low) * scale;
  r.upper = p_high >= 1 ? inf : p_high / (1 - p_high) * scale;
  r.p_value = detail::binomial_two_sided_p(events1, n, person_years1 / (person_years1 + person_years2));
  return r;
}

/// The same for two cohorts' pooled exposures.
inline rate_ratio_result exact_rate_ratio(const pooled_rate& group1, const pooled_rate& group2,
                                          double level = 0.95) {
  return exact_rate_ratio(group1.events, group1.person_years, group2.events, group2.person_years, level);
}

} // namespace trialspec::rates
