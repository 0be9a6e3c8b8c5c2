// NCT02249676's readings as run-time values (readings, criteria_for, criteria<run_time_reading>) against
// the same readings as policy types: the same report, word for word, for every synthetic patient;
// the same printed criteria and decisions. Five combinations together take every decision's
// alternatives; which patient each changes is worked by hand in examples/cli/tests/screen.cmake.
#include <trialspec/protocols/nct02249676/run_time.hpp>

#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;
namespace el = trialspec::eligibility;

namespace {
struct combo_1 : seed::registry_reading {
  static constexpr auto age = seed::age_reading::from_18_up_to_80;
  static constexpr auto blood_pressure = seed::bp_reading::systolic_and_diastolic;
  static constexpr auto allergies = seed::allergy_reading::significant_only;
  static constexpr auto severity = seed::severity_reading::any_relapse;
  static constexpr auto diagnosis = seed::diagnosis_evidence::wingerchuk_2007;
};
struct combo_2 : seed::registry_reading {
  using progression_thresholds = standard_thresholds;
  static constexpr int attack_gap_days = 0;
  static constexpr auto evidence_timing = seed::evidence_timing_reading::after_therapy_year;
  static constexpr auto therapy_duration = seed::therapy_duration_reading::continuous_course;
  static constexpr auto control_arm = seed::control_arm_reading::as_registered;
};
struct combo_3 : seed::registry_reading {
  static constexpr auto gd_doses = seed::gd_dose_reading::any_dose_both;
  static constexpr auto single_dose = seed::single_dose_evidence::positive_counts;
  static constexpr auto counts = seed::count_reading::exactly_one;
  static constexpr auto recency = seed::recency_reading::within_3_months;
  static constexpr auto design = seed::design_reading::single_arm_fixed_dose;
};
struct combo_4 : seed::registry_reading {
  using progression_thresholds = cut55_thresholds;
  static constexpr auto gd_doses = seed::gd_dose_reading::double_or_triple_both;
  static constexpr auto single_dose = seed::single_dose_evidence::positive_counts;
  static constexpr auto corticosteroids = seed::corticosteroid_reading::immune_inhibitors;
  static constexpr auto washout = seed::washout_reference::infusion;
  static constexpr auto diagnosis = seed::diagnosis_evidence::diagnostic_criteria;
  static constexpr auto age = seed::age_reading::over_18_no_upper_limit;
};

template <class Policy> void same_as_policy(seed::readings r, seed::threshold_table_reading table) {
  r.thresholds = table;
  const auto chosen = seed::criteria_for(r);
  const seed::criteria<Policy> fixed;
  BOOST_TEST(seed::print_criteria(r) == seed::print_criteria<Policy>());
  BOOST_TEST(seed::print_criteria_markdown(r) == seed::print_criteria_markdown<Policy>());
  BOOST_TEST(el::to_json(chosen) == el::to_json(fixed));
  BOOST_TEST(seed::describe(r) == seed::describe_policy<Policy>());
  // The infusion 30 days after screening, so that the infusion washout (Q8) has its date.
  const el::evaluation_context ctx{date(2014, 1, 5), date(2014, 2, 4)};
  testing::synthetic_cohort cohort({.seed = 15, .as_of = ctx.as_of});
  int differing = 0;
  for (int i = 0; i < 400; ++i) {
    const patient p = cohort.next();
    const auto a = el::screen(chosen, p, ctx);
    const auto b = el::screen(fixed, p, ctx);
    if (el::render(a) != el::render(b) || chosen.test(p, ctx) != b.outcome) {
      ++differing;
      BOOST_TEST_MESSAGE(p.id << ":\n" << el::render(a) << "\nagainst\n" << el::render(b));
    }
  }
  BOOST_TEST(differing == 0);
}
} // namespace

BOOST_AUTO_TEST_SUITE(nct02249676_readings)

BOOST_AUTO_TEST_CASE(the_registry_reading) {
  same_as_policy<seed::registry_reading>(seed::readings{}, seed::threshold_table_reading::protocol);
  static_assert(seed::readings_of<seed::registry_reading>() == seed::readings{});
}
BOOST_AUTO_TEST_CASE(age_pressure_allergies_severity_wingerchuk_2007) {
  same_as_policy<combo_1>(seed::readings_of<combo_1>(), seed::threshold_table_reading::protocol);
}
BOOST_AUTO_TEST_CASE(standard_table_reports_evidence_after_a_continuous_year) {
  same_as_policy<combo_2>(seed::readings_of<combo_2>(), seed::threshold_table_reading::standard);
}
BOOST_AUTO_TEST_CASE(any_dose_single_dose_exactly_one_recent_values) {
  same_as_policy<combo_3>(seed::readings_of<combo_3>(), seed::threshold_table_reading::protocol);
}
BOOST_AUTO_TEST_CASE(cut55_double_dose_steroids_infusion_diagnostic_criteria) {
  same_as_policy<combo_4>(seed::readings_of<combo_4>(), seed::threshold_table_reading::cut55);
}

BOOST_AUTO_TEST_CASE(a_value_without_a_run_time_encoding_is_rejected) {
  seed::readings r;
  r.attack_gap_days = 14; // a policy type can say 14 days; the run-time set has 30 and 0
  try {
    (void)seed::criteria_for(r);
    BOOST_FAIL("an attack gap of 14 days has no run-time encoding");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "attack_gap_days");
    BOOST_TEST(e.value() == "14");
    BOOST_TEST(std::string(e.what()).find("30 or 0") != std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()
