// Relapse onsets known only to the month or the year (relapse::onset is a partial_date): the
// relapse counts of NCT02249676 (I4b "moderate-severe relapses in past 18 months", at least 1;
// I5a "1 moderate-severe relapses in past 18 months", read as exactly 1), reports merged into
// attacks (less than 30 days apart), completeness, rescue-treated counts, the readers and the
// OMOP export. Every expected value is worked out by hand from the calendar in the comment beside
// it. Screening is 2014-01-05; "past 18 months" is [2012-07-05, 2014-01-05]; "the last year" is
// [2013-01-05, 2014-01-05].
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/protocol/time_to_relapse.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <trialspec/testing/print.hpp>

#include "reader_errors.hpp"

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
constexpr relapse_severity mild = relapse_severity::mild, moderate = relapse_severity::moderate,
                           severe = relapse_severity::severe, ungraded = relapse_severity::unknown;

// I4b: at least 1 moderate or severe attack in the past 18 months (reports < 30 days apart: one).
using i4b = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>;
// I5a read as "exactly 1".
using i5a = el::relapse_count<el::comparison::equal, 1, within_before(18_months), el::moderate_or_severe>;
// No relapse of any severity in the past 18 months.
using none = el::relapse_count<el::comparison::equal, 0, within_before(18_months)>;
// Each report counted (no merging).
using i5a_reports = el::relapse_count<el::comparison::equal, 1, within_before(18_months), el::moderate_or_severe,
                                      el::reference_point::screening, 0>;
using rescue_1y = el::rescue_treated_in_last<1, years{1}>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }

struct report {
  std::string_view onset;
  relapse_severity severity;
  std::optional<bool> rescue{};
};
// A history documented as complete since 2010-01-01, long before the window.
patient with(std::initializer_list<report> reports, std::optional<date> since = date(2010, 1, 1)) {
  patient p;
  p.id = "P";
  for (const auto& x : reports) p.relapses.push_back({pd(x.onset), x.severity, std::nullopt, x.rescue});
  p.relapses_recorded_since = since;
  return p;
}
template <class C> truth at(const patient& p) { return C{}.test(p, ctx); }
template <class C> truth explained(const patient& p) { return checked(C{}).evaluate(p, ctx).value(); }
template <class C> std::string reason(const patient& p) { return std::string(checked(C{}).evaluate(p, ctx).reason()); }
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_relapses)

// The 30-day merging rule on its edge, in both listing orders: reports whose closest possible
// days are 30 days apart are two attacks, 29 days apart may be one. "At least 2 relapses within
// 12 months before 2014-01-05" (from 2013-01-05), history complete since 2010.
BOOST_AUTO_TEST_CASE(merging_on_the_thirty_day_edge) {
  using two = el::relapse_count<el::comparison::greater_equal, 2, within_before(12_months)>;
  const auto both_orders = [](report a, report b, truth expected) {
    BOOST_TEST(explained<two>(with({a, b})) == expected, a.onset << ", " << b.onset);
    BOOST_TEST(explained<two>(with({b, a})) == expected, b.onset << ", " << a.onset);
  };
  // March 2013 ends on 03-31: 30 days before 04-30, 29 before 04-29.
  both_orders({"2013-03", severe}, {"2013-04-30", severe}, M);
  both_orders({"2013-03", severe}, {"2013-04-29", severe}, U);
  // The same with the day known: 30 days apart two attacks, 29 days one.
  both_orders({"2013-03-31", severe}, {"2013-04-30", severe}, M);
  both_orders({"2013-03-31", severe}, {"2013-04-29", severe}, N);
  // A month 30 days after a day: 2013-05 begins on 05-01, 30 days after 04-01.
  both_orders({"2013-04-01", severe}, {"2013-05", severe}, M);
  both_orders({"2013-04-02", severe}, {"2013-05", severe}, U);
  // Reports chained less than 30 days apart are one attack (19 then 21 days).
  BOOST_TEST(explained<two>(with({{"2013-03-01", severe}, {"2013-03-20", severe}, {"2013-04-10", severe}})) == N);
  BOOST_TEST(explained<two>(with({{"2013-03-01", severe}, {"2013-03-20", severe}, {"2013-04-19", severe}})) == M);
}

