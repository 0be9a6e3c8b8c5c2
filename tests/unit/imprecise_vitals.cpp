// Blood pressure readings and pregnancy tests dated only to the month or the year (partial_date):
// "the latest reading" and window membership with HL7 CQL's semantics (met or not met only when
// every possible day gives the same answer), and the cohort, FHIR and OMOP paths. Every expected
// value is worked out by hand from the calendar in the comment beside it. Screening is 2014-01-05.
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/vitals.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <trialspec/testing/print.hpp>

#include "reader_errors.hpp"

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

// NCT02249676's E6d: the latest reading on or before screening, 200 systolic or 110 diastolic.
using bp_200_110 = el::blood_pressure_at_least<200, 110>;
// The latest reading in the 6 months before screening, [2013-07-05, 2014-01-05].
using bp_recent = el::blood_pressure_at_least<140, 90, within_before(6_months)>;
// E6d under reading Q7's alternative: both components.
using bp_both = protocols::nct02249676::blood_pressure_both_at_least<200, 110>;
// A negative test in the 4 weeks (28 days) before screening: [2013-12-08, 2014-01-05].
using test_4_weeks = el::pregnancy_test_negative<within_before(4_weeks)>;
// The 8 weeks (56 days) before screening: [2013-11-10, 2014-01-05].
using test_8_weeks = el::pregnancy_test_negative<within_before(8_weeks)>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }

struct reading {
  std::string_view on;
  int systolic, diastolic;
};
patient readings(std::initializer_list<reading> list) {
  patient p;
  p.id = "P";
  for (const auto& r : list) p.blood_pressure.push_back({pd(r.on), r.systolic, r.diastolic});
  return p;
}
patient tested(std::string_view on, lab_outcome result) {
  patient p;
  p.id = "P";
  p.pregnancy_test = pregnancy_test_result{pd(on), result};
  return p;
}
constexpr lab_outcome pos = lab_outcome::positive, neg = lab_outcome::negative;
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_vitals)

BOOST_AUTO_TEST_CASE(latest_blood_pressure_by_month_and_year) {
  // March 2013 is wholly before screening: the one reading, 210 systolic, reaches 200.
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-03", 210, 100}}), ctx) == M);
  BOOST_TEST(checked(bp_200_110{}).evaluate(readings({{"2013-03", 210, 100}}), ctx).reason() ==
             "blood pressure 210/100 mmHg on 2013-03 (day unknown): systolic 210 reaches 200");
  BOOST_TEST(bp_200_110{}.test(readings({{"2013", 150, 90}}), ctx) == N); // all of 2013 is before screening
  // January 2014: 01-01..01-05 are on or before screening, 01-06..01-31 after it (no reading):
  // unknown, whatever the reading says.
  BOOST_TEST(bp_200_110{}.test(readings({{"2014-01", 150, 90}}), ctx) == U);
  BOOST_TEST(checked(bp_200_110{}).evaluate(readings({{"2014-01", 150, 90}}), ctx).reason() ==
             "blood pressure 150/90 mmHg on 2014-01 (day unknown) may or may not be up to 2014-01-05");
  BOOST_TEST(bp_200_110{}.test(readings({{"2014-01", 210, 115}}), ctx) == U);
  // 2015 is after screening: no reading in the window.
  BOOST_TEST(bp_200_110{}.test(readings({{"2015", 210, 115}}), ctx) == U);
  BOOST_TEST(checked(bp_200_110{}).evaluate(readings({{"2015", 210, 115}}), ctx).reason() == "no blood pressure reading up to 2014-01-05");
  // 150/90 on 2013-06-01 and 210/115 some day of 2013: the second is later on 06-02..12-31 (met)
  // and earlier on 01-01..05-31 (not met): unknown.
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-06-01", 150, 90}, {"2013", 210, 115}}), ctx) == U);
  BOOST_TEST(checked(bp_200_110{}).evaluate(readings({{"2013-06-01", 150, 90}, {"2013", 210, 115}}), ctx).reason() ==
             "blood pressure 150/90 mmHg on 2013-06-01, but 210/115 mmHg on 2013 (month and day unknown) may be the latest reading");
  // Neither reaches 200/110: whichever is later, not met.
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-06-01", 150, 90}, {"2013", 160, 95}}), ctx) == N);
  // May 2013 ends on 05-31, before 2013-06-01: the June reading is the latest on every day.
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-05", 210, 100}, {"2013-06-01", 150, 90}}), ctx) == N);
  // A month ending on the exact reading's day. Listed after 150/90 on 2013-05-31, "2013-05" on
  // 05-31 ties it and wins (the last listed is the latest): met on that day, not met on the
  // others: unknown. Listed before it, it loses the tie and is earlier on every other day: not met.
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-05-31", 150, 90}, {"2013-05", 210, 100}}), ctx) == U);
  BOOST_TEST(bp_200_110{}.test(readings({{"2013-05", 210, 100}, {"2013-05-31", 150, 90}}), ctx) == N);
}

