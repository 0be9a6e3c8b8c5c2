// Relapse counts on the edges of their windows and of the attack gap (eligibility/criteria/
// relapses.hpp): reports on the same day, a report on the window's last day merged into an attack
// begun before it, the one day on which an unrecorded report could take an attack out of the
// window, an attack named as begun before the window whatever the listing order, uncertain
// groups (onsets known only to the month) whose grades cannot or may pass the filter or whose
// first day is the window's first day, counting reports one by one (a gap of 0), and the boundary
// probes of a gap of 1, of a count of 0, of a window just long enough and of a window with no end.
// Every expected value is worked out by hand in the comment beside it. Screening is 2014-01-05,
// "the past 18 months" is [2012-07-05, 2014-01-05].
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
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

constexpr auto past18 = within_before(18_months);

// Reports less than 30 days apart are one attack (the default gap).
using exactly_one = el::relapse_count<el::comparison::equal, 1, past18>;
using at_least_one = el::relapse_count<el::comparison::greater_equal, 1, past18>;
using at_least_one_severe = el::relapse_count<el::comparison::greater_equal, 1, past18, el::severe_only>;
using at_least_one_ms = el::relapse_count<el::comparison::greater_equal, 1, past18, el::moderate_or_severe>;
// Each report counted (a gap of 0).
using exactly_two_reports = el::relapse_count<el::comparison::equal, 2, past18, el::any_severity, el::reference_point::screening, 0>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }

struct report {
  std::string_view onset;
  relapse_severity severity;
};
// A history documented as complete since `since` (2010-01-01 unless told: long before the window).
patient with(std::initializer_list<report> reports, std::optional<date> since = date(2010, 1, 1)) {
  patient p;
  p.id.push_back('P'); // assigning "P" makes g++ 12 at -O3 report a false -Wstringop-overflow
  for (const auto& x : reports) p.relapses.push_back({pd(x.onset), x.severity, std::nullopt});
  p.relapses_recorded_since = since;
  return p;
}
// The verdict of test() and of evaluate() (checked: they must agree), and the reason.
template <class C> truth at(const patient& p, const el::evaluation_context& c = ctx) { return answer_of<C>(p, c); }
template <class C> std::string reason(const patient& p, const el::evaluation_context& c = ctx) { return reason_of<C>(p, c); }

// The boundary probes of C around `base`, each checked against C's own answer.
template <class C> el::probe_writer probes(const patient& base, const el::evaluation_context& c = ctx) {
  el::probe_writer w(base, c);
  C{}.boundary_probes(w);
  for (const auto& probe : w.probes()) BOOST_TEST(C{}.test(probe.record, c) == probe.expected, probe.edge);
  return w;
}
std::vector<std::string> edges_of(el::probe_writer& w) {
  std::vector<std::string> out;
  for (const auto& probe : w.probes()) out.push_back(probe.edge);
  return out;
}
std::vector<truth> expected_of(el::probe_writer& w) {
  std::vector<truth> out;
  for (const auto& probe : w.probes()) out.push_back(probe.expected);
  return out;
}
patient base_patient() {
  patient p;
  p.id.push_back('B');
  p.relapses_recorded_since = date(2010, 1, 1);
  return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_relapse_windows)

BOOST_AUTO_TEST_CASE(reports_on_the_same_day_are_one_attack) {
  // Two reports on 2013-05-01 are 0 days apart, less than 30: one attack, exactly 1.
  BOOST_TEST(at<exactly_one>(with({{"2013-05-01", severe}, {"2013-05-01", mild}})) == M);
  BOOST_TEST(reason<exactly_one>(with({{"2013-05-01", severe}, {"2013-05-01", mild}})) ==
             "1 relapse from 2012-07-05 to 2014-01-05 (2013-05-01 severe: reports 2013-05-01 severe, 2013-05-01 mild merged); "
             "required: exactly 1");
  // The same on the window's last day, the screening day 2014-01-05 (the window includes it).
  BOOST_TEST(at<exactly_one>(with({{"2014-01-05", severe}, {"2014-01-05", severe}})) == M);
  BOOST_TEST(reason<exactly_one>(with({{"2014-01-05", moderate}, {"2014-01-05", severe}})) ==
             "1 relapse from 2012-07-05 to 2014-01-05 (2014-01-05 severe: reports 2014-01-05 moderate, 2014-01-05 severe merged); "
             "required: exactly 1");
  // Three on the last day and one 29 days before it (2013-12-07): all one attack.
  BOOST_TEST(at<exactly_one>(with({{"2014-01-05", mild}, {"2013-12-07", mild}, {"2014-01-05", mild}, {"2014-01-05", mild}})) == M);
  // 30 days before it (2013-12-06) the December report is an attack of its own: 2.
  BOOST_TEST(at<exactly_one>(with({{"2014-01-05", mild}, {"2013-12-06", mild}, {"2014-01-05", mild}})) == N);
}

