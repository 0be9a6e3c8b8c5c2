// The integer calendar conversions behind add_months, age_in_years and to_iso, checked against
// Boost.Date_Time's own calendar (an independent implementation) over the whole supported range,
// and the per-thread memos of window resolution and age checked for staleness.
#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

BOOST_AUTO_TEST_SUITE(calendar_day_numbers)

BOOST_AUTO_TEST_CASE(civil_dates_agree_with_boost_on_every_day_from_1400_to_9999) {
  std::size_t mismatches = 0, days = 0;
  for (date d(1400, 1, 1); d <= date(9999, 12, 31); d += boost::gregorian::date_duration(1), ++days) {
    const auto c = detail::civil_of(d);
    const auto ymd = d.year_month_day();
    if (c.year != ymd.year || c.month != ymd.month.as_number() || c.day != ymd.day.as_number()) ++mismatches;
    if (detail::date_from_civil(c.year, c.month, c.day) != d) ++mismatches;
  }
  BOOST_TEST(days == 3'141'085u); // 8600 years: 8600 * 365 + 2085 leap days (2150 multiples of 4 - 65 non-leap centuries)
  BOOST_TEST(mismatches == 0u);
}

BOOST_AUTO_TEST_CASE(iso_text_of_boundary_days) {
  BOOST_TEST(to_iso(date(1400, 1, 1)) == "1400-01-01");
  BOOST_TEST(to_iso(date(9999, 12, 31)) == "9999-12-31");
  BOOST_TEST(to_iso(date(2000, 2, 29)) == "2000-02-29");
  BOOST_TEST(to_iso(date(2014, 10, 5)) == "2014-10-05");
}

BOOST_AUTO_TEST_CASE(month_arithmetic_across_the_year_and_century_ends) {
  BOOST_TEST(add_months(date(1999, 12, 31), 2) == date(2000, 2, 29));  // 2000 is a leap year
  BOOST_TEST(add_months(date(2100, 3, 31), -1) == date(2100, 2, 28));  // 2100 is not
  BOOST_TEST(add_months(date(1400, 1, 31), 1) == date(1400, 2, 28));   // 1400 is divisible by 100, not by 400: not leap
  BOOST_TEST(add_months(date(2014, 1, 5), -18) == date(2012, 7, 5));
}

BOOST_AUTO_TEST_CASE(window_memo_follows_the_reference_date) {
  // The same compile-time window around three dates in turn, back to the first: each answer must
  // be the window around the date asked for, not the one resolved before.
  constexpr relative_window w = within_before(months{18});
  const patient p{};
  const auto at = [&](date as_of) { return *el::resolve_window<w>(el::evaluation_context{as_of}, el::reference_point::screening, p); };
  BOOST_TEST(at(date(2014, 1, 5)) == date_interval(date(2012, 7, 5), date(2014, 1, 5)));
  BOOST_TEST(at(date(2013, 8, 31)) == date_interval(date(2012, 2, 29), date(2013, 8, 31))); // 31 Feb 2012 clamps to 29
  BOOST_TEST(at(date(2014, 1, 5)) == date_interval(date(2012, 7, 5), date(2014, 1, 5)));
  // An infusion window with no infusion date anywhere is unknown, memo or not.
  BOOST_TEST(!el::resolve_window<w>(el::evaluation_context{date(2014, 1, 5)}, el::reference_point::infusion, p));
}

BOOST_AUTO_TEST_CASE(age_memo_follows_birth_and_reference_dates) {
  // The 18th birthday is 2000-06-15 for someone born 1982-06-15.
  patient a{};
  a.birth_date = date(1982, 6, 15);
  patient b{};
  b.birth_date = date(1960, 6, 15);
  const el::age_above<18> over_18{};
  const el::evaluation_context before{date(2000, 6, 14)}, on{date(2000, 6, 15)};
  BOOST_TEST(over_18.test(a, on) == truth::not_met);     // exactly 18 is not above 18
  BOOST_TEST(over_18.test(a, before) == truth::not_met); // 17
  BOOST_TEST(over_18.test(b, before) == truth::met);     // 39
  BOOST_TEST(over_18.test(a, on) == truth::not_met);
  BOOST_TEST(el::age_at_least<18>{}.test(a, on) == truth::met);
  BOOST_TEST(el::age_at_least<18>{}.test(a, before) == truth::not_met);
  patient unknown{};
  BOOST_TEST(over_18.test(unknown, on) == truth::unknown);
  // The reason's words are remembered too: each reason names its own record's dates.
  BOOST_TEST(over_18.evaluate(a, on).reason() == "age 18 on 2000-06-15 (born 1982-06-15) is not above 18");
  BOOST_TEST(over_18.evaluate(b, on).reason() == "age 40 on 2000-06-15 (born 1960-06-15) is above 18");
  BOOST_TEST(over_18.evaluate(b, before).reason() == "age 39 on 2000-06-14 (born 1960-06-15) is above 18");
  BOOST_TEST(over_18.evaluate(a, on).reason() == "age 18 on 2000-06-15 (born 1982-06-15) is not above 18");
}

BOOST_AUTO_TEST_SUITE_END()
