// Built-in criteria on the person: age, sex, diagnosis, AQP4-IgG, conditions, laboratory results,
// blood pressure, pregnancy, consent, judgement; and patient::validate(). Each at its
// boundaries, with missing data and each kind of "not assessed". Expected values by hand.
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/conditions.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/labs.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/vitals.hpp>
#include <trialspec/sql/writer.hpp>
#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>

namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::patient;
using trialspec::truth;
using trialspec::verdict;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};

patient born(trialspec::partial_date birth) {
  patient p;
  p.id.push_back('P'); // assigning "P" makes g++ 12 at -O3 report a false -Wrestrict
  p.birth_date = birth;
  return p;
}
using adult = el::age_between<18, 80>;
using aged_exactly_18 = el::age<el::comparison::equal, 18>;
using aged_other_than_18 = el::age<el::comparison::not_equal, 18>;
using adult_at_infusion = el::age_at_least<18, el::reference_point::infusion>;

template <class C> truth at(const C& c, const patient& p, const el::evaluation_context& context = ctx) {
  const truth t = c.test(p, context);
  BOOST_TEST(c.evaluate(p, context).value() == t); // both paths always agree
  return t;
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_person)

BOOST_AUTO_TEST_CASE(age_comparisons_around_the_18th_birthday) {
  const auto p = born(date(1996, 1, 5)); // 18 on 2014-01-05
  const el::evaluation_context day_before{date(2014, 1, 4)}, next_year{date(2015, 1, 5)};
  BOOST_TEST(at(el::age_above<18>{}, p) == N); // on: 18 is not above 18
  BOOST_TEST(at(el::age_above<18>{}, p, next_year) == M);
  BOOST_TEST(at(el::age_at_least<18>{}, p) == M);
  BOOST_TEST(at(el::age_at_least<18>{}, p, day_before) == N); // 17 the day before
  BOOST_TEST(at(el::age_below<18>{}, p) == N);
  BOOST_TEST(at(el::age_below<18>{}, p, day_before) == M);
  BOOST_TEST(at(el::age_at_most<18>{}, p) == M);
  BOOST_TEST(at(el::age_at_most<17>{}, p) == N);
  BOOST_TEST(at(aged_exactly_18{}, p) == M);
  BOOST_TEST(at(aged_other_than_18{}, p) == N);
  BOOST_TEST(el::age_above<18>{}.evaluate(p, ctx).reason() == "age 18 on 2014-01-05 (born 1996-01-05) is not above 18");
  BOOST_TEST(el::age_above<18>{}.describe() == "age at screening above 18 years");
}

BOOST_AUTO_TEST_CASE(age_of_a_29_february_birthday) {
  const auto p = born(date(1996, 2, 29)); // reaches 18 on 2014-02-28 (common year, clamped)
  BOOST_TEST(at(el::age_at_least<18>{}, p, el::evaluation_context{date(2014, 2, 28)}) == M);
  BOOST_TEST(at(el::age_at_least<18>{}, p, el::evaluation_context{date(2014, 2, 27)}) == N);
}

BOOST_AUTO_TEST_CASE(age_between_includes_both_ends) {
  const auto p = born(date(1933, 6, 1)); // 80 from 2013-06-01, 81 from 2014-06-01
  BOOST_TEST(at(adult{}, p, el::evaluation_context{date(2014, 5, 31)}) == M);
  BOOST_TEST(at(adult{}, p, el::evaluation_context{date(2014, 6, 1)}) == N);
  const auto young = born(date(1996, 1, 5));
  BOOST_TEST(at(adult{}, young) == M);
  BOOST_TEST(at(adult{}, young, el::evaluation_context{date(2014, 1, 4)}) == N);
  BOOST_TEST(adult{}.describe() == "age at screening from 18 to 80 years");
  // The reasons: inside, outside, and without a birth date.
  BOOST_TEST(adult{}.evaluate(young, ctx).reason() == "age 18 on 2014-01-05 (born 1996-01-05) is from 18 to 80");
  BOOST_TEST(adult{}.evaluate(young, el::evaluation_context{date(2014, 1, 4)}).reason() ==
             "age 17 on 2014-01-04 (born 1996-01-05) is not from 18 to 80");
  BOOST_TEST(at(adult{}, patient{}) == U);
  BOOST_TEST(adult{}.evaluate(patient{}, ctx).reason() == "birth date not recorded");
  // Born in a known year: 73 or 74 on 2014-01-05, not 18 to 55 either way; born in 1959, 54 or
  // 55, in it either way.
  using to_55 = el::age_between<18, 55>;
  BOOST_TEST(at(to_55{}, born(trialspec::parse_partial_date("1940"))) == N);
  BOOST_TEST(to_55{}.evaluate(born(trialspec::parse_partial_date("1940")), ctx).reason() ==
             "age 73 or 74 on 2014-01-05 (born in 1940, month and day unknown) is not from 18 to 55");
  BOOST_TEST(to_55{}.evaluate(born(trialspec::parse_partial_date("1959")), ctx).reason() ==
             "age 54 or 55 on 2014-01-05 (born in 1959, month and day unknown) is from 18 to 55");
  // Born in 1995: 18 or 19, so 19 to 55 depends on the birthday (the youngest age below the
  // range, the oldest in it).
  BOOST_TEST(at(el::age_between<19, 55>{}, born(trialspec::parse_partial_date("1995"))) == U);
  BOOST_TEST(at(el::age_between<20, 55>{}, born(trialspec::parse_partial_date("1995"))) == N);
}

