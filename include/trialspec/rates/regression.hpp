// trialspec/rates/regression.hpp - Poisson and negative binomial (NB2) regression of relapse
// counts with a log link and log person-years as offset.
//
// Model: log E[y_i] = log(T_i) + x_i' b, with Var(y_i) = mu_i (Poisson) or mu_i + mu_i^2 / theta
// (NB2). exp(b_j) is the rate ratio of covariate j; the intercept is on the log annualized rate.
//
// Fitting follows MASS::glm.nb (Venables & Ripley, Modern Applied Statistics with S, 4th ed.,
// 2002, section 7.4): a Poisson fit by iteratively reweighted least squares gives the starting
// means; then IRLS for b at fixed theta alternates with Newton-Raphson maximum likelihood for theta
// at fixed means, until both settle. Convergence here is stricter than R's defaults (relative
// changes below 1e-10 in b and 1e-13 in theta). Standard errors of b come from the inverse Fisher
// information (X' W X)^-1 with W = mu / (1 + mu / theta), as R's summary(). Theta and its standard error sqrt(1 / observed information) are finally computed
// from the converged means exactly as MASS::theta.ml does (Newton from the moment estimate,
// stopped when a step is below DBL_EPSILON^(1/4), information at the iterate before the last
// step), and b is refitted at that theta: this reproduces R's theta and SE.theta to about 1e-12
// instead of the ~1e-9 by which MASS's stopping rule leaves theta short of the exact maximum.
//
// Errors: invalid_input for bad data (negative counts, non-positive person-time, no events,
// ragged covariates, too few patients, collinear covariates); convergence_error when the
// iterations do not settle (e.g. a group without any relapse, whose rate ratio is 0, or data
// without overdispersion, where theta grows without bound: use the Poisson model).
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/rates/detail/linear_algebra.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/text.hpp>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/trigamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace trialspec::rates {

/// The iterations of a model fit did not converge; the message says which and why it may be.
class convergence_error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// One patient: relapse count, person-years and covariate values (in the order of
/// count_data::covariates).
struct count_row {
  long events = 0;
  double person_years = 0;
  std::vector<double> covariates;
};

/// The data of a rate regression. An intercept is always included.
struct count_data {
  std::vector<std::string> covariates;
  std::vector<count_row> rows;
};

/// One coefficient with its Wald statistics; rate ratio = exp(estimate).
struct coefficient {
  std::string name;
  double estimate = 0;
  double std_error = 0;
  double z = 0;
  double p_value = 1;
  double rate_ratio = 1;
  double ci_low = 0;
  double ci_high = 0;
};

enum class count_model : unsigned char { poisson, negative_binomial };

struct regression_options {
  /// Level of the Wald intervals.
  double level = 0.95;
  /// Limit for each iteration loop (IRLS, theta Newton steps, alternations).
  int max_iterations = 100;
};

/// A fitted rate regression.
struct rate_regression {
  count_model model = count_model::poisson;
  /// "(Intercept)" first, then the covariates in input order.
  std::vector<coefficient> coefficients;
  /// Covariance matrix of the coefficients (same order).
  std::vector<std::vector<double>> covariance;
  /// NB2 dispersion parameter (variance mu + mu^2 / theta) and its standard error; empty for
  /// the Poisson model.
  std::optional<double> theta;
  std::optional<double> theta_std_error;
  double log_likelihood = 0;
  /// Residual deviance at the fitted theta (for NB2).
  double deviance = 0;
  /// IRLS iterations in total.
  int iterations = 0;
  /// Means of the covariates over the patients (the point "adjusted" rates are taken at).
  std::vector<double> covariate_means;
  double level = 0.95;

  /// The coefficient named `name`; throws invalid_input for an unknown name.
  [[nodiscard]] const coefficient& operator[](const std::string& name) const {
    for (const auto& c : coefficients)
      if (c.name == name) return c;
    throw invalid_input("coefficient", name, "is not in the model");
  }

  /// Fitted annualized rate at covariate values `x` (one per covariate) with its Wald interval
  /// computed on the log scale (delta method: var = x' V x with x including the intercept).
  [[nodiscard]] rate_interval rate_at(std::span<const double> x) const {
    if (x.size() + 1 != coefficients.size())
      throw invalid_input("covariate values", std::to_string(x.size()),
                          trialspec::detail::cat("need one value per covariate (", std::to_string(coefficients.size() - 1), ")"));
    std::vector<double> v(coefficients.size(), 1.0);
    for (std::size_t j = 0; j < x.size(); ++j) v[j + 1] = x[j];
    double eta = 0, var = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      eta += coefficients[i].estimate * v[i];
      for (std::size_t j = 0; j < v.size(); ++j) var += v[i] * covariance[i][j] * v[j];
    }
    const double z = boost::math::quantile(boost::math::normal_distribution<double>(), 0.5 + level / 2);
    const double se = std::sqrt(var);
    return {std::exp(eta), std::exp(eta - z * se), std::exp(eta + z * se), level};
  }

  /// Adjusted annualized rate with covariate `name` set to `value` and every other covariate at
  /// its mean, e.g. the adjusted ARR of each group for a 0/1 group indicator.
  [[nodiscard]] rate_interval adjusted_rate(const std::string& name, double value) const {
    std::vector<double> x = covariate_means;
    bool found = false;
    for (std::size_t j = 1; j < coefficients.size(); ++j)
      if (coefficients[j].name == name) {
        x[j - 1] = value;
        found = true;
      }
    if (!found) throw invalid_input("covariate", name, "is not in the model");
    return rate_at(x);
  }
};

