// Relapse onsets known to the month or the year in a follow-up: the count of attacks and the time
// to the first are given when every day the onset could be gives the same answer, and are an
// invalid_input naming the onset otherwise. Every figure worked by hand from the calendar.
#include <trialspec/rates/followup.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
relapse report(const char* text) { return {parse_partial_date(text), relapse_severity::unknown, std::nullopt}; }

// Follow-up 2013-01-01 to 2013-12-31: 364 days, 364 / 365.25 years.
patient_followup in_2013(std::vector<relapse> reports) {
  return {"P1", "g", date_interval(parse_date("2013-01-01"), parse_date("2013-12-31")), std::move(reports)};
}

// The message of the invalid_input `f` throws ("" when it throws none).
template <class F> std::string refusal(F f) {
  try {
    static_cast<void>(f());
  } catch (const invalid_input& e) {
    return e.what();
  }
  return "";
}
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_rates)

BOOST_AUTO_TEST_CASE(a_month_onset_alone_inside_is_counted_but_has_no_time) {
  const auto p = in_2013({report("2013-05")});
  const auto e = p.exposure_in_window();
  BOOST_TEST(e.events == 1);
  BOOST_TEST(e.person_years == 364 / 365.25, tt::tolerance(1e-15));
  BOOST_TEST(refusal([&] { return p.time_to_first_attack(); }) ==
             "relapse onset \"2013-05\": may be the first attack in the follow-up from 2013-01-01 to "
             "2013-12-31: the time to it needs the day (YYYY-MM-DD)");
}

BOOST_AUTO_TEST_CASE(a_month_onset_after_a_precise_first_attack) {
  // 2013-02-10 is 40 days after 2013-01-01 (31 days of January, 9 of February); the first day of
  // May, 2013-05-01, is 80 days after 2013-02-10 (18 + 31 + 30 + 1): an attack of its own.
  const auto p = in_2013({report("2013-05"), report("2013-02-10")});
  BOOST_TEST(p.exposure_in_window().events == 2);
  const auto t = p.time_to_first_attack();
  BOOST_TEST(t.event);
  BOOST_TEST(t.time == 40.0);
  BOOST_TEST(p.time_to_first_attack(0).time == 40.0); // no merging: the same
  // A month that begins on the first attack's day comes on or after it whatever its day: the
  // time is 120 days (2013-01-01 to 2013-05-01: 31 + 28 + 31 + 30), though the count depends on
  // the day (the two may be one attack).
  const auto q = in_2013({report("2013-05-01"), report("2013-05")});
  const auto tq = q.time_to_first_attack();
  BOOST_TEST(tq.event);
  BOOST_TEST(tq.time == 120.0);
  BOOST_TEST(refusal([&] { return q.exposure_in_window(); }) != "");
}

BOOST_AUTO_TEST_CASE(a_month_onset_within_the_gap_of_another_report) {
  // "2013-05" and 2013-06-15: from 2013-05-31 they are 15 days apart, from 2013-05-01 45.
  const auto p = in_2013({report("2013-05"), report("2013-06-15")});
  BOOST_TEST(refusal([&] { return p.exposure_in_window(); }) ==
             "relapse onset \"2013-05\": may be less than 30 days from the report on 2013-06-15, so whether "
             "they are one attack depends on its day: give the day (YYYY-MM-DD)");
  BOOST_TEST(refusal([&] { return p.exposure_in_window(16); }) != "");
  // At least 15 days apart whatever the day: with a gap of 15 (or 0) two attacks.
  BOOST_TEST(p.exposure_in_window(15).events == 2);
  BOOST_TEST(p.exposure_in_window(0).events == 2);
  // The other report before the month: 2013-04-16 is 15 days before 2013-05-01.
  const auto before = in_2013({report("2013-04-16"), report("2013-05")});
  BOOST_TEST(before.exposure_in_window(15).events == 2);
  BOOST_TEST(refusal([&] { return before.exposure_in_window(16); }) ==
             "relapse onset \"2013-05\": may be less than 16 days from the report on 2013-04-16, so whether they are one "
             "attack depends on its day: give the day (YYYY-MM-DD)");
  // The time: "2013-05" comes before 2013-06-15 and is in the follow-up.
  BOOST_TEST(refusal([&] { return p.time_to_first_attack(15); }) ==
             "relapse onset \"2013-05\": may be the first attack in the follow-up from 2013-01-01 to "
             "2013-12-31: the time to it needs the day (YYYY-MM-DD)");
}

