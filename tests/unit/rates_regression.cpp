// Poisson and negative binomial (NB2) rate regression against R's glm and MASS::glm.nb.
// Reference values: tests/unit/data/rates_reference.R (glm.control(epsilon = 1e-12) so that R's
// numbers are the converged maximum likelihood ones; R's default control differs from them by
// less than 1e-8 relative, well inside the 1e-6 required).
#include <trialspec/rates/regression.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
// 40 patients generated in R (set.seed(20141001)) from an NB2 model with theta 1.1:
// {events, person_years, {group, age}}.
count_data trial() {
  return {{"group", "age"},
          {
           {6, 2.48, {0, 31}},
           {1, 2.87, {0, 36}},
           {1, 0.61, {0, 26}},
           {11, 1.94, {0, 26}},
           {0, 2.98, {0, 50}},
           {2, 1.54, {0, 59}},
           {0, 2.34, {0, 50}},
           {0, 0.97, {0, 44}},
           {1, 0.54, {0, 55}},
           {1, 1.48, {0, 50}},
           {1, 1.70, {0, 25}},
           {1, 1.25, {0, 29}},
           {1, 1.90, {0, 39}},
           {1, 2.40, {0, 39}},
           {1, 0.65, {0, 41}},
           {1, 0.89, {0, 32}},
           {7, 2.00, {0, 58}},
           {7, 2.36, {0, 47}},
           {5, 2.95, {0, 32}},
           {2, 1.45, {0, 23}},
           {0, 0.62, {1, 57}},
           {0, 1.00, {1, 30}},
           {3, 2.39, {1, 46}},
           {0, 2.47, {1, 21}},
           {0, 1.78, {1, 30}},
           {0, 0.74, {1, 27}},
           {0, 1.36, {1, 34}},
           {0, 1.24, {1, 44}},
           {1, 1.59, {1, 53}},
           {0, 2.73, {1, 50}},
           {0, 0.58, {1, 20}},
           {0, 0.57, {1, 36}},
           {0, 2.24, {1, 45}},
           {1, 1.42, {1, 51}},
           {0, 1.69, {1, 56}},
           {0, 2.68, {1, 36}},
           {1, 0.60, {1, 24}},
           {0, 2.01, {1, 39}},
           {2, 1.62, {1, 21}},
           {0, 2.73, {1, 40}} 
          }};
}

void check_coefficients(const rate_regression& fit, const std::vector<double>& estimate,
                        const std::vector<double>& se, const std::vector<double>& p,
                        const std::vector<double>& low, const std::vector<double>& high) {
  BOOST_TEST_REQUIRE(fit.coefficients.size() == estimate.size());
  for (std::size_t j = 0; j < estimate.size(); ++j) {
    BOOST_TEST_CONTEXT("coefficient " << fit.coefficients[j].name) {
      BOOST_TEST(fit.coefficients[j].estimate == estimate[j], tt::tolerance(1e-6));
      BOOST_TEST(fit.coefficients[j].std_error == se[j], tt::tolerance(1e-6));
      // A two-sided normal p-value's relative error is about z^2 times that of the SE; R's SEs are
      // taken at its last IRLS weights, a few 1e-7 away from the converged ones.
      const double z2 = fit.coefficients[j].z * fit.coefficients[j].z;
      BOOST_TEST(fit.coefficients[j].p_value == p[j], tt::tolerance(1e-6 * std::max(1.0, z2)));
      BOOST_TEST(fit.coefficients[j].rate_ratio == std::exp(estimate[j]), tt::tolerance(1e-6));
      BOOST_TEST(fit.coefficients[j].ci_low == low[j], tt::tolerance(1e-6));
      BOOST_TEST(fit.coefficients[j].ci_high == high[j], tt::tolerance(1e-6));
    }
  }
}
} // namespace

BOOST_AUTO_TEST_SUITE(rates_regression)

