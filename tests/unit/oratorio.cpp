// ORATORIO (NCT01194570), criterion by criterion: the registry list with version C's C1 and C5,
// I4's overlapping table under both readings, the lifetime exclusions, the paired infusions and
// the 12-week confirmed progression outcome. Screening on 2024-03-15 (10 years back: 2014-03-15;
// 15 years: 2009-03-15).
#include <trialspec/protocols/oratorio.hpp>
#include <trialspec/protocols/oratorio/analysis.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <array>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trial_kit;
namespace orat = trialspec::protocols::oratorio;
namespace el = trialspec::eligibility;

namespace {
fs_assessment pyramidal(const char* on, int grade, std::optional<bool> lower_limb) {
  fs_assessment a;
  a.on = d(on);
  a.grades.pyramidal = grade;
  a.pyramidal_lower_limb = lower_limb;
  return a;
}
/// Eligible: a man of 49 not of reproductive potential, PPMS by McDonald 2010, first symptoms
/// 2016-01-01, EDSS 4.5, pyramidal grade 2 due to the lower limbs, no therapy since birth, no
/// condition (complete list), able to consent, C1 yes and E8 no by the investigator.
patient base() {
  patient p;
  p.id = "or-base";
  p.birth_date = d("1974-06-01");
  p.sex = sex::male;
  p.childbearing_potential = false;
  p.consent_capacity = true;
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  p.diagnosis.ms_course = ms_course::ppms;
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2010;
  p.diagnosis.first_symptom = d("2016-01-01");
  p.edss = {score("2024-03-01", 9)};
  p.functional_systems = {pyramidal("2024-03-01", 2, true)};
  p.therapies_recorded_since = p.birth_date->earliest();
  p.conditions_complete = true;
  p.investigator_judgements["NCT01194570.C1"] = true;
  p.investigator_judgements["NCT01194570.E8"] = false;
  return p;
}
using C = orat::criteria_of<orat::registry_reading>;
struct first_row : orat::registry_reading {
  static constexpr auto duration = orat::duration_reading::first_row_below_5;
};
struct registry_only : orat::registry_reading {
  static constexpr auto version_c = orat::protocol_items::registry_only;
};
} // namespace