BOOST_AUTO_TEST_CASE(blood_pressure_in_a_bounded_window) {
  // [2013-07-05, 2014-01-05]: July 2013 straddles its first day.
  BOOST_TEST(bp_recent{}.test(readings({{"2013-08", 145, 85}}), ctx) == M); // inside; 145 >= 140
  BOOST_TEST(bp_recent{}.test(readings({{"2013-07", 145, 85}}), ctx) == U);
  BOOST_TEST(checked(bp_recent{}).evaluate(readings({{"2013-07", 145, 85}}), ctx).reason() ==
             "blood pressure 145/85 mmHg on 2013-07 (day unknown) may or may not be from 2013-07-05 to 2014-01-05");
  BOOST_TEST(bp_recent{}.test(readings({{"2013-06", 145, 85}}), ctx) == U); // outside: no reading
  // 120/80 on 2013-09-01 is in the window, and July 2013 ends before it: not met on every day.
  BOOST_TEST(bp_recent{}.test(readings({{"2013-09-01", 120, 80}, {"2013-07", 145, 85}}), ctx) == N);
}

BOOST_AUTO_TEST_CASE(both_components_by_month_and_year) {
  // 210/115 in May 2013, then 210/100 on 2013-06-01 (diastolic below 110): not met on every day.
  BOOST_TEST(bp_both{}.test(readings({{"2013-05", 210, 115}, {"2013-06-01", 210, 100}}), ctx) == N);
  // 190/100 on 2013-06-01, 210/115 some day of 2013: either may be the latest.
  BOOST_TEST(bp_both{}.test(readings({{"2013-06-01", 190, 100}, {"2013", 210, 115}}), ctx) == U);
  BOOST_TEST(checked(bp_both{}).evaluate(readings({{"2013-06-01", 190, 100}, {"2013", 210, 115}}), ctx).reason() ==
             "blood pressure 190/100 mmHg on 2013-06-01, but 210/115 mmHg on 2013 (month and day unknown) may be the latest reading");
  BOOST_TEST(bp_both{}.test(readings({{"2013-03", 210, 115}}), ctx) == M);
  BOOST_TEST(bp_both{}.test(readings({{"2014-01", 210, 115}}), ctx) == U); // 01-06..01-31 after screening
}

BOOST_AUTO_TEST_CASE(pregnancy_test_by_month_and_year) {
  // December 2013 against [2013-12-08, 2014-01-05]: 12-01..12-07 are before the window (no test
  // in it: unknown), 12-08..12-31 in it. Negative: met or unknown; positive: not met or unknown.
  BOOST_TEST(test_4_weeks{}.test(tested("2013-12", neg), ctx) == U);
  BOOST_TEST(test_4_weeks{}.test(tested("2013-12", pos), ctx) == U);
  BOOST_TEST(checked(test_4_weeks{}).evaluate(tested("2013-12", neg), ctx).reason() ==
             "pregnancy test negative on 2013-12 (day unknown) may or may not be from 2013-12-08 to 2014-01-05");
  // January 2014: 01-06..01-31 are after screening.
  BOOST_TEST(test_4_weeks{}.test(tested("2014-01", neg), ctx) == U);
  // November 2013 ends before 12-08: no test in the window.
  BOOST_TEST(test_4_weeks{}.test(tested("2013-11", neg), ctx) == U);
  BOOST_TEST(checked(test_4_weeks{}).evaluate(tested("2013-11", neg), ctx).reason() ==
             "pregnancy test on 2013-11 (day unknown) is not from 2013-12-08 to 2014-01-05");
  // [2013-11-10, 2014-01-05] holds all of December 2013.
  BOOST_TEST(test_8_weeks{}.test(tested("2013-12", neg), ctx) == M);
  BOOST_TEST(test_8_weeks{}.test(tested("2013-12", pos), ctx) == N);
  BOOST_TEST(checked(test_8_weeks{}).evaluate(tested("2013-12", pos), ctx).reason() == "pregnancy test positive on 2013-12 (day unknown)");
  BOOST_TEST(test_8_weeks{}.test(tested("2013-11", neg), ctx) == U); // 11-01..11-09 before the window
}