// Age 0 is an age: born 2013-06-01, under a year on 2014-01-05, is 0 full years; born some day
// of 2013, 0 (from 2013-01-06 on) or 1 (2013-01-01 to 01-05).
BOOST_AUTO_TEST_CASE(age_zero_is_known) {
  const auto infant = born(date(2013, 6, 1));
  BOOST_TEST(at(el::age<el::comparison::less, 18>{}, infant) == M);
  BOOST_TEST(at(el::age<el::comparison::equal, 0>{}, infant) == M);
  BOOST_TEST(at(el::age_between<0, 17>{}, infant) == M);
  BOOST_TEST(at(el::age_between<1, 17>{}, infant) == N);
  const auto in_2013 = born(trialspec::parse_partial_date("2013"));
  BOOST_TEST(at(el::age_between<0, 17>{}, in_2013) == M);
  BOOST_TEST(at(el::age<el::comparison::less, 1>{}, in_2013) == U);
  BOOST_TEST(at(el::age<el::comparison::less, 2>{}, in_2013) == M);
}

BOOST_AUTO_TEST_CASE(age_without_birth_date_or_reference_date_is_unknown) {
  patient p;
  BOOST_TEST(at(el::age_above<18>{}, p) == U);
  BOOST_TEST(el::age_above<18>{}.evaluate(p, ctx).reason() == "birth date not recorded");
  auto q = born(date(1990, 1, 1));
  using at_infusion = el::age_above<18, el::reference_point::infusion>;
  BOOST_TEST(at(at_infusion{}, q) == U);
  BOOST_TEST(at_infusion{}.evaluate(q, ctx).reason() == "the date of the infusion is not known");
  q.infusion_date = date(2014, 2, 1);
  BOOST_TEST(at(at_infusion{}, q) == M);
  // The context's infusion date overrides the record's.
  const auto p17 = born(date(1996, 3, 1)); // 18 on 2014-03-01
  auto r = p17;
  r.infusion_date = date(2014, 2, 1);
  BOOST_TEST(at(adult_at_infusion{}, r) == N);
  BOOST_TEST(at(adult_at_infusion{}, r, el::evaluation_context{screening, date(2014, 3, 1)}) == M);
}

BOOST_AUTO_TEST_CASE(age_on_a_date_before_birth_is_invalid_input) {
  const auto p = born(date(2015, 1, 1));
  BOOST_CHECK_THROW(static_cast<void>(el::age_above<18>{}.test(p, ctx)), trialspec::invalid_input);
}

BOOST_AUTO_TEST_CASE(sex) {
  patient p;
  BOOST_TEST(at(el::sex_is<trialspec::sex::female>{}, p) == U);
  p.sex = trialspec::sex::female;
  BOOST_TEST(at(el::sex_is<trialspec::sex::female>{}, p) == M);
  BOOST_TEST(at(el::sex_is<trialspec::sex::male>{}, p) == N);
  BOOST_TEST(el::sex_is<trialspec::sex::male>{}.evaluate(p, ctx).reason() == "sex female is not male");
  BOOST_TEST(el::sex_is<trialspec::sex::female>{}.evaluate(p, ctx).reason() == "sex female is female");
}

