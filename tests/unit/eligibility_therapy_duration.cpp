// A duration of therapy (eligibility/criteria/therapy.hpp's therapy_duration): the two duration
// rules told apart on one record through test() with and without a screening memo, through the
// explained verdict and through the SQL; the last first start that fits at a month end that
// clamps (29 February); a start on that very day; an unlisted course that could fill the duration
// exactly; the boundary probes of a window one day longer than the duration; which course a
// reason names when two tie. Every expected value is worked out by hand from the calendar in the
// comment beside it. Screening is 2014-01-05 unless a case says otherwise.
#include <trialspec/eligibility.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/sql/writer.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace trialspec;
namespace el = trialspec::eligibility;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const date screening(2014, 1, 5);

// A year of immunotherapy on or before screening ((-infinity, screening]), in one course or since
// the first start (gaps included).
using year_in_one_course = el::therapy_duration<years{1}, el::immunotherapy>;
using year_since_first = el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::since_first_start>;

therapy course(const char* name, std::string_view start, std::optional<std::string_view> end = std::nullopt) {
  return {name, therapy_class::immunosuppressant, parse_partial_date(start), end ? std::optional(parse_partial_date(*end)) : std::nullopt};
}
// Born 1980-01-01, the therapy list complete since then: no course can be missing.
patient with(std::vector<therapy> courses, date since = date(1980, 1, 1)) {
  patient p;
  p.id.push_back('T'); // not assigned from "T": g++ 12 at -O3 reports a false -Wstringop-overflow
  p.birth_date = date(1980, 1, 1);
  p.therapies = std::move(courses);
  p.therapies_recorded_since = since;
  return p;
}
// test() without a memo, the explained verdict (checked against test()), and test() with a
// screening memo, which must all agree; returns the value.
template <class C> truth at(const patient& p, date on = screening) {
  const truth plain = answer_of<C>(p, el::evaluation_context{on});
  el::screening_memo memo;
  const el::evaluation_context with_memo{on, std::nullopt, &memo};
  BOOST_TEST((C{}.test(p, with_memo) == plain), "test() with a memo disagrees");
  return plain;
}
// test() with a screening memo alone.
template <class C> truth with_memo(const patient& p, date on = screening) {
  el::screening_memo memo;
  return C{}.test(p, el::evaluation_context{on, std::nullopt, &memo});
}
template <class C> std::string reason(const patient& p, date on = screening) { return reason_of<C>(p, el::evaluation_context{on}); }

// The SQL of therapy_duration since the first start over (-infinity, last] for immunotherapy
// (concepts 2000000301 and 2000000302), written out from sql/writer.hpp's documented form: met
// when a course starts on or before `latest`; else not met when a drug-history observation
// period (concept 2000000902) not ending before `last` starts on or before the birth day or the
// birth day is after `latest`; otherwise unknown.
std::string since_first_start_sql(const char* latest, const char* last) {
  const std::string born = "make_date(p.year_of_birth, COALESCE(p.month_of_birth, 1), COALESCE(p.day_of_birth, 1))";
  return std::string("(CASE WHEN EXISTS (SELECT 1 FROM \"drug_exposure\" d WHERE d.person_id = p.person_id AND d.drug_concept_id IN "
                     "(2000000301, 2000000302) AND d.drug_exposure_start_date <= DATE '") +
         latest + "') THEN TRUE WHEN EXISTS (SELECT 1 FROM \"observation_period\" o WHERE o.person_id = p.person_id AND " +
         "o.period_type_concept_id = 2000000902 AND o.observation_period_end_date >= DATE '" + last +
         "' AND ((p.year_of_birth IS NOT NULL AND o.observation_period_start_date <= " + born + ") OR (p.year_of_birth IS NOT NULL AND " +
         born + " > DATE '" + latest + "'))) THEN FALSE ELSE NULL END)";
}
// The SQL of therapy_duration in one continuous course of a year over (-infinity, last]: met when
// a course's start plus 12 months is on or before its end (or `last` when ongoing or later); else
// not met when such a period starts on or before the birth day, or the birth day plus 12 months
// is after the period's day before its start (or `last`, the earlier); otherwise unknown.
std::string continuous_year_sql(const char* last) {
  const std::string born = "make_date(p.year_of_birth, COALESCE(p.month_of_birth, 1), COALESCE(p.day_of_birth, 1))";
  const std::string l = std::string("DATE '") + last + "'";
  return "(CASE WHEN EXISTS (SELECT 1 FROM \"drug_exposure\" d WHERE d.person_id = p.person_id AND d.drug_concept_id IN "
         "(2000000301, 2000000302) AND d.drug_exposure_start_date <= " +
         l + " AND CAST(d.drug_exposure_start_date + INTERVAL '12 months' AS date) <= LEAST(COALESCE(d.drug_exposure_end_date, " + l + "), " +
         l + ")) THEN TRUE WHEN EXISTS (SELECT 1 FROM \"observation_period\" o WHERE o.person_id = p.person_id AND " +
         "o.period_type_concept_id = 2000000902 AND o.observation_period_end_date >= " + l + " AND (o.observation_period_start_date <= " +
         born + " OR CAST(" + born + " + INTERVAL '12 months' AS date) > LEAST(" + l + ", (o.observation_period_start_date + -1)))) " +
         "THEN FALSE ELSE NULL END)";
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_therapy_duration)

