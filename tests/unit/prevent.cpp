// PREVENT (NCT01892345), criterion by criterion: inside, on and outside each threshold and
// window, the policy's alternative, the dose schedule, the primary outcome, and the generated
// boundary cases. Screening on 2024-03-15: 12 months back is 2023-03-15, 24 months 2022-03-15,
// 3 months 2023-12-15, 3 weeks 2024-02-23, 4 weeks 2024-02-16 (worked by hand; 2024 is a leap year).
#include <trialspec/protocols/prevent.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace pv = trialspec::protocols::prevent;
namespace el = trialspec::eligibility;

namespace {

/// Eligible by the registry text: 44, NMOSD, AQP4-IgG positive, 2 relapses in the last 12
/// months, EDSS 7.0 (on the threshold), on no IST, of childbearing potential with a negative test
/// on 2024-03-10 and effective contraception, no rituximab, mitoxantrone or IVIg.
patient base() {
  patient p;
  p.id = "pv-base";
  p.birth_date = d("1980-01-01");
  p.sex = sex::female;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.relapses = {{d("2023-05-01"), relapse_severity::moderate, relapse_phenotype::myelitis},
                {d("2023-11-01"), relapse_severity::severe, relapse_phenotype::optic_neuritis}};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {{d("2024-03-01"), edss::from_half_steps(14)}};
  p.therapies_recorded_since = d("2015-01-01");
  p.childbearing_potential = true;
  p.pregnancy_test = pregnancy_test_result{d("2024-03-10"), lab_outcome::negative};
  p.effective_contraception = true;
  return p;
}
using C = pv::criteria_of<pv::registry_reading>;
struct dose_change : pv::registry_reading {
  static constexpr auto ist_stability = pv::stability_reading::recorded_dose_change;
};
} // namespace

BOOST_AUTO_TEST_SUITE(prevent)

BOOST_AUTO_TEST_CASE(base_is_eligible) {
  BOOST_TEST((pv::test(base(), ctx) == el::screening_outcome::eligible));
  BOOST_TEST((pv::screen(base(), ctx).outcome == el::screening_outcome::eligible));
}

BOOST_AUTO_TEST_CASE(i1_age_at_least_18) {
  auto p = base();
  p.birth_date = d("2006-03-15"); // 18 on the screening day
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("2006-03-16"); // 17
  BOOST_TEST(eval<C::i1>(p) == N);
  p.birth_date.reset();
  BOOST_TEST(eval<C::i1>(p) == U);
}

BOOST_AUTO_TEST_CASE(i2_i3_diagnosis_and_serostatus) {
  auto p = base();
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  BOOST_TEST(eval<C::i2>(p) == N);
  p.diagnosis.aqp4_igg = aqp4_status::negative;
  BOOST_TEST(eval<C::i3>(p) == N);
  p.diagnosis.aqp4_igg = aqp4_status::not_tested;
  BOOST_TEST(eval<C::i3>(p) == U);
}

BOOST_AUTO_TEST_CASE(i4_relapse_history) {
  auto p = base();
  BOOST_TEST(eval<C::i4>(p) == M); // 2 in 12 months
  p.relapses = {on("2022-03-15"), on("2022-09-01"), on("2023-03-15")};
  BOOST_TEST(eval<C::i4>(p) == M); // 3 in 24 months (first on the edge), 1 in 12 (on its edge)
  p.relapses = {on("2022-03-14"), on("2022-09-01"), on("2023-03-15")};
  BOOST_TEST(eval<C::i4>(p) == N); // only 2 in 24 months, 1 in 12
  p.relapses = {on("2022-03-15"), on("2022-09-01"), on("2023-03-14")};
  BOOST_TEST(eval<C::i4>(p) == N); // 3 in 24 months, none in 12
  p.relapses = {on("2023-03-15"), on("2024-03-15")};
  BOOST_TEST(eval<C::i4>(p) == M); // 2 in 12 months, both on the window's edges
  p.relapses = {on("2023-03-14"), on("2023-11-01")};
  BOOST_TEST(eval<C::i4>(p) == N); // the first a day before the 12 months: 1 in 12, and 2 (not 3) in 24
  p.relapses_recorded_since.reset();
  p.relapses = {on("2024-01-01")};
  BOOST_TEST(eval<C::i4>(p) == U);
}

BOOST_AUTO_TEST_CASE(i5_edss_at_most_7) {
  auto p = base();
  p.edss = {{d("2024-03-15"), edss::from_half_steps(15)}};
  BOOST_TEST(eval<C::i5>(p) == N); // 7.5
  p.edss = {{d("2024-03-15"), edss::from_half_steps(13)}};
  BOOST_TEST(eval<C::i5>(p) == M); // 6.5
  p.edss = {{d("2024-03-16"), edss::from_half_steps(2)}};
  BOOST_TEST(eval<C::i5>(p) == U); // only after screening
}

