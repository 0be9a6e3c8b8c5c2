// Criteria counted from the infusion (reference_point::infusion) rather than from screening: with
// no infusion date (neither in the evaluation context nor in the record) each is unknown, whatever
// the record says, with the reason "the date of the infusion is not known"; given the infusion
// date, the same record decides each. Worked by hand from the record below, screening 2014-01-05,
// infusion 2014-02-01 (born 1975-03-10: 38 years old; first symptom 2009-03-15: 4 years of
// disease; azathioprine since 2011-05-01 at a dose unchanged since 2012-01-01, ongoing; EDSS 3.5 on
// 2012-12-01 and 4.5 on 2013-12-01; pyramidal grade 3 affecting the lower limbs on 2013-12-01; a
// myelitis treated with rescue therapy on 2013-06-15; an MRI on 2013-07-01 with 1 Gd-enhancing and
// 1 new T2 lesion; HIV negative on 2013-12-10; blood pressure 125/80 mmHg on 2013-12-10; a negative
// pregnancy test on 2014-01-20).
#include <trialspec/eligibility.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
constexpr auto infusion = el::reference_point::infusion;
const el::evaluation_context at_screening{date(2014, 1, 5)};
const el::evaluation_context with_infusion{date(2014, 1, 5), date(2014, 2, 1)};

const patient& record() {
  static const patient p = io::parse_patient(
      R"({"id": "R1", "birth_date": "1975-03-10", "sex": "female", "weight_kg": 60,
          "diagnosis": {"nmosd": true, "criteria": "ipnd2015", "aqp4_igg": "positive", "first_symptom": "2009-03-15"},
          "edss": [{"date": "2012-12-01", "score": 3.5}, {"date": "2013-12-01", "score": 4.5}],
          "functional_systems": [{"date": "2013-12-01", "pyramidal": 3, "pyramidal_lower_limb": true}],
          "relapses": [{"onset": "2013-06-15", "severity": "moderate", "phenotype": "myelitis", "rescue_therapy": true}],
          "relapses_recorded_since": "2008-01-01",
          "mri": [{"date": "2013-07-01", "gd_enhancing_lesions": 1, "gd_dose": "double", "new_t2_lesions": 1}],
          "therapies": [{"name": "azathioprine", "agent": "azathioprine", "class": "immunosuppressant",
                         "start": "2011-05-01", "stable_since": "2012-01-01"}],
          "therapies_recorded_since": "2008-01-01",
          "labs": [{"test": "hiv", "date": "2013-12-10", "result": "negative"}],
          "blood_pressure": [{"date": "2013-12-10", "systolic": 125, "diastolic": 80}],
          "pregnancy_test": {"date": "2014-01-20", "result": "negative"}})",
      0);
  return p;
}

/// The criterion's answer without and with the infusion date; test() and evaluate() agree on both,
/// and without the date the reason is the missing date.
template <class C> void check(truth given_infusion) {
  const C c{};
  const auto without = c.evaluate(record(), at_screening);
  BOOST_TEST(without.value() == U);
  BOOST_TEST((c.test(record(), at_screening) == U));
  BOOST_TEST(without.reason() == "the date of the infusion is not known");
  BOOST_TEST(c.evaluate(record(), with_infusion).value() == given_infusion);
  BOOST_TEST((c.test(record(), with_infusion) == given_infusion));
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_reference_points)

BOOST_AUTO_TEST_CASE(person_and_disease) {
  check<el::age<el::comparison::greater_equal, 18, infusion>>(M);
  check<el::age_between<18, 55, infusion>>(M);
  check<el::disease_duration<el::comparison::less, 10, infusion>>(M);
  check<el::pyramidal_lower_limb_at_least<2, on_or_before_reference, infusion>>(M);
}

BOOST_AUTO_TEST_CASE(edss) {
  check<el::edss_latest<el::comparison::greater, 3.0_edss, on_or_before_reference, infusion>>(M);
  // 3.5 to 4.5 within the 2 years before the infusion: +1.0 from a baseline of 1.0 to 5.0.
  check<el::edss_worsening<within_before(months{24}), standard_thresholds, infusion>>(M);
}

BOOST_AUTO_TEST_CASE(relapses) {
  check<el::relapse_count<el::comparison::greater_equal, 1, within_before(months{12}), el::any_severity, infusion>>(M);
  check<el::rescue_treated_relapse_count<el::comparison::greater_equal, 1, within_before(years{1}), infusion>>(M);
}

BOOST_AUTO_TEST_CASE(therapies) {
  constexpr el::agent_set azathioprine{therapy_agent::azathioprine};
  check<el::concurrent_agents<azathioprine, el::comparison::equal, 0, infusion>>(N); // ongoing at the infusion
  check<el::stable_dose<azathioprine, months{3}, infusion>>(M);
  check<el::agent_exposure<azathioprine, within_before(months{3}), infusion>>(M);
  check<el::therapy_exposure<el::immunotherapy, within_before(months{3}), infusion>>(M);
  check<el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::continuous_course, on_or_before_reference, infusion>>(M);
}

BOOST_AUTO_TEST_CASE(tests_scans_and_vitals) {
  check<el::lab_result_is<lab_test::hiv, lab_outcome::positive, on_or_before_reference, infusion>>(N);
  check<el::blood_pressure_at_least<200, 110, on_or_before_reference, infusion>>(N);
  check<el::pregnancy_test_negative<within_before(weeks{4}), infusion>>(M);
  check<el::gd_enhancing_lesions<1, within_before(months{18}), el::any_gd_dose, infusion>>(M);
  check<el::new_t2_lesions<1, within_before(months{18}), infusion>>(M);
}

BOOST_AUTO_TEST_SUITE_END()
