// EDSS assessments dated only to the month or the year (partial_date): the latest EDSS in a
// window, EDSS worsening from the first to the last assessment in a window and the disease
// duration table selected by the latest EDSS, with HL7 CQL's semantics (met or not met only when
// every possible day gives the same answer); the progression search's refusal; the cohort, FHIR
// and OMOP paths. Every expected value is worked out by hand from the calendar in the comment
// beside it. Screening is 2014-01-05.
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/disease_duration.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <trialspec/testing/print.hpp>

#include "reader_errors.hpp"

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using el::comparison;

namespace {
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

// "EDSS 2.0 to 6.5 at screening", from the latest assessment in the 6 months before screening:
// [2013-07-05, 2014-01-05] (2014-01-05 minus 6 months is 2013-07-05).
using at_least_2 = el::edss_latest<comparison::greater_equal, el::edss_threshold(2.0_edss), within_before(6_months)>;
using at_most_65 = el::edss_latest<comparison::less_equal, el::edss_threshold(6.5_edss), within_before(6_months)>;
// Worsening in the year before screening, [2013-01-05, 2014-01-05], by the standard table (+1.5
// from 0, +1.0 from 1.0 to 5.0, +0.5 from 5.5).
using worsened = el::edss_worsening<within_before(1_years)>;
// A disease duration table: EDSS above 5.0 needs below 15 years since the first symptoms, 5.0 or
// less needs below 10 years.
using duration = el::disease_duration_by_edss<el::edss_row(comparison::greater, 5.0_edss, comparison::less, 15),
                                              el::edss_row(comparison::less_equal, 5.0_edss, comparison::less, 10)>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }

struct visit {
  std::string_view on;
  edss score;
};
patient assessed(std::initializer_list<visit> list, std::string_view first_symptom = {}) {
  patient p;
  p.id = "P";
  for (const auto& v : list) p.edss.push_back({pd(v.on), v.score});
  if (!first_symptom.empty()) p.diagnosis.first_symptom = pd(first_symptom);
  return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_edss)

BOOST_AUTO_TEST_CASE(latest_edss_in_six_months_by_month_and_year) {
  // August 2013 is wholly in [2013-07-05, 2014-01-05]: 7.0 is the latest, above 6.5.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-08", 7.0_edss}}), ctx) == N);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-08", 7.0_edss}}), ctx).reason() ==
             "last EDSS 7.0 on 2013-08 (day unknown) is not at most 6.5");
  BOOST_TEST(at_least_2{}.test(assessed({{"2013-08", 7.0_edss}}), ctx) == M);
  // July 2013: 07-01..07-04 are before the window (no assessment: unknown), 07-05..07-31 in it.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-07", 5.0_edss}}), ctx) == U);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-07", 5.0_edss}}), ctx).reason() ==
             "EDSS 5.0 on 2013-07 (day unknown) may or may not be from 2013-07-05 to 2014-01-05");
  // June 2013 ends before the window: no assessment in it.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-06", 5.0_edss}}), ctx) == U);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-06", 5.0_edss}}), ctx).reason() ==
             "no EDSS assessment from 2013-07-05 to 2014-01-05");
  // A later day-precise assessment decides: July ends on 07-31, before 2013-09-01, so 5.0 on
  // 09-01 is the latest on every day July can be.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-07", 7.0_edss}, {"2013-09-01", 5.0_edss}}), ctx) == M);
  // January 2014: 01-01..01-05 in the window, 01-06..01-31 after screening.
  BOOST_TEST(at_most_65{}.test(assessed({{"2014-01", 5.0_edss}}), ctx) == U);
  // 5.0 on 2013-12-01 and 7.0 in January 2014: 7.0 is the latest when it is 01-01..01-05 (not
  // met), after the window otherwise (met): unknown. With 6.0 in January, met either way.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-12-01", 5.0_edss}, {"2014-01", 7.0_edss}}), ctx) == U);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-12-01", 5.0_edss}, {"2014-01", 7.0_edss}}), ctx).reason() ==
             "last EDSS 5.0 on 2013-12-01, but EDSS 7.0 on 2014-01 (day unknown) may be the latest assessment");
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-12-01", 5.0_edss}, {"2014-01", 6.0_edss}}), ctx) == M);
}