BOOST_AUTO_TEST_CASE(the_two_rules_on_one_record_with_a_gap) {
  // Azathioprine 2012-06-01 to 2012-12-31, then again from 2013-02-01, ongoing. In one course:
  // the first lasted 7 months (a year from 2012-06-01 is 2013-06-01), the second needs until
  // 2014-02-01; the list is complete since birth, so no unlisted course: not met. Since the
  // first start, gaps included: 2012-06-01 + 1 year = 2013-06-01, on or before 2014-01-05: met.
  const patient p = with({course("azathioprine", "2012-06-01", "2012-12-31"), course("azathioprine", "2013-02-01")});
  BOOST_TEST(at<year_in_one_course>(p) == N);
  BOOST_TEST(with_memo<year_in_one_course>(p) == N);
  BOOST_TEST(at<year_since_first>(p) == M);
  BOOST_TEST(with_memo<year_since_first>(p) == M);
  BOOST_TEST(reason<year_since_first>(p) ==
             "immunosuppressant or immunomodulator therapy first started 2012-06-01 (azathioprine), at least 1 year before 2014-01-05");
  // The second course alone from 2013-01-05 instead: a year is complete on 2014-01-05 either way.
  const patient q = with({course("azathioprine", "2012-06-01", "2012-12-31"), course("azathioprine", "2013-01-05")});
  BOOST_TEST(at<year_in_one_course>(q) == M);
  BOOST_TEST(with_memo<year_in_one_course>(q) == M);
}

BOOST_AUTO_TEST_CASE(sql_of_each_rule) {
  // On 2014-01-05 the last first start that completes a year by screening is 2013-01-05.
  const sql::writer w(screening);
  BOOST_TEST(year_since_first{}.sql(w) == since_first_start_sql("2013-01-05", "2014-01-05"));
  BOOST_TEST(year_in_one_course{}.sql(w) == continuous_year_sql("2014-01-05"));
}

BOOST_AUTO_TEST_CASE(last_fitting_start_at_a_clamped_month_end) {
  // Screening on 2013-02-28: 2012-02-29 + 1 year clamps to 2013-02-28 (fits), 2012-03-01 + 1 year
  // is 2013-03-01 (does not). So the last first start that fits is 2012-02-29, not 2012-02-28
  // (the day a year before screening).
  const date feb28(2013, 2, 28);
  BOOST_TEST(at<year_since_first>(with({course("azathioprine", "2012-02-29")}), feb28) == M);
  BOOST_TEST(with_memo<year_since_first>(with({course("azathioprine", "2012-02-29")}), feb28) == M);
  BOOST_TEST(at<year_since_first>(with({course("azathioprine", "2012-03-01")}), feb28) == N);
  BOOST_TEST(at<year_in_one_course>(with({course("azathioprine", "2012-02-29")}), feb28) == M);
  BOOST_TEST(year_since_first{}.sql(sql::writer(feb28)) == since_first_start_sql("2012-02-29", "2013-02-28"));
}

BOOST_AUTO_TEST_CASE(first_start_on_the_last_day_that_fits) {
  // From 2013-01-05 a year is complete on 2014-01-05, screening: met, with or without a memo.
  // From 2013-01-06 it would be complete on 2014-01-06: not met.
  BOOST_TEST(at<year_since_first>(with({course("azathioprine", "2013-01-05")})) == M);
  BOOST_TEST(with_memo<year_since_first>(with({course("azathioprine", "2013-01-05")})) == M);
  BOOST_TEST(with_memo<year_since_first>(with({course("azathioprine", "2013-01-06")})) == N);
}

