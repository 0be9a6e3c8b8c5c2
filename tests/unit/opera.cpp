// OPERA I (NCT01247324; criteria text of OPERA II, NCT01412333), criterion by criterion: the
// inclusion criteria, the exclusions with the record's cuts, the readings, the double-dummy
// schedules and the primary ARR. Screening on 2024-03-15 (1 year back: 2023-03-15; 2 years:
// 2022-03-15; 30 days: 2024-02-14).
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/opera/analysis.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <array>
#include <span>
#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace op = trialspec::protocols::opera;
namespace el = trialspec::eligibility;

namespace {
/// Eligible: 40, RRMS by McDonald 2010, relapses 2022-09-01 and 2023-08-01, EDSS 3.0, not
/// pregnant or lactating, no MRI contraindication or other neurological disorder (complete
/// list), E2 and E6 answered no by the investigator.
patient base() {
  patient p;
  p.id = "op-base";
  p.birth_date = d("1984-01-01");
  p.sex = sex::female;
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  p.diagnosis.ms_course = ms_course::rrms;
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2010;
  p.diagnosis.first_symptom = d("2019-06-01");
  p.relapses = {on("2022-09-01"), on("2023-08-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {score("2024-03-01", 6)};
  p.conditions_complete = true;
  p.pregnancy = pregnancy_status::not_pregnant;
  p.lactating = false;
  p.investigator_judgements["NCT01247324.E2"] = false;
  p.investigator_judgements["NCT01247324.E6"] = false;
  return p;
}
using C = op::criteria_of<op::registry_reading>;
struct or_later : op::registry_reading {
  static constexpr auto mcdonald = op::mcdonald_reading::or_later;
};
struct any_time : op::registry_reading {
  static constexpr auto single_attack = op::single_attack_reading::any_time;
};
struct asclepios_threshold : op::registry_reading {
  static constexpr auto e2 = op::e2_reading::asclepios_threshold;
};
} // namespace

BOOST_AUTO_TEST_SUITE(opera)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((op::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(age_from_the_ages_field) {
  auto p = base();
  p.birth_date = d("2006-03-15");
  BOOST_TEST(eval<C::age>(p) == M);
  p.birth_date = d("2006-03-16");
  BOOST_TEST(eval<C::age>(p) == N);
  p.birth_date = d("1968-03-15");
  BOOST_TEST(eval<C::age>(p) == N);
  p.birth_date = d("1968-03-16"); // 55, 56 the next day
  BOOST_TEST(eval<C::age>(p) == M);
}

BOOST_AUTO_TEST_CASE(mcdonald_2010) {
  auto p = base();
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2017;
  BOOST_TEST(eval<C::i1>(p) == N);
  BOOST_TEST(eval<op::criteria_of<or_later>::i1>(p) == M);
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2005;
  BOOST_TEST(eval<op::criteria_of<or_later>::i1>(p) == N);
  p.diagnosis.mcdonald.reset();
  BOOST_TEST(eval<C::i1>(p) == U);
  p = base();
  p.diagnosis.kind = diagnosis_kind::other;
  BOOST_TEST(eval<C::i1>(p) == N);
}

BOOST_AUTO_TEST_CASE(attacks_and_stability) {
  auto p = base();
  p.relapses = {on("2023-03-15")}; // one attack, on the first day of the year
  BOOST_TEST(eval<C::i2>(p) == M);
  p.relapses = {on("2023-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N);
  BOOST_TEST(eval<op::criteria_of<any_time>::i2>(p) == M); // O3's alternative: "in the years prior"
  // None ever, the history complete from birth: not even the alternative ("ever" needs the whole
  // history; the base's is complete from later).
  p.relapses.clear();
  const auto since = p.relapses_recorded_since;
  p.relapses_recorded_since = p.birth_date->earliest();
  BOOST_TEST(eval<op::criteria_of<any_time>::i2>(p) == N);
  p.relapses_recorded_since = since;
  p.relapses = {on("2023-03-14")};
  p.relapses = {on("2022-03-15"), on("2022-06-01")}; // two in 2 years, none in the last year
  BOOST_TEST(eval<C::i2>(p) == M);
  p.relapses = {on("2022-03-14"), on("2022-06-01")};
  BOOST_TEST(eval<C::i2>(p) == N);
  // 30 days before screening is 2024-02-14, inside the window: not stable.
  p.relapses = {on("2023-08-01"), on("2024-02-14")};
  BOOST_TEST(eval<C::i2>(p) == N);
  BOOST_TEST(eval<C::i3>(p) == N);
  p.relapses = {on("2023-08-01"), on("2024-02-13")};
  BOOST_TEST(eval<C::i2>(p) == M);
  BOOST_TEST(eval<C::i3>(p) == M);
  p.relapses_recorded_since.reset(); // a stable month cannot be shown
  BOOST_TEST(eval<C::i3>(p) == U);
  BOOST_TEST(eval<C::i2>(p) == U);
}

BOOST_AUTO_TEST_CASE(edss_0_to_5_5) {
  auto p = base();
  p.edss = {score("2024-03-01", 11)};
  BOOST_TEST(eval<C::i4>(p) == M);
  p.edss = {score("2024-03-01", 12)};
  BOOST_TEST(eval<C::i4>(p) == N);
}

BOOST_AUTO_TEST_CASE(exclusions) {
  auto p = base();
  p.diagnosis.ms_course = ms_course::ppms;
  BOOST_TEST(eval<C::e1>(p) == M);
  p = base();
  BOOST_TEST(eval<C::e2>(p) == N);
  p.investigator_judgements["NCT01247324.E2"] = true;
  BOOST_TEST(eval<C::e2>(p) == M);
  p.investigator_judgements.erase("NCT01247324.E2");
  BOOST_TEST(eval<C::e2>(p) == U);
  p.conditions = {{condition_kind::mri_contraindication, "pacemaker"}};
  BOOST_TEST(eval<C::e3>(p) == M);
  BOOST_TEST(eval<C::e4>(p) == N);
  p.conditions = {{condition_kind::other_neurological_disorder, "cervical myelopathy"}};
  BOOST_TEST(eval<C::e4>(p) == M);
  p = base();
  p.pregnancy = pregnancy_status::pregnant;
  BOOST_TEST(eval<C::e5>(p) == M);
  p.pregnancy = pregnancy_status::possibly_pregnant; // O9: a possible pregnancy does not count
  BOOST_TEST(eval<C::e5>(p) == U);
  p.pregnancy = pregnancy_status::not_pregnant;
  p.lactating = true;
  BOOST_TEST(eval<C::e5>(p) == M);
  p = base();
  p.investigator_judgements["NCT01247324.E6"] = true;
  BOOST_TEST(eval<C::e6>(p) == M);
}

BOOST_AUTO_TEST_CASE(e2_under_the_asclepios_threshold) {
  using E2 = op::criteria_of<asclepios_threshold>::e2;
  auto p = base();
  p.investigator_judgements.clear(); // the table reads data, not the judgement
  p.edss = {score("2024-03-01", 4)};
  p.diagnosis.first_symptom = d("2014-03-14");
  BOOST_TEST(eval<E2>(p) == M);
  p.diagnosis.first_symptom = d("2014-03-15");
  BOOST_TEST(eval<E2>(p) == N);
  p.edss = {score("2024-03-01", 5)};
  p.diagnosis.first_symptom = d("1990-01-01");
  BOOST_TEST(eval<E2>(p) == N);
}

BOOST_AUTO_TEST_CASE(printed_with_the_cuts_and_readings) {
  const std::string text = op::print_criteria();
  BOOST_TEST(text.find("E2: Disease duration of more than 10 years in patients with EDSS score less than or equal to ( [cut in the "
                       "source]") != std::string::npos);
  BOOST_TEST(text.find("E6: Requirement for chronic treatment with systemic corticosteroids or i [cut in the source]") != std::string::npos);
  BOOST_TEST(text.find("Record: cut here") != std::string::npos);
  for (const char* decision : {"O1 ", "O2 ", "O3 ", "O4 ", "O5 ", "O6 ", "O7 ", "O8 ", "O9 ", "O10 "})
    BOOST_TEST_CONTEXT(decision) { BOOST_TEST(text.find(std::string("\n") + decision) != std::string::npos); }
  BOOST_TEST(op::print_criteria<asclepios_threshold>().find("if EDSS <= 2.0, disease duration from the first MS symptoms above 10 "
                                                            "years") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(double_dummy_schedules) {
  // 300 mg on days 1 and 15, then 600 mg every 24 weeks from the first dose: day 169
  // (2024-06-17) and day 337 (2024-12-02).
  const auto ocr = op::ocrelizumab_schedule::doses(d("2024-01-01"), d("2024-12-31"));
  BOOST_TEST_REQUIRE(ocr.size() == 4u);
  BOOST_TEST((ocr[0].on == d("2024-01-01")));
  BOOST_TEST((ocr[1].on == d("2024-01-15")));
  BOOST_TEST((ocr[2].on == d("2024-06-17")));
  BOOST_TEST((ocr[3].on == d("2024-12-02")));
  BOOST_TEST(ocr[1].amount->value == 300);
  BOOST_TEST(ocr[2].amount->value == 600);
  // 44 ug three times a week: days 1, 3, 5 of each week.
  const auto ifn = op::interferon_schedule::doses(d("2024-01-01"), d("2024-01-14"));
  const std::array<const char*, 6> expected{"2024-01-01", "2024-01-03", "2024-01-05", "2024-01-08", "2024-01-10", "2024-01-12"};
  BOOST_TEST_REQUIRE(ifn.size() == expected.size());
  for (std::size_t i = 0; i < ifn.size(); ++i) BOOST_TEST((ifn[i].on == d(expected[i])));
  BOOST_TEST(ifn[0].amount->value == 44);
  BOOST_TEST((ifn[0].amount->unit == dose_unit::ug));
}

BOOST_AUTO_TEST_CASE(primary_arr_with_exact_interval) {
  // 1 relapse over 2 participant-years: ARR 0.5; exact 95% limits of 1 event 0.025318 and
  // 5.571643 (chi-square 0.050636 / 2 and 11.143287 / 2), halved.
  const std::array<rates::exposure, 2> group{{{0, 1.0}, {1, 1.0}}};
  const auto r = compute_outcome<op::primary_outcome>(std::span<const rates::exposure>(group));
  BOOST_TEST(r.pooled.arr == 0.5, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(r.interval.lower == 0.0126589, boost::test_tools::tolerance(1e-4));
  BOOST_TEST(r.interval.upper == 2.7858217, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) {
  BOOST_TEST(testing::boundaries_hold(op::criteria<>{}, base(), ctx));
  BOOST_TEST(testing::boundaries_hold(op::criteria<asclepios_threshold>{}, base(), ctx));
}

BOOST_AUTO_TEST_SUITE_END()