BOOST_AUTO_TEST_CASE(diagnosis_and_criteria_set) {
  using nmo_or_nmosd = el::diagnosis_is<trialspec::diagnosis_kind::nmo, trialspec::diagnosis_kind::nmosd>;
  patient p;
  BOOST_TEST(at(nmo_or_nmosd{}, p) == U);
  BOOST_TEST(nmo_or_nmosd{}.evaluate(p, ctx).reason() == "diagnosis not recorded");
  p.diagnosis.kind = trialspec::diagnosis_kind::nmosd;
  BOOST_TEST(at(nmo_or_nmosd{}, p) == M);
  BOOST_TEST(nmo_or_nmosd{}.evaluate(p, ctx).reason() == "diagnosis NMOSD is NMO or NMOSD");
  p.diagnosis.kind = trialspec::diagnosis_kind::multiple_sclerosis;
  BOOST_TEST(at(nmo_or_nmosd{}, p) == N);
  BOOST_TEST(nmo_or_nmosd{}.describe() == "diagnosis of NMO or NMOSD");

  using by_ipnd = el::diagnosed_with<trialspec::diagnostic_standard::ipnd2015>;
  BOOST_TEST(at(by_ipnd{}, p) == U);
  p.diagnosis.criteria = trialspec::diagnostic_standard::ipnd2015;
  BOOST_TEST(at(by_ipnd{}, p) == M);
  p.diagnosis.criteria = trialspec::diagnostic_standard::wingerchuk2006;
  BOOST_TEST(at(by_ipnd{}, p) == N);
}

BOOST_AUTO_TEST_CASE(aqp4_not_tested_is_not_negative) {
  using positive = el::aqp4_igg_is<trialspec::aqp4_status::positive>;
  using negative = el::aqp4_igg_is<trialspec::aqp4_status::negative>;
  patient p;
  BOOST_TEST(at(positive{}, p) == U);
  BOOST_TEST(positive{}.evaluate(p, ctx).reason() == "AQP4-IgG status not recorded");
  p.diagnosis.aqp4_igg = trialspec::aqp4_status::not_tested;
  BOOST_TEST(at(positive{}, p) == U);
  BOOST_TEST(at(negative{}, p) == U);
  BOOST_TEST(positive{}.evaluate(p, ctx).reason() == "AQP4-IgG not tested");
  p.diagnosis.aqp4_igg = trialspec::aqp4_status::negative;
  BOOST_TEST(at(positive{}, p) == N);
  BOOST_TEST(at(negative{}, p) == M);
  p.diagnosis.aqp4_igg = trialspec::aqp4_status::positive;
  BOOST_TEST(at(positive{}, p) == M);
}

BOOST_AUTO_TEST_CASE(significant_organ_failure) {
  using crit = el::has_condition<el::organ_failure, el::significance::significant_only>;
  using trialspec::condition;
  using trialspec::condition_kind;
  patient p;
  BOOST_TEST(at(crit{}, p) == U); // nothing recorded
  BOOST_TEST(crit{}.evaluate(p, ctx).reason() == "no record of cardiac failure, renal failure or hepatic failure");
  p.conditions_complete = true;
  BOOST_TEST(at(crit{}, p) == N); // complete history without any
  p.conditions_complete = false;
  p.conditions = {condition{condition_kind::allergy, "penicillin", true, true}};
  BOOST_TEST(at(crit{}, p) == U); // an allergy says nothing about organ failure
  p.conditions = {condition{condition_kind::cardiac_failure, "NYHA II", true, true}};
  BOOST_TEST(at(crit{}, p) == M);
  BOOST_TEST(crit{}.evaluate(p, ctx).reason() == "cardiac failure (NYHA II), significant");
  p.conditions = {condition{condition_kind::cardiac_failure, "", true, std::nullopt}};
  BOOST_TEST(at(crit{}, p) == U); // present, not graded
  p.conditions_complete = true;
  BOOST_TEST(at(crit{}, p) == U); // completeness does not grade it
  p.conditions_complete = false;
  p.conditions = {condition{condition_kind::cardiac_failure, "", true, false}};
  BOOST_TEST(at(crit{}, p) == U); // renal and hepatic not looked at
  p.conditions.push_back(condition{condition_kind::renal_failure, "", false, std::nullopt});
  p.conditions.push_back(condition{condition_kind::hepatic_failure, "", false, std::nullopt});
  BOOST_TEST(at(crit{}, p) == N); // all three looked for: absent or not significant
  // Without the significance requirement, a non-significant cardiac failure counts.
  BOOST_TEST(at(el::has_condition<el::organ_failure>{}, p) == M);
  BOOST_TEST(el::has_condition<el::organ_failure>{}.evaluate(p, ctx).reason() ==
             "cardiac failure, not significant: any recorded cardiac failure, renal failure or hepatic failure counts, whatever its grading");
  BOOST_TEST(crit{}.evaluate(p, ctx).reason() == "no significant cardiac failure, renal failure or hepatic failure");
  // Graded significant, it counts under either rule, and the reason says only what was found.
  p.conditions[0].significant = true;
  BOOST_TEST(el::has_condition<el::organ_failure>{}.evaluate(p, ctx).reason() == "cardiac failure, significant");
  // With none present, the rule without grading says "no", not "no significant".
  p.conditions[0].present = false;
  BOOST_TEST(at(el::has_condition<el::organ_failure>{}, p) == N);
  BOOST_TEST(el::has_condition<el::organ_failure>{}.evaluate(p, ctx).reason() == "no cardiac failure, renal failure or hepatic failure");
  BOOST_TEST(el::has_condition<el::organ_failure>{}.describe() == "cardiac failure, renal failure or hepatic failure");
  BOOST_TEST(crit{}.describe() == "significant cardiac failure, renal failure or hepatic failure");
}

