// Therapy dates known only to the month or the year (therapy::start, end and stable_since are
// partial_dates): washouts (agent_exposure), exposure to a class (therapy_exposure), the agents
// ongoing at screening (concurrent_agents), a stable dose (stable_dose), a duration of therapy
// (therapy_duration), evidence after a year of therapy (evidence_after_therapy), the course's own
// check (end before start), the readers and the OMOP export. Every expected value is worked out by
// hand from the calendar in the comment beside it. Screening is 2014-01-05 unless a case says
// otherwise; "6 months before screening" is [2013-07-05, 2014-01-05].
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/criteria/background_therapy.hpp>
#include <trialspec/eligibility/criteria/evidence_after_therapy.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <trialspec/testing/print.hpp>

#include "reader_errors.hpp"

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
const date screening(2014, 1, 5);
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

// "No rituximab in the 6 months before screening" asks about this exposure.
using rituximab_6m = el::agent_exposure<el::agent_set{therapy_agent::rituximab}, within_before(months{6})>;
// Rituximab ever, up to screening ((-infinity, 2014-01-05]).
using rituximab_ever = el::agent_exposure<el::agent_set{therapy_agent::rituximab}, on_or_before_reference>;
// Immunosuppressant or immunomodulator in the 3 months before screening: [2013-10-05, 2014-01-05].
using immunotherapy_3m = el::therapy_exposure<el::immunotherapy, within_before(months{3})>;
inline constexpr el::agent_set baseline{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil,
                                        therapy_agent::oral_corticosteroid};
// Exactly 1 baseline agent ongoing at screening.
using one_baseline = el::concurrent_agents<baseline, el::comparison::equal, 1>;
// Azathioprine at a dose unchanged for at least 3 months: the last change on or before
// 2013-10-05 (3 months before 2014-01-05).
using stable_3m = el::stable_dose<el::agent_set{therapy_agent::azathioprine}, months{3}>;
// A year of immunotherapy in one course, or since the first start, on or before screening.
using year_in_one_course = el::therapy_duration<years{1}, el::immunotherapy>;
using year_since_first = el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::since_first_start>;
// A relapse in the 18 months before screening ([2012-07-05, 2014-01-05]) on or after the day a
// year of immunotherapy (since its first start) was complete.
using relapse_after_a_year = el::evidence_after_therapy<years{1}, el::immunotherapy, el::duration_rule::since_first_start,
                                                        el::relapses_in_last<1, months{18}>>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }
std::optional<partial_date> opd(std::string_view text) { return pd(text); }

therapy course(therapy_agent a, std::string_view start, std::optional<std::string_view> end = std::nullopt) {
  therapy t{std::string(to_string(a)), default_class(a), pd(start), end ? opd(*end) : std::nullopt};
  t.agent = a;
  return t;
}
// Born 1980-01-01, the therapy list complete since then (no course can be missing) and the
// relapse list complete since 2010-01-01.
patient with(std::vector<therapy> courses) {
  patient p;
  p.id = "T";
  p.birth_date = date(1980, 1, 1);
  p.therapies = std::move(courses);
  p.therapies_recorded_since = date(1980, 1, 1);
  p.relapses_recorded_since = date(2010, 1, 1);
  return p;
}
// test() and the explained verdict must agree (agreement.hpp); the answer and the reason.
template <class C> truth at(const patient& p, date on = screening) { return answer_of<C>(p, el::evaluation_context{on}); }
template <class C> std::string reason(const patient& p, date on = screening) { return reason_of<C>(p, el::evaluation_context{on}); }
constexpr therapy_agent rituximab = therapy_agent::rituximab, azathioprine = therapy_agent::azathioprine,
                        mycophenolate = therapy_agent::mycophenolate_mofetil;
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_therapies)