BOOST_AUTO_TEST_SUITE(oratorio)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((orat::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(ppms_by_revised_mcdonald) {
  auto p = base();
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2005;
  BOOST_TEST(eval<C::i2>(p) == M);
  p.diagnosis.mcdonald = mcdonald_version::mcdonald2017;
  BOOST_TEST(eval<C::i2>(p) == N);
  p = base();
  p.diagnosis.ms_course = ms_course::spms;
  BOOST_TEST(eval<C::i2>(p) == N);
  BOOST_TEST(eval<C::e1>(p) == M);
  p.diagnosis.ms_course = ms_course::prms;
  BOOST_TEST(eval<C::e1>(p) == M);
}

BOOST_AUTO_TEST_CASE(edss_3_to_6_5) {
  auto p = base();
  for (const auto& [half_steps, expected] : std::vector<std::pair<int, truth>>{{5, N}, {6, M}, {13, M}, {14, N}}) {
    p.edss = {score("2024-03-01", half_steps)};
    BOOST_TEST_CONTEXT("EDSS half steps " << half_steps) { BOOST_TEST(eval<C::i3>(p) == expected); }
  }
}

BOOST_AUTO_TEST_CASE(duration_by_edss_default_reading) {
  // R5: < 15 years if EDSS > 5.0, < 10 years if EDSS <= 5.0.
  auto p = base();
  p.edss = {score("2024-03-01", 11)};           // 5.5
  p.diagnosis.first_symptom = d("2009-03-16"); // 15th anniversary the day after screening
  BOOST_TEST(eval<C::i4>(p) == M);
  p.diagnosis.first_symptom = d("2009-03-15"); // exactly 15 years
  BOOST_TEST(eval<C::i4>(p) == N);
  p.edss = {score("2024-03-01", 10)}; // 5.0
  p.diagnosis.first_symptom = d("2014-03-16");
  BOOST_TEST(eval<C::i4>(p) == M);
  p.diagnosis.first_symptom = d("2014-03-15");
  BOOST_TEST(eval<C::i4>(p) == N);
  p.edss = {score("2024-03-01", 11)}; // 5.5 with 14 years: in (the registry's ">= 5.0" row would exclude)
  p.diagnosis.first_symptom = d("2010-03-16");
  BOOST_TEST(eval<C::i4>(p) == M);
  p.diagnosis.first_symptom.reset();
  BOOST_TEST(eval<C::i4>(p) == U);
  // No EDSS: 5 years meets both rows; 12 years only one.
  p.edss.clear();
  p.diagnosis.first_symptom = d("2019-01-01");
  BOOST_TEST(eval<C::i4>(p) == M);
  p.diagnosis.first_symptom = d("2012-01-01");
  BOOST_TEST(eval<C::i4>(p) == U);
}

BOOST_AUTO_TEST_CASE(i1_age_18_to_55) {
  auto p = base();
  p.birth_date = d("2006-03-15"); // 18 on the screening day
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("2006-03-16"); // 17
  BOOST_TEST(eval<C::i1>(p) == N);
  p.birth_date = d("1968-03-16"); // 55, 56 the next day
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("1968-03-15"); // 56
  BOOST_TEST(eval<C::i1>(p) == N);
}

BOOST_AUTO_TEST_CASE(duration_by_edss_other_reading) {
  // < 15 years if EDSS < 5.0, < 10 years if EDSS >= 5.0.
  using I4 = orat::criteria_of<first_row>::i4;
  auto p = base();
  p.edss = {score("2024-03-01", 11)}; // 5.5 with 14 years: out under this reading
  p.diagnosis.first_symptom = d("2010-03-16");
  BOOST_TEST(eval<I4>(p) == N);
  p.edss = {score("2024-03-01", 9)}; // 4.5 with 14 years: in (under the default, out)
  BOOST_TEST(eval<I4>(p) == M);
  BOOST_TEST(eval<C::i4>(p) == N);
  p.edss = {score("2024-03-01", 10)};
  p.diagnosis.first_symptom = d("2014-03-16");
  BOOST_TEST(eval<I4>(p) == M);
  p.diagnosis.first_symptom = d("2014-03-15"); // 5.0 with exactly 10 years: not below 10
  BOOST_TEST(eval<I4>(p) == N);
  BOOST_TEST(orat::print_criteria<first_row>().find("if EDSS < 5.0, disease duration from the first MS symptoms below 15 years; if "
                                                    "EDSS >= 5.0") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(contraception_two_methods) {
  auto p = base();
  BOOST_TEST(eval<C::i5>(p) == M); // not of reproductive potential
  p.childbearing_potential = true;
  BOOST_TEST(eval<C::i5>(p) == U);
  p.investigator_judgements["NCT01194570.I5"] = true;
  BOOST_TEST(eval<C::i5>(p) == M);
  p.investigator_judgements["NCT01194570.I5"] = false;
  BOOST_TEST(eval<C::i5>(p) == N);
}

BOOST_AUTO_TEST_CASE(pyramidal_lower_limb) {
  auto p = base();
  p.functional_systems = {pyramidal("2024-03-01", 1, true)};
  BOOST_TEST(eval<C::c5>(p) == N);
  p.functional_systems = {pyramidal("2024-03-01", 3, true)};
  BOOST_TEST(eval<C::c5>(p) == M);
  p.functional_systems = {pyramidal("2024-03-01", 2, false)};
  BOOST_TEST(eval<C::c5>(p) == N);
  p.functional_systems = {pyramidal("2024-03-01", 2, std::nullopt)};
  BOOST_TEST(eval<C::c5>(p) == U);
  // The latest assessment decides; one after screening is not read.
  p.functional_systems = {pyramidal("2023-01-01", 1, true), pyramidal("2024-03-01", 2, true), pyramidal("2024-03-16", 0, true)};
  BOOST_TEST(eval<C::c5>(p) == M);
  p.functional_systems.clear();
  BOOST_TEST(eval<C::c5>(p) == U);
  // Under the registry list alone, C5 is not screened.
  BOOST_TEST((orat::test<registry_only>(p, ctx) == el::screening_outcome::eligible));
  BOOST_TEST((orat::test(p, ctx) == el::screening_outcome::undetermined));
}

BOOST_AUTO_TEST_CASE(recorded_findings_and_cancer) {
  auto p = base();
  p.conditions = {{condition_kind::mri_contraindication, "claustrophobia"}};
  BOOST_TEST(eval<C::e2>(p) == M);
  p.conditions = {{condition_kind::other_neurological_disorder, "HSP"}};
  BOOST_TEST(eval<C::e3>(p) == M);
  p.conditions = {{condition_kind::chronic_infection, "latent tuberculosis"}};
  BOOST_TEST(eval<C::e4>(p) == M);
  condition cancer{condition_kind::cancer, "basal cell carcinoma"};
  cancer.excised_skin_or_cervix_in_situ = true;
  p.conditions = {cancer};
  BOOST_TEST(eval<C::e5>(p) == N);
  cancer.excised_skin_or_cervix_in_situ = false;
  p.conditions = {cancer};
  BOOST_TEST(eval<C::e5>(p) == M);
  cancer.excised_skin_or_cervix_in_situ.reset();
  p.conditions = {cancer};
  BOOST_TEST(eval<C::e5>(p) == U);
  // An excepted cancer on an incomplete list does not rule out another.
  cancer.excised_skin_or_cervix_in_situ = true;
  p.conditions = {cancer};
  p.conditions_complete = false;
  BOOST_TEST(eval<C::e5>(p) == U);
  p.conditions.push_back({condition_kind::cancer, "", false});
  BOOST_TEST(eval<C::e5>(p) == N);
}

BOOST_AUTO_TEST_CASE(lifetime_exclusions) {
  auto p = base();
  for (const auto a : {therapy_agent::rituximab, therapy_agent::ocrelizumab, therapy_agent::ofatumumab, therapy_agent::atacicept,
                       therapy_agent::belimumab, therapy_agent::inebilizumab}) {
    p.therapies = {course(a, "1995-01-01", "1995-02-01")};
    BOOST_TEST_CONTEXT(to_string(a)) {
      BOOST_TEST(eval<C::e6>(p) == M);
      BOOST_TEST(eval<C::e7>(p) == N);
    }
  }
  for (const auto a : {therapy_agent::natalizumab, therapy_agent::fingolimod, therapy_agent::alemtuzumab, therapy_agent::anti_cd4,
                       therapy_agent::cladribine, therapy_agent::cyclophosphamide, therapy_agent::mitoxantrone,
                       therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil, therapy_agent::cyclosporine,
                       therapy_agent::methotrexate, therapy_agent::total_body_irradiation, therapy_agent::bone_marrow_transplantation}) {
    p.therapies = {course(a, "1995-01-01", "1995-02-01")};
    BOOST_TEST_CONTEXT(to_string(a)) {
      BOOST_TEST(eval<C::e7>(p) == M);
      BOOST_TEST(eval<C::e6>(p) == N);
    }
  }
  p.therapies = {course(therapy_agent::interferon_beta, "2010-01-01", "2012-01-01")};
  BOOST_TEST(eval<C::e6>(p) == N);
  BOOST_TEST(eval<C::e7>(p) == N);
  p.therapies.clear();
  p.therapies_recorded_since = d("2015-01-01"); // earlier use cannot be ruled out
  BOOST_TEST(eval<C::e6>(p) == U);
  BOOST_TEST(eval<C::e7>(p) == U);
  p = base();
  p.investigator_judgements["NCT01194570.E8"] = true;
  BOOST_TEST(eval<C::e8>(p) == M);
}

BOOST_AUTO_TEST_CASE(printed_with_its_readings) {
  const std::string text = orat::print_criteria();
  BOOST_TEST(text.find("I4: Disease duration from onset of MS symptoms < 15 years if EDSS > 5.0, < 10 years if EDSS >/= 5.0 -- by the "
                       "latest EDSS at screening: if EDSS > 5.0, disease duration from the first MS symptoms below 15 years; if EDSS "
                       "<= 5.0, disease duration from the first MS symptoms below 10 years") != std::string::npos);
  for (const char* decision : {"R1 ", "R2 ", "R3 ", "R4 ", "R5 ", "R6 ", "R7 ", "R8 ", "R9 ", "R10 ", "R11 ", "R12 ", "R13 "})
    BOOST_TEST_CONTEXT(decision) { BOOST_TEST(text.find(std::string("\n") + decision) != std::string::npos); }
  BOOST_TEST(orat::print_criteria<registry_only>().find("C5:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(paired_infusions_every_24_weeks) {
  // Days 1 and 15 of every 24 weeks: 2024-01-01, 01-15, then day 169 (06-17) and day 183 (07-01).
  const auto doses = orat::ocrelizumab_schedule::doses(d("2024-01-01"), d("2024-07-01"));
  const std::array<const char*, 4> expected{"2024-01-01", "2024-01-15", "2024-06-17", "2024-07-01"};
  BOOST_TEST_REQUIRE(doses.size() == expected.size());
  for (std::size_t i = 0; i < doses.size(); ++i) {
    BOOST_TEST((doses[i].on == d(expected[i])));
    BOOST_TEST(doses[i].amount->value == 300);
  }
  BOOST_TEST(orat::ocrelizumab_schedule::doses(d("2024-01-01"), d("2024-06-30")).size() == 3u);
}

BOOST_AUTO_TEST_CASE(primary_12_week_confirmed_progression) {
  const auto worsened = [](int from, int to) {
    // baseline 2024-01-01, the change on 2024-06-01, held at 2024-08-24 (84 days later).
    const std::vector<edss_assessment> a{score("2024-01-01", from), score("2024-06-01", to), score("2024-08-24", to)};
    return orat::primary_outcome::analysis::compute(a, {}).worsening;
  };
  BOOST_TEST(worsened(11, 13) == 1u); // 5.5 -> 6.5: +1.0 from a baseline <= 5.5
  BOOST_TEST(worsened(11, 12) == 0u); // 5.5 -> 6.0: +0.5 is not enough from 5.5 (it would be under the standard table)
  BOOST_TEST(worsened(12, 13) == 1u); // 6.0 -> 6.5: +0.5 from a baseline above 5.5
  BOOST_TEST(worsened(0, 2) == 1u);   // 0 -> 1.0: +1.0 (the standard table asks +1.5)
  // Not held: back to baseline at the confirmation.
  const std::vector<edss_assessment> unconfirmed{score("2024-01-01", 11), score("2024-06-01", 13), score("2024-08-24", 11)};
  BOOST_TEST(orat::primary_outcome::analysis::compute(unconfirmed, {}).worsening == 0u);
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) {
  BOOST_TEST(testing::boundaries_hold(orat::criteria<>{}, base(), ctx));
  BOOST_TEST(testing::boundaries_hold(orat::criteria<first_row>{}, base(), ctx));
}

BOOST_AUTO_TEST_SUITE_END()