// "History of cancer, except excised and resolved basal cell or in situ squamous cell carcinoma
// of the skin or in situ carcinoma of the cervix": each answer and its reason, and the three
// boundary probes the criterion states (each record's answer as worded).
BOOST_AUTO_TEST_CASE(cancer_history_reasons_and_probes) {
  using trialspec::condition;
  using trialspec::condition_kind;
  const el::cancer_history crit{};
  const auto why = [&](const patient& p) { return std::pair{crit.evaluate(p, ctx).value(), std::string(crit.evaluate(p, ctx).reason())}; };
  patient p;
  condition cancer{condition_kind::cancer, "melanoma"};
  cancer.excised_skin_or_cervix_in_situ = false;
  p.conditions = {cancer};
  BOOST_TEST(at(crit, p) == M);
  BOOST_TEST((why(p) == std::pair{M, std::string("cancer recorded, not an excised in situ skin or cervix carcinoma")}));
  cancer.excised_skin_or_cervix_in_situ.reset();
  p.conditions = {cancer};
  BOOST_TEST(at(crit, p) == U);
  BOOST_TEST((why(p) == std::pair{U, std::string("cancer recorded; whether it is an excised in situ skin or cervix carcinoma is not recorded")}));
  p.conditions_complete = true; // completeness does not settle the recorded one
  BOOST_TEST((why(p) == std::pair{U, std::string("cancer recorded; whether it is an excised in situ skin or cervix carcinoma is not recorded")}));
  cancer.excised_skin_or_cervix_in_situ = true;
  p.conditions = {cancer};
  BOOST_TEST(at(crit, p) == N);
  BOOST_TEST((why(p) == std::pair{N, std::string("no cancer apart from an excised in situ skin or cervix carcinoma")}));
  p.conditions.clear();
  BOOST_TEST((why(p) == std::pair{N, std::string("no cancer")}));
  p.conditions_complete = false;
  BOOST_TEST(at(crit, p) == U);
  BOOST_TEST((why(p) == std::pair{U, std::string("no record of cancer")}));
  // Looked for and absent: not met without a complete list.
  p.conditions = {condition{condition_kind::cancer, "", false}};
  BOOST_TEST((why(p) == std::pair{N, std::string("no cancer")}));

  const patient base;
  const el::eligibility_criteria<el::inclusion<>, el::exclusion<el::named<"E1", "cancer", el::cancer_history>>> set{};
  const auto cases = trialspec::testing::boundary_cases(set, base, el::evaluation_context{screening});
  BOOST_TEST_REQUIRE(cases.size() == 3u);
  BOOST_TEST((cases[0].expected == M)); // not an excised in situ carcinoma
  BOOST_TEST((cases[1].expected == N)); // the exception
  BOOST_TEST((cases[2].expected == U)); // the exception not recorded
  BOOST_TEST(trialspec::testing::boundaries_hold(set, base, screening));
}

