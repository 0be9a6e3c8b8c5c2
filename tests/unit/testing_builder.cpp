// The fluent patient builder: dates relative to the reference date with the calendar's clamped
// month arithmetic; nothing filled in that the test does not state.
#include <trialspec/testing/patient_builder.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

using namespace trialspec;
using namespace trialspec::literals;
using namespace trialspec::testing;

BOOST_AUTO_TEST_SUITE(testing_builder)

BOOST_AUTO_TEST_CASE(the_issue_sentence) {
  // "aged 45 on the screening date, EDSS 4.5 two months ago, a moderate relapse 10 months ago,
  // azathioprine for 2 years ending 6 months ago", screening on 2014-01-05.
  const patient p = patient_builder(parse_date("2014-01-05"), "P-1")
                        .aged(45)
                        .edss(4.5_edss, ago(months{2}))
                        .relapse(relapse_severity::moderate, ago(months{10}))
                        .therapy("azathioprine", therapy_class::immunosuppressant, years{2}, ago(months{6}))
                        .build();
  BOOST_TEST(p.id == "P-1");
  BOOST_TEST(*p.birth_date == parse_date("1969-01-05"));     // 2014 - 45, same day
  BOOST_TEST(age_in_years(p.birth_date->exact(), parse_date("2014-01-05")) == 45);
  BOOST_TEST(age_in_years(p.birth_date->exact(), parse_date("2014-01-04")) == 44); // birthday is the screening day
  BOOST_TEST_REQUIRE(p.edss.size() == 1u);
  BOOST_TEST(p.edss[0].on == parse_date("2013-11-05"));
  BOOST_TEST(p.edss[0].score.half_steps() == 9);
  BOOST_TEST_REQUIRE(p.relapses.size() == 1u);
  BOOST_TEST(p.relapses[0].onset == parse_date("2013-03-05"));
  BOOST_TEST((p.relapses[0].severity == relapse_severity::moderate));
  BOOST_TEST_REQUIRE(p.therapies.size() == 1u);
  BOOST_TEST(p.therapies[0].start == parse_date("2011-07-05")); // 2013-07-05 - 2 years
  BOOST_TEST(*p.therapies[0].end == parse_date("2013-07-05"));  // 2014-01-05 - 6 months
  // Nothing else stated, nothing known.
  BOOST_TEST(!p.sex.has_value());
  BOOST_TEST(!p.diagnosis.kind.has_value());
  BOOST_TEST(!p.relapses_recorded_since.has_value());
  BOOST_TEST(!p.conditions_complete);
  BOOST_TEST((p.pregnancy == pregnancy_status::unknown));
  BOOST_TEST(!p.consent_capacity.has_value());
}

BOOST_AUTO_TEST_CASE(relative_dates_clamp_to_month_end) {
  patient_builder b(parse_date("2024-03-31"));
  BOOST_TEST(b.at(ago(months{1})) == parse_date("2024-02-29"));  // March 31 - 1 month, leap year
  BOOST_TEST(b.at(ago(months{13})) == parse_date("2023-02-28"));
  BOOST_TEST(b.at(later(months{2})) == parse_date("2024-05-31"));
  BOOST_TEST(b.at(ago(days{31})) == parse_date("2024-02-29"));
  BOOST_TEST(b.at(on_reference) == parse_date("2024-03-31"));
  BOOST_TEST(b.at(on(parse_date("2000-01-01"))) == parse_date("2000-01-01"));
  // Born on 29 February: aged(45) from 2024-02-29 is 1979-02-28, 45 on the day.
  const patient p = patient_builder(parse_date("2024-02-29")).aged(45).build();
  BOOST_TEST(*p.birth_date == parse_date("1979-02-28"));
  BOOST_TEST(age_in_years(p.birth_date->exact(), parse_date("2024-02-29")) == 45);
}

