// trialspec/rates/detail/linear_algebra.hpp - the small dense algebra the rate regressions need:
// a symmetric positive definite matrix factored by Cholesky, solved and inverted.
#pragma once

#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

namespace trialspec::rates::detail {

/// Square matrix, row-major.
struct square_matrix {
  std::size_t n = 0;
  std::vector<double> a;

  explicit square_matrix(std::size_t size = 0) : n(size), a(size * size, 0.0) {}
  double& operator()(std::size_t i, std::size_t j) { return a[i * n + j]; }
  double operator()(std::size_t i, std::size_t j) const { return a[i * n + j]; }
};

/// Lower Cholesky factor of a symmetric positive definite matrix, or, when a pivot is not
/// positive relative to its diagonal (column k is a linear combination of columns 0..k-1 up to
/// `relative_tolerance`), the index of that column.
struct cholesky_result {
  square_matrix lower;
  std::optional<std::size_t> dependent_column;
};

inline cholesky_result cholesky(const square_matrix& m, double relative_tolerance = 1e-10) {
  cholesky_result r{square_matrix(m.n), std::nullopt};
  square_matrix& l = r.lower;
  for (std::size_t j = 0; j < m.n; ++j) {
    double d = m(j, j);
    for (std::size_t k = 0; k < j; ++k) d -= l(j, k) * l(j, k);
    // The pivot is the squared residual of column j after projecting out the earlier columns;
    // compared with the column's own square it measures linear dependence independent of scale.
    if (!(d > relative_tolerance * m(j, j)) || !(m(j, j) > 0)) {
      r.dependent_column = j;
      return r;
    }
    l(j, j) = std::sqrt(d);
    for (std::size_t i = j + 1; i < m.n; ++i) {
      double s = m(i, j);
      for (std::size_t k = 0; k < j; ++k) s -= l(i, k) * l(j, k);
      l(i, j) = s / l(j, j);
    }
  }
  return r;
}

/// Solves L L' x = b.
inline std::vector<double> cholesky_solve(const square_matrix& l, std::vector<double> b) {
  const std::size_t n = l.n;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < i; ++k) b[i] -= l(i, k) * b[k];
    b[i] /= l(i, i);
  }
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t k = i + 1; k < n; ++k) b[i] -= l(k, i) * b[k];
    b[i] /= l(i, i);
  }
  return b;
}

/// (L L')^-1.
inline square_matrix cholesky_inverse(const square_matrix& l) {
  square_matrix inv(l.n);
  for (std::size_t j = 0; j < l.n; ++j) {
    std::vector<double> e(l.n, 0.0);
    e[j] = 1;
    const auto col = cholesky_solve(l, std::move(e));
    for (std::size_t i = 0; i < l.n; ++i) inv(i, j) = col[i];
  }
  return inv;
}

} // namespace trialspec::rates::detail