BOOST_AUTO_TEST_CASE(a_month_or_year_onset_against_the_18_month_window) {
  struct row {
    std::string_view onset;
    truth expected;
  };
  const row rows[] = {
      {"2012-08", M}, // 08-01..08-31, all on or after 07-05: 1 severe attack
      {"2012-07", U}, // 07-01..07-04 before the window (0), 07-05..07-31 in it (1)
      {"2012-06", N}, // ends 06-30, before 07-05: 0
      {"2014-01", U}, // 01-01..01-05 in the window, 01-06..01-31 after it
      {"2014-02", N}, // begins after 2014-01-05
      {"2013", M},    // 2013-01-01..12-31, all in the window
      {"2012", U},    // 2012-01-01..07-04 before, 07-05..12-31 in it
      {"2014", U},    // 2014-01-01..01-05 in, the rest after
      {"2011", N},    // ends 2011-12-31, before the window
      {"2015", N},    // after the window
  };
  for (const auto& x : rows) {
    BOOST_TEST_CONTEXT(x.onset) {
      const patient p = with({{x.onset, severe}});
      BOOST_TEST((at<i4b>(p) == x.expected));
      BOOST_TEST((explained<i4b>(p) == x.expected)); // the reason's path agrees with the verdict's
      // One attack at most: "exactly 1" reads the same as "at least 1".
      BOOST_TEST((at<i5a>(p) == x.expected));
    }
  }
  // The issue's example: "2012-07" is inside unknown, "2012-08" inside.
  BOOST_TEST(reason<i4b>(with({{"2012-07", severe}})) ==
             "0 relapses of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse in 2012-07 (day unknown) severe "
             "(may be outside the window); required: at least 1");
  BOOST_TEST(reason<i4b>(with({{"2012-08", severe}})) ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse in 2012-08 (day unknown) severe; "
             "required: at least 1");
  BOOST_TEST(reason<i4b>(with({{"2013", moderate}})) ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse in 2013 (month and day unknown) "
             "moderate; required: at least 1");
}

BOOST_AUTO_TEST_CASE(a_month_meeting_the_window_on_its_own_first_or_last_day) {
  // Screening on 2014-01-01: the 18 months are [2012-07-01, 2014-01-01].
  const el::evaluation_context first_day{date(2014, 1, 1)};
  BOOST_TEST((i4b{}.test(with({{"2012-07", severe}}), first_day) == M)); // 07-01..07-31, all in the window
  BOOST_TEST((i4b{}.test(with({{"2012-06", severe}}), first_day) == N)); // ends the day before it
  BOOST_TEST((i4b{}.test(with({{"2014-01", severe}}), first_day) == U)); // 01-02..01-31 after it
  // "2012-07" and 2012-07-20 are always one attack (at most 19 days apart), dated from 07-01 to
  // 07-20: in [2012-07-01, ...] on every day, so exactly 1; in [2012-07-05, ...] (screening
  // 2014-01-05) not when the July report is 07-01..07-04 (the attack begins before the window).
  const patient july = with({{"2012-07", severe}, {"2012-07-20", severe}});
  BOOST_TEST((i5a{}.test(july, first_day) == M));
  BOOST_TEST((at<i5a>(july) == U));
  // Screening on 2014-01-31: [2012-07-31, 2014-01-31].
  const el::evaluation_context last_day{date(2014, 1, 31)};
  BOOST_TEST((i4b{}.test(with({{"2014-01", severe}}), last_day) == M)); // 01-01..01-31, all in it
  BOOST_TEST((i4b{}.test(with({{"2014-02", severe}}), last_day) == N)); // begins the day after it
  BOOST_TEST((i4b{}.test(with({{"2012-07", severe}}), last_day) == U)); // only 07-31 is in it
  // 2014-01-20 and "2014-01" are always one attack; with the window ending on 01-31 every day of
  // January is in it: exactly 1.
  BOOST_TEST((i5a{}.test(with({{"2014-01-20", severe}, {"2014-01", moderate}}), last_day) == M));
}

BOOST_AUTO_TEST_CASE(grades_of_imprecise_reports) {
  // A mild report wholly in the window never passes moderate-or-severe: 0 attacks.
  BOOST_TEST((at<i4b>(with({{"2012-08", mild}})) == N));
  // An ungraded one may be moderate: 0 or 1.
  BOOST_TEST((at<i4b>(with({{"2012-08", ungraded}})) == U));
  // Any severity counts an ungraded report: "no relapse" is not met when it is wholly in the window.
  BOOST_TEST((at<none>(with({{"2012-08", ungraded}})) == N));
  BOOST_TEST((at<none>(with({{"2012-07", ungraded}})) == U)); // 0 or 1
  BOOST_TEST((at<none>(with({{"2012-06", ungraded}})) == M)); // June 2012 is before the window
}