BOOST_AUTO_TEST_CASE(a_report_on_the_window_last_day_is_merged) {
  // A mild report on 2013-12-20 and a severe one on 2014-01-05, the window's last day, 16 days
  // later: one attack dated 2013-12-20, severe (the worse grade), in the window: at least 1 severe.
  const patient p = with({{"2013-12-20", mild}, {"2014-01-05", severe}});
  BOOST_TEST(at<at_least_one_severe>(p) == M);
  BOOST_TEST(reason<at_least_one_severe>(p) ==
             "1 relapse of severe severity from 2012-07-05 to 2014-01-05 (2013-12-20 severe: reports 2013-12-20 mild, "
             "2014-01-05 severe merged); required: at least 1");
  // Screening on 2014-01-04: the severe report is after the window's end, not known then, so not
  // merged: the attack of 2013-12-20 is mild, no severe attack (history complete): not met.
  BOOST_TEST(at<at_least_one_severe>(p, el::evaluation_context{date(2014, 1, 4)}) == N);
}

BOOST_AUTO_TEST_CASE(the_one_day_an_unrecorded_report_may_precede_the_window) {
  // History complete from 2012-07-05, the window's first day: an unrecorded report can be on
  // 2012-07-04 or earlier. A report on 2012-08-02 is 29 days after 2012-07-04 (27 days to 07-31,
  // then 2): it may continue such a report, whose attack begins before the window: 0 or 1.
  const date since(2012, 7, 5);
  BOOST_TEST(at<at_least_one_ms>(with({{"2012-08-02", severe}}, since)) == U);
  BOOST_TEST(reason<at_least_one_ms>(with({{"2012-08-02", severe}}, since)) ==
             "0 relapses of moderate or severe severity from 2012-07-05 to 2014-01-05 (2012-08-02 severe, may continue an "
             "unrecorded report before the window); 1 may belong to an attack begun before the window; required: at least 1");
  // On 2012-08-03 it is 30 days after 2012-07-04: an attack of its own, in the window: met.
  BOOST_TEST(at<at_least_one_ms>(with({{"2012-08-03", severe}}, since)) == M);
  // With the history complete from 2012-07-04, the last day an unrecorded report could be is
  // 2012-07-03, 30 days before 2012-08-02: met.
  BOOST_TEST(at<at_least_one_ms>(with({{"2012-08-02", severe}}, date(2012, 7, 4))) == M);
}

BOOST_AUTO_TEST_CASE(an_attack_begun_before_the_window_whatever_the_listing_order) {
  // 2012-07-20 is 20 days after 2012-06-30 (before the window): one attack dated 2012-06-30, not
  // in the window: no relapse in it (history complete since 2010), listed either way.
  const patient later_first = with({{"2012-07-20", severe}, {"2012-06-30", mild}});
  const patient earlier_first = with({{"2012-06-30", mild}, {"2012-07-20", severe}});
  for (const patient* p : {&later_first, &earlier_first}) {
    BOOST_TEST(at<at_least_one>(*p) == N);
    BOOST_TEST(reason<at_least_one>(*p) ==
               "0 relapses from 2012-07-05 to 2014-01-05; 2012-07-20 severe belongs to the attack of 2012-06-30, before the "
               "window; required: at least 1");
  }
}

BOOST_AUTO_TEST_CASE(uncertain_groups_whose_grades_cannot_or_may_pass) {
  // "2013-03" (03-01..03-31) and 2013-04-15 are 15 to 45 days apart: one or two attacks. Both
  // mild: whatever the days no attack is severe: 0 (history complete): not met.
  BOOST_TEST(at<at_least_one_severe>(with({{"2013-03", mild}, {"2013-04-15", mild}})) == N);
  // Both ungraded: each may be severe, so 0 to 2: unknown.
  BOOST_TEST(at<at_least_one_severe>(with({{"2013-03", ungraded}, {"2013-04-15", ungraded}})) == U);
  // One mild and one ungraded: the ungraded one may be severe: unknown.
  BOOST_TEST(at<at_least_one_severe>(with({{"2013-03", mild}, {"2013-04-15", ungraded}})) == U);
  // One severe: the attack holding it is severe, in the window (both reports are): met.
  BOOST_TEST(at<at_least_one_severe>(with({{"2013-03", mild}, {"2013-04-15", severe}})) == M);
}