BOOST_AUTO_TEST_CASE(a_course_knows_its_latest_start_and_earliest_end) {
  // A course starts on or before it ends: started in 2013 and ended in March 2013, it started on
  // 2013-03-31 at the latest; started in August 2013 and ended in 2013, it ended on 2013-08-01 at
  // the earliest.
  const therapy a = course(rituximab, "2013", "2013-03");
  BOOST_TEST(a.earliest_start() == date(2013, 1, 1));
  BOOST_TEST(a.latest_start() == date(2013, 3, 31));
  BOOST_TEST(a.earliest_end() == date(2013, 3, 1));
  BOOST_TEST(a.latest_end() == date(2013, 3, 31));
  const therapy b = course(rituximab, "2013-08", "2013");
  BOOST_TEST(b.latest_start() == date(2013, 8, 31));
  BOOST_TEST(b.earliest_end() == date(2013, 8, 1));
  // Day-precise: the dates themselves.
  const therapy c = course(rituximab, "2013-02-10", "2013-04-01");
  BOOST_TEST(c.is_exact());
  BOOST_TEST(c.latest_start() == date(2013, 2, 10));
  BOOST_TEST(c.earliest_end() == date(2013, 4, 1));
  BOOST_TEST(!a.is_exact());
  // Ongoing on 2014-01-05: started in January 2014, on 01-01..01-05 it is, from 01-06 it is not.
  const therapy d = course(azathioprine, "2014-01");
  BOOST_TEST(!d.surely_ongoing_on(screening));
  BOOST_TEST(d.may_be_ongoing_on(screening));
  BOOST_TEST(d.surely_ongoing_on(date(2014, 1, 31)));
  BOOST_TEST(!d.may_be_ongoing_on(date(2013, 12, 31)));
}

BOOST_AUTO_TEST_CASE(washout_of_six_months_with_a_month_or_year_end) {
  struct row {
    std::string_view start;
    std::optional<std::string_view> end;
    truth expected;
  };
  // Window [2013-07-05, 2014-01-05]; the course overlaps it when its end is on or after 07-05 and
  // its start on or before 2014-01-05.
  const row rows[] = {
      {"2013-01-10", "2013-07", U},    // ended 07-01..07-04: before the window; 07-05..07-31: in it
      {"2013-01-10", "2013-08", M},    // every day of August is in the window
      {"2013-01-10", "2013-06", N},    // June ends before 07-05
      {"2012-05-01", "2013", U},       // ended 2013-01-01..07-04 (out) or 07-05..12-31 (in)
      {"2014-01", std::nullopt, U},    // started 01-01..01-05 (in) or 01-06..01-31 (after screening)
      {"2013-12", std::nullopt, M},    // started in December 2013, ongoing: in the window
      {"2012", "2012", N},             // ended by 2012-12-31
      {"2013", "2013", U},             // may have ended 2013-01-01 or 2013-12-31
      {"2013-06", "2013-07", U},       // as the first row
      {"2013-08", "2013", M},          // ended on or after its start, 2013-08-01 at the earliest: in
      {"2013-07-05", std::nullopt, M}, // day-precise, on the window's first day
  };
  for (const auto& r : rows) {
    BOOST_TEST_CONTEXT(r.start << " to " << (r.end ? *r.end : "ongoing")) {
      BOOST_TEST(at<rituximab_6m>(with({course(rituximab, r.start, r.end)})) == r.expected);
    }
  }
  // The reason gives the dates with their precision and says it depends on the days.
  BOOST_TEST(reason<rituximab_6m>(with({course(rituximab, "2013-01-10", "2013-07")})) ==
             "rituximab (immunosuppressant) from 2013-01-10 to 2013-07 (day unknown) may overlap from 2013-07-05 to 2014-01-05, "
             "depending on the days");
  BOOST_TEST(reason<rituximab_6m>(with({course(rituximab, "2013-01-10", "2013-08")})) ==
             "rituximab (immunosuppressant) from 2013-01-10 to 2013-08 (day unknown) overlaps from 2013-07-05 to 2014-01-05");
  // A course that surely overlaps decides it, whatever an imprecise one may do.
  BOOST_TEST(at<rituximab_6m>(with({course(rituximab, "2013-01-10", "2013-07"), course(rituximab, "2013-09-01", "2013-09-02")})) == M);
}