BOOST_AUTO_TEST_CASE(hiv_result_latest_in_the_window) {
  using hiv = el::lab_result_is<trialspec::lab_test::hiv, trialspec::lab_outcome::positive>;
  using recent_hiv = el::lab_result_is<trialspec::lab_test::hiv, trialspec::lab_outcome::positive, trialspec::within_before(3_months)>;
  using trialspec::lab_result;
  using trialspec::lab_test;
  using trialspec::lab_outcome;
  patient p;
  BOOST_TEST(at(hiv{}, p) == U);
  BOOST_TEST(hiv{}.evaluate(p, ctx).reason() == "no HIV result up to 2014-01-05");
  p.labs = {lab_result{lab_test::tumour_marker, lab_outcome::positive, date(2013, 12, 1)}};
  BOOST_TEST(at(hiv{}, p) == U); // another test
  p.labs = {lab_result{lab_test::hiv, lab_outcome::positive, date(2013, 12, 1)}};
  BOOST_TEST(at(hiv{}, p) == M);
  p.labs.push_back(lab_result{lab_test::hiv, lab_outcome::negative, date(2013, 12, 20)});
  BOOST_TEST(at(hiv{}, p) == N); // the latest result decides
  BOOST_TEST(hiv{}.evaluate(p, ctx).reason() == "HIV negative on 2013-12-20");
  p.labs.push_back(lab_result{lab_test::hiv, lab_outcome::positive, date(2014, 1, 6)});
  BOOST_TEST(at(hiv{}, p) == N); // after screening: not seen
  p.labs.push_back(lab_result{lab_test::hiv, lab_outcome::indeterminate, date(2014, 1, 5)});
  BOOST_TEST(at(hiv{}, p) == U);
  // Window of 3 months before 2014-01-05 starts 2013-10-05.
  p.labs = {lab_result{lab_test::hiv, lab_outcome::positive, date(2013, 10, 5)}};
  BOOST_TEST(at(recent_hiv{}, p) == M);
  p.labs = {lab_result{lab_test::hiv, lab_outcome::positive, date(2013, 10, 4)}};
  BOOST_TEST(at(recent_hiv{}, p) == U);
  BOOST_TEST(at(hiv{}, p) == M);
  // A result known to the month that may be later than the latest day-precise one and reads
  // otherwise leaves it open; one that may or may not be in the window too.
  p.labs = {lab_result{lab_test::hiv, lab_outcome::negative, date(2013, 12, 10)},
            lab_result{lab_test::hiv, lab_outcome::positive, trialspec::parse_partial_date("2013-12")}};
  BOOST_TEST(at(hiv{}, p) == U);
  BOOST_TEST(hiv{}.evaluate(p, ctx).reason() == "HIV negative on 2013-12-10, but positive on 2013-12 (day unknown) may be the latest result");
  p.labs = {lab_result{lab_test::hiv, lab_outcome::positive, trialspec::parse_partial_date("2013-10")}};
  BOOST_TEST(at(recent_hiv{}, p) == U);
  BOOST_TEST(recent_hiv{}.evaluate(p, ctx).reason() == "HIV positive on 2013-10 (day unknown) may or may not be from 2013-10-05 to 2014-01-05");
  BOOST_TEST(at(hiv{}, p) == M); // surely on or before screening

  // The boundary probes of "HIV positive within 3 months", around a record with its own negative
  // result on 2013-12-10: each probe's result replaces it (a probe outside the window is
  // unknown, not the record's negative).
  patient base;
  base.labs = {lab_result{lab_test::hiv, lab_outcome::negative, date(2013, 12, 10)}};
  const el::eligibility_criteria<el::inclusion<>, el::exclusion<el::named<"E1", "HIV", recent_hiv>>> set{};
  const auto cases = trialspec::testing::boundary_cases(set, base, el::evaluation_context{screening});
  BOOST_TEST(!cases.empty());
  for (const auto& c : cases) BOOST_TEST(c.record.labs.size() == 1u);
  BOOST_TEST(trialspec::testing::boundaries_hold(set, base, screening));
}