BOOST_AUTO_TEST_CASE(intercept_only_poisson_is_the_pooled_rate) {
  // With no covariate the MLE is log(sum y / sum T) and its SE is 1 / sqrt(sum y) (by hand):
  // 6 events in 4.0 person-years -> log(1.5), SE 1/sqrt(6) = 0.4082482905.
  const count_data data{{}, {{1, 1.0, {}}, {3, 1.5, {}}, {0, 0.5, {}}, {2, 1.0, {}}}};
  const auto fit = poisson_regression(data);
  BOOST_TEST(fit.coefficients[0].name == "(Intercept)");
  BOOST_TEST(fit.coefficients[0].estimate == std::log(1.5), tt::tolerance(1e-10));
  BOOST_TEST(fit.coefficients[0].std_error == 1 / std::sqrt(6.0), tt::tolerance(1e-10));
  BOOST_TEST(!fit.theta.has_value());
  BOOST_TEST(fit.rate_at(std::vector<double>{}).estimate == 1.5, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(poisson_regression_matches_r_glm) {
  // R: glm(y ~ group + age + offset(log(py)), family = poisson)
  const auto fit = poisson_regression(trial());
  check_coefficients(fit, {0.896986547947481, -1.74676348231304, -0.0140638399558372},
                     {0.493732297079044, 0.38091984206501, 0.0123729580296594},
                     {0.0692558992347159, 4.52585262368875e-06, 0.255680667376117},
                     {0.931731149295919, 0.0826324636098435, 0.962410319144365},
                     {6.45389657287692, 0.367815321374939, 1.01023877334413});
  BOOST_TEST(fit.log_likelihood == -64.2751672838054, tt::tolerance(1e-8));
  BOOST_TEST(fit.deviance == 72.7132983291198, tt::tolerance(1e-8));
  BOOST_TEST(fit["group"].z == -4.58564582208067, tt::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(negative_binomial_matches_mass_glm_nb) {
  // R: MASS::glm.nb(y ~ group + age + offset(log(py)))
  const auto fit = negbin_regression(trial());
  check_coefficients(fit, {0.716279635176914, -1.71928275666857, -0.00930856379560921},
                     {0.772096729203495, 0.47093818821377, 0.0187025198076881},
                     {0.353559512690595, 0.000261464490099025, 0.618683458430518},
                     {0.450678007567531, 0.0711969965662588, 0.955075552525186},
                     {9.29578821059775, 0.451012209030399, 1.02772508214541});
  BOOST_TEST_REQUIRE(fit.theta.has_value());
  BOOST_TEST(*fit.theta == 1.41983728425991, tt::tolerance(1e-6));
  BOOST_TEST(*fit.theta_std_error == 0.710156341698478, tt::tolerance(1e-6));
  BOOST_TEST(fit.log_likelihood == -56.6227307028462, tt::tolerance(1e-8));
  BOOST_TEST(fit.deviance == 36.4442893352933, tt::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(negative_binomial_and_poisson_differ_on_overdispersed_data) {
  // Same data: NB widens the group interval (SE 0.4709 vs 0.3809) and moves the intercept.
  const auto p = poisson_regression(trial());
  const auto nb = negbin_regression(trial());
  BOOST_TEST(nb["group"].std_error > p["group"].std_error * 1.2);
  BOOST_TEST(std::fabs(nb["(Intercept)"].estimate - p["(Intercept)"].estimate) > 0.1);
}

BOOST_AUTO_TEST_CASE(adjusted_arr_per_group_at_the_mean_age) {
  // R: exp(x' b +/- 1.96 sqrt(x' V x)) with x = (1, group, mean(age)).
  const auto fit = negbin_regression(trial());
  const auto g0 = fit.adjusted_rate("group", 0);
  const auto g1 = fit.adjusted_rate("group", 1);
  BOOST_TEST(g0.estimate == 1.42633377712376, tt::tolerance(1e-6));
  BOOST_TEST(g0.lower == 0.888600433732306, tt::tolerance(1e-6));
  BOOST_TEST(g0.upper == 2.28947451130439, tt::tolerance(1e-6));
  BOOST_TEST(g1.estimate == 0.255591350570135, tt::tolerance(1e-6));
  BOOST_TEST(g1.lower == 0.115767407150369, tt::tolerance(1e-6));
  BOOST_TEST(g1.upper == 0.564294736267294, tt::tolerance(1e-6));
  // The ratio of the adjusted rates is the group rate ratio.
  BOOST_TEST(g1.estimate / g0.estimate == fit["group"].rate_ratio, tt::tolerance(1e-12));
  BOOST_CHECK_THROW(static_cast<void>(fit.adjusted_rate("sex", 1)), invalid_input);
}

BOOST_AUTO_TEST_CASE(collinear_covariates_are_rejected_by_name) {
  auto data = trial();
  data.covariates.push_back("age in months");
  for (auto& r : data.rows) r.covariates.push_back(12 * r.covariates[1]);
  try {
    poisson_regression(data);
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.value() == "age in months");
  }
  // A constant covariate is collinear with the intercept.
  auto constant = trial();
  for (auto& r : constant.rows) r.covariates[1] = 40;
  BOOST_CHECK_THROW(negbin_regression(constant), invalid_input);
}

BOOST_AUTO_TEST_CASE(too_few_patients_and_bad_rows) {
  const count_data two{{"group"}, {{1, 1.0, {0}}, {2, 1.0, {1}}}};
  BOOST_CHECK_THROW(poisson_regression(two), invalid_input);  // 2 patients, 2 coefficients
  const count_data three{{"group"}, {{1, 1.0, {0}}, {2, 1.0, {1}}, {3, 1.0, {1}}}};
  BOOST_CHECK_THROW(negbin_regression(three), invalid_input);  // + theta: 3 parameters
  const count_data none{{}, {{0, 1.0, {}}, {0, 2.0, {}}}};
  BOOST_CHECK_THROW(poisson_regression(none), invalid_input);  // zero relapses
  const count_data negative{{}, {{-1, 1.0, {}}, {2, 2.0, {}}}};
  BOOST_CHECK_THROW(poisson_regression(negative), invalid_input);
  const count_data no_time{{}, {{1, 0.0, {}}, {2, 2.0, {}}}};
  BOOST_CHECK_THROW(poisson_regression(no_time), invalid_input);
  const count_data ragged{{"group"}, {{1, 1.0, {0}}, {2, 2.0, {}}, {1, 1.0, {1}}}};
  BOOST_CHECK_THROW(poisson_regression(ragged), invalid_input);
}

BOOST_AUTO_TEST_CASE(a_group_without_events_does_not_converge) {
  // Group 1 has no event: its log rate ratio diverges to -infinity.
  const count_data data{{"group"},
                        {{2, 1.0, {0}}, {3, 1.0, {0}}, {1, 1.0, {0}}, {0, 1.0, {1}}, {0, 1.0, {1}}, {0, 2.0, {1}}}};
  BOOST_CHECK_THROW(poisson_regression(data), convergence_error);
}

BOOST_AUTO_TEST_CASE(negative_binomial_without_overdispersion_is_an_error) {
  // Counts less variable than Poisson: theta grows without bound (R's glm.nb warns and returns
  // a huge theta); here it is a convergence_error that points to the Poisson model.
  const count_data data{{}, {{2, 1.0, {}}, {2, 1.0, {}}, {3, 1.0, {}}, {2, 1.0, {}}, {3, 1.0, {}}, {2, 1.0, {}}}};
  BOOST_CHECK_THROW(negbin_regression(data), convergence_error);
  BOOST_CHECK_NO_THROW(poisson_regression(data));
}

BOOST_AUTO_TEST_SUITE_END()