namespace detail {

struct design {
  std::size_t n = 0, p = 0;
  std::vector<double> x;  // n x p, row-major, column 0 = intercept
  std::vector<double> y;
  std::vector<double> offset;
  const double& at(std::size_t i, std::size_t j) const { return x[i * p + j]; }
};

inline design make_design(const count_data& data, std::size_t extra_parameters) {
  design d;
  d.n = data.rows.size();
  d.p = data.covariates.size() + 1;
  if (d.n < d.p + extra_parameters + 1)
    throw invalid_input("patients", std::to_string(d.n),
                        trialspec::detail::cat("need more patients than parameters (", std::to_string(d.p + extra_parameters),
                            ") to fit the model"));
  long total = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    const auto& r = data.rows[i];
    check_exposure({r.events, r.person_years});
    if (r.covariates.size() != data.covariates.size())
      throw invalid_input(trialspec::detail::cat("covariates of patient ", std::to_string(i + 1)), std::to_string(r.covariates.size()),
                          trialspec::detail::cat("expected ", std::to_string(data.covariates.size()), " values"));
    d.x.push_back(1.0);
    for (double v : r.covariates) {
      if (!std::isfinite(v))
        throw invalid_input(trialspec::detail::cat("covariates of patient ", std::to_string(i + 1)), std::to_string(v), "must be finite");
      d.x.push_back(v);
    }
    d.y.push_back(static_cast<double>(r.events));
    d.offset.push_back(std::log(r.person_years));
    total += r.events;
  }
  if (total == 0) throw invalid_input("events", "0", "no patient has an event: a rate model cannot be fitted");
  // Collinearity is a property of the design, checked once on X'X.
  square_matrix xtx(d.p);
  for (std::size_t i = 0; i < d.n; ++i)
    for (std::size_t a = 0; a < d.p; ++a)
      for (std::size_t b = 0; b < d.p; ++b) xtx(a, b) += d.at(i, a) * d.at(i, b);
  if (const auto bad = cholesky(xtx, 1e-10).dependent_column) {
    const std::string name = *bad == 0 ? "(Intercept)" : data.covariates[*bad - 1];
    throw invalid_input("covariate", name,
                        "is collinear with the intercept or earlier covariates (constant or a linear "
                        "combination of them): the model cannot separate their effects");
  }
  return d;
}

constexpr double infinite_theta = std::numeric_limits<double>::infinity();

// Log-likelihood: Poisson when theta is infinite, NB2 otherwise.
inline double log_likelihood(const design& d, const std::vector<double>& mu, double theta) {
  double ll = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    const double y = d.y[i];
    if (std::isinf(theta)) {
      ll += (y > 0 ? y * std::log(mu[i]) : 0.0) - mu[i] - std::lgamma(y + 1);
    } else {
      ll += std::lgamma(theta + y) - std::lgamma(theta) - std::lgamma(y + 1) + theta * std::log(theta) +
            (y > 0 ? y * std::log(mu[i]) : 0.0) - (theta + y) * std::log(theta + mu[i]);
    }
  }
  return ll;
}