BOOST_AUTO_TEST_CASE(cohort_reader_and_writer_take_the_three_forms) {
  const patient p = io::parse_patient(R"({"id": "v", "blood_pressure": [{"date": "2013-03", "systolic": 150, "diastolic": 90},
     {"date": "2013", "systolic": 120, "diastolic": 80}], "pregnancy_test": {"date": "2013-12", "result": "negative"}})",
                                      0);
  BOOST_REQUIRE(p.blood_pressure.size() == 2u);
  BOOST_TEST(p.blood_pressure[0].on.earliest() == date(2013, 3, 1));
  BOOST_TEST(p.blood_pressure[0].on.latest() == date(2013, 3, 31));
  BOOST_TEST((p.blood_pressure[1].on.precision() == date_precision::year));
  BOOST_REQUIRE(p.pregnancy_test.has_value());
  BOOST_TEST(p.pregnancy_test->on.latest() == date(2013, 12, 31));
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["blood_pressure"][0]["date"].get<std::string>() == "2013-03");
  BOOST_TEST(j["blood_pressure"][1]["date"].get<std::string>() == "2013");
  BOOST_TEST(j["pregnancy_test"]["date"].get<std::string>() == "2013-12");
  const patient again = io::parse_patient(j.dump(), 0);
  BOOST_TEST((again.blood_pressure == p.blood_pressure));
  BOOST_TEST((again.pregnancy_test == p.pregnancy_test));

  const std::vector<trialspec_test::reader_error_case> cases{
      {R"({"id": "v", "blood_pressure": [{"date": "2013-3", "systolic": 150, "diastolic": 90}]})", "blood_pressure[0].date", "2013-3",
       "expected an ISO 8601 date"},
      {R"({"id": "v", "blood_pressure": [{"date": "13-03-01", "systolic": 150, "diastolic": 90}]})", "blood_pressure[0].date", "13-03-01",
       "expected an ISO 8601 date"},
      {R"({"id": "v", "blood_pressure": [{"date": "2013-02-30", "systolic": 150, "diastolic": 90}]})", "blood_pressure[0].date", "2013-02-30",
       "February 2013 has 28 days"},
      {R"({"id": "v", "pregnancy_test": {"date": "2013-13", "result": "negative"}})", "pregnancy_test.date", "2013-13", "month must be 01 to 12"},
      {R"({"id": "v", "pregnancy_test": {"date": "2013-3", "result": "negative"}})", "pregnancy_test.date", "2013-3", "expected an ISO 8601 date"},
  };
  trialspec_test::check_reader_errors(cases);
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_a_reading_or_test_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p = readings({{"2013-05-02", 150, 90}, {"2013-06", 160, 95}}); // index 1 has no day
  trialspec_test::check_refused([&] { out.add(p); }, "blood_pressure[1].date", "2013-06");
  p.blood_pressure.pop_back();
  p.pregnancy_test = pregnancy_test_result{pd("2013"), neg};
  trialspec_test::check_refused([&] { out.add(p); }, "pregnancy_test.date", "2013");
  BOOST_TEST(out.persons() == 0u); // nothing written for either
  BOOST_TEST(measurement.str().find("2013-05-02") == std::string::npos);
  p.pregnancy_test = pregnancy_test_result{pd("2013-12-20"), neg};
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  BOOST_TEST(measurement.str().find(",2013-05-02,") != std::string::npos);
  BOOST_TEST(measurement.str().find(",2013-12-20,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fhir_blood_pressure_by_month) {
  const std::string text = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}},
    {"fullUrl": "urn:uuid:b-1", "resource": {"resourceType": "Observation", "id": "b-1", "status": "final",
     "subject": {"reference": "urn:uuid:x"}, "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
     "effectiveDateTime": "2013-05",
     "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 150}},
                   {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 90}}]}}]})";
  const patient p = io::parse_fhir_bundle(text, {}, nullptr, "x.json");
  BOOST_REQUIRE(p.blood_pressure.size() == 1u);
  BOOST_TEST(to_iso(p.blood_pressure[0].on) == "2013-05");
  BOOST_TEST(p.blood_pressure[0].systolic == 150);
  BOOST_TEST(p.blood_pressure[0].diastolic == 90);
}

