// CHAMPION-NMOSD (NCT04201262), criterion by criterion: the full registry list, the washout table
// (E3-E5), the weight-tiered ravulizumab schedule. Screening on 2024-03-15 (12 months back:
// 2023-03-15; 3 months: 2023-12-15; 3 weeks: 2024-02-23).
#include <trialspec/protocols/champion_nmosd.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace cn = trialspec::protocols::champion_nmosd;
namespace el = trialspec::eligibility;

namespace {
/// Eligible: 40, AQP4-IgG-positive NMOSD by IPND 2015, a relapse on 2023-08-01, EDSS 5.0,
/// 40 kg (on the threshold), on no supportive IST, contraception per local regulations (the
/// investigator), no meningococcal history (complete list), HIV negative, no complement
/// inhibitor, rituximab, mitoxantrone or IVIg.
patient base() {
  patient p;
  p.id = "cn-base";
  p.birth_date = d("1984-01-01");
  p.sex = sex::female;
  p.weight_kg = 40.0;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.relapses = {on("2023-08-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {{d("2024-03-01"), edss::from_half_steps(10)}};
  p.therapies_recorded_since = p.birth_date->earliest(); // "ever" exclusions need the whole history
  p.conditions_complete = true;
  p.labs = {{lab_test::hiv, lab_outcome::negative, d("2024-03-01")}};
  p.investigator_judgements["NCT04201262.I6"] = true;
  return p;
}
using C = cn::criteria_of<cn::registry_reading>;
} // namespace

BOOST_AUTO_TEST_SUITE(champion_nmosd)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((cn::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(inclusion) {
  auto p = base();
  p.diagnosis.criteria = diagnostic_standard::wingerchuk2006;
  BOOST_TEST(eval<C::i1>(p) == N);
  p.diagnosis.criteria.reset();
  BOOST_TEST(eval<C::i1>(p) == U);
  p = base();
  p.relapses = {on("2023-03-15")};
  BOOST_TEST(eval<C::i2>(p) == M);
  p.relapses = {on("2023-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N);
  p.edss = {{d("2024-03-01"), edss::from_half_steps(15)}};
  BOOST_TEST(eval<C::i3>(p) == N);
  p.edss = {{d("2024-03-01"), edss::from_half_steps(14)}};
  BOOST_TEST(eval<C::i3>(p) == M); // 7.0: "<= 7"
  p.weight_kg = 39.9;
  BOOST_TEST(eval<C::i5>(p) == N);
  p.weight_kg.reset();
  BOOST_TEST(eval<C::i5>(p) == U);
  p = base();
  p.therapies = {course(therapy_agent::mycophenolate_mofetil, "2022-01-01")};
  BOOST_TEST(eval<C::i4>(p) == U);
  p.investigator_judgements["NCT04201262.I4"] = true;
  BOOST_TEST(eval<C::i4>(p) == M);
  p.investigator_judgements.erase("NCT04201262.I6");
  BOOST_TEST(eval<C::i6>(p) == U);
  p.birth_date = d("2006-03-16"); // 17
  BOOST_TEST(eval<C::age>(p) == N);
  p.birth_date = d("2006-03-15"); // 18 on the screening day
  BOOST_TEST(eval<C::age>(p) == M);
}

BOOST_AUTO_TEST_CASE(exclusion) {
  auto p = base();
  p.conditions = {{condition_kind::neisseria_meningitidis_infection, "", true, std::nullopt}};
  BOOST_TEST(eval<C::e1>(p) == M);
  p.conditions_complete = false;
  p.conditions.clear();
  BOOST_TEST(eval<C::e1>(p) == U);
  p = base();
  p.labs = {{lab_test::hiv, lab_outcome::positive, d("2024-03-01")}};
  BOOST_TEST(eval<C::e2>(p) == M);
  p.therapies = {course(therapy_agent::eculizumab, "2016-01-01", "2017-01-01")};
  BOOST_TEST(eval<C::e3>(p) == M);
  p.therapies = {course(therapy_agent::rituximab, "2023-12-15", "2023-12-15")};
  BOOST_TEST(eval<C::e4>(p) == M);
  BOOST_TEST(eval<C::e3>(p) == N);
  p.therapies = {course(therapy_agent::mitoxantrone, "2023-12-14", "2023-12-14")};
  BOOST_TEST(eval<C::e4>(p) == N);
  p.therapies = {course(therapy_agent::ivig, "2024-02-23", "2024-02-23")};
  BOOST_TEST(eval<C::e5>(p) == M);
  p.therapies = {course(therapy_agent::ivig, "2024-02-22", "2024-02-22")};
  BOOST_TEST(eval<C::e5>(p) == N); // a day before the 3 weeks
}

BOOST_AUTO_TEST_CASE(washout_table_is_printed) {
  const std::string text = cn::print_criteria();
  BOOST_TEST(text.find("Washout table:\n  agent                     | window\n"
                       "  eculizumab or ravulizumab | on or before screening\n") != std::string::npos);
  BOOST_TEST(text.find("C11 dose:") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(weight_tiered_schedule) {
  // Day 1 loading, day 15 maintenance, then every 8 weeks (day 71): 2024-01-01, 01-15, 03-11.
  const auto light = cn::ravulizumab_schedule::doses(d("2024-01-01"), d("2024-03-31"), 59.9);
  BOOST_TEST_REQUIRE(light.size() == 3u);
  BOOST_TEST(light[0].amount->value == 2400);
  BOOST_TEST(light[1].amount->value == 3000);
  BOOST_TEST((light[2].on == d("2024-03-11")));
  const auto mid = cn::ravulizumab_schedule::doses(d("2024-01-01"), d("2024-01-15"), 60.0);
  BOOST_TEST(mid[0].amount->value == 2700);
  BOOST_TEST(mid[1].amount->value == 3300);
  const auto heavy = cn::ravulizumab_schedule::doses(d("2024-01-01"), d("2024-01-15"), 100.0);
  BOOST_TEST(heavy[1].amount->value == 3600);
  BOOST_CHECK_THROW(cn::ravulizumab_schedule::doses(d("2024-01-01"), d("2024-01-15"), 39.0), invalid_input);
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) { BOOST_TEST(testing::boundaries_hold(cn::criteria<>{}, base(), ctx)); }

BOOST_AUTO_TEST_SUITE_END()
