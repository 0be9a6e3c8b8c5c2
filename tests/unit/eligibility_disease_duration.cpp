// Disease duration from the first MS symptoms (eligibility/criteria/disease_duration.hpp): the four
// orderings on and around the anniversary, the limits 0 and 100 years, the full years a reason
// states for a first symptom known only to the year of screening, the EDSS-conditional tables of
// the MS trials (ORATORIO's "< 15 years if EDSS > 5.0, < 10 years if EDSS <= 5.0", as the
// protocol reads the registry's overlapping pair; ASCLEPIOS/OPERA's "more than 10 years in
// patients with an EDSS score of 2 or less") with their boundary probes listed one by one, a
// one-row table, a row left at its defaults, and the SQL at screening. Every expected value is
// worked out by hand from the calendar in the comment beside it. Screening is 2014-01-05.
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/writer.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const date screening(2014, 1, 5);

patient first_symptom(const char* on) {
  patient p;
  p.id.push_back('D'); // not assigned from a literal: g++ 12 at -O3 reports a false -Wstringop-overflow
  p.diagnosis.first_symptom = parse_partial_date(on);
  return p;
}
patient first_symptom_and_edss(const char* on, edss score) {
  patient p = first_symptom(on);
  p.edss = {{date(2013, 12, 1), score}};
  return p;
}
// test() and the explained verdict agree (checked); returns the value.
template <class C> truth at(const patient& p, date on = screening) { return answer_of<C>(p, el::evaluation_context{on}); }
template <class C> std::string reason(const patient& p, date on = screening) { return reason_of<C>(p, el::evaluation_context{on}); }

using below_10 = el::disease_duration<el::comparison::less, 10>;
using at_most_10 = el::disease_duration<el::comparison::less_equal, 10>;
using above_10 = el::disease_duration<el::comparison::greater, 10>;
using at_least_10 = el::disease_duration<el::comparison::greater_equal, 10>;

// ORATORIO I4 as the protocol reads it (protocols/oratorio.hpp): "< 15 years if EDSS > 5.0,
// < 10 years if EDSS <= 5.0".
using oratorio = el::disease_duration_by_edss<el::edss_row(el::comparison::greater, 5.0_edss, el::comparison::less, 15),
                                              el::edss_row(el::comparison::less_equal, 5.0_edss, el::comparison::less, 10)>;
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_disease_duration)

BOOST_AUTO_TEST_CASE(the_four_orderings_around_the_tenth_anniversary) {
  // First symptoms on 2004-01-05: the 10th anniversary is 2014-01-05, screening itself, so the
  // duration is exactly 10 years: not below 10, at most 10, not above 10, at least 10.
  const patient exactly = first_symptom("2004-01-05");
  BOOST_TEST(at<below_10>(exactly) == N);
  BOOST_TEST(at<at_most_10>(exactly) == M);
  BOOST_TEST(at<above_10>(exactly) == N);
  BOOST_TEST(at<at_least_10>(exactly) == M);
  // 2004-01-06: the anniversary 2014-01-06 is after screening (10 years less a day).
  const patient under = first_symptom("2004-01-06");
  BOOST_TEST(at<below_10>(under) == M);
  BOOST_TEST(at<at_most_10>(under) == M);
  BOOST_TEST(at<above_10>(under) == N);
  BOOST_TEST(at<at_least_10>(under) == N);
  // 2004-01-04: the anniversary 2014-01-04 is before screening (10 years and a day).
  const patient over = first_symptom("2004-01-04");
  BOOST_TEST(at<below_10>(over) == N);
  BOOST_TEST(at<at_most_10>(over) == N);
  BOOST_TEST(at<above_10>(over) == M);
  BOOST_TEST(at<at_least_10>(over) == M);
  // The reasons: on the anniversary the 10th year is complete; a day later it is not yet.
  BOOST_TEST(reason<at_most_10>(exactly) == "first MS symptoms 2004-01-05: 10 full years on 2014-01-05 (at most 10 years)");
  BOOST_TEST(reason<above_10>(under) == "first MS symptoms 2004-01-06: 9 full years on 2014-01-05 (not above 10 years)");
}

BOOST_AUTO_TEST_CASE(thresholds_of_0_and_100_years) {
  // "At least 0 years": the 0th anniversary is the first symptom itself, so a first symptom on
  // screening day is met and one the day after is not (it has not happened by screening).
  using at_least_0 = el::disease_duration<el::comparison::greater_equal, 0>;
  BOOST_TEST(at<at_least_0>(first_symptom("2014-01-05")) == M);
  BOOST_TEST(at<at_least_0>(first_symptom("2014-01-06")) == N);
  // "At most 100 years": from 1914-01-05 the 100th anniversary is screening day (met); from
  // 1914-01-04 it was the day before (not met).
  using at_most_100 = el::disease_duration<el::comparison::less_equal, 100>;
  BOOST_TEST(at<at_most_100>(first_symptom("1914-01-05")) == M);
  BOOST_TEST(at<at_most_100>(first_symptom("1914-01-04")) == N);
}