BOOST_AUTO_TEST_CASE(an_unlisted_course_that_could_fill_the_duration_exactly) {
  // A year in one course in the 2 years before screening, [2012-01-05, 2014-01-05], nothing
  // listed. A list complete from 2013-01-06 hides courses that ended by 2013-01-05; one from
  // 2012-01-05 to 2013-01-05 lasts exactly a year: unknown. Complete from 2013-01-05, a hidden
  // course ended by 2013-01-04, a day short of a year from the window's first day: not met.
  using in_two_years = el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::continuous_course, within_before(years{2})>;
  BOOST_TEST(at<in_two_years>(with({}, date(2013, 1, 6))) == U);
  BOOST_TEST(at<in_two_years>(with({}, date(2013, 1, 5))) == N);
  // Since the first start in the year before screening, [2013-01-05, 2014-01-05]: a hidden course
  // (ended before the list's start) that began by 2013-01-05 gives its year on 2014-01-05, the
  // window's last day: with the list complete from 2013-06-01, unknown; from 2013-01-05, no hidden
  // course reaches the window: not met.
  using since_in_a_year = el::therapy_duration<years{1}, el::immunotherapy, el::duration_rule::since_first_start, within_before(years{1})>;
  BOOST_TEST(at<since_in_a_year>(with({}, date(2013, 6, 1))) == U);
  BOOST_TEST(at<since_in_a_year>(with({}, date(2013, 1, 5))) == N);
}

BOOST_AUTO_TEST_CASE(probes_of_a_window_a_day_longer_than_the_duration) {
  // 365 days in one course within the 366 days before screening: [2013-01-04, 2014-01-05]. The
  // course of exactly 365 days ending on screening starts on 2013-01-05 (2013 has 365 days), a
  // day shorter on 2013-01-06 and a day longer on 2013-01-04, the window's first day: all three
  // fit in the window.
  using c = el::therapy_duration<days{365}, el::immunotherapy, el::duration_rule::continuous_course, within_before(days{366})>;
  const patient base = with({course("azathioprine", "2010-01-01")});
  const el::evaluation_context ctx{screening};
  el::probe_writer w(base, ctx);
  c{}.boundary_probes(w);
  std::vector<std::string> edges;
  std::vector<truth> expected;
  for (const auto& probe : w.probes()) {
    edges.push_back(probe.edge);
    expected.push_back(probe.expected);
  }
  const std::vector<std::string> want{"one course of exactly 365 days, 2013-01-05 to 2014-01-05",
                                      "one course a day short of 365 days, 2013-01-06 to 2014-01-05",
                                      "one course a day longer than 365 days, 2013-01-04 to 2014-01-05"};
  BOOST_TEST(edges == want, boost::test_tools::per_element());
  BOOST_TEST(expected == (std::vector<truth>{M, N, M}), boost::test_tools::per_element());
  BOOST_TEST(w.notes().empty());
  for (const auto& probe : w.probes()) BOOST_TEST(c{}.test(probe.record, ctx) == probe.expected, probe.edge);
  // Within the 365 days before screening, [2013-01-05, 2014-01-05], the day-longer course would
  // start on 2013-01-04, before the window: no probes, and a note why.
  using short_window = el::therapy_duration<days{365}, el::immunotherapy, el::duration_rule::continuous_course, within_before(days{365})>;
  el::probe_writer v(base, ctx);
  short_window{}.boundary_probes(v);
  BOOST_TEST(v.probes().empty());
  BOOST_TEST(v.notes() == (std::vector<std::string>{"the window is shorter than the minimum duration"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_courses_started_the_same_day_the_first_listed_is_named) {
  // Azathioprine and mycophenolate both from 2012-03-01: the first start is 2012-03-01 either
  // way, a year before 2014-01-05: met; the reason names the course listed first.
  const patient a = with({course("azathioprine", "2012-03-01", "2012-09-30"), course("mycophenolate", "2012-03-01")});
  const patient b = with({course("mycophenolate", "2012-03-01"), course("azathioprine", "2012-03-01", "2012-09-30")});
  BOOST_TEST(reason<year_since_first>(a) ==
             "immunosuppressant or immunomodulator therapy first started 2012-03-01 (azathioprine), at least 1 year before 2014-01-05");
  BOOST_TEST(reason<year_since_first>(b) ==
             "immunosuppressant or immunomodulator therapy first started 2012-03-01 (mycophenolate), at least 1 year before 2014-01-05");
  // Both from January 2013, ongoing: the first start is 2013-01-01..01-31; a year by 2014-01-05
  // needs it on or before 2013-01-05, so some days give it and some not: unknown, the course
  // listed first named.
  const patient c = with({course("azathioprine", "2013-01"), course("mycophenolate", "2013-01")});
  const patient d = with({course("mycophenolate", "2013-01"), course("azathioprine", "2013-01")});
  BOOST_TEST(at<year_since_first>(c) == U);
  BOOST_TEST(reason<year_since_first>(c).starts_with("azathioprine (immunosuppressant) from 2013-01 (day unknown), ongoing may give 1 year"));
  BOOST_TEST(reason<year_since_first>(d).starts_with("mycophenolate (immunosuppressant) from 2013-01 (day unknown), ongoing may give 1 year"));
}

BOOST_AUTO_TEST_SUITE_END()