BOOST_AUTO_TEST_CASE(washout_edges_on_the_first_and_last_day_of_a_month) {
  const patient ended_july = with({course(rituximab, "2013-01-10", "2013-07")});
  const patient ended_june = with({course(rituximab, "2013-01-10", "2013-06")});
  const patient started_january = with({course(rituximab, "2014-01")});
  const patient started_february = with({course(rituximab, "2014-02")});
  // Screening 2014-01-01: the window is [2013-07-01, 2014-01-01], beginning on July's first day.
  const date first(2014, 1, 1);
  BOOST_TEST(at<rituximab_6m>(ended_july, first) == M);      // every day of July is on or after 07-01
  BOOST_TEST(at<rituximab_6m>(ended_june, first) == N);      // 06-30 is the day before the window
  BOOST_TEST(at<rituximab_6m>(started_january, first) == U); // only a start on 01-01 is in the window
  // Screening 2014-01-31: the window is [2013-07-31, 2014-01-31], beginning on July's last day.
  const date last(2014, 1, 31);
  BOOST_TEST(at<rituximab_6m>(ended_july, last) == U);        // only an end on 07-31 reaches it
  BOOST_TEST(at<rituximab_6m>(started_january, last) == M);   // every day of January is on or before 01-31
  BOOST_TEST(at<rituximab_6m>(started_february, last) == N);  // February starts after the window
}

BOOST_AUTO_TEST_CASE(a_year_start_with_an_earlier_end_bounds_the_start) {
  // Started in 2014 but ended on 2014-01-03: the start is 2014-01-01..01-03, before screening.
  // "Rituximab ever up to screening" is met (it is not, on the year alone: 2014-12-31 is after).
  BOOST_TEST(at<rituximab_ever>(with({course(rituximab, "2014", "2014-01-03")})) == M);
  BOOST_TEST(at<rituximab_ever>(with({course(rituximab, "2014")})) == U);    // ongoing: may start after screening
  BOOST_TEST(at<rituximab_ever>(with({course(rituximab, "2014-02")})) == N); // surely after screening
}

BOOST_AUTO_TEST_CASE(exposure_to_a_class_in_three_months) {
  // [2013-10-05, 2014-01-05]; azathioprine from 2011-01-01.
  BOOST_TEST(at<immunotherapy_3m>(with({course(azathioprine, "2011-01-01", "2013-10")})) == U); // 10-01..10-04 before
  BOOST_TEST(at<immunotherapy_3m>(with({course(azathioprine, "2011-01-01", "2013-11")})) == M);
  BOOST_TEST(at<immunotherapy_3m>(with({course(azathioprine, "2011-01-01", "2013-09")})) == N);
  BOOST_TEST(reason<immunotherapy_3m>(with({course(azathioprine, "2011", "2013-10")})) ==
             "azathioprine (immunosuppressant) from 2011 (month and day unknown) to 2013-10 (day unknown) may overlap from 2013-10-05 "
             "to 2014-01-05, depending on the days");
}

BOOST_AUTO_TEST_CASE(agents_ongoing_at_screening) {
  BOOST_TEST(at<one_baseline>(with({course(azathioprine, "2013")})) == M);    // started by 2013-12-31
  BOOST_TEST(at<one_baseline>(with({course(azathioprine, "2014-01")})) == U); // 0 (started 01-06..01-31) or 1
  BOOST_TEST(at<one_baseline>(with({course(azathioprine, "2012-01-01", "2014-01")})) == U); // ended 01-01..01-04: 0
  BOOST_TEST(at<one_baseline>(with({course(azathioprine, "2012-01-01", "2013-12")})) == N); // ended by 12-31: 0
  // A day-precise azathioprine and mycophenolate mofetil from January 2014: 1 or 2.
  const patient two = with({course(azathioprine, "2012-01-01"), course(mycophenolate, "2014-01")});
  BOOST_TEST(at<one_baseline>(two) == U);
  BOOST_TEST(reason<one_baseline>(two).find("; mycophenolate mofetil may be ongoing (course dates known only to the month or year)") !=
             std::string::npos);
  // A second azathioprine course that may be ongoing is still one agent: exactly 1 on every day.
  BOOST_TEST(at<one_baseline>(with({course(azathioprine, "2012-01-01"), course(azathioprine, "2014-01")})) == M);
}