BOOST_AUTO_TEST_CASE(a_year_may_be_the_latest) {
  // 5.0 on 2013-09-01 and 7.0 some day of 2013. 2013-01-01..07-04 are before the window,
  // 07-05..09-01 in it and earlier than 09-01 (or on it, listed after: the latest), 09-02..12-31
  // later: 7.0 may be the latest, and it reads otherwise: unknown.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09-01", 5.0_edss}, {"2013", 7.0_edss}}), ctx) == U);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-09-01", 5.0_edss}, {"2013", 7.0_edss}}), ctx).reason() ==
             "last EDSS 5.0 on 2013-09-01, but EDSS 7.0 on 2013 (month and day unknown) may be the latest assessment");
  // 6.0 reads the same as 5.0 (at most 6.5): met whichever is the latest.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09-01", 5.0_edss}, {"2013", 6.0_edss}}), ctx) == M);
  // Against "at least 2.0" 7.0 reads as 5.0 does: met.
  BOOST_TEST(at_least_2{}.test(assessed({{"2013-09-01", 5.0_edss}, {"2013", 7.0_edss}}), ctx) == M);
  // 2012 ends before the window: 5.0 on 2013-09-01 alone decides.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09-01", 5.0_edss}, {"2012", 7.0_edss}}), ctx) == M);
}

BOOST_AUTO_TEST_CASE(ties_on_a_months_last_day) {
  // 5.0 on 2013-09-30 and 7.0 in September 2013. Listed after it, the September assessment ties
  // on 09-30 and wins (on one date the last listed is the latest): not met on that day, met on
  // 09-01..09-29: unknown. Listed before it, it loses the tie and is earlier on every other day:
  // 5.0 is the latest: met.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09-30", 5.0_edss}, {"2013-09", 7.0_edss}}), ctx) == U);
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09", 7.0_edss}, {"2013-09-30", 5.0_edss}}), ctx) == M);
  // On 2013-10-01 the September assessment is earlier on every day: met in either order.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-10-01", 5.0_edss}, {"2013-09", 7.0_edss}}), ctx) == M);
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09", 7.0_edss}, {"2013-10-01", 5.0_edss}}), ctx) == M);
}

BOOST_AUTO_TEST_CASE(day_precise_assessments_read_as_before) {
  // The latest of two days, and two on one date: the last listed.
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-09-01", 5.0_edss}, {"2013-10-01", 7.0_edss}}), ctx) == N);
  BOOST_TEST(checked(at_most_65{}).evaluate(assessed({{"2013-09-01", 5.0_edss}, {"2013-10-01", 7.0_edss}}), ctx).reason() ==
             "last EDSS 7.0 on 2013-10-01 is not at most 6.5");
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-10-01", 7.0_edss}, {"2013-10-01", 5.0_edss}}), ctx) == M);
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-07-04", 5.0_edss}}), ctx) == U); // the day before the window
  BOOST_TEST(at_most_65{}.test(assessed({{"2013-07-05", 5.0_edss}}), ctx) == M); // its first day
}