inline double deviance(const design& d, const std::vector<double>& mu, double theta) {
  double dev = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    const double y = d.y[i];
    const double first = y > 0 ? y * std::log(y / mu[i]) : 0.0;
    dev += std::isinf(theta) ? 2 * (first - (y - mu[i]))
                             : 2 * (first - (y + theta) * std::log((y + theta) / (mu[i] + theta)));
  }
  return dev;
}

// X' W X for IRLS weights w = mu / (1 + mu / theta).
inline square_matrix information(const design& d, const std::vector<double>& mu, double theta) {
  square_matrix m(d.p);
  for (std::size_t i = 0; i < d.n; ++i) {
    const double w = std::isinf(theta) ? mu[i] : mu[i] / (1 + mu[i] / theta);
    for (std::size_t a = 0; a < d.p; ++a)
      for (std::size_t b = 0; b <= a; ++b) m(a, b) += w * d.at(i, a) * d.at(i, b);
  }
  for (std::size_t a = 0; a < d.p; ++a)
    for (std::size_t b = a + 1; b < d.p; ++b) m(a, b) = m(b, a);
  return m;
}

inline std::vector<double> means_of(const design& d, const std::vector<double>& beta) {
  std::vector<double> mu(d.n);
  for (std::size_t i = 0; i < d.n; ++i) {
    double eta = d.offset[i];
    for (std::size_t j = 0; j < d.p; ++j) eta += d.at(i, j) * beta[j];
    mu[i] = std::exp(eta);
  }
  return mu;
}

// IRLS (Fisher scoring) for b at fixed theta, starting from the means `mu`. Returns b and updates
// mu; counts iterations into `iterations`.
inline std::vector<double> irls(const design& d, std::vector<double>& mu, double theta, int max_iterations,
                                int& iterations) {
  std::vector<double> beta(d.p, 0.0);
  std::vector<double> previous;
  double dev_old = deviance(d, mu, theta);
  for (int it = 1; it <= max_iterations; ++it) {
    ++iterations;
    square_matrix m(d.p);
    std::vector<double> rhs(d.p, 0.0);
    for (std::size_t i = 0; i < d.n; ++i) {
      const double w = std::isinf(theta) ? mu[i] : mu[i] / (1 + mu[i] / theta);
      const double z = std::log(mu[i]) - d.offset[i] + (d.y[i] - mu[i]) / mu[i];
      for (std::size_t a = 0; a < d.p; ++a) {
        rhs[a] += w * d.at(i, a) * z;
        for (std::size_t b = 0; b <= a; ++b) m(a, b) += w * d.at(i, a) * d.at(i, b);
      }
    }
    for (std::size_t a = 0; a < d.p; ++a)
      for (std::size_t b = a + 1; b < d.p; ++b) m(a, b) = m(b, a);
    const auto chol = cholesky(m, 1e-13);
    if (chol.dependent_column)
      throw convergence_error("rate regression: the weighted information matrix became singular (fitted "
                              "rates near zero: does a group have no events?)");
    beta = cholesky_solve(chol.lower, std::move(rhs));
    mu = means_of(d, beta);
    const double dev = deviance(d, mu, theta);
    if (!std::isfinite(dev))
      throw convergence_error("rate regression: the deviance became infinite (fitted rates overflow)");
    bool settled = !previous.empty();
    for (std::size_t j = 0; settled && j < d.p; ++j)
      settled = std::fabs(beta[j] - previous[j]) <= 1e-10 * (1 + std::fabs(beta[j]));
    if (settled && std::fabs(dev - dev_old) <= 1e-12 * (std::fabs(dev) + 0.1)) return beta;
    previous = beta;
    dev_old = dev;
  }
  throw convergence_error(trialspec::detail::cat("rate regression: IRLS did not converge in ", std::to_string(max_iterations),
                          " iterations (a covariate level without any event makes its rate ratio 0: "
                          "the estimate diverges)"));
}