BOOST_AUTO_TEST_CASE(i6_stable_ist) {
  auto p = base();
  BOOST_TEST(eval<C::i6>(p) == M); // no IST
  p.therapies = {course(therapy_agent::azathioprine, "2020-01-01")};
  BOOST_TEST(eval<C::i6>(p) == U); // on IST, no judgement recorded
  p.investigator_judgements["NCT01892345.I6"] = true;
  BOOST_TEST(eval<C::i6>(p) == M);
  p.investigator_judgements["NCT01892345.I6"] = false;
  BOOST_TEST(eval<C::i6>(p) == N);
  // The computed alternative: last dose change before the screening day.
  using I6 = pv::criteria_of<dose_change>::i6;
  p.therapies[0].stable_since = d("2024-03-14");
  BOOST_TEST(eval<I6>(p) == M);
  p.therapies[0].stable_since = d("2024-03-15");
  BOOST_TEST(eval<I6>(p) == N);
  // Rituximab is not IST for I6 (it is E1's).
  p.therapies = {course(therapy_agent::rituximab, "2020-01-01", "2020-01-01")};
  BOOST_TEST(eval<C::i6>(p) == M);
}

BOOST_AUTO_TEST_CASE(i7_pregnancy_test_and_contraception) {
  auto p = base();
  p.pregnancy_test = pregnancy_test_result{d("2024-02-16"), lab_outcome::negative};
  BOOST_TEST(eval<C::i7>(p) == M); // first day of the 4 weeks
  p.pregnancy_test = pregnancy_test_result{d("2024-02-15"), lab_outcome::negative};
  BOOST_TEST(eval<C::i7>(p) == U);
  p.pregnancy_test = pregnancy_test_result{d("2024-03-15"), lab_outcome::positive};
  BOOST_TEST(eval<C::i7>(p) == N);
  p.childbearing_potential = false;
  BOOST_TEST(eval<C::i7>(p) == M); // neither applies
  p.sex = sex::male;
  p.childbearing_potential = true;
  p.effective_contraception = false;
  BOOST_TEST(eval<C::i7a>(p) == M);
  BOOST_TEST(eval<C::i7b>(p) == N);
}

BOOST_AUTO_TEST_CASE(e1_e3_washout) {
  auto p = base();
  BOOST_TEST(eval<C::e1>(p) == N);
  p.therapies = {course(therapy_agent::rituximab, "2023-12-15", "2023-12-15")};
  BOOST_TEST(eval<C::e1>(p) == M);
  p.therapies = {course(therapy_agent::rituximab, "2023-12-14", "2023-12-14")};
  BOOST_TEST(eval<C::e1>(p) == N);
  p.therapies = {course(therapy_agent::mitoxantrone, "2023-12-15", "2023-12-15")};
  BOOST_TEST(eval<C::e2>(p) == M);
  BOOST_TEST(eval<C::e1>(p) == N);
  p.therapies = {course(therapy_agent::mitoxantrone, "2023-12-14", "2023-12-14")};
  BOOST_TEST(eval<C::e2>(p) == N); // a day before the 3 months
  p.therapies = {course(therapy_agent::ivig, "2024-02-23", "2024-02-23")};
  BOOST_TEST(eval<C::e3>(p) == M);
  p.therapies = {course(therapy_agent::ivig, "2024-02-22", "2024-02-22")};
  BOOST_TEST(eval<C::e3>(p) == N);
  BOOST_TEST((pv::test(p, ctx) == el::screening_outcome::eligible));
}

BOOST_AUTO_TEST_CASE(printed_criteria_account_for_the_record) {
  const std::string text = pv::print_criteria();
  BOOST_TEST(text.find("4. I4: Historical relapse of at least 2 relapses in the last 12 months") != std::string::npos);
  BOOST_TEST(text.find("[NCT01892345.I6]") != std::string::npos);
  BOOST_TEST(text.find("  IV immunoglobulin | within 3 weeks before screening\n") != std::string::npos);
  BOOST_TEST(text.find("P5 I6 stable maintenance dose: the treating physician's judgement") != std::string::npos);
  BOOST_TEST(text.find("Not screened (conduct after screening):") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dose_schedule_and_primary_outcome) {
  // Weeks 0-3 900 mg, week 4 1200 mg, week 6 1200 mg: 2024-01-01, -08, -15, -22, -29, 02-12.
  const auto doses = pv::eculizumab_schedule::doses(d("2024-01-01"), d("2024-02-12"));
  BOOST_TEST_REQUIRE(doses.size() == 6u);
  BOOST_TEST((doses[3].on == d("2024-01-22") && doses[3].amount->value == 900));
  BOOST_TEST((doses[4].on == d("2024-01-29") && doses[4].amount->value == 1200));
  BOOST_TEST((doses[5].on == d("2024-02-12") && doses[5].amount->value == 1200));
  // A report on 2024-04-15 belongs to the attack that began on 2024-03-20, before randomisation
  // on 2024-04-01: the first on-trial relapse is 2024-06-01, 61 days later (30 + 31).
  const std::vector<relapse> reports{on("2024-03-20"), on("2024-04-15"), on("2024-06-01")};
  const auto t = pv::primary_outcome::compute(reports, d("2024-04-01"), d("2028-01-01"));
  BOOST_TEST(t.event);
  BOOST_TEST(t.days == 61);
  const auto censored = pv::primary_outcome::compute(std::vector<relapse>{}, d("2024-04-01"), d("2024-05-01"));
  BOOST_TEST(!censored.event);
  BOOST_TEST(censored.days == 30);
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) {
  BOOST_TEST(testing::boundaries_hold(pv::criteria<>{}, base(), ctx));
  BOOST_TEST(testing::boundaries_hold(pv::criteria<dose_change>{}, base(), ctx));
}

BOOST_AUTO_TEST_SUITE_END()