BOOST_AUTO_TEST_CASE(full_years_of_a_first_symptom_known_to_the_year_of_screening) {
  // First symptoms in 2014, screening on 2014-01-05: from 2014-01-01 no year is complete (the
  // first anniversary is 2015-01-01), and from any later day of 2014 none is either: 0 full
  // years whatever the day, never a negative count. Below 10 years on every day: met.
  const patient in_2014 = first_symptom("2014");
  BOOST_TEST(at<below_10>(in_2014) == M);
  BOOST_TEST(reason<below_10>(in_2014) == "first MS symptoms 2014 (month and day unknown): 0 full years on 2014-01-05 (below 10 years)");
  // January 2014: 01-01..01-31, 0 full years on every day.
  BOOST_TEST(reason<below_10>(first_symptom("2014-01")) == "first MS symptoms 2014-01 (day unknown): 0 full years on 2014-01-05 (below 10 years)");
  // 2013: from 2013-01-01 one year is complete on 2014-01-01; from 2013-12-31 none yet.
  BOOST_TEST(reason<below_10>(first_symptom("2013")) == "first MS symptoms 2013 (month and day unknown): 0 or 1 full years on 2014-01-05 (below 10 years)");
}

BOOST_AUTO_TEST_CASE(full_years_of_a_first_symptom_recorded_after_screening) {
  // A first symptom dated after screening (a data error) is stated as minus the full years from
  // screening to it. From 2014-01-05 to 2016-01-01 one year is complete (the second on
  // 2016-01-05): -1 (the year difference -2 was given before). To 2016-03-01 two are (2016-01-05
  // is before it): -2. To 2015-12-31 one: -1. To 2014-03-01 none: 0. The anniversaries all fall
  // after screening, so "below 10 years" holds as the calendar counts it.
  BOOST_TEST(reason<below_10>(first_symptom("2016-01-01")) == "first MS symptoms 2016-01-01: -1 full years on 2014-01-05 (below 10 years)");
  BOOST_TEST(reason<below_10>(first_symptom("2016-03-01")) == "first MS symptoms 2016-03-01: -2 full years on 2014-01-05 (below 10 years)");
  BOOST_TEST(reason<below_10>(first_symptom("2015-12-31")) == "first MS symptoms 2015-12-31: -1 full years on 2014-01-05 (below 10 years)");
  BOOST_TEST(reason<below_10>(first_symptom("2014-03-01")) == "first MS symptoms 2014-03-01: 0 full years on 2014-01-05 (below 10 years)");
  // In 2016: from 2016-01-01 minus 1 (above), from 2016-12-31 minus 2 (2016-01-05 is before it).
  BOOST_TEST(reason<below_10>(first_symptom("2016")) ==
             "first MS symptoms 2016 (month and day unknown): -2 or -1 full years on 2014-01-05 (below 10 years)");
}

BOOST_AUTO_TEST_CASE(a_row_no_score_satisfies_has_no_probes) {
  // "EDSS > 10.0" holds for no score of the scale; the table still partitions it (EDSS <= 10.0
  // holds for every score). Its probes are the first row's alone (the probes threw, looking up
  // the scale at index -1, before).
  using table = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 10.0_edss, el::comparison::less, 10),
                                             el::edss_row_fixed(el::comparison::greater, 10.0_edss, truth::met)>;
  patient base = first_symptom_and_edss("2010-06-01", 3.0_edss);
  const el::evaluation_context ctx{screening};
  el::probe_writer w(base, ctx);
  BOOST_REQUIRE_NO_THROW(table{}.boundary_probes(w));
  BOOST_REQUIRE(w.probes().size() == 8u); // EDSS 0.0 and 10.0, four probes each
  BOOST_TEST(w.probes()[0].edge == "EDSS <= 10.0 row, EDSS 0.0 on 2014-01-05, first symptom 2004-01-06: 10 years less a day at 2014-01-05");
  BOOST_TEST(w.probes()[7].edge == "EDSS <= 10.0 row, EDSS 10.0 on 2014-01-05, first symptom not recorded");
  for (const auto& probe : w.probes()) BOOST_TEST(table{}.test(probe.record, ctx) == probe.expected, probe.edge);
}

