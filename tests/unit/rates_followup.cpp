// A patient's follow-up: reports merged into attacks before the window is applied, exposure and
// time to first attack.
#include <trialspec/rates/followup.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <vector>

using namespace trialspec;
using namespace trialspec::rates;
namespace tt = boost::test_tools;

namespace {
date d(const char* text) { return parse_date(text); }
relapse report(const char* text) { return {d(text), relapse_severity::unknown, std::nullopt}; }
} // namespace

BOOST_AUTO_TEST_SUITE(rates_followup)

BOOST_AUTO_TEST_CASE(an_attack_that_began_before_the_window_is_not_counted) {
  // Window 2015-02-03..2016-08-20 (564 days). 2015-01-20 and 2015-02-10 are 21 days apart: one
  // attack dated 2015-01-20, before the window. 2016-01-05 is a new attack inside it.
  const patient_followup p{"P02", "msc", date_interval(d("2015-02-03"), d("2016-08-20")),
                           {report("2015-01-20"), report("2015-02-10"), report("2016-01-05")}};
  BOOST_TEST(p.attacks().size() == 2u);
  const auto e = p.exposure_in_window();
  BOOST_TEST(e.events == 1);
  BOOST_TEST(e.person_years == 564 / 365.25, tt::tolerance(1e-15));
  const auto t = p.time_to_first_attack();
  BOOST_TEST(t.event);
  BOOST_TEST(t.time == 336.0);  // 2015-02-03 -> 2016-01-05
  // Without merging the 2015-02-10 report is an attack of its own, 7 days into the window.
  BOOST_TEST(p.exposure_in_window(0).events == 2);
  BOOST_TEST(p.time_to_first_attack(0).time == 7.0);
}

BOOST_AUTO_TEST_CASE(no_relapse_is_a_censoring_at_the_end) {
  const patient_followup p{"P06", "msc", date_interval(d("2015-05-05"), d("2016-05-05")), {}};
  BOOST_TEST(p.exposure_in_window().events == 0);
  const auto t = p.time_to_first_attack();
  BOOST_TEST(!t.event);
  BOOST_TEST(t.time == 366.0);
}

BOOST_AUTO_TEST_CASE(a_one_day_window_has_no_person_time) {
  const patient_followup p{"X", "g", date_interval(d("2015-05-05"), d("2015-05-05")), {}};
  BOOST_CHECK_THROW(static_cast<void>(p.exposure_in_window()), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