BOOST_AUTO_TEST_CASE(two_month_onsets_next_to_each_other) {
  // 2013-05-31 and 2013-06-01 are one day apart.
  const auto p = in_2013({report("2013-05"), report("2013-06")});
  BOOST_TEST(refusal([&] { return p.exposure_in_window(); }) ==
             "relapse onset \"2013-05\": may be less than 30 days from the report on 2013-06 (day unknown), "
             "so whether they are one attack depends on its day: give the day (YYYY-MM-DD)");
  BOOST_TEST(p.exposure_in_window(0).events == 2);
  // "2013-03" and "2013-09": from 2013-03-31 to 2013-09-01 are 154 days.
  BOOST_TEST(in_2013({report("2013-03"), report("2013-09")}).exposure_in_window().events == 2);
}

BOOST_AUTO_TEST_CASE(a_month_onset_before_the_follow_up) {
  // "2012-12" ends on 2012-12-31, 60 days before 2013-03-01 (31 + 28 + 1): an attack of its own,
  // before the follow-up. 2013-03-01 is 59 days after 2013-01-01.
  const auto p = in_2013({report("2012-12"), report("2013-03-01")});
  BOOST_TEST(p.exposure_in_window().events == 1);
  const auto t = p.time_to_first_attack();
  BOOST_TEST(t.event);
  BOOST_TEST(t.time == 59.0);
  // 2013-01-10 is 10 days after 2012-12-31: the report in the follow-up may belong to an attack
  // that began in December, before it.
  const auto q = in_2013({report("2012-12"), report("2013-01-10")});
  const std::string why = "relapse onset \"2012-12\": may be less than 30 days from the report on 2013-01-10, "
                          "so whether they are one attack depends on its day: give the day (YYYY-MM-DD)";
  BOOST_TEST(refusal([&] { return q.exposure_in_window(); }) == why);
  BOOST_TEST(refusal([&] { return q.time_to_first_attack(); }) == why);
  // Alone before the follow-up: no attack in it, censored at its end (364 days).
  const auto alone = in_2013({report("2012")});
  BOOST_TEST(alone.exposure_in_window().events == 0);
  BOOST_TEST(!alone.time_to_first_attack().event);
  BOOST_TEST(alone.time_to_first_attack().time == 364.0);
}

BOOST_AUTO_TEST_CASE(a_year_onset_across_an_edge_of_the_follow_up) {
  const patient_followup p{"P2", "g", date_interval(parse_date("2013-03-01"), parse_date("2014-02-28")), {report("2013")}};
  BOOST_TEST(refusal([&] { return p.exposure_in_window(); }) ==
             "relapse onset \"2013\": may or may not be in the follow-up from 2013-03-01 to 2014-02-28: "
             "counting it needs the day (YYYY-MM-DD)");
  BOOST_TEST(refusal([&] { return p.time_to_first_attack(); }) != "");
  // A month across the end after a first attack to the day: the count depends on it, the time
  // (59 days, 2013-01-01 to 2013-03-01) does not.
  const patient_followup q{"P3", "g", date_interval(parse_date("2013-01-01"), parse_date("2013-12-15")),
                           {report("2013-03-01"), report("2013-12")}};
  BOOST_TEST(refusal([&] { return q.exposure_in_window(); }) ==
             "relapse onset \"2013-12\": may or may not be in the follow-up from 2013-01-01 to 2013-12-15: "
             "counting it needs the day (YYYY-MM-DD)");
  const auto t = q.time_to_first_attack();
  BOOST_TEST(t.event);
  BOOST_TEST(t.time == 59.0);
  // On the follow-up's last day a month that ends there is inside: "2013-11" in [2013-01-01, 2013-11-30].
  const patient_followup r{"P4", "g", date_interval(parse_date("2013-01-01"), parse_date("2013-11-30")), {report("2013-11")}};
  BOOST_TEST(r.exposure_in_window().events == 1);
  // and one that begins on its first day too: "2013-01" in [2013-01-01, ...].
  BOOST_TEST(in_2013({report("2013-01")}).exposure_in_window().events == 1);
}

BOOST_AUTO_TEST_CASE(a_negative_gap_is_refused_as_before) {
  const auto p = in_2013({report("2013-05")});
  BOOST_TEST(refusal([&] { return p.exposure_in_window(-1); }) ==
             "attack gap \"-1\": must be 0 (no merging) or more days");
  BOOST_TEST(refusal([&] { return p.time_to_first_attack(-1); }) ==
             "attack gap \"-1\": must be 0 (no merging) or more days");
}

BOOST_AUTO_TEST_SUITE_END()