BOOST_AUTO_TEST_CASE(oratorio_table_by_the_latest_edss) {
  // EDSS 5.5 (> 5.0): below 15 years. From 1999-01-06 the 15th anniversary is 2014-01-06, after
  // screening (met); from 1999-01-05 it is screening day (not met).
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("1999-01-06", 5.5_edss)) == M);
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("1999-01-05", 5.5_edss)) == N);
  // EDSS 5.0 (<= 5.0): below 10 years; 2004-01-06 met, 2004-01-05 not.
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("2004-01-06", 5.0_edss)) == M);
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("2004-01-05", 5.0_edss)) == N);
  // 12 years (2002-01-05): met under EDSS 6.0, not under 0.0.
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("2002-01-05", 6.0_edss)) == M);
  BOOST_TEST(at<oratorio>(first_symptom_and_edss("2002-01-05", 0.0_edss)) == N);
  BOOST_TEST(reason<oratorio>(first_symptom_and_edss("2002-01-05", 6.0_edss)) ==
             "last EDSS 6.0 on 2013-12-01: EDSS > 5.0 requires disease duration from the first MS symptoms below 15 years; first MS "
             "symptoms 2002-01-05, 12 full years on 2014-01-05");
}

BOOST_AUTO_TEST_CASE(oratorio_table_boundary_probes_one_by_one) {
  // For each row in order, its lowest and highest score (EDSS > 5.0: 5.5 and 10.0; EDSS <= 5.0:
  // 0.0 and 5.0), one assessment on screening day, then the first symptom a day short of, exactly
  // and a day over the row's years before 2014-01-05, and none. 15 years before is 1999-01-05, 10
  // years before 2004-01-05. "Below N years" is met only a day short of N.
  patient base = first_symptom_and_edss("2010-06-01", 3.0_edss);
  const el::evaluation_context ctx{screening};
  el::probe_writer w(base, ctx);
  oratorio{}.boundary_probes(w);
  std::vector<std::string> want_edges;
  std::vector<truth> want_expected;
  const auto row = [&](const char* row_and_score, const char* under, const char* exactly, const char* over, const char* n) {
    const std::string where = std::string(row_and_score) + " on 2014-01-05, ";
    want_edges.push_back(where + "first symptom " + under + ": " + n + " years less a day at 2014-01-05");
    want_edges.push_back(where + "first symptom " + exactly + ": exactly " + n + " years at 2014-01-05");
    want_edges.push_back(where + "first symptom " + over + ": " + n + " years and a day at 2014-01-05");
    want_edges.push_back(where + "first symptom not recorded");
    want_expected.insert(want_expected.end(), {M, N, N, U});
  };
  row("EDSS > 5.0 row, EDSS 5.5", "1999-01-06", "1999-01-05", "1999-01-04", "15");
  row("EDSS > 5.0 row, EDSS 10.0", "1999-01-06", "1999-01-05", "1999-01-04", "15");
  row("EDSS <= 5.0 row, EDSS 0.0", "2004-01-06", "2004-01-05", "2004-01-04", "10");
  row("EDSS <= 5.0 row, EDSS 5.0", "2004-01-06", "2004-01-05", "2004-01-04", "10");
  std::vector<std::string> edges;
  std::vector<truth> expected;
  for (const auto& probe : w.probes()) {
    edges.push_back(probe.edge);
    expected.push_back(probe.expected);
  }
  BOOST_TEST(edges == want_edges, boost::test_tools::per_element());
  BOOST_TEST(expected == want_expected, boost::test_tools::per_element());
  for (const auto& probe : w.probes()) BOOST_TEST(oratorio{}.test(probe.record, ctx) == probe.expected, probe.edge);
  // The third probe holds the score and the day its label names.
  BOOST_REQUIRE(w.probes().size() == 16u);
  BOOST_TEST(w.probes()[8].record.edss.size() == 1u);
  BOOST_TEST(w.probes()[8].record.edss[0].score.half_steps() == 0);
  BOOST_TEST(to_iso(*w.probes()[8].record.diagnosis.first_symptom) == "2004-01-06");
}

