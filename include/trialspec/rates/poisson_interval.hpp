// trialspec/rates/poisson_interval.hpp - exact (Garwood) confidence interval for a Poisson rate.
//
// For Y events in T person-years the exact two-sided interval at level 1 - a is
//   [ chi2(a/2; 2Y) / 2T , chi2(1 - a/2; 2Y + 2) / 2T ],
// with lower limit 0 when Y = 0 (Garwood F., Biometrika 1936;28:437-442; the same interval as R's
// poisson.test). Example: 7 events in 10.5 person-years at 95% gives [0.2680345763, 1.3735881297].
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/text.hpp>

#include <boost/math/distributions/chi_squared.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

namespace trialspec::rates {

/// A rate with its confidence interval.
struct rate_interval {
  double estimate = 0;
  double lower = 0;
  double upper = 0;
  double level = 0.95;
};

namespace detail {
inline void check_level(double level) {
  if (!(level > 0 && level < 1))
    throw invalid_input("confidence level", std::to_string(level), "must be between 0 and 1 (exclusive)");
}
} // namespace detail

/// Exact Garwood interval for `events` in `person_years` (rate per person-year). Throws
/// invalid_input for negative events, non-positive person-time, a level outside (0, 1), or a count
/// too large for the quantiles to be evaluated.
inline rate_interval exact_poisson_interval(long events, double person_years, double level = 0.95) {
  detail::check_exposure({events, person_years});
  detail::check_level(level);
  const double alpha = 1 - level;
  const double y = static_cast<double>(events);
  rate_interval r;
  r.level = level;
  r.estimate = y / person_years;
  namespace bm = boost::math;
  try {
    r.lower = events == 0 ? 0.0
                          : bm::quantile(bm::chi_squared_distribution<double>(2 * y), alpha / 2) /
                                (2 * person_years);
    r.upper = bm::quantile(bm::chi_squared_distribution<double>(2 * y + 2), 1 - alpha / 2) /
              (2 * person_years);
  } catch (const std::runtime_error& e) {
    // Boost.Math's evaluation_error and overflow_error (both runtime_errors): a count so large
    // that the quantile's series cannot be evaluated in double precision.
    throw invalid_input("events", std::to_string(events),
                        trialspec::detail::cat(std::string("too many for the exact interval (the chi-squared quantile cannot be evaluated: "),
                            e.what(), ")"));
  }
  return r;
}

/// Exact interval of a cohort's pooled rate.
inline rate_interval exact_poisson_interval(const pooled_rate& pooled, double level = 0.95) {
  return exact_poisson_interval(pooled.events, pooled.person_years, level);
}

} // namespace trialspec::rates