BOOST_AUTO_TEST_CASE(the_count_is_a_range_from_the_surely_inside_to_the_perhaps_inside) {
  // "2013-03" (in) and "2012-07" (partly): at least 60 days apart, never one attack: 1 to 2.
  const patient one_or_two = with({{"2013-03", severe}, {"2012-07", severe}});
  BOOST_TEST((at<i4b>(one_or_two) == M)); // at least 1 on every day
  BOOST_TEST((at<i5a>(one_or_two) == U)); // 1 or 2
  // "2013-03" and "2013-06" (at least 62 days apart: 03-31 to 06-01), both in the window: 2.
  const patient two = with({{"2013-03", severe}, {"2013-06", moderate}});
  BOOST_TEST((at<i4b>(two) == M));
  BOOST_TEST((at<i5a>(two) == N));
  // Exact and imprecise together: 2013-10-01 (in) and "2014-01" (partly, 92+ days later): 1 or 2.
  const patient mixed = with({{"2013-10-01", severe}, {"2014-01", severe}});
  BOOST_TEST((at<i5a>(mixed) == U));
  BOOST_TEST(reason<i5a>(mixed) ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05 (2013-10-01 severe); relapse in 2014-01 "
             "(day unknown) severe (may be outside the window); required: exactly 1");
}

BOOST_AUTO_TEST_CASE(merging_reports_with_imprecise_onsets) {
  // "2013-03" and 2013-03-20: 19 days apart at most (03-01 to 03-20, 03-20 to 03-31): always one
  // attack, dated in March, severe (the worse grade): exactly 1.
  const patient always_one = with({{"2013-03", moderate}, {"2013-03-20", severe}});
  BOOST_TEST((at<i5a>(always_one) == M));
  BOOST_TEST((explained<i5a>(always_one) == M));
  BOOST_TEST(reason<i5a>(always_one) ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; reports 2013-03 (day unknown) moderate, "
             "2013-03-20 severe: one attack; required: exactly 1");
  // Counted report by report, they are 2.
  BOOST_TEST((at<i5a_reports>(always_one) == N));
  // "2013-03" and 2013-04-15: 15 (03-31) to 45 (03-01) days apart: one attack when the March day
  // is 03-17 or later (29 days or fewer), two otherwise: 1 or 2.
  const patient one_or_two = with({{"2013-03", severe}, {"2013-04-15", severe}});
  BOOST_TEST((at<i4b>(one_or_two) == M));
  BOOST_TEST((at<i5a>(one_or_two) == U));
  BOOST_TEST(reason<i5a>(one_or_two) ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; reports 2013-03 (day unknown) severe, "
             "2013-04-15 severe: one attack or more, depending on the days; required: exactly 1");
  // Across the window's start: "2012-06" mild and 2012-07-20 severe, 20 (06-30) to 49 (06-01)
  // days apart. From 06-21 on, the June report begins the attack, before the window: 0; before
  // 06-21, 2012-07-20 is an attack of its own in the window: 1.
  const patient across = with({{"2012-06", mild}, {"2012-07-20", severe}});
  BOOST_TEST((at<i4b>(across) == U));
  // The same with June's day known: 2012-06-25 is 25 days before 07-20 (one attack, before the
  // window: 0); 2012-06-15 is 35 days before it (two attacks, one in the window: 1).
  BOOST_TEST((at<i4b>(with({{"2012-06-25", mild}, {"2012-07-20", severe}})) == N));
  BOOST_TEST((at<i4b>(with({{"2012-06-15", mild}, {"2012-07-20", severe}})) == M));
  // "2012-06" and 2012-08-15: 46 days apart at least (06-30 to 08-15): never one attack; the
  // August report counts alone: exactly 1.
  BOOST_TEST((at<i5a>(with({{"2012-06", severe}, {"2012-08-15", severe}})) == M));
  // A mild "2013-03" and a moderate 2013-03-10 always join: one moderate attack, which
  // mild-or-moderate counts; with a severe 2013-03-10 it is severe and not counted.
  using mild_or_moderate = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months),
                                             el::severity_set{relapse_severity::mild, relapse_severity::moderate}>;
  BOOST_TEST((at<mild_or_moderate>(with({{"2013-03", mild}, {"2013-03-10", moderate}})) == M));
  BOOST_TEST((at<mild_or_moderate>(with({{"2013-03", mild}, {"2013-03-10", severe}})) == N));
  // A mild "2013-03" and a severe 2013-04-15 (one or two attacks): the March attack is mild
  // alone (counted) or severe with April (not counted, nor is anything else): 0 or 1.
  BOOST_TEST((at<mild_or_moderate>(with({{"2013-03", mild}, {"2013-04-15", severe}})) == U));
}

