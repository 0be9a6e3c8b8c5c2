// trialspec/rates/logrank.hpp - two-group log-rank test of time to event.
//
// At each distinct event time t_i of the pooled sample, with n_i at risk (n_1i in group 1) and
// d_i events, group 1 expects E_1i = d_i n_1i / n_i events, with hypergeometric variance
// V_i = d_i (n_1i / n_i)(1 - n_1i / n_i)(n_i - d_i) / (n_i - 1). The statistic
// (sum O_1i - sum E_1i)^2 / sum V_i is chi-square with 1 df under equal hazards (Mantel, Cancer
// Chemother Rep 1966;50:163-170; the rho = 0 test of R's survival::survdiff).
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/rates/kaplan_meier.hpp>

#include <boost/math/distributions/chi_squared.hpp>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace trialspec::rates {

struct logrank_result {
  double chisq = 0;
  int df = 1;
  double p_value = 1;
  double observed1 = 0, expected1 = 0;
  double observed2 = 0, expected2 = 0;
  double variance = 0;
};

/// Log-rank test of group 1 against group 2. Throws invalid_input when a group is empty or no
/// event occurred (the statistic is then undefined).
inline logrank_result logrank_test(std::span<const survival_time> group1, std::span<const survival_time> group2) {
  if (group1.empty() || group2.empty())
    throw invalid_input("patients", group1.empty() ? "group 1: 0" : "group 2: 0", "both groups need patients");
  struct obs {
    double time;
    bool event;
    bool first;
  };
  std::vector<obs> all;
  for (const auto& t : group1) all.push_back({t.time, t.event, true});
  for (const auto& t : group2) all.push_back({t.time, t.event, false});
  for (const auto& o : all)
    if (!std::isfinite(o.time) || o.time < 0)
      throw invalid_input("time", std::to_string(o.time), "must be a finite time >= 0");
  std::sort(all.begin(), all.end(), [](const obs& a, const obs& b) { return a.time < b.time; });
  logrank_result r;
  double n1 = static_cast<double>(group1.size()), n = static_cast<double>(all.size());
  for (std::size_t i = 0; i < all.size();) {
    const double t = all[i].time;
    double d = 0, d1 = 0, leave = 0, leave1 = 0;
    for (; i < all.size() && all[i].time == t; ++i) {
      leave += 1;
      if (all[i].first) leave1 += 1;
      if (all[i].event) {
        d += 1;
        if (all[i].first) d1 += 1;
      }
    }
    if (d > 0) {
      const double e1 = d * n1 / n;
      r.observed1 += d1;
      r.expected1 += e1;
      r.observed2 += d - d1;
      r.expected2 += d - e1;
      if (n > 1) r.variance += d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1);
    }
    n -= leave;
    n1 -= leave1;
  }
  if (r.observed1 + r.observed2 == 0) throw invalid_input("events", "0", "the log-rank test needs at least one event");
  if (!(r.variance > 0))
    throw invalid_input("events", "all at times when one group alone was at risk",
                        "the log-rank statistic has no variance");
  const double diff = r.observed1 - r.expected1;
  r.chisq = diff * diff / r.variance;
  r.p_value = boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double>(1), r.chisq));
  return r;
}

} // namespace trialspec::rates
