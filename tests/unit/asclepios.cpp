// ASCLEPIOS I (NCT02792218), criterion by criterion: the key criteria, E2's EDSS-conditional
// duration table, the double-dummy schedules and the primary ARR. Screening on 2024-03-15 (1 year
// back: 2023-03-15; 2 years: 2022-03-15; 10 years: 2014-03-15).
#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/asclepios/analysis.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <array>
#include <span>
#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace ap = trialspec::protocols::asclepios;
namespace el = trialspec::eligibility;

namespace {
/// Eligible: 40, RRMS (McDonald 2010), first symptoms 2019-06-01, a relapse on 2023-08-01, EDSS
/// 3.0, no immune disease, hepatitis risk or PML findings (complete list), no active systemic
/// infection (the investigator).
patient base() {
  patient p;
  p.id = "ap-base";
  p.birth_date = d("1984-01-01");
  p.sex = sex::female;
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  p.diagnosis.ms_course = ms_course::rrms;
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2010;
  p.diagnosis.first_symptom = d("2019-06-01");
  p.relapses = {on("2023-08-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {score("2024-03-01", 6)};
  p.conditions_complete = true;
  p.investigator_judgements["NCT02792218.E5"] = false;
  return p;
}
using C = ap::criteria_of<ap::registry_reading>;
} // namespace

BOOST_AUTO_TEST_SUITE(asclepios)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((ap::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(age_18_to_55) {
  auto p = base();
  p.birth_date = d("1968-03-16"); // 55 on 2024-03-15
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("1968-03-15"); // turns 56 that day
  BOOST_TEST(eval<C::i1>(p) == N);
  p.birth_date = d("2006-03-15"); // turns 18 that day
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("2006-03-16");
  BOOST_TEST(eval<C::i1>(p) == N);
}

BOOST_AUTO_TEST_CASE(diagnosis_and_course) {
  auto p = base();
  BOOST_TEST(eval<C::i2>(p) == M);
  p.diagnosis.kind = diagnosis_kind::nmosd;
  BOOST_TEST(eval<C::i2>(p) == N);
  p = base();
  p.diagnosis.ms_course = ms_course::spms;
  BOOST_TEST(eval<C::i3>(p) == M);
  BOOST_TEST(eval<C::e1>(p) == N);
  p.diagnosis.ms_course = ms_course::ppms;
  BOOST_TEST(eval<C::i3>(p) == N);
  BOOST_TEST(eval<C::e1>(p) == M);
  p.diagnosis.ms_course = ms_course::prms; // A3: neither relapsing as the text lists nor PPMS
  BOOST_TEST(eval<C::i3>(p) == N);
  BOOST_TEST(eval<C::e1>(p) == N);
  p.diagnosis.ms_course.reset();
  BOOST_TEST(eval<C::i3>(p) == U);
  BOOST_TEST(eval<C::e1>(p) == U);
}

BOOST_AUTO_TEST_CASE(relapse_or_gd_activity) {
  auto p = base();
  const mri_scan clean{d("2024-01-10"), 0, std::nullopt, std::nullopt};
  p.relapses = {on("2023-03-15")}; // the window's first day
  BOOST_TEST(eval<C::i4>(p) == M);
  p.relapses = {on("2023-03-14")}; // a day before: one relapse in 2 years is not 2
  p.mri = {clean};
  BOOST_TEST(eval<C::i4>(p) == N);
  p.mri.clear(); // no scan in the year: the Gd alternative is unknown
  BOOST_TEST(eval<C::i4>(p) == U);
  p.relapses = {on("2022-03-15"), on("2023-01-01")}; // 2 in the 2 years, none in the last year
  BOOST_TEST(eval<C::i4>(p) == M);
  p.relapses = {on("2022-03-14"), on("2023-01-01")};
  p.mri = {clean};
  BOOST_TEST(eval<C::i4>(p) == N);
  p.relapses.clear();
  p.mri = {{d("2023-03-15"), 1, gd_dose::single, std::nullopt}};
  BOOST_TEST(eval<C::i4>(p) == M);
  p.mri = {{d("2023-03-14"), 1, gd_dose::single, std::nullopt}, clean};
  BOOST_TEST(eval<C::i4>(p) == N);
}

BOOST_AUTO_TEST_CASE(edss_0_to_5_5) {
  auto p = base();
  p.edss = {score("2024-03-01", 11)};
  BOOST_TEST(eval<C::i5>(p) == M);
  p.edss = {score("2024-03-01", 12)};
  BOOST_TEST(eval<C::i5>(p) == N);
  p.edss = {score("2024-03-16", 6)}; // after screening: not read
  BOOST_TEST(eval<C::i5>(p) == U);
}

BOOST_AUTO_TEST_CASE(e2_duration_by_edss) {
  auto p = base();
  p.edss = {score("2024-03-01", 4)};         // EDSS 2.0: the "2 or less" row
  p.diagnosis.first_symptom = d("2014-03-14"); // 10th anniversary 2024-03-14, before screening
  BOOST_TEST(eval<C::e2>(p) == M);
  p.diagnosis.first_symptom = d("2014-03-15"); // exactly 10 years: not more
  BOOST_TEST(eval<C::e2>(p) == N);
  p.edss = {score("2024-03-01", 0)};
  p.diagnosis.first_symptom = d("2000-01-01");
  BOOST_TEST(eval<C::e2>(p) == M);
  p.edss = {score("2024-03-01", 5)}; // EDSS 2.5: the text sets nothing
  BOOST_TEST(eval<C::e2>(p) == N);
  p.diagnosis.first_symptom.reset();
  BOOST_TEST(eval<C::e2>(p) == N);
  p.edss = {score("2024-03-01", 4)};
  BOOST_TEST(eval<C::e2>(p) == U);
  // No EDSS: decided only where both rows agree.
  p.edss.clear();
  p.diagnosis.first_symptom = d("2019-06-01");
  BOOST_TEST(eval<C::e2>(p) == N);
  p.diagnosis.first_symptom = d("2010-01-01");
  BOOST_TEST(eval<C::e2>(p) == U);
}

BOOST_AUTO_TEST_CASE(recorded_findings) {
  auto p = base();
  p.conditions = {{condition_kind::immune_disease_other_than_ms, "psoriasis"}};
  BOOST_TEST(eval<C::e3>(p) == M);
  p.conditions = {{condition_kind::hepatitis_b_risk, "anti-HBc positive"}};
  BOOST_TEST(eval<C::e4>(p) == M);
  BOOST_TEST(eval<C::e3>(p) == N);
  p.conditions = {{condition_kind::pml_findings, ""}};
  BOOST_TEST(eval<C::e5>(p) == M);
  p = base();
  p.investigator_judgements["NCT02792218.E5"] = true;
  BOOST_TEST(eval<C::e5>(p) == M);
  p = base();
  p.conditions_complete = false;
  p.investigator_judgements.clear();
  BOOST_TEST(eval<C::e3>(p) == U);
  BOOST_TEST(eval<C::e4>(p) == U);
  BOOST_TEST(eval<C::e5>(p) == U);
}

BOOST_AUTO_TEST_CASE(printed_with_its_readings) {
  const std::string text = ap::print_criteria();
  BOOST_TEST(text.find("E2: Disease duration of more than 10 years in patients with an EDSS score of 2 or less -- by the latest EDSS "
                       "at screening: if EDSS <= 2.0, disease duration from the first MS symptoms above 10 years; if EDSS > 2.0, not "
                       "met (the text sets no requirement)") != std::string::npos);
  for (const char* decision : {"A1 ", "A2 ", "A3 ", "A4 ", "A5 ", "A6 ", "A7 ", "A8 ", "A9 "})
    BOOST_TEST_CONTEXT(decision) { BOOST_TEST(text.find(std::string("\n") + decision) != std::string::npos); }
}

BOOST_AUTO_TEST_CASE(double_dummy_schedules) {
  // Days 1, 7, 14, then week 4 (day 29) and every 4 weeks: 2024-01-01, 01-07, 01-14, 01-29,
  // 02-26, 03-25.
  const auto ofa = ap::ofatumumab_schedule::doses(d("2024-01-01"), d("2024-03-31"));
  const std::array<const char*, 6> expected{"2024-01-01", "2024-01-07", "2024-01-14", "2024-01-29", "2024-02-26", "2024-03-25"};
  BOOST_TEST_REQUIRE(ofa.size() == expected.size());
  for (std::size_t i = 0; i < ofa.size(); ++i) {
    BOOST_TEST((ofa[i].on == d(expected[i])));
    BOOST_TEST(ofa[i].amount->value == 20);
  }
  const auto ter = ap::teriflunomide_schedule::doses(d("2024-01-01"), d("2024-01-10"));
  BOOST_TEST(ter.size() == 10u);
  BOOST_TEST(ter.back().amount->value == 14);
  BOOST_TEST((ap::design_arms::arms[1].interventions[1].schedule == &schedule_of<ap::ofatumumab_schedule>));
}

BOOST_AUTO_TEST_CASE(primary_arr_with_exact_interval) {
  // 3 relapses over 3.0 participant-years: ARR 1.0; the exact 95% Poisson limits of 3 events are
  // 0.618672 and 8.767273 (chi-square 1.237344 / 2 and 17.534546 / 2), per participant-year / 3.
  const std::array<rates::exposure, 2> group{{{2, 1.0}, {1, 2.0}}};
  const auto r = compute_outcome<ap::primary_outcome>(std::span<const rates::exposure>(group));
  BOOST_TEST(r.pooled.arr == 1.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(r.interval.lower == 0.206224, boost::test_tools::tolerance(1e-5));
  BOOST_TEST(r.interval.upper == 2.922424, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) { BOOST_TEST(testing::boundaries_hold(ap::criteria<>{}, base(), ctx)); }

BOOST_AUTO_TEST_SUITE_END()