BOOST_AUTO_TEST_CASE(both_components_on_and_below_their_thresholds) {
  // E6d under Q7's reading "both": 200 systolic and 110 diastolic, the latest reading on or before
  // screening (2014-01-05). Each component on its threshold reaches it; the reason names the
  // component below, systolic first when both are.
  BOOST_TEST(checked(bp_both{}).evaluate(readings({{"2013-12-01", 200, 110}}), ctx).reason() ==
             "blood pressure 200/110 mmHg on 2013-12-01: systolic 200 reaches 200 and diastolic 110 reaches 110");
  BOOST_TEST(bp_both{}.test(readings({{"2013-12-01", 200, 110}}), ctx) == M);
  BOOST_TEST(checked(bp_both{}).evaluate(readings({{"2013-12-01", 200, 109}}), ctx).reason() ==
             "blood pressure 200/109 mmHg on 2013-12-01: diastolic 109 is below 110 (both must reach 200/110)");
  BOOST_TEST(bp_both{}.test(readings({{"2013-12-01", 200, 109}}), ctx) == N);
  BOOST_TEST(checked(bp_both{}).evaluate(readings({{"2013-12-01", 199, 110}}), ctx).reason() ==
             "blood pressure 199/110 mmHg on 2013-12-01: systolic 199 is below 200 (both must reach 200/110)");
  BOOST_TEST(checked(bp_both{}).evaluate(readings({{"2013-12-01", 199, 109}}), ctx).reason() ==
             "blood pressure 199/109 mmHg on 2013-12-01: systolic 199 is below 200 (both must reach 200/110)");
  BOOST_TEST(bp_both{}.test(readings({{"2013-12-01", 250, 140}}), ctx) == M);

  // Its boundary probes, as the registry's thresholds place them: on both thresholds, one below
  // each, the day after screening, none.
  const patient base = readings({{"2013-12-01", 120, 80}});
  el::probe_writer w(base, ctx);
  bp_both{}.boundary_probes(w);
  std::vector<std::string> edges;
  std::vector<truth> expected;
  for (const auto& probe : w.probes()) {
    edges.push_back(probe.edge);
    expected.push_back(probe.expected);
  }
  const std::vector<std::string> want_edges{
      "blood pressure 200/110 on 2014-01-05 (both on their thresholds)", "blood pressure 199/110 on 2014-01-05 (systolic one below)",
      "blood pressure 200/109 on 2014-01-05 (diastolic one below)", "blood pressure 200/110 the day after screening, 2014-01-06",
      "no blood pressure reading"};
  const std::vector<truth> want_expected{M, N, N, U, U};
  BOOST_TEST(edges == want_edges, boost::test_tools::per_element());
  BOOST_TEST(expected == want_expected, boost::test_tools::per_element());
  for (const auto& probe : w.probes()) BOOST_TEST(bp_both{}.test(probe.record, ctx) == probe.expected, probe.edge);
  // Each record holds the reading its label names.
  const auto reading_of = [&](std::size_t i) {
    BOOST_REQUIRE(w.probes()[i].record.blood_pressure.size() == 1u);
    const auto& r = w.probes()[i].record.blood_pressure[0];
    return std::to_string(r.systolic) + "/" + std::to_string(r.diastolic) + " on " + r.on.text();
  };
  BOOST_TEST(reading_of(0) == "200/110 on 2014-01-05");
  BOOST_TEST(reading_of(1) == "199/110 on 2014-01-05");
  BOOST_TEST(reading_of(2) == "200/109 on 2014-01-05");
  BOOST_TEST(reading_of(3) == "200/110 on 2014-01-06");
  BOOST_TEST(w.probes()[4].record.blood_pressure.empty());
}

BOOST_AUTO_TEST_SUITE_END()