BOOST_AUTO_TEST_CASE(blood_pressure_200_over_110) {
  using bp = el::blood_pressure_at_least<200, 110>;
  using trialspec::blood_pressure_reading;
  patient p;
  BOOST_TEST(at(bp{}, p) == U);
  BOOST_TEST(bp{}.evaluate(p, ctx).reason() == "no blood pressure reading up to 2014-01-05");
  p.blood_pressure = {blood_pressure_reading{screening, 200, 100}};
  BOOST_TEST(at(bp{}, p) == M); // systolic on the threshold
  p.blood_pressure = {blood_pressure_reading{screening, 150, 110}};
  BOOST_TEST(at(bp{}, p) == M); // diastolic on the threshold
  p.blood_pressure = {blood_pressure_reading{screening, 199, 109}};
  BOOST_TEST(at(bp{}, p) == N); // one below both
  BOOST_TEST(bp{}.evaluate(p, ctx).reason() == "blood pressure 199/109 mmHg on 2014-01-05 is below 200/110");
  p.blood_pressure = {blood_pressure_reading{date(2013, 12, 1), 210, 120}, blood_pressure_reading{screening, 140, 90}};
  BOOST_TEST(at(bp{}, p) == N); // the latest reading decides
  p.blood_pressure = {blood_pressure_reading{date(2014, 1, 6), 210, 120}};
  BOOST_TEST(at(bp{}, p) == U); // after screening
  // The met reasons name the component, or both, on or above its threshold.
  const auto why = [&](int systolic, int diastolic) {
    p.blood_pressure = {blood_pressure_reading{screening, systolic, diastolic}};
    return std::string(bp{}.evaluate(p, ctx).reason());
  };
  BOOST_TEST(why(200, 109) == "blood pressure 200/109 mmHg on 2014-01-05: systolic 200 reaches 200");
  BOOST_TEST(why(199, 110) == "blood pressure 199/110 mmHg on 2014-01-05: diastolic 110 reaches 110");
  BOOST_TEST(why(200, 110) == "blood pressure 200/110 mmHg on 2014-01-05: systolic 200 reaches 200 and diastolic 110 reaches 110");
  // A reading known to the month that may be later than the latest day-precise one, and one
  // that may or may not be in a window of 3 months (from 2013-10-05).
  p.blood_pressure = {blood_pressure_reading{date(2013, 12, 10), 140, 90},
                      blood_pressure_reading{trialspec::parse_partial_date("2013-12"), 210, 120}};
  BOOST_TEST(at(bp{}, p) == U);
  BOOST_TEST(bp{}.evaluate(p, ctx).reason() == "blood pressure 140/90 mmHg on 2013-12-10, but 210/120 mmHg on 2013-12 (day unknown) may be the latest reading");
  using recent = el::blood_pressure_at_least<200, 110, trialspec::within_before(3_months)>;
  p.blood_pressure = {blood_pressure_reading{trialspec::parse_partial_date("2013-10"), 210, 120}};
  BOOST_TEST(at(recent{}, p) == U);
  BOOST_TEST(recent{}.evaluate(p, ctx).reason() == "blood pressure 210/120 mmHg on 2013-10 (day unknown) may or may not be from 2013-10-05 to 2014-01-05");
}

BOOST_AUTO_TEST_CASE(pregnancy) {
  using trialspec::pregnancy_status;
  patient p;
  p.sex = trialspec::sex::female;
  BOOST_TEST(at(el::pregnant<>{}, p) == U);
  BOOST_TEST(el::pregnant<>{}.evaluate(p, ctx).reason() == "pregnancy status not established");
  p.pregnancy = pregnancy_status::pregnant;
  BOOST_TEST(at(el::pregnant<>{}, p) == M);
  p.pregnancy = pregnancy_status::possibly_pregnant;
  BOOST_TEST(at(el::pregnant<>{}, p) == M);
  BOOST_TEST(at(el::pregnant<false>{}, p) == U);
  p.pregnancy = pregnancy_status::not_pregnant;
  BOOST_TEST(at(el::pregnant<>{}, p) == N);
  p.pregnancy = pregnancy_status::unknown;
  p.sex = trialspec::sex::male;
  BOOST_TEST(at(el::pregnant<>{}, p) == N);
  p.sex.reset();
  BOOST_TEST(at(el::pregnant<>{}, p) == U);
}

