// Observation windows and follow-up visits relative to the infusion date.
#include <trialspec/protocols/nct02249676/design.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;

BOOST_AUTO_TEST_SUITE(protocol_windows)

BOOST_AUTO_TEST_CASE(safety_window_parts) {
  const date r = parse_date("2014-05-31");
  // 2014-05-31 - 3 months = 2014-02-28 (clamped); + 12 months = 2015-05-31.
  BOOST_TEST(seed::windows::safety.resolve(r) == date_interval(parse_date("2014-02-28"), parse_date("2015-05-31")));
  BOOST_TEST(seed::windows::safety_before.resolve(r) == date_interval(parse_date("2014-02-28"), parse_date("2014-05-30")));
  BOOST_TEST(seed::windows::safety_after.resolve(r) == date_interval(r, parse_date("2015-05-31")));
  // The infusion day is in the after part only.
  BOOST_TEST(!seed::windows::safety_before.contains(r, r));
  BOOST_TEST(seed::windows::safety_after.contains(r, r));
}

BOOST_AUTO_TEST_CASE(relapse_rate_windows) {
  const date r = parse_date("2014-03-10");
  BOOST_TEST(seed::windows::relapse_rate_before.resolve(r) == date_interval(parse_date("2013-03-10"), parse_date("2014-03-09")));
  BOOST_TEST(seed::windows::relapse_rate_after.resolve(r) == date_interval(r, parse_date("2015-03-10")));
  BOOST_TEST(seed::windows::describe("the infusion") ==
             "adverse events between 3 months before the infusion and 12 months after the infusion (before part "
             "between 3 months before the infusion and 1 day before the infusion, after part within 12 months after "
             "the infusion); relapse rate before: between 12 months before the infusion and 1 day before the "
             "infusion; relapse rate after: within 12 months after the infusion");
}

BOOST_AUTO_TEST_CASE(visits_use_clamped_months_from_the_infusion) {
  // From 2014-01-31: Feb has 28 days -> 02-28; Apr 30 -> 04-30; Jul 31; Oct 31; 2015-01-31;
  // 2016-01-31. Never chained (month 3 is not 02-28 + 2 months = 04-28).
  const auto v = seed::schedule::dates(parse_date("2014-01-31"));
  const std::vector<scheduled_visit> expected{{1, parse_date("2014-02-28")}, {3, parse_date("2014-04-30")},
                                              {6, parse_date("2014-07-31")}, {9, parse_date("2014-10-31")},
                                              {12, parse_date("2015-01-31")}, {24, parse_date("2016-01-31")}};
  BOOST_TEST(v == expected, boost::test_tools::per_element());
  // A leap day: 2016-02-29 + 12 months = 2017-02-28; + 24 months = 2018-02-28.
  const auto leap = seed::schedule::dates(parse_date("2016-02-29"));
  BOOST_TEST(leap[4].on == parse_date("2017-02-28"));
  BOOST_TEST(leap[5].on == parse_date("2018-02-28"));
  BOOST_TEST(seed::schedule::describe("the infusion") == "months 1, 3, 6, 9, 12 and 24 after the infusion");
}

BOOST_AUTO_TEST_SUITE_END()
