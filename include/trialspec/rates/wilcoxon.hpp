// trialspec/rates/wilcoxon.hpp - exact Wilcoxon signed-rank test for paired differences.
//
// Conventions (chosen so that small clinical samples, where ties are the rule, still get an exact
// test):
//  - Zeros are dropped before ranking (Wilcoxon's original convention, also R's wilcox.test);
//    `zeros` reports how many were dropped.
//  - Tied absolute differences get the mean of the ranks they span (midranks).
//  - The null distribution is exact: all 2^n sign assignments of the actual (mid)ranks, each with
//    probability 2^-n, i.e. the permutation distribution conditional on the observed ties. Without
//    ties this is the classical signed-rank distribution and the p-value equals R's
//    wilcox.test(exact = TRUE); with ties or zeros R falls back to a normal approximation, this
//    test does not (it agrees with the exact conditional test of e.g. coin::wilcoxsign_test with
//    zero.method = "Wilcoxon").
//  - Two values are tied, and a value is zero, when they agree to a relative 1e-9 (rates computed
//    by division are rarely bit-identical even when equal).
//  - Two-sided p-value: twice the smaller tail at V, capped at 1 (as R).
// Computation: a convolution over doubled midranks (integers), O(n^3) time, O(n^2) memory; the
// exact test is therefore limited to 2000 non-zero differences (a sample that large needs no
// exact test).
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace trialspec::rates {

/// Result of the signed-rank test.
struct signed_rank_result {
  /// Non-zero differences ranked.
  std::size_t n = 0;
  /// Zero differences dropped.
  std::size_t zeros = 0;
  /// Whether any absolute differences were tied (midranks used).
  bool ties = false;
  /// V: sum of the ranks of the positive differences.
  double statistic = 0;
  /// Exact two-sided p-value (1 when no difference is non-zero).
  double p_value = 1;
};

namespace detail {
inline bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({std::fabs(a), std::fabs(b), 1e-300});
}
} // namespace detail

/// Exact signed-rank test of H0 "differences symmetric about 0". Throws invalid_input for an
/// empty or non-finite input.
inline signed_rank_result wilcoxon_signed_rank(std::span<const double> differences) {
  if (differences.empty())
    throw invalid_input("differences", "none", "the signed-rank test needs at least one pair");
  signed_rank_result r;
  std::vector<double> d;
  const double scale = [&] {
    double m = 0;
    for (double x : differences) {
      if (!std::isfinite(x)) throw invalid_input("differences", std::to_string(x), "must be finite");
      m = std::max(m, std::fabs(x));
    }
    return m;
  }();
  for (double x : differences) {
    if (std::fabs(x) <= 1e-9 * scale) ++r.zeros;
    else d.push_back(x);
  }
  r.n = d.size();
  if (d.empty()) return r;
  if (d.size() > 2000)
    throw invalid_input("differences", trialspec::detail::cat(std::to_string(d.size()), " non-zero"),
                        "the exact signed-rank test is limited to 2000 pairs");

  std::vector<std::size_t> order(d.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return std::fabs(d[a]) < std::fabs(d[b]); });
  // Doubled midranks are integers: a tie group over positions i..j (1-based) has rank (i + j) / 2.
  std::vector<long> rank2(d.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && detail::nearly_equal(std::fabs(d[order[j + 1]]), std::fabs(d[order[i]]))) ++j;
    if (j > i) r.ties = true;
    for (std::size_t k = i; k <= j; ++k) rank2[order[k]] = static_cast<long>(i + 1 + j + 1);
    i = j + 1;
  }
  long v2 = 0, total2 = 0;
  for (std::size_t i = 0; i < d.size(); ++i) {
    total2 += rank2[i];
    if (d[i] > 0) v2 += rank2[i];
  }
  r.statistic = static_cast<double>(v2) / 2;

  // Null distribution of 2V: each rank enters with probability 1/2.
  std::vector<double> p(static_cast<std::size_t>(total2) + 1, 0.0);
  p[0] = 1;
  long reach = 0;
  for (long rk : rank2) {
    reach += rk;
    for (long s = reach; s >= 0; --s) {
      const double without = p[static_cast<std::size_t>(s)];
      const double with = s >= rk ? p[static_cast<std::size_t>(s - rk)] : 0.0;
      p[static_cast<std::size_t>(s)] = 0.5 * (without + with);
    }
  }
  double lower = 0, upper = 0;  // P(2V <= v2), P(2V >= v2)
  for (long s = 0; s <= total2; ++s) {
    if (s <= v2) lower += p[static_cast<std::size_t>(s)];
    if (s >= v2) upper += p[static_cast<std::size_t>(s)];
  }
  // Tail chosen on which side of the mean V lies, as R does.
  const double tail = 2 * v2 > total2 ? upper : lower;
  r.p_value = std::min(1.0, 2 * tail);
  return r;
}

} // namespace trialspec::rates