inline double theta_score(const design& d, const std::vector<double>& mu, double th) {
  namespace bm = boost::math;
  double s = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    const double y = d.y[i];
    s += bm::digamma(th + y) - bm::digamma(th) + std::log(th) + 1 - std::log(th + mu[i]) - (y + th) / (mu[i] + th);
  }
  return s;
}

// Observed information of theta (minus the second derivative of the log-likelihood).
inline double theta_information(const design& d, const std::vector<double>& mu, double th) {
  namespace bm = boost::math;
  double s = 0;
  for (std::size_t i = 0; i < d.n; ++i) {
    const double y = d.y[i];
    s += -bm::trigamma(th + y) + bm::trigamma(th) - 1 / th + 2 / (mu[i] + th) -
         (y + th) / ((mu[i] + th) * (mu[i] + th));
  }
  return s;
}

struct theta_estimate {
  double theta = 0;
  double std_error = 0;
};

inline double moment_theta(const design& d, const std::vector<double>& mu) {
  double s = 0;
  for (std::size_t i = 0; i < d.n; ++i) s += (d.y[i] / mu[i] - 1) * (d.y[i] / mu[i] - 1);
  return static_cast<double>(d.n) / s;
}

constexpr double theta_unbounded = 1e8;

[[noreturn]] inline void theta_diverged() {
  throw convergence_error("negative binomial regression: theta grows without bound (the counts show no "
                          "overdispersion beyond Poisson): use the Poisson model");
}

// Maximum likelihood theta at fixed means: Newton-Raphson from the moment estimate, to a relative
// step of 1e-12.
inline double theta_ml(const design& d, const std::vector<double>& mu, int max_iterations) {
  double th = moment_theta(d, mu);
  if (!std::isfinite(th) || th > theta_unbounded) theta_diverged();
  for (int it = 0; it < max_iterations; ++it) {
    const double info = theta_information(d, mu, th);
    const double score = theta_score(d, mu, th);
    double step = score / info;
    if (!(info > 0) || !std::isfinite(step)) {
      // Away from the maximum the curvature can have the wrong sign: move uphill by the score's sign.
      step = score > 0 ? th : -th / 2;
    }
    while (th + step <= 0) step /= 2;  // theta must stay positive
    const double next = th + step;
    if (next > theta_unbounded) theta_diverged();
    const bool done = std::fabs(next - th) <= 1e-12 * next;
    th = next;
    if (done) return th;
  }
  throw convergence_error(trialspec::detail::cat("negative binomial regression: theta did not converge in ",
                          std::to_string(max_iterations), " Newton steps"));
}

// MASS::theta.ml as glm.nb reports it: Newton steps from the moment estimate until one is below
// DBL_EPSILON^(1/4); the standard error is sqrt(1 / information) at the iterate before the last
// step. Started from the converged means this lands within about 1e-9 of the exact maximum.
inline theta_estimate theta_as_mass(const design& d, const std::vector<double>& mu, int limit) {
  const double eps = std::pow(std::numeric_limits<double>::epsilon(), 0.25);
  double t0 = moment_theta(d, mu);
  double del = 1, info = std::numeric_limits<double>::quiet_NaN();
  for (int it = 1; it < limit && std::fabs(del) > eps; ++it) {
    t0 = std::fabs(t0);
    info = theta_information(d, mu, t0);
    del = theta_score(d, mu, t0) / info;
    t0 += del;
  }
  if (!(t0 > 0) || !(info > 0)) theta_diverged();
  return {t0, std::sqrt(1 / info)};
}