BOOST_AUTO_TEST_CASE(consent_capacity_and_judgement) {
  patient p;
  BOOST_TEST(at(el::unable_to_consent{}, p) == U);
  BOOST_TEST(at(el::able_to_consent{}, p) == U);
  BOOST_TEST(el::unable_to_consent{}.evaluate(p, ctx).reason() == "capacity to consent not assessed");
  p.consent_capacity = false;
  BOOST_TEST(at(el::unable_to_consent{}, p) == M);
  BOOST_TEST(at(el::able_to_consent{}, p) == N);
  p.consent_capacity = true;
  BOOST_TEST(at(el::unable_to_consent{}, p) == N);
  BOOST_TEST(at(el::able_to_consent{}, p) == M);
  BOOST_TEST(at(el::judged_unsuitable{}, p) == U);
  p.judged_unsuitable = true;
  BOOST_TEST(at(el::judged_unsuitable{}, p) == M);
  p.judged_unsuitable = false;
  BOOST_TEST(at(el::judged_unsuitable{}, p) == N);
  // Each answer's reason.
  const auto why = [&](const auto& c) { return std::string(c.evaluate(p, ctx).reason()); };
  p.consent_capacity = false;
  BOOST_TEST(why(el::unable_to_consent{}) == "lacks capacity to consent");
  BOOST_TEST(why(el::able_to_consent{}) == "lacks capacity to consent");
  p.consent_capacity = true;
  BOOST_TEST(why(el::unable_to_consent{}) == "has capacity to consent");
  BOOST_TEST(why(el::judged_unsuitable{}) == "judged suitable by the investigator");
  p.judged_unsuitable = true;
  BOOST_TEST(why(el::judged_unsuitable{}) == "judged unsuitable by the investigator");
  p.judged_unsuitable.reset();
  BOOST_TEST(why(el::judged_unsuitable{}) == "investigator's judgement not recorded");
}

// A question only the investigator answers: yes met, no not met, no answer unknown, each with
// its reason, and the three boundary probes the criterion states.
BOOST_AUTO_TEST_CASE(investigator_judgement_answers_and_probes) {
  using infection = el::investigator_judgement<"E5", "active systemic infection">;
  patient p;
  BOOST_TEST(at(infection{}, p) == U);
  BOOST_TEST(infection{}.evaluate(p, ctx).reason() == "investigator's judgement E5 not recorded");
  p.investigator_judgements["E5"] = true;
  BOOST_TEST(at(infection{}, p) == M);
  BOOST_TEST(infection{}.evaluate(p, ctx).reason() == "investigator answers yes (E5)");
  p.investigator_judgements["E5"] = false;
  BOOST_TEST(at(infection{}, p) == N);
  BOOST_TEST(infection{}.evaluate(p, ctx).reason() == "investigator answers no (E5)");
  p.investigator_judgements.erase("E5");
  p.investigator_judgements["E6"] = true; // another question's answer says nothing of E5
  BOOST_TEST(at(infection{}, p) == U);
  BOOST_TEST(infection{}.describe() == "investigator's judgement, not computable from data [E5]: active systemic infection");

  const el::eligibility_criteria<el::inclusion<>, el::exclusion<el::named<"E5", "infection", infection>>> set{};
  const auto cases = trialspec::testing::boundary_cases(set, patient{}, el::evaluation_context{screening});
  BOOST_TEST_REQUIRE(cases.size() == 3u);
  BOOST_TEST((cases[0].expected == M)); // yes
  BOOST_TEST((cases[1].expected == N)); // no
  BOOST_TEST((cases[2].expected == U)); // no answer
  BOOST_TEST(trialspec::testing::boundaries_hold(set, patient{}, screening));
}

// The diagnostic criteria set recorded with the diagnosis, against the sets a protocol accepts.
BOOST_AUTO_TEST_CASE(diagnostic_criteria_set_reasons) {
  using either = el::diagnosed_with<trialspec::diagnostic_standard::wingerchuk2006, trialspec::diagnostic_standard::ipnd2015>;
  using ipnd = el::diagnosed_with<trialspec::diagnostic_standard::ipnd2015>;
  patient p;
  BOOST_TEST(at(either{}, p) == U);
  BOOST_TEST(either{}.evaluate(p, ctx).reason() == "diagnostic criteria set not recorded");
  p.diagnosis.criteria = trialspec::diagnostic_standard::ipnd2015;
  BOOST_TEST(at(either{}, p) == M);
  BOOST_TEST(either{}.evaluate(p, ctx).reason() == "diagnosis made with IPND 2015 criteria, one of Wingerchuk 2006 or IPND 2015");
  p.diagnosis.criteria = trialspec::diagnostic_standard::wingerchuk2006;
  BOOST_TEST(at(ipnd{}, p) == N);
  BOOST_TEST(ipnd{}.evaluate(p, ctx).reason() == "diagnosis made with Wingerchuk 2006 criteria, not one of IPND 2015");
  p.diagnosis.criteria = trialspec::diagnostic_standard::other;
  BOOST_TEST(at(either{}, p) == N);
  BOOST_TEST(either{}.evaluate(p, ctx).reason() == "diagnosis made with other criteria, not one of Wingerchuk 2006 or IPND 2015");
  BOOST_TEST(either{}.describe() == "diagnosis made with Wingerchuk 2006 or IPND 2015 criteria");
}