BOOST_AUTO_TEST_CASE(an_uncertain_group_beginning_on_the_window_first_day) {
  // Screening 2014-01-01: the past 18 months are [2012-07-01, 2014-01-01]. "2012-07" (07-01..07-31)
  // and 2012-08-15 are 15 to 45 days apart: one attack (dated in July) when the July day is 07-17
  // or later, two otherwise; every July day is in the window, so 1 or 2: at least 1 is met.
  const el::evaluation_context first_day{date(2014, 1, 1)};
  const patient p = with({{"2012-07", severe}, {"2012-08-15", severe}});
  BOOST_TEST(at<at_least_one_ms>(p, first_day) == M);
  BOOST_TEST(at<exactly_one>(p, first_day) == U);
  // Screening 2014-01-02 ([2012-07-02, 2014-01-02]): on 07-01 the July report is an attack before
  // the window (45 days from 08-15: not merged) and 08-15 one in it; on 07-02..07-16 two, on
  // 07-17..07-31 one: exactly 1 is unknown.
  const el::evaluation_context second_day{date(2014, 1, 2)};
  BOOST_TEST(at<exactly_one>(p, second_day) == U);
}

BOOST_AUTO_TEST_CASE(each_report_counted_with_a_gap_of_zero) {
  BOOST_TEST(exactly_two_reports{}.describe() == "exactly 2 relapses within 18 months before screening (each report counted)");
  BOOST_TEST(exactly_one{}.describe() ==
             "exactly 1 relapse within 18 months before screening (reports less than 30 days apart are one attack)");
  // Two reports on 2013-05-01 are two relapses when each report counts, each named with its own
  // grade: exactly 2.
  const patient p = with({{"2013-05-01", mild}, {"2013-05-01", severe}});
  BOOST_TEST(at<exactly_two_reports>(p) == M);
  BOOST_TEST(reason<exactly_two_reports>(p) ==
             "2 relapses from 2012-07-05 to 2014-01-05 (2013-05-01 mild, 2013-05-01 severe); required: exactly 2");
  // Three on the window's last day: 3, not 2.
  BOOST_TEST(at<exactly_two_reports>(with({{"2014-01-05", mild}, {"2014-01-05", mild}, {"2014-01-05", mild}})) == N);
}