BOOST_AUTO_TEST_CASE(a_stable_dose_with_a_month_or_year_dose_change) {
  // The last dose change must be on or before 2013-10-05 (3 months before 2014-01-05).
  const auto changed = [](std::string_view since) {
    therapy t = course(azathioprine, "2012-01-01");
    t.stable_since = pd(since);
    return with({t});
  };
  BOOST_TEST(at<stable_3m>(changed("2013-09")) == M); // 09-30 at the latest
  BOOST_TEST(at<stable_3m>(changed("2013-10")) == U); // 10-01..10-05 stable, 10-06..10-31 not
  BOOST_TEST(at<stable_3m>(changed("2013-11")) == N); // every day of November is after 10-05
  BOOST_TEST(at<stable_3m>(changed("2013")) == U);
  BOOST_TEST(at<stable_3m>(changed("2013-10-05")) == M); // day-precise, on the latest stable day
  BOOST_TEST(at<stable_3m>(changed("2013-10-06")) == N);
  BOOST_TEST(reason<stable_3m>(changed("2013-10")) ==
             "azathioprine (immunosuppressant) from 2012-01-01, ongoing: last dose change on 2013-10 (day unknown), which may be after "
             "2013-10-05");
  // A course that may have ended before screening (ended in January 2014): changed on 2013-11-15,
  // it fails if still ongoing on 01-05 (ended 01-05..01-31) and there is nothing to be stable if
  // it ended 01-01..01-04.
  therapy maybe_ended = course(azathioprine, "2013-06-01", "2014-01");
  maybe_ended.stable_since = pd("2013-11-15");
  BOOST_TEST(at<stable_3m>(with({maybe_ended})) == U);
  maybe_ended.stable_since = pd("2013-09-15"); // stable either way
  BOOST_TEST(at<stable_3m>(with({maybe_ended})) == M);
}

BOOST_AUTO_TEST_CASE(a_year_of_therapy_from_a_month_or_year_start) {
  // One course, up to screening: a year from its start must end on or before 2014-01-05, so the
  // start must be on or before 2013-01-05.
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2013-01")})) == U); // 01-01..01-05 yes, 01-06.. no
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2012-12")})) == M);
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2013-02")})) == N); // a year on 2014-02-01 at the earliest
  // An ended course from 2012-06-01: a year is 2013-06-01, the first day June 2013 can be.
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2012-06-01", "2013-06")})) == M);
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2012-06-15", "2013-06")})) == U); // ended 06-01..06-14: short
  BOOST_TEST(at<year_in_one_course>(with({course(azathioprine, "2012-06-01", "2013-05")})) == N);
  BOOST_TEST(reason<year_in_one_course>(with({course(azathioprine, "2013-01")})).starts_with(
      "azathioprine (immunosuppressant) from 2013-01 (day unknown), ongoing may give 1 year of"));
  // Since the first start: the first start must be on or before 2013-01-05.
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013-01", "2013-02")})) == U);
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2012", "2012")})) == M); // by 2012-12-31
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013-02", "2013-03")})) == N);
  // An earlier day-precise course decides it.
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013-01", "2013-02"), course(azathioprine, "2012-11-01", "2012-12-01")})) == M);
  // A month or year whose first day is the last start that fits. On 2014-02-01 a year since the
  // first start needs a start on or before 2013-02-01 (2013-02-02 + 1 year is 2014-02-02): started
  // in February 2013, on 02-01 it is met, on 02-02..02-28 not: unknown; started in March 2013,
  // not met on every day. On 2014-01-01 the last start that fits is 2013-01-01: started in 2013,
  // only on 01-01: unknown.
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013-02")}), date(2014, 2, 1)) == U);
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013-03")}), date(2014, 2, 1)) == N);
  BOOST_TEST(at<year_since_first>(with({course(azathioprine, "2013")}), date(2014, 1, 1)) == U);
  // The same with a screening memo (test() then compares with the last fitting start found once).
  el::screening_memo feb_memo, jan_memo;
  const el::evaluation_context feb{date(2014, 2, 1), std::nullopt, &feb_memo}, jan{date(2014, 1, 1), std::nullopt, &jan_memo};
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2013-02")}), feb) == U);
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2013-03")}), feb) == N);
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2013")}), jan) == U);
  // The same with the screening memo (the latest fitting start found once).
  el::screening_memo memo;
  const el::evaluation_context with_memo{screening, std::nullopt, &memo};
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2013-01", "2013-02")}), with_memo) == U);
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2012", "2012")}), with_memo) == M);
  BOOST_TEST(year_since_first{}.test(with({course(azathioprine, "2013-02", "2013-03")}), with_memo) == N);
}