BOOST_AUTO_TEST_CASE(patient_validate_names_the_field_and_value) {
  patient p;
  p.weight_kg = 0.0;
  try {
    p.validate();
    BOOST_FAIL("a weight of 0 kg was accepted");
  } catch (const trialspec::invalid_input& e) {
    BOOST_TEST(e.field() == "weight");
  }
  p.weight_kg = 70.0;
  BOOST_CHECK_NO_THROW(p.validate());
  p.mri = {trialspec::mri_scan{screening, -1, std::nullopt, std::nullopt}};
  BOOST_CHECK_THROW(p.validate(), trialspec::invalid_input);
  p.mri.clear();
  p.therapies = {trialspec::therapy{"azathioprine", trialspec::therapy_class::immunosuppressant, date(2013, 1, 2), date(2013, 1, 1)}};
  BOOST_CHECK_THROW(p.validate(), trialspec::invalid_input);
  p.therapies.clear();
  p.blood_pressure = {trialspec::blood_pressure_reading{screening, 80, 120}};
  try {
    p.validate();
    BOOST_FAIL("diastolic above systolic was accepted");
  } catch (const trialspec::invalid_input& e) {
    BOOST_TEST(e.value() == "80/120");
  }
}

// The bound of a reading is 500 mmHg inclusive (blood_pressure_reading::max_mmhg): 500/500 is a
// reading (absurd, but not a typing error the record can prove), 501 on either side is refused,
// with the field and the value, as is 0; 1250/80 (125 typed with a 0 too many) is refused.
BOOST_AUTO_TEST_CASE(blood_pressure_bounds_are_0_exclusive_and_500_inclusive) {
  using trialspec::blood_pressure_reading;
  BOOST_CHECK_NO_THROW((blood_pressure_reading{screening, 500, 500}.validate()));
  BOOST_CHECK_NO_THROW((blood_pressure_reading{screening, 1, 1}.validate()));
  const auto refused = [](int systolic, int diastolic) -> std::pair<std::string, std::string> {
    try {
      blood_pressure_reading{screening, systolic, diastolic}.validate();
    } catch (const trialspec::invalid_input& e) {
      return {std::string(e.field()), std::string(e.value())};
    }
    return {"accepted", ""};
  };
  BOOST_TEST((refused(501, 80) == std::pair<std::string, std::string>{"systolic pressure", "501"}));
  BOOST_TEST((refused(1250, 80) == std::pair<std::string, std::string>{"systolic pressure", "1250"}));
  // 501 diastolic under a 500 systolic: the bound is named before the order of the two.
  BOOST_TEST((refused(500, 501) == std::pair<std::string, std::string>{"diastolic pressure", "501"}));
  BOOST_TEST((refused(0, 0) == std::pair<std::string, std::string>{"systolic pressure", "0"}));
  BOOST_TEST((refused(120, 0) == std::pair<std::string, std::string>{"diastolic pressure", "0"}));
}

// A condition criterion's SQL asks the writer for the significance rule it states: the grading
// of each condition only under significant_only.
BOOST_AUTO_TEST_CASE(condition_sql_follows_the_significance_rule) {
  const trialspec::sql::writer w(screening);
  constexpr el::condition_set kinds{trialspec::condition_kind::neisseria_meningitidis_infection};
  using any = el::has_condition<kinds>;
  using significant = el::has_condition<kinds, el::significance::significant_only>;
  BOOST_TEST(any{}.sql(w) == w.has_condition(kinds, false));
  BOOST_TEST(significant{}.sql(w) == w.has_condition(kinds, true));
  BOOST_TEST(any{}.sql(w) != significant{}.sql(w));
}

BOOST_AUTO_TEST_SUITE_END()