inline rate_regression finish(const design& d, const count_data& data, const std::vector<double>& beta,
                              const std::vector<double>& mu, double theta, const regression_options& opt) {
  rate_regression fit;
  fit.level = opt.level;
  fit.model = std::isinf(theta) ? count_model::poisson : count_model::negative_binomial;
  const auto chol = cholesky(information(d, mu, theta), 1e-13);
  if (chol.dependent_column)
    throw convergence_error("rate regression: the information matrix is singular at the estimate");
  const square_matrix cov = cholesky_inverse(chol.lower);
  namespace bm = boost::math;
  const bm::normal_distribution<double> normal;
  const double z = bm::quantile(normal, 0.5 + opt.level / 2);
  for (std::size_t j = 0; j < d.p; ++j) {
    coefficient c;
    c.name = j == 0 ? "(Intercept)" : data.covariates[j - 1];
    c.estimate = beta[j];
    c.std_error = std::sqrt(cov(j, j));
    c.z = c.estimate / c.std_error;
    c.p_value = 2 * bm::cdf(bm::complement(normal, std::fabs(c.z)));
    c.rate_ratio = std::exp(c.estimate);
    c.ci_low = std::exp(c.estimate - z * c.std_error);
    c.ci_high = std::exp(c.estimate + z * c.std_error);
    fit.coefficients.push_back(c);
    fit.covariance.emplace_back();
    for (std::size_t k = 0; k < d.p; ++k) fit.covariance.back().push_back(cov(j, k));
  }
  fit.log_likelihood = log_likelihood(d, mu, theta);
  fit.deviance = deviance(d, mu, theta);
  fit.covariate_means.assign(d.p - 1, 0.0);
  for (std::size_t i = 0; i < d.n; ++i)
    for (std::size_t j = 1; j < d.p; ++j) fit.covariate_means[j - 1] += d.at(i, j) / static_cast<double>(d.n);
  return fit;
}

inline std::vector<double> poisson_start(const design& d) {
  std::vector<double> mu(d.n);
  for (std::size_t i = 0; i < d.n; ++i) mu[i] = d.y[i] + 0.1;  // R's poisson initialisation
  return mu;
}

} // namespace detail

/// Poisson regression of counts on covariates with log person-years as offset.
inline rate_regression poisson_regression(const count_data& data, const regression_options& opt = {}) {
  detail::check_level(opt.level);
  const auto d = detail::make_design(data, 0);
  auto mu = detail::poisson_start(d);
  int iterations = 0;
  const auto beta = detail::irls(d, mu, detail::infinite_theta, opt.max_iterations, iterations);
  auto fit = detail::finish(d, data, beta, mu, detail::infinite_theta, opt);
  fit.iterations = iterations;
  return fit;
}

/// Negative binomial (NB2) regression of counts on covariates with log person-years as offset,
/// theta estimated by maximum likelihood (as MASS::glm.nb).
inline rate_regression negbin_regression(const count_data& data, const regression_options& opt = {}) {
  detail::check_level(opt.level);
  const auto d = detail::make_design(data, 1);
  auto mu = detail::poisson_start(d);
  int iterations = 0;
  auto beta = detail::irls(d, mu, detail::infinite_theta, opt.max_iterations, iterations);
  double theta = detail::theta_ml(d, mu, opt.max_iterations);
  double ll = detail::log_likelihood(d, mu, theta);
  for (int alternation = 1;; ++alternation) {
    if (alternation > opt.max_iterations)
      throw convergence_error(trialspec::detail::cat("negative binomial regression: the alternation of IRLS and theta did not "
                              "converge in ", std::to_string(opt.max_iterations), " rounds"));
    beta = detail::irls(d, mu, theta, opt.max_iterations, iterations);
    const double next_theta = detail::theta_ml(d, mu, opt.max_iterations);
    const double next_ll = detail::log_likelihood(d, mu, next_theta);
    const bool settled = std::fabs(next_theta - theta) <= 1e-13 * next_theta &&
                         std::fabs(next_ll - ll) <= 1e-12 * (std::fabs(next_ll) + 0.1);
    theta = next_theta;
    ll = next_ll;
    if (settled) break;
  }
  // Report theta as MASS::glm.nb does (see theta_as_mass) and refit b at it, so that every
  // reported number is the one R reports, not merely within its convergence tolerance.
  const auto reported = detail::theta_as_mass(d, mu, 25);
  beta = detail::irls(d, mu, reported.theta, opt.max_iterations, iterations);
  auto fit = detail::finish(d, data, beta, mu, reported.theta, opt);
  fit.theta = reported.theta;
  fit.theta_std_error = reported.std_error;
  fit.iterations = iterations;
  return fit;
}

/// Fits the chosen model.
inline rate_regression fit_rate_model(count_model model, const count_data& data, const regression_options& opt = {}) {
  return model == count_model::poisson ? poisson_regression(data, opt) : negbin_regression(data, opt);
}

} // namespace trialspec::rates