BOOST_AUTO_TEST_CASE(worsening_from_first_to_last_by_month_and_year) {
  // [2013-01-05, 2014-01-05]. March 2013 ends before 2013-11-15: the first is 2.0 in March, the
  // last 3.5 on 11-15: +1.5, at least the +1.0 required from 2.0: met.
  BOOST_TEST(worsened{}.test(assessed({{"2013-03", 2.0_edss}, {"2013-11-15", 3.5_edss}}), ctx) == M);
  BOOST_TEST(checked(worsened{}).evaluate(assessed({{"2013-03", 2.0_edss}, {"2013-11-15", 3.5_edss}}), ctx)
                 .reason()
                 .starts_with("first EDSS on 2013-03 (day unknown), last on 2013-11-15: EDSS 2.0 -> 3.5: worsening +1.5"));
  // 2.0 in March and 3.5 on 2013-03-20: March may be 03-20 itself (one date), 03-01..03-19
  // (2.0 first: met) or 03-21..03-31 (3.5 first: not met): unknown.
  BOOST_TEST(worsened{}.test(assessed({{"2013-03", 2.0_edss}, {"2013-03-20", 3.5_edss}}), ctx) == U);
  BOOST_TEST(checked(worsened{}).evaluate(assessed({{"2013-03", 2.0_edss}, {"2013-03-20", 3.5_edss}}), ctx).reason() ==
             "fewer than two EDSS assessments surely on different dates from 2013-01-05 to 2014-01-05");
  // An imprecise assessment between the first and the last changes nothing: June 2013 is after
  // 02-01 and before 12-01 on every day. 2.0 -> 3.0 is +1.0: met.
  BOOST_TEST(worsened{}.test(assessed({{"2013-02-01", 2.0_edss}, {"2013-06", 9.0_edss}, {"2013-12-01", 3.0_edss}}), ctx) == M);
  // The baseline may be outside the window: January 2013 is before it on 01-01..01-04. In the
  // window it is the first (2.0 -> 3.5 on 12-01: +1.5, met); outside it, 3.5 on 06-01 is (3.5 ->
  // 3.5: not met): unknown.
  BOOST_TEST(worsened{}.test(assessed({{"2013-01", 2.0_edss}, {"2013-06-01", 3.5_edss}, {"2013-12-01", 3.5_edss}}), ctx) == U);
  BOOST_TEST(checked(worsened{}).evaluate(assessed({{"2013-01", 2.0_edss}, {"2013-06-01", 3.5_edss}, {"2013-12-01", 3.5_edss}}), ctx)
                 .reason()
                 .starts_with("the change depends on the days the assessments were: from 2013-01 (day unknown) to 2013-12-01, EDSS 2.0 -> 3.5"));
  // 2.0 on 02-01, 3.0 some day of 2013 (in the window from 01-05 on), 4.0 on 12-01. 2013 may be
  // the first (01-05..02-01), the last (12-01..12-31) or neither. First -> last: 2.0 -> 4.0
  // (+2.0), 2.0 -> 3.0 (+1.0), 3.0 -> 4.0 (+1.0): all reach +1.0: met whichever.
  BOOST_TEST(worsened{}.test(assessed({{"2013-02-01", 2.0_edss}, {"2013", 3.0_edss}, {"2013-12-01", 4.0_edss}}), ctx) == M);
  BOOST_TEST(checked(worsened{}).evaluate(assessed({{"2013-02-01", 2.0_edss}, {"2013", 3.0_edss}, {"2013-12-01", 4.0_edss}}), ctx)
                 .reason()
                 .starts_with("the first and the last assessment depend on the days, the change does not: from 2013-02-01 to "
                              "2013 (month and day unknown), EDSS 2.0 -> 3.0: worsening +1.0"));
  // With 4.0 some day of 2013 instead: 4.0 (2013, first) -> 4.0 (12-01) is no change: unknown.
  BOOST_TEST(worsened{}.test(assessed({{"2013-02-01", 2.0_edss}, {"2013", 4.0_edss}, {"2013-12-01", 4.0_edss}}), ctx) == U);
  // Day-precise, as before: 2.0 on 02-01 -> 3.0 on 12-01: met; one date only: unknown.
  BOOST_TEST(worsened{}.test(assessed({{"2013-02-01", 2.0_edss}, {"2013-12-01", 3.0_edss}}), ctx) == M);
  BOOST_TEST(worsened{}.test(assessed({{"2013-02-01", 2.0_edss}, {"2013-02-01", 3.0_edss}}), ctx) == U);
}

// Which assessments may be the first and the last depends on dates, not on listing order: an
// assessment listed before the surely-first one but beginning after it ends cannot be the first,
// and one listed after the surely-last one but ending before it begins cannot be the last.
BOOST_AUTO_TEST_CASE(listing_order_does_not_make_a_first_or_last) {
  // 4.0 in May 2013 listed first, 2.0 on 2013-03-10, 3.0 on 2013-07-01. March 10 is before every
  // day of May and July 1 after every one: the change is 2.0 -> 3.0, +1.0 from 2.0: met (May's
  // 4.0 -> 3.0 would not be, but May is never the first).
  BOOST_TEST(worsened{}.test(assessed({{"2013-05", 4.0_edss}, {"2013-03-10", 2.0_edss}, {"2013-07-01", 3.0_edss}}), ctx) == M);
  // 2.0 on 2013-03-10, 3.0 on 2013-07-01, then 2.0 in May 2013 listed last: May ends before July
  // 1, so it is never the last: 2.0 -> 3.0, met (2.0 -> 2.0 would not be).
  BOOST_TEST(worsened{}.test(assessed({{"2013-03-10", 2.0_edss}, {"2013-07-01", 3.0_edss}, {"2013-05", 2.0_edss}}), ctx) == M);
  BOOST_TEST(checked(worsened{}).evaluate(assessed({{"2013-03-10", 2.0_edss}, {"2013-07-01", 3.0_edss}, {"2013-05", 2.0_edss}}), ctx).value() == M);
}