BOOST_AUTO_TEST_CASE(completeness_with_imprecise_onsets) {
  // Complete only since 2012-07-15 (inside the window): relapses may be missing. "2013-03"
  // severe is 1 attack at least: I4b is met whatever is missing, I5a unknown.
  const patient late = with({{"2013-03", severe}}, date(2012, 7, 15));
  BOOST_TEST((at<i4b>(late) == M));
  BOOST_TEST((at<i5a>(late) == U));
  // Complete since 2012-06-15; the "2012-06" report may be before that day (06-01..06-14) or
  // not: it is recorded either way, and before the window: 0 relapses, "no relapse" met.
  BOOST_TEST((at<none>(with({{"2012-06", severe}}, date(2012, 6, 15))) == M));
  // Complete since 2012-07-05, the window's first day: an unrecorded report on 07-03 or 07-04
  // could begin the attack of an August report dated 08-01 or 08-02 (less than 30 days later),
  // before the window; "2012-08" may be such a day: 0 or 1, as 2012-08-01 itself is.
  BOOST_TEST((at<i4b>(with({{"2012-08", severe}}, date(2012, 7, 5))) == U));
  BOOST_TEST((at<i4b>(with({{"2012-08-01", severe}}, date(2012, 7, 5))) == U));
  // 2012-08-05 is 32 days after 07-04, the last day not recorded: no unrecorded report can join it: 1.
  BOOST_TEST((at<i4b>(with({{"2012-08-05", severe}}, date(2012, 7, 5))) == M));
  // Not documented at all: "no relapse" is unknown with a report partly in the window, and with
  // "2012-08" (an unrecorded report on 07-03 or 07-04 could begin its attack before the window if
  // it was on 08-01 or 08-02); "2012-09" begins at least 58 days after the window's first day and
  // is an attack in it whatever the history lacks: not met.
  BOOST_TEST((at<none>(with({{"2012-07", severe}}, std::nullopt)) == U));
  BOOST_TEST((at<none>(with({{"2012-08", severe}}, std::nullopt)) == U));
  BOOST_TEST((at<none>(with({{"2012-09", severe}}, std::nullopt)) == N));
}

BOOST_AUTO_TEST_CASE(rescue_treated_relapses_with_imprecise_onsets) {
  // The last year is [2013-01-05, 2014-01-05].
  BOOST_TEST((at<rescue_1y>(with({{"2013-02", severe, true}})) == M));  // February 2013 is in it
  BOOST_TEST((at<rescue_1y>(with({{"2013-01", severe, true}})) == U));  // 01-01..01-04 are not
  BOOST_TEST((at<rescue_1y>(with({{"2012-12", severe, true}})) == N));  // December 2012 is before it
  BOOST_TEST((at<rescue_1y>(with({{"2013-01", severe, false}})) == N)); // not treated, wherever it is
  BOOST_TEST((at<rescue_1y>(with({{"2013-01", severe}})) == U));        // treatment not recorded
  BOOST_TEST(reason<rescue_1y>(with({{"2013-01", severe, true}})) ==
             "0 relapses treated with rescue therapy from 2013-01-05 to 2014-01-05 (2013-01 (day unknown) (may be outside) "
             "treated); required: at least 1");
}

BOOST_AUTO_TEST_CASE(merging_for_rates_progression_and_time_to_relapse_needs_the_day) {
  const patient p = with({{"2013-03-01", severe}, {"2013-04", severe}});
  try {
    (void)merge_into_attacks(std::span<const relapse>(p.relapses));
    BOOST_FAIL("an imprecise onset was merged");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "relapse onset");
    BOOST_TEST(e.value() == "2013-04");
  }
  try {
    (void)time_to_next_relapse(p.relapses, date(2013, 1, 1), date(2014, 1, 1));
    BOOST_FAIL("an imprecise onset was timed");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.value() == "2013-04");
  }
  const std::vector<edss_assessment> visits{{date(2012, 1, 1), 2.0_edss}, {date(2013, 1, 1), 3.0_edss}};
  try {
    (void)assess_progression(visits, p.relapses);
    BOOST_FAIL("an imprecise onset was given to the progression search");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "relapse onset");
    BOOST_TEST(e.value() == "2013-04");
  }
  // Day-precise onsets merge as before: 2013-03-01 and 2013-03-20 are 19 days apart, one attack.
  const patient days = with({{"2013-03-01", severe}, {"2013-03-20", mild}});
  const auto attacks = merge_into_attacks(std::span<const relapse>(days.relapses));
  BOOST_TEST(attacks.size() == 1u);
  BOOST_TEST(attacks[0].onset() == date(2013, 3, 1));
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_a_relapse_onset_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p = with({{"2013-03-01", severe}, {"2013", moderate}}); // index 1 known only to the year
  try {
    out.add(p);
    BOOST_FAIL("an imprecise relapse onset was exported");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "relapses[1].onset");
    BOOST_TEST(e.value() == "2013");
  }
  BOOST_TEST(out.persons() == 0u); // nothing written for it
  BOOST_TEST(observation.str().find("2013-03-01") == std::string::npos);
  p.relapses[1].onset = pd("2013-06-10");
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  BOOST_TEST(observation.str().find(",2013-03-01,") != std::string::npos);
  BOOST_TEST(observation.str().find(",2013-06-10,") != std::string::npos);
}