BOOST_AUTO_TEST_CASE(evidence_after_a_year_from_a_month_start) {
  // Azathioprine since March 2012: the year was complete on a day of 2013-03-01..03-31.
  const auto case_of = [](std::string_view start, const char* relapse_on) {
    patient p = with({course(azathioprine, start)});
    p.relapses = {{pd(relapse_on), relapse_severity::severe, std::nullopt, std::nullopt}};
    return p;
  };
  // A relapse on 2013-03-15 follows the year if it was complete by then (started 03-01..03-15).
  BOOST_TEST(at<relapse_after_a_year>(case_of("2012-03", "2013-03-15")) == U);
  BOOST_TEST(at<relapse_after_a_year>(case_of("2012-03", "2013-04-02")) == M); // after every day of March 2013
  BOOST_TEST(at<relapse_after_a_year>(case_of("2012-03", "2013-02-20")) == N); // before every day of it
  BOOST_TEST(at<relapse_after_a_year>(case_of("2012-03-10", "2013-03-15")) == M); // day-precise: complete 2013-03-10
  BOOST_TEST(reason<relapse_after_a_year>(case_of("2012-03", "2013-03-15")).find("course dates known only to the month or year") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_end_before_the_start_only_when_surely_before) {
  const auto check = [](std::string_view start, std::string_view end) {
    therapy t{"azathioprine", therapy_class::immunosuppressant, pd(start), pd(end)};
    t.validate();
  };
  BOOST_CHECK_NO_THROW(check("2013-06", "2013-06"));    // the same month: may end on or after its start
  BOOST_CHECK_NO_THROW(check("2013-06-15", "2013-06")); // may end 06-15..06-30
  BOOST_CHECK_NO_THROW(check("2013", "2013-01-01"));    // may start on 2013-01-01
  // May 2013 ends before June 2013 (or 2013-06-15) begins; 2013 ends before 2014 begins.
  const std::pair<std::string_view, std::string_view> surely_before[] = {
      {"2013-06", "2013-05"}, {"2013-06-15", "2013-05"}, {"2013-01-01", "2012-12-31"}, {"2014", "2013"}};
  for (const auto& [start, end] : surely_before) {
    BOOST_TEST_CONTEXT(start << " to " << end) {
      try {
        check(start, end);
        BOOST_FAIL("no error");
      } catch (const invalid_input& e) {
        BOOST_TEST(e.field() == "therapy end");
        BOOST_TEST(e.value() == end);
        BOOST_TEST(e.rule() == "ends before its start " + std::string(start) + " (azathioprine)");
      }
    }
  }
  // The last dose change: an error only when surely outside the course.
  therapy t{"azathioprine", therapy_class::immunosuppressant, pd("2013-03"), std::nullopt};
  t.stable_since = pd("2013");
  BOOST_CHECK_NO_THROW(t.validate()); // may be 2013-03-01 or later
  t.stable_since = pd("2012");        // ends 2012-12-31, before 2013-03-01
  try {
    t.validate();
    BOOST_FAIL("no error");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "therapy stable_since");
    BOOST_TEST(e.value() == "2012");
  }
}

BOOST_AUTO_TEST_CASE(cohort_reader_and_writer_take_the_three_forms) {
  const patient p = io::parse_patient(R"({"id": "t", "therapies": [
      {"agent": "azathioprine", "start": "2012", "end": "2013-06", "stable_since": "2012-09"},
      {"agent": "rituximab", "start": "2013-07-14"}]})",
                                      0);
  BOOST_REQUIRE(p.therapies.size() == 2u);
  BOOST_TEST((p.therapies[0].start.precision() == date_precision::year));
  BOOST_TEST(p.therapies[0].start.earliest() == date(2012, 1, 1));
  BOOST_TEST(p.therapies[0].end->latest() == date(2013, 6, 30));
  BOOST_TEST(p.therapies[0].stable_since->earliest() == date(2012, 9, 1));
  BOOST_TEST(p.therapies[0].stable_since->latest() == date(2012, 9, 30));
  BOOST_TEST(p.therapies[1].start.is_exact());
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["therapies"][0]["start"].get<std::string>() == "2012");
  BOOST_TEST(j["therapies"][0]["end"].get<std::string>() == "2013-06");
  BOOST_TEST(j["therapies"][0]["stable_since"].get<std::string>() == "2012-09");
  BOOST_TEST(j["therapies"][1]["start"].get<std::string>() == "2013-07-14");
  BOOST_TEST((io::parse_patient(j.dump(), 0).therapies == p.therapies));

  const std::vector<trialspec_test::reader_error_case> cases{
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013-3"}]})", "therapies[0].start", "2013-3", "expected an ISO 8601 date"},
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "13-03-01"}]})", "therapies[0].start", "13-03-01",
       "expected an ISO 8601 date"},
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013-02-30"}]})", "therapies[0].start", "2013-02-30",
       "February 2013 has 28 days"},
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013", "end": "2013-3"}]})", "therapies[0].end", "2013-3",
       "expected an ISO 8601 date"},
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013", "end": "2013-13"}]})", "therapies[0].end", "2013-13",
       "month must be 01 to 12"},
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013", "stable_since": "13-03-01"}]})", "therapies[0].stable_since",
       "13-03-01", "expected an ISO 8601 date"},
      // Surely before its start: May 2013 ends before June 2013 begins (the course is named, as for
      // day-precise dates).
      {R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013-06", "end": "2013-05"}]})", "therapies[0]", "2013-05",
       "ends before its start 2013-06"},
  };
  trialspec_test::check_reader_errors(cases);
  // In the same month: may end on or after its start, read.
  BOOST_TEST(io::parse_patient(R"({"id": "b", "therapies": [{"agent": "azathioprine", "start": "2013-06-15", "end": "2013-06"}]})", 0)
                 .therapies.size() == 1u);
}