BOOST_AUTO_TEST_CASE(a_row_of_one_score_is_probed_once) {
  // ASCLEPIOS/OPERA E2's shape narrowed to one score: "more than 10 years" for EDSS 0 (EDSS <=
  // 0.0 holds for 0.0 alone), not met for every other score. The duration row's lowest and
  // highest score are both 0.0: its four probes once; the fixed row's ends are 1.0 and 10.0.
  using table = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 0.0_edss, el::comparison::greater, 10),
                                             el::edss_row_fixed(el::comparison::greater, 0.0_edss, truth::not_met)>;
  patient base = first_symptom_and_edss("2000-06-01", 0.0_edss);
  const el::evaluation_context ctx{screening};
  el::probe_writer w(base, ctx);
  table{}.boundary_probes(w);
  std::vector<std::string> edges;
  for (const auto& probe : w.probes()) edges.push_back(probe.edge);
  // "More than 10 years" is met only 10 years and a day before screening (2004-01-04).
  const std::vector<std::string> want{
      "EDSS <= 0.0 row, EDSS 0.0 on 2014-01-05, first symptom 2004-01-06: 10 years less a day at 2014-01-05",
      "EDSS <= 0.0 row, EDSS 0.0 on 2014-01-05, first symptom 2004-01-05: exactly 10 years at 2014-01-05",
      "EDSS <= 0.0 row, EDSS 0.0 on 2014-01-05, first symptom 2004-01-04: 10 years and a day at 2014-01-05",
      "EDSS <= 0.0 row, EDSS 0.0 on 2014-01-05, first symptom not recorded",
      "EDSS > 0.0 row, EDSS 1.0 on 2014-01-05, any first symptom",
      "EDSS > 0.0 row, EDSS 10.0 on 2014-01-05, any first symptom"};
  BOOST_TEST(edges == want, boost::test_tools::per_element());
  const std::vector<truth> want_expected{N, N, M, U, N, N};
  BOOST_REQUIRE(w.probes().size() == want_expected.size());
  for (std::size_t i = 0; i < want_expected.size(); ++i) {
    BOOST_TEST(w.probes()[i].expected == want_expected[i], w.probes()[i].edge);
    BOOST_TEST(table{}.test(w.probes()[i].record, ctx) == want_expected[i], w.probes()[i].edge);
  }
}

BOOST_AUTO_TEST_CASE(one_row_over_the_whole_scale) {
  // One row for every score 0 to 10: "below 10 years" whatever the EDSS, or without one.
  using whole = el::disease_duration_by_edss<el::edss_row(el::comparison::greater_equal, 0.0_edss, el::comparison::less, 10)>;
  BOOST_TEST(at<whole>(first_symptom_and_edss("2004-01-06", 7.0_edss)) == M);
  BOOST_TEST(at<whole>(first_symptom_and_edss("2004-01-05", 0.0_edss)) == N);
  BOOST_TEST(at<whole>(first_symptom("2004-01-06")) == M); // no EDSS: the one row answers
}

BOOST_AUTO_TEST_CASE(rows_at_the_limits_0_and_100_years) {
  // EDSS <= 5.0: at least 0 years (any first symptom on or before screening); EDSS > 5.0: below
  // 100 years (from 1914-01-06 the 100th anniversary is 2014-01-06, after screening).
  using limits = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 5.0_edss, el::comparison::greater_equal, 0),
                                              el::edss_row(el::comparison::greater, 5.0_edss, el::comparison::less, 100)>;
  BOOST_TEST(at<limits>(first_symptom_and_edss("2014-01-05", 3.0_edss)) == M);
  BOOST_TEST(at<limits>(first_symptom_and_edss("2014-01-06", 3.0_edss)) == N);
  BOOST_TEST(at<limits>(first_symptom_and_edss("1914-01-06", 6.0_edss)) == M);
  BOOST_TEST(at<limits>(first_symptom_and_edss("1914-01-05", 6.0_edss)) == N);
}

BOOST_AUTO_TEST_CASE(a_row_left_at_its_defaults_is_not_met) {
  // A row written as a structure with only its condition (EDSS > 5.0, 10 half steps) is a fixed
  // row answering "not met": the member defaults (requirement::fixed, truth::not_met). With 12
  // years of disease, EDSS 6.0 selects it: not met; EDSS 3.0 selects "below 15 years": met.
  using table = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 5.0_edss, el::comparison::less, 15),
                                             el::duration_row{.edss_op = el::comparison::greater, .edss_half_steps = 10}>;
  BOOST_TEST(at<table>(first_symptom_and_edss("2002-01-05", 6.0_edss)) == N);
  BOOST_TEST(at<table>(first_symptom_and_edss("2002-01-05", 3.0_edss)) == M);
  BOOST_TEST(table{}.describe() == "by the latest EDSS at screening: if EDSS <= 5.0, disease duration from the first MS symptoms below 15 "
                                   "years; if EDSS > 5.0, not met (the text sets no requirement)");
}

BOOST_AUTO_TEST_CASE(sql_at_screening) {
  // "Below 10 years": screening is before the 10th anniversary of the first symptom, the latest
  // first-symptom observation (PostgreSQL adds an interval of years, 29 February clamping).
  const sql::writer w(screening);
  BOOST_TEST(below_10{}.sql(w) == "(DATE '2014-01-05' < CAST((SELECT o.observation_date FROM \"observation\" o WHERE o.person_id = "
                                  "p.person_id AND o.observation_concept_id = 2000003021 ORDER BY o.observation_id DESC FETCH FIRST 1 "
                                  "ROW ONLY) + INTERVAL '10 years' AS date))");
}

BOOST_AUTO_TEST_SUITE_END()