BOOST_AUTO_TEST_CASE(duration_row_chosen_by_an_imprecise_latest_edss) {
  // First symptoms on 2000-06-01: 13 full years on 2014-01-05, below 15 (met under EDSS > 5.0)
  // and not below 10 (not met under EDSS <= 5.0).
  // 4.0 on 2013-06-01 and 6.0 some day of 2013: 6.0 is the latest on 06-02..12-31 (met) and not on
  // 01-01..05-31 (4.0: not met): unknown.
  BOOST_TEST(duration{}.test(assessed({{"2013-06-01", 4.0_edss}, {"2013", 6.0_edss}}, "2000-06-01"), ctx) == U);
  BOOST_TEST(checked(duration{}).evaluate(assessed({{"2013-06-01", 4.0_edss}, {"2013", 6.0_edss}}, "2000-06-01"), ctx)
                 .reason()
                 .starts_with("last EDSS 4.0 on 2013-06-01 (EDSS <= 5.0), but EDSS 6.0 on 2013 (month and day unknown) (EDSS > 5.0) may be "
                              "the latest, and the rows answer differently; "));
  // 6.0 and 5.5 both select EDSS > 5.0: met whichever is the latest.
  BOOST_TEST(duration{}.test(assessed({{"2013-06-01", 6.0_edss}, {"2013", 5.5_edss}}, "2000-06-01"), ctx) == M);
  // May 2013 ends before 2013-06-01: 6.0 is the latest: met.
  BOOST_TEST(duration{}.test(assessed({{"2013-05", 4.0_edss}, {"2013-06-01", 6.0_edss}}, "2000-06-01"), ctx) == M);
  // Only 6.0 in January 2014 (on or before screening on 01-01..01-05 only): no EDSS or 6.0; with
  // no EDSS both rows are read and disagree: unknown. From first symptoms on 2008-06-01 (5 full
  // years, below 10 and 15) every row is met: met.
  BOOST_TEST(duration{}.test(assessed({{"2014-01", 6.0_edss}}, "2000-06-01"), ctx) == U);
  BOOST_TEST(duration{}.test(assessed({{"2014-01", 6.0_edss}}, "2008-06-01"), ctx) == M);
  BOOST_TEST(checked(duration{}).evaluate(assessed({{"2014-01", 6.0_edss}}, "2008-06-01"), ctx)
                 .reason()
                 .starts_with("EDSS 6.0 on 2014-01 (day unknown) may or may not be on or before screening; over every row: met; "));
}

BOOST_AUTO_TEST_CASE(progression_search_refuses_a_visit_without_its_day) {
  // The search counts days between visits (confirmation after 12 weeks, a relapse within 90
  // days): a visit known only to the month is refused, naming the date, as a relapse onset is.
  const std::vector<edss_assessment> visits{{date(2010, 1, 4), 2.0_edss}, {pd("2010-07"), 3.0_edss}, {date(2011, 1, 3), 3.0_edss}};
  trialspec_test::check_refused([&] { (void)assess_progression(visits); }, "assessment date", "2010-07");
  trialspec_test::check_refused([&] { (void)explain_progression(visits); }, "assessment date", "2010-07");
  // The same history with the day: 2.0 -> 3.0 on 2010-07-05 (+1.0 from 2.0), still 3.0 on
  // 2011-01-03, 182 days later (at least the 84 of a 12-week confirmation): one confirmed worsening.
  const std::vector<edss_assessment> days{{date(2010, 1, 4), 2.0_edss}, {date(2010, 7, 5), 3.0_edss}, {date(2011, 1, 3), 3.0_edss}};
  progression_options o;
  o.confirm_days = 84;
  const progression_result r = assess_progression(days, o);
  BOOST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST(r.events[0].event.on.exact() == date(2010, 7, 5));
  BOOST_TEST(r.events[0].confirmation.on.exact() == date(2011, 1, 3));
  BOOST_TEST(r.events[0].days_from_baseline == 182); // 2010-01-04 to 2010-07-05: 27+28+31+30+31+30+5
}