BOOST_AUTO_TEST_CASE(fhir_medication_periods_by_month_and_year) {
  const std::string text = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}},
    {"fullUrl": "urn:uuid:m-1", "resource": {"resourceType": "MedicationStatement", "id": "m-1", "status": "completed",
     "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]},
     "effectivePeriod": {"start": "2012", "end": "2013-06"}}},
    {"fullUrl": "urn:uuid:m-2", "resource": {"resourceType": "MedicationRequest", "id": "m-2", "status": "active",
     "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}, "authoredOn": "2013-09"}}]})";
  const patient p = io::parse_fhir_bundle(text, {}, nullptr, "x.json");
  BOOST_REQUIRE(p.therapies.size() == 2u);
  BOOST_TEST(to_iso(p.therapies[0].start) == "2012");
  BOOST_TEST(to_iso(*p.therapies[0].end) == "2013-06");
  BOOST_TEST(to_iso(p.therapies[1].start) == "2013-09");
  BOOST_TEST(!p.therapies[1].end.has_value()); // an active request: ongoing
  // Surely before its start: an error naming the element.
  const std::string bad = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}},
    {"fullUrl": "urn:uuid:m-1", "resource": {"resourceType": "MedicationStatement", "id": "m-1", "status": "completed",
     "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]},
     "effectivePeriod": {"start": "2013-06", "end": "2013-05"}}}]})";
  try {
    (void)io::parse_fhir_bundle(bad, {}, nullptr, "x.json");
    BOOST_FAIL("no error");
  } catch (const std::exception& e) {
    BOOST_TEST(std::string(e.what()).starts_with("x.json: entry[1] MedicationStatement \"m-1\": MedicationStatement.effectivePeriod.end "
                                                 "\"2013-05\": ends before its start 2013-06"));
  }
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_a_therapy_date_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p;
  p.id = "D";
  p.therapies = {course(azathioprine, "2012-01-01", "2012-06-30"), course(rituximab, "2013-02")};
  const auto refused = [&](const char* field, const char* value) {
    try {
      out.add(p);
      BOOST_FAIL("an imprecise therapy date was exported");
    } catch (const invalid_input& e) {
      BOOST_TEST(e.field() == field);
      BOOST_TEST(e.value() == value);
    }
  };
  refused("therapies[1].start", "2013-02"); // drug_exposure_start_date
  p.therapies[1] = course(rituximab, "2013-02-11", "2013");
  refused("therapies[1].end", "2013"); // drug_exposure_end_date
  p.therapies[1].end = pd("2013-02-11");
  p.therapies[1].stable_since = pd("2013-02");
  refused("therapies[1].stable_since", "2013-02"); // the last dose change's observation date
  BOOST_TEST(out.persons() == 0u);                 // nothing written for it
  BOOST_TEST(drug.str().find("2012-01-01") == std::string::npos);
  p.therapies[1].stable_since.reset();
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  BOOST_TEST(drug.str().find(",2012-01-01,2012-06-30,") != std::string::npos);
  BOOST_TEST(drug.str().find(",2013-02-11,2013-02-11,") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