BOOST_AUTO_TEST_CASE(aged_with_days_to_birthday) {
  // 45 on 2014-01-05 with the 46th birthday the next day: born 1968-01-06.
  const patient p = patient_builder(parse_date("2014-01-05")).aged(45, 1).build();
  BOOST_TEST(*p.birth_date == parse_date("1968-01-06"));
  BOOST_TEST(age_in_years(p.birth_date->exact(), parse_date("2014-01-05")) == 45);
  BOOST_TEST(age_in_years(p.birth_date->exact(), parse_date("2014-01-06")) == 46);
}

BOOST_AUTO_TEST_CASE(every_part_of_the_record) {
  const date r = parse_date("2014-01-05");
  const patient p = patient_builder(r)
                        .id("X")
                        .female()
                        .weight(58.5)
                        .nmosd(aqp4_status::negative, diagnostic_standard::wingerchuk2006)
                        .relapse(ago(months{3}))
                        .relapses_recorded_since(ago(years{5}))
                        .mri(ago(months{1}), {.gd_enhancing_lesions = 2, .dose = gd_dose::triple})
                        .ongoing_therapy("rituximab", therapy_class::immunosuppressant, ago(months{4}))
                        .therapies_recorded_since(ago(years{5}))
                        .condition(condition_kind::allergy, false, "penicillin")
                        .no_condition(condition_kind::brain_tumour)
                        .conditions_complete()
                        .lab(lab_test::hiv, lab_outcome::negative, ago(weeks{2}))
                        .blood_pressure(140, 90, on_reference)
                        .not_pregnant()
                        .can_consent()
                        .judged_unsuitable(false)
                        .infusion(later(weeks{4}))
                        .build();
  BOOST_TEST(p.id == "X");
  BOOST_TEST((p.sex == sex::female));
  BOOST_TEST(*p.weight_kg == 58.5);
  BOOST_TEST((p.diagnosis == diagnosis_record{diagnosis_kind::nmosd, diagnostic_standard::wingerchuk2006, aqp4_status::negative}));
  BOOST_TEST((p.relapses[0].severity == relapse_severity::unknown));
  BOOST_TEST(p.relapses[0].onset == parse_date("2013-10-05"));
  BOOST_TEST(*p.relapses_recorded_since == parse_date("2009-01-05"));
  BOOST_TEST(p.mri[0].on == parse_date("2013-12-05"));
  BOOST_TEST(*p.mri[0].gd_enhancing_lesions == 2);
  BOOST_TEST(!p.mri[0].new_t2_lesions.has_value());
  BOOST_TEST(!p.therapies[0].end.has_value());
  BOOST_TEST(p.therapies[0].start == parse_date("2013-09-05"));
  BOOST_TEST(p.conditions.size() == 2u);
  BOOST_TEST(!p.conditions[1].present);
  BOOST_TEST(p.conditions_complete);
  BOOST_TEST(p.labs[0].on == parse_date("2013-12-22"));
  BOOST_TEST(p.blood_pressure[0].on == r);
  BOOST_TEST((p.pregnancy == pregnancy_status::not_pregnant));
  BOOST_TEST((p.consent_capacity == true));
  BOOST_TEST((p.judged_unsuitable == false));
  BOOST_TEST(*p.infusion_date == parse_date("2014-02-02"));
}

BOOST_AUTO_TEST_CASE(complete_history_and_validation) {
  const patient p = patient_builder(parse_date("2014-01-05")).aged(30).complete_history().build();
  BOOST_TEST(*p.relapses_recorded_since == parse_date("1984-01-05"));
  BOOST_TEST(*p.therapies_recorded_since == parse_date("1984-01-05"));
  BOOST_TEST(p.conditions_complete);
  // build() validates: a course ending before it starts, a diastolic above the systolic.
  BOOST_CHECK_THROW((void)patient_builder(parse_date("2014-01-05"))
                        .therapy("x", therapy_class::other, ago(months{1}), ago(months{2}))
                        .build(),
                    invalid_input);
  BOOST_CHECK_THROW((void)patient_builder(parse_date("2014-01-05")).blood_pressure(90, 100, on_reference).build(), invalid_input);
  BOOST_CHECK_THROW(patient_builder(parse_date("2014-01-05")).edss(0.5, on_reference), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