BOOST_AUTO_TEST_CASE(probes_with_a_gap_of_one_day) {
  // Reports less than 1 day apart (the same day) are one attack: the probes of reports merged
  // across the window's start (gap - 1 days apart) are not generated; relapses 1 day apart.
  using C = el::relapse_count<el::comparison::greater_equal, 1, past18, el::any_severity, el::reference_point::screening, 1>;
  auto w = probes<C>(base_patient());
  const std::vector<std::string> want{"0 severe relapses, history complete (threshold 1)",
                                      "1 severe relapse, history complete (threshold 1)",
                                      "2 severe relapses, history complete (threshold 1)",
                                      "1 ungraded relapse",
                                      "relapse 1 on the window's first day 2012-07-05",
                                      "relapse 1 one day before the window, 2012-07-04",
                                      "relapse 1 one day after the window, 2014-01-06"};
  BOOST_TEST(edges_of(w) == want, boost::test_tools::per_element());
  // 0 < 1, 1 and 2 >= 1, an ungraded relapse counts under any severity, first day in, the days
  // before and after out.
  const std::vector<truth> want_expected{N, M, M, M, M, N, N};
  BOOST_TEST(expected_of(w) == want_expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(probes_of_no_relapse) {
  // "No relapse" (exactly 0): the window's edges are probed with one relapse (not a 0th).
  using none = el::relapse_count<el::comparison::equal, 0, past18>;
  auto w = probes<none>(base_patient());
  const std::vector<std::string> want{"0 severe relapses, history complete (threshold 0)",
                                      "1 severe relapse, history complete (threshold 0)",
                                      "1 ungraded relapse",
                                      "2 reports 29 days apart from the window's first day (one attack)",
                                      "2 reports 29 days apart from the day before the window (one attack, before it)",
                                      "2 reports 30 days apart (two attacks)",
                                      "relapse 1 on the window's first day 2012-07-05",
                                      "relapse 1 one day before the window, 2012-07-04",
                                      "relapse 1 one day after the window, 2014-01-06"};
  BOOST_TEST(edges_of(w) == want, boost::test_tools::per_element());
  // 0 is 0; 1 is not; an ungraded relapse counts under any severity; one attack in the window,
  // one before it, two in it; one relapse on the first day, none in the window, none in it.
  const std::vector<truth> want_expected{M, N, N, N, M, N, N, M, M};
  BOOST_TEST(expected_of(w) == want_expected, boost::test_tools::per_element());
  BOOST_REQUIRE(w.probes().size() == 9u);
  BOOST_REQUIRE(w.probes()[6].record.relapses.size() == 1u);
  BOOST_TEST(w.probes()[6].record.relapses[0].onset.text() == "2012-07-05");
}

BOOST_AUTO_TEST_CASE(probes_of_a_window_just_long_enough) {
  // At least 1 in [R - 61 days, R] with a gap of 30: the probes need 2 relapses 30 days apart
  // and room for one more day: 2 * 30 + 1 = 61 days between the edges. 61: generated.
  using C61 = el::relapse_count<el::comparison::greater_equal, 1, within_before(61_days)>;
  auto w61 = probes<C61>(base_patient());
  BOOST_TEST(w61.notes().empty());
  // 0, 1 and 2 relapses; no uncounted grade (any severity counts); 1 ungraded; 3 of reports merged
  // across the window's start (61 days > the gap); the first day, the day before, the day after.
  BOOST_TEST(w61.probes().size() == 10u);
  // 60: too short.
  using C60 = el::relapse_count<el::comparison::greater_equal, 1, within_before(60_days)>;
  el::probe_writer w60(base_patient(), ctx);
  C60{}.boundary_probes(w60);
  BOOST_TEST(w60.probes().empty());
  BOOST_TEST(w60.notes() == std::vector<std::string>{"window too short for 2 relapses"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(probes_of_a_window_without_an_end) {
  // At least 1 relapse at least 1 month after screening: [2014-02-05, +infinity). Its probes once
  // threw (the length of an unbounded window) and placed the relapses back from the window's
  // first day, before it. Relapses 30 days apart from 2014-04-06 (60 days after 02-05: 23 days to
  // 02-28, 31 in March, 6 in April) back, the history complete from 2014-01-06 (30 days before).
  using C = el::relapse_count<el::comparison::greater_equal, 1, at_least_after(1_months)>;
  auto w = probes<C>(base_patient());
  const std::vector<std::string> want{"0 severe relapses, history complete (threshold 1)",
                                      "1 severe relapse, history complete (threshold 1)",
                                      "2 severe relapses, history complete (threshold 1)",
                                      "1 ungraded relapse",
                                      "2 reports 29 days apart from the window's first day (one attack)",
                                      "2 reports 29 days apart from the day before the window (one attack, before it)",
                                      "2 reports 30 days apart (two attacks)",
                                      "relapse 1 on the window's first day 2014-02-05",
                                      "relapse 1 one day before the window, 2014-02-04"};
  BOOST_TEST(edges_of(w) == want, boost::test_tools::per_element());
  const std::vector<truth> want_expected{N, M, M, M, M, N, M, M, N};
  BOOST_TEST(expected_of(w) == want_expected, boost::test_tools::per_element());
  BOOST_REQUIRE(w.probes().size() == 9u);
  BOOST_REQUIRE(w.probes()[2].record.relapses.size() == 2u);
  BOOST_TEST(w.probes()[2].record.relapses[0].onset.text() == "2014-04-06");
  BOOST_TEST(w.probes()[2].record.relapses[1].onset.text() == "2014-03-07"); // 30 days before 04-06
  BOOST_TEST(to_iso(*w.probes()[2].record.relapses_recorded_since) == "2014-01-06");

  // Exactly 1, each report counted: relapses 1 day apart from 2014-02-07 back; 2 relapses (02-07
  // and 02-06, both in the window) are not exactly 1.
  using D = el::relapse_count<el::comparison::equal, 1, at_least_after(1_months), el::any_severity, el::reference_point::screening, 0>;
  auto v = probes<D>(base_patient());
  const std::vector<truth> want_d{N, M, N, M, M, N}; // 0, 1, 2, ungraded, first day, day before
  BOOST_TEST(expected_of(v) == want_d, boost::test_tools::per_element());
  BOOST_REQUIRE(v.probes().size() == 6u);
  BOOST_REQUIRE(v.probes()[2].record.relapses.size() == 2u);
  BOOST_TEST(v.probes()[2].record.relapses[0].onset.text() == "2014-02-07");
  BOOST_TEST(v.probes()[2].record.relapses[1].onset.text() == "2014-02-06");
}

BOOST_AUTO_TEST_SUITE_END()