using trialspec_test::bad_patient;

BOOST_AUTO_TEST_CASE(cohort_reader_and_writer_take_the_three_forms_of_onset) {
  const patient p = io::parse_patient(
      R"({"id": "r", "relapses": [{"onset": "2013", "severity": "severe"}, {"onset": "2013-03"}, {"onset": "2013-03-14"}]})", 0);
  BOOST_REQUIRE(p.relapses.size() == 3u);
  BOOST_TEST((p.relapses[0].onset.precision() == date_precision::year));
  BOOST_TEST(p.relapses[0].onset.latest() == date(2013, 12, 31));
  BOOST_TEST((p.relapses[1].onset.precision() == date_precision::month));
  BOOST_TEST(p.relapses[1].onset.earliest() == date(2013, 3, 1));
  BOOST_TEST(p.relapses[1].onset.latest() == date(2013, 3, 31));
  BOOST_TEST(p.relapses[2].onset.is_exact());
  // Written back as read.
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["relapses"][0]["onset"].get<std::string>() == "2013");
  BOOST_TEST(j["relapses"][1]["onset"].get<std::string>() == "2013-03");
  BOOST_TEST(j["relapses"][2]["onset"].get<std::string>() == "2013-03-14");
  BOOST_TEST((io::parse_patient(j.dump(), 0).relapses == p.relapses));

  const std::vector<trialspec_test::reader_error_case> cases{
      {R"({"id": "b", "relapses": [{"onset": "2013-3"}]})", "relapses[0].onset", "2013-3", "expected an ISO 8601 date"},
      {R"({"id": "b", "relapses": [{"onset": "13-03-01"}]})", "relapses[0].onset", "13-03-01", "expected an ISO 8601 date"},
      {R"({"id": "b", "relapses": [{"onset": "2013-02-30"}]})", "relapses[0].onset", "2013-02-30", "February 2013 has 28 days"},
      {R"({"id": "b", "relapses": [{"onset": "2013-01"}, {"onset": "2013-13"}]})", "relapses[1].onset", "2013-13", "month must be 01 to 12"},
  };
  trialspec_test::check_reader_errors(cases);
}

BOOST_AUTO_TEST_CASE(fhir_relapse_onsets_by_month_and_year) {
  const std::string head = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}}, )";
  const auto condition = [](const std::string& id, const std::string& onset) {
    return R"({"fullUrl": "urn:uuid:)" + id + R"(", "resource": {"resourceType": "Condition", "id": ")" + id +
           R"(", "subject": {"reference": "urn:uuid:x"}, "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "relapse-myelitis"}]}, )" +
           onset + "}}";
  };
  const std::string observation =
      R"({"fullUrl": "urn:uuid:o-1", "resource": {"resourceType": "Observation", "id": "o-1", "status": "final", "subject": {"reference": "urn:uuid:x"}, "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "relapse"}]}, "effectiveDateTime": "2012"}})";
  const patient p = io::parse_fhir_bundle(head + condition("c-1", R"("onsetDateTime": "2013-03")") + ", " +
                                              condition("c-2", R"("onsetPeriod": {"start": "2011"})") + ", " + observation + "]}",
                                          {}, nullptr, "x.json");
  BOOST_REQUIRE(p.relapses.size() == 3u);
  BOOST_TEST(to_iso(p.relapses[0].onset) == "2013-03");
  BOOST_TEST((p.relapses[0].phenotype == relapse_phenotype::myelitis));
  BOOST_TEST(to_iso(p.relapses[1].onset) == "2011");
  BOOST_TEST(to_iso(p.relapses[2].onset) == "2012");
  try {
    (void)io::parse_fhir_bundle(head + condition("c-9", R"("onsetDateTime": "2013-3")") + "]}", {}, nullptr, "y.json");
    BOOST_FAIL("no error for 2013-3");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()).find("Condition.onsetDateTime \"2013-3\"") != std::string::npos, e.what());
  }
}

BOOST_AUTO_TEST_SUITE_END()