BOOST_AUTO_TEST_CASE(cohort_reader_and_writer_take_the_three_forms) {
  const patient p = io::parse_patient(R"({"id": "e", "edss": [{"date": "2013-03", "score": 4.5}, {"date": "2013", "score": 5},
     {"date": "2013-11-02", "score": 5.5}]})",
                                      0);
  BOOST_REQUIRE(p.edss.size() == 3u);
  BOOST_TEST(p.edss[0].on.earliest() == date(2013, 3, 1));
  BOOST_TEST(p.edss[0].on.latest() == date(2013, 3, 31));
  BOOST_TEST((p.edss[1].on.precision() == date_precision::year));
  BOOST_TEST(p.edss[1].on.latest() == date(2013, 12, 31));
  BOOST_TEST(p.edss[2].on.exact() == date(2013, 11, 2));
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["edss"][0]["date"].get<std::string>() == "2013-03");
  BOOST_TEST(j["edss"][1]["date"].get<std::string>() == "2013");
  BOOST_TEST(j["edss"][2]["date"].get<std::string>() == "2013-11-02");
  BOOST_TEST((io::parse_patient(j.dump(), 0).edss == p.edss));

  const std::vector<trialspec_test::reader_error_case> cases{
      {R"({"id": "e", "edss": [{"date": "2013-3", "score": 4.5}]})", "edss[0].date", "2013-3", "expected an ISO 8601 date"},
      {R"({"id": "e", "edss": [{"date": "2013-03-01", "score": 4.5}, {"date": "13-03-01", "score": 4.5}]})", "edss[1].date", "13-03-01",
       "expected an ISO 8601 date"},
      {R"({"id": "e", "edss": [{"date": "2013-02-30", "score": 4.5}]})", "edss[0].date", "2013-02-30", "February 2013 has 28 days"},
      {R"({"id": "e", "edss": [{"date": "2013-13", "score": 4.5}]})", "edss[0].date", "2013-13", "month must be 01 to 12"},
  };
  trialspec_test::check_reader_errors(cases);
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_an_assessment_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p = assessed({{"2013-05-02", 4.5_edss}, {"2013-06", 5.0_edss}}); // index 1 has no day
  trialspec_test::check_refused([&] { out.add(p); }, "edss[1].date", "2013-06");
  BOOST_TEST(out.persons() == 0u); // nothing written
  BOOST_TEST(measurement.str().find("2013-05-02") == std::string::npos);
  p.edss[1].on = date(2013, 6, 20);
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  BOOST_TEST(measurement.str().find(",2013-05-02,") != std::string::npos);
  BOOST_TEST(measurement.str().find(",2013-06-20,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(functional_systems_dates_by_month_and_year) {
  // Read and written in the three forms (the criterion: eligibility_ms_criteria), refused by the
  // OMOP export naming the element.
  const patient p = io::parse_patient(R"({"id": "f", "functional_systems": [{"date": "2024-02", "pyramidal": 2,
     "pyramidal_lower_limb": true}, {"date": "2023", "pyramidal": 1}, {"date": "2024-03-01", "pyramidal": 3}]})",
                                      0);
  BOOST_REQUIRE(p.functional_systems.size() == 3u);
  BOOST_TEST(p.functional_systems[0].on.latest() == date(2024, 2, 29));
  BOOST_TEST((p.functional_systems[1].on.precision() == date_precision::year));
  BOOST_TEST(p.functional_systems[2].on.exact() == date(2024, 3, 1));
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["functional_systems"][0]["date"].get<std::string>() == "2024-02");
  BOOST_TEST(j["functional_systems"][1]["date"].get<std::string>() == "2023");
  BOOST_TEST((io::parse_patient(j.dump(), 0).functional_systems == p.functional_systems));

  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  trialspec_test::check_refused([&] { out.add(p); }, "functional_systems[0].date", "2024-02");
  BOOST_TEST(out.persons() == 0u);
}

BOOST_AUTO_TEST_CASE(fhir_edss_by_month_and_year) {
  const auto bundle = [](const std::string& when) {
    return R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}},
    {"fullUrl": "urn:uuid:e-1", "resource": {"resourceType": "Observation", "id": "e-1", "status": "final",
     "subject": {"reference": "urn:uuid:x"}, "code": {"coding": [{"system": "http://snomed.info/sct", "code": "273554001"}]},
     "effectiveDateTime": ")" +
           when + R"(", "valueQuantity": {"value": 4.5}}}]})";
  };
  for (const char* when : {"2013-05", "2013", "2013-05-02"}) {
    const patient p = io::parse_fhir_bundle(bundle(when), {}, nullptr, "x.json");
    BOOST_REQUIRE(p.edss.size() == 1u);
    BOOST_TEST(to_iso(p.edss[0].on) == when);
    BOOST_TEST(p.edss[0].score == 4.5_edss);
  }
  std::string message;
  try {
    (void)io::parse_fhir_bundle(bundle("2013-5"), {}, nullptr, "x.json");
  } catch (const io::fhir_format_error& e) {
    message = e.what();
  }
  BOOST_TEST(message.starts_with("x.json: entry[1] Observation \"e-1\": Observation.effectiveDateTime \"2013-5\": "));
}

BOOST_AUTO_TEST_SUITE_END()
