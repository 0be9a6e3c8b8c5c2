// Calendar: parsing, clamped month/year arithmetic, closed windows, age, person-time.
#include <trialspec/calendar.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

using namespace trialspec;
using namespace trialspec::literals;

namespace {
date d(const char* text) { return parse_date(text); }
} // namespace

BOOST_AUTO_TEST_SUITE(calendar)

BOOST_AUTO_TEST_CASE(parses_iso_dates) {
  BOOST_TEST(d("2024-02-29") == date(2024, 2, 29));
  BOOST_TEST(d("1999-12-31") == date(1999, 12, 31));
  BOOST_TEST(to_iso(d("2024-02-03")) == "2024-02-03");
  BOOST_TEST(to_iso(date(1400, 1, 1)) == "1400-01-01");
}

BOOST_AUTO_TEST_CASE(rejects_every_malformed_date_text) {
  for (const char* bad : {"2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                          "2024-01-00", "2024-2-3", "20240203", "2024-02-03T00:00", " 2024-02-03",
                          "2024-02-03 ", "2024/02/03", "24-02-03", "", "abcd-ef-gh", "2024-02-3x",
                          "0999-01-01"}) {
    BOOST_TEST_CONTEXT("text '" << bad << "'") {
      BOOST_CHECK_THROW(parse_date(bad), invalid_input);
      try {
        parse_date(bad, "visit date");
      } catch (const invalid_input& e) {
        BOOST_TEST(e.field() == "visit date");
        BOOST_TEST(e.value() == bad);
        BOOST_TEST(std::string(e.what()).find(std::string("\"") + bad + "\"") != std::string::npos);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(error_message_states_the_rule) {
  try {
    parse_date("2024-02-30", "screening date");
    BOOST_FAIL("no exception");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()) == "screening date \"2024-02-30\": February 2024 has 29 days");
  }
  try {
    parse_date("2023-02-29");
    BOOST_FAIL("no exception");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()) == "date \"2023-02-29\": February 2023 has 28 days");
  }
  BOOST_CHECK_THROW(make_date(2023, 2, 29), invalid_input);
  BOOST_CHECK_THROW(make_date(2023, 13, 1), invalid_input);
  BOOST_TEST(make_date(2000, 2, 29) == date(2000, 2, 29)); // 2000 is a leap year
  BOOST_CHECK_THROW(make_date(1900, 2, 29), invalid_input); // 1900 is not
}

BOOST_AUTO_TEST_CASE(month_end_clamps_forward) {
  BOOST_TEST(d("2024-01-31") + 1_months == d("2024-02-29")); // leap year
  BOOST_TEST(d("2023-01-31") + 1_months == d("2023-02-28")); // common year
  BOOST_TEST(d("2024-02-29") + 1_years == d("2025-02-28"));
  BOOST_TEST(d("2024-02-29") + 4_years == d("2028-02-29"));
  BOOST_TEST(d("2024-03-31") + 1_months == d("2024-04-30"));
  BOOST_TEST(d("2023-12-31") + 2_months == d("2024-02-29")); // across a year end
  // Never snapped to month end, unlike boost::gregorian::months.
  BOOST_TEST(d("2023-02-28") + 1_months == d("2023-03-28"));
  BOOST_TEST(d("2024-04-30") + 1_months == d("2024-05-30"));
}

BOOST_AUTO_TEST_CASE(month_end_clamps_backward) {
  BOOST_TEST(d("2024-03-31") - 1_months == d("2024-02-29"));
  BOOST_TEST(d("2023-03-31") - 1_months == d("2023-02-28"));
  BOOST_TEST(d("2025-02-28") - 1_years == d("2024-02-28"));
  BOOST_TEST(d("2024-02-29") - 1_years == d("2023-02-28"));
  BOOST_TEST(d("2024-01-15") - 18_months == d("2022-07-15"));
  BOOST_TEST(d("2024-05-31") - 3_months == d("2024-02-29"));
}

BOOST_AUTO_TEST_CASE(days_and_weeks_are_exact) {
  BOOST_TEST(d("2024-02-28") + 1_days == d("2024-02-29"));
  BOOST_TEST(d("2024-03-01") - 1_days == d("2024-02-29"));
  BOOST_TEST(d("2024-01-01") + 48_weeks == d("2024-12-02")); // 336 days
  BOOST_TEST(days_between(d("2024-01-01"), d("2025-01-01")) == 366);
  BOOST_TEST(days_between(d("2025-01-01"), d("2024-01-01")) == -366);
  BOOST_TEST(to_string(calendar_duration(1_years)) == "1 year");
  BOOST_TEST(to_string(calendar_duration(18_months)) == "18 months");
  BOOST_TEST(to_string(calendar_duration(1_days)) == "1 day");
}

// Supported days are 1400-01-01 (day number 2,232,400) to 9999-12-31 (5,373,484): 3,141,084 days
// apart (8600 years of 365 days and 2085 leap days, less one). Counted by hand from 2000-01-01
// (day number 2,451,545): 600 years back hold 145 leap days, 8000 years on hold 1940.
BOOST_AUTO_TEST_CASE(day_and_week_arithmetic_stays_in_the_supported_years) {
  // In range, up to the last and first day.
  BOOST_TEST(d("9999-12-30") + 1_days == d("9999-12-31"));
  BOOST_TEST(d("9999-12-24") + 1_weeks == d("9999-12-31"));
  BOOST_TEST(d("9999-12-31") - 1_days == d("9999-12-30"));
  BOOST_TEST(d("9999-12-31") + 0_days == d("9999-12-31"));
  BOOST_TEST(d("1400-01-02") - 1_days == d("1400-01-01"));
  BOOST_TEST(d("1400-01-08") - 1_weeks == d("1400-01-01"));
  BOOST_TEST(d("1400-01-01") + 1_weeks == d("1400-01-08"));
  BOOST_TEST(d("1400-01-01") - 0_weeks == d("1400-01-01"));
  BOOST_TEST(d("1400-01-01") + days{3'141'084} == d("9999-12-31"));
  BOOST_TEST(d("9999-12-31") - days{3'141'084} == d("1400-01-01"));
  BOOST_TEST(d("1400-01-01") + weeks{448'726} == d("9999-12-29")); // 3,141,082 days
  BOOST_TEST(add(d("9999-12-31"), calendar_duration{-1, duration_unit::weeks}) == d("9999-12-24"));
  BOOST_TEST(within_before(1_days).resolve(d("1400-01-02")) == date_interval(d("1400-01-01"), d("1400-01-02")));

  // One step past either end is an error naming the operation, not a date outside the calendar.
  const auto message = [](auto compute) {
    try {
      compute();
    } catch (const invalid_input& e) {
      BOOST_TEST(e.field() == "date arithmetic");
      BOOST_TEST(e.rule() == "result outside years 1400 to 9999");
      return std::string(e.what());
    }
    return std::string("no exception");
  };
  BOOST_TEST(message([] { return to_iso(parse_date("9999-12-31") + days{1}); }) ==
             "date arithmetic \"9999-12-31 + 1 day\": result outside years 1400 to 9999");
  BOOST_TEST(message([] { return d("1400-01-01") - 1_days; }) ==
             "date arithmetic \"1400-01-01 + -1 day\": result outside years 1400 to 9999");
  BOOST_TEST(message([] { return d("9999-12-25") + 1_weeks; }) ==
             "date arithmetic \"9999-12-25 + 1 week\": result outside years 1400 to 9999");
  BOOST_TEST(message([] { return d("1400-01-07") - 1_weeks; }) ==
             "date arithmetic \"1400-01-07 + -1 week\": result outside years 1400 to 9999");
  BOOST_TEST(message([] { return d("1400-01-01") + days{3'141'085}; }) ==
             "date arithmetic \"1400-01-01 + 3141085 days\": result outside years 1400 to 9999");
  BOOST_TEST(message([] { return d("1400-01-01") + weeks{448'727}; }) ==
             "date arithmetic \"1400-01-01 + 448727 weeks\": result outside years 1400 to 9999");
  // Counts far beyond the calendar do not wrap around into it.
  BOOST_CHECK_THROW(d("2014-01-05") + days{2'147'483'647}, invalid_input);
  BOOST_CHECK_THROW(d("2014-01-05") + weeks{2'147'483'647}, invalid_input);
  BOOST_CHECK_THROW(d("2014-01-05") - weeks{2'147'483'647}, invalid_input);
  BOOST_CHECK_THROW((void)within_before(1_days).resolve(d("1400-01-01")), invalid_input);
  BOOST_CHECK_THROW((void)within_after(1_weeks).resolve(d("9999-12-31")), invalid_input);
  // Months and years already kept to the range; unchanged.
  BOOST_TEST(d("9998-12-31") + 1_years == d("9999-12-31"));
  BOOST_CHECK_THROW(d("9999-12-15") + 1_months, invalid_input);
  BOOST_CHECK_THROW(d("1400-01-31") - 1_months, invalid_input);
  // Unbounded ends stay unbounded.
  BOOST_TEST(date(boost::date_time::pos_infin) + 1_days == date(boost::date_time::pos_infin));
  BOOST_TEST(date(boost::date_time::neg_infin) - 1_weeks == date(boost::date_time::neg_infin));
}

BOOST_AUTO_TEST_CASE(iso_text_written_into_a_buffer) {
  char buffer[iso_date_max_size + 2] = "xxxxxxxxxxx"; // room for a date, one x past it, a null
  BOOST_TEST(write_iso(buffer, d("2014-01-05")) == buffer + 10);
  BOOST_TEST(std::string(buffer) == "2014-01-05x"); // nothing written past the date
  BOOST_TEST(write_iso(buffer, d("9999-12-31")) == buffer + 10);
  BOOST_TEST(std::string(buffer, 10) == "9999-12-31");
  BOOST_TEST(write_iso(buffer, date(boost::date_time::pos_infin)) == buffer + 9);
  BOOST_TEST(std::string(buffer, 9) == "+infinity");
  BOOST_TEST(write_iso(buffer, date(boost::date_time::neg_infin)) == buffer + 9);
  BOOST_TEST(std::string(buffer, 9) == "-infinity");
  BOOST_TEST(write_iso(buffer, date()) == buffer + 10); // a default Boost date is not-a-date
  BOOST_TEST(std::string(buffer, 10) == "not-a-date");
}

BOOST_AUTO_TEST_CASE(numbers_padded_with_zeros) {
  const auto padded = [](long v, int width) {
    std::string s = "at ";
    append_zero_padded(s, v, width);
    return s;
  };
  BOOST_TEST(padded(7, 2) == "at 07");
  BOOST_TEST(padded(0, 2) == "at 00");
  BOOST_TEST(padded(12, 2) == "at 12");
  BOOST_TEST(padded(12345, 4) == "at 12345"); // never cut
  BOOST_TEST(padded(9, 0) == "at 9");
  BOOST_TEST(padded(-5, 4) == "at -005"); // the sign first, and it counts
  BOOST_TEST(padded(-1234, 4) == "at -1234");
  // make_date names an impossible date with the same padding.
  try {
    make_date(33, 2, 3, "visit date");
    BOOST_FAIL("no exception");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()) == "visit date \"0033-02-03\": year must be 1400 to 9999");
  }
}

BOOST_AUTO_TEST_CASE(window_boundaries_are_inside_and_one_day_past_is_not) {
  const date r = d("2014-03-31");
  constexpr auto w = within_before(18_months);
  const auto i = w.resolve(r);
  BOOST_TEST(i.first() == d("2012-09-30"));
  BOOST_TEST(i.last() == r);
  BOOST_TEST(w.contains(r, d("2012-09-30")));  // on the start edge
  BOOST_TEST(!w.contains(r, d("2012-09-29"))); // one day before it
  BOOST_TEST(w.contains(r, r));                // on the reference date
  BOOST_TEST(!w.contains(r, d("2014-04-01"))); // one day after it

  constexpr auto after = at_least_after(1_years);
  BOOST_TEST(after.contains(d("2013-02-28"), d("2014-02-28")));
  BOOST_TEST(!after.contains(d("2013-02-28"), d("2014-02-27")));
  BOOST_TEST(after.contains(d("2013-02-28"), d("2090-01-01")));

  constexpr auto safety = between(before(3_months), trialspec::after(12_months));
  const auto s = safety.resolve(d("2014-05-31"));
  BOOST_TEST(s.first() == d("2014-02-28"));
  BOOST_TEST(s.last() == d("2015-05-31"));
  BOOST_TEST(!safety.contains(d("2014-05-31"), d("2014-02-27")));
  BOOST_TEST(!safety.contains(d("2014-05-31"), d("2015-06-01")));

  constexpr auto ever_before = at_least_before(3_months);
  BOOST_TEST(ever_before.contains(d("2014-05-31"), d("2014-02-28")));
  BOOST_TEST(!ever_before.contains(d("2014-05-31"), d("2014-03-01")));
  BOOST_TEST(ever_before.contains(d("2014-05-31"), d("1900-01-01")));
}

BOOST_AUTO_TEST_CASE(windows_describe_themselves) {
  BOOST_TEST(within_before(18_months).describe("screening") == "within 18 months before screening");
  BOOST_TEST(within_after(12_months).describe("the infusion") == "within 12 months after the infusion");
  BOOST_TEST(at_least_after(1_years).describe("R") == "at least 1 year after R");
  BOOST_TEST(at_least_before(3_months).describe("R") == "at least 3 months before R");
  BOOST_TEST(between(before(3_months), after(12_months)).describe("the infusion") ==
             "between 3 months before the infusion and 12 months after the infusion");
  BOOST_TEST(on_or_before_reference.describe("screening") == "on or before screening");
  BOOST_TEST(relative_window{}.describe("R") == "at any time");
  // Both edges on the reference day: a one-day window named as that day, not "within 0 days".
  BOOST_TEST(relative_window(reference_day, reference_day).describe("screening") == "on screening");
  BOOST_TEST(relative_window(before(0_days), after(0_days)).describe("screening") == "on screening");
}

BOOST_AUTO_TEST_CASE(inverted_windows_are_rejected) {
  // Certainly inverted: rejected on construction (a compile error in a constant expression).
  BOOST_CHECK_THROW(between(after(12_months), before(3_months)), invalid_input);
  BOOST_CHECK_THROW(before(calendar_duration{-3, duration_unit::months}), invalid_input);
  // 1 month after vs 30 days after cannot be ordered without the reference date: checked then.
  const relative_window w = between(after(30_days), after(1_months));
  BOOST_TEST(w.resolve(d("2024-01-15")).to_string() == "2024-02-14..2024-02-15");          // 02-14 .. 02-15
  BOOST_CHECK_THROW((void)w.resolve(d("2024-02-01")), invalid_input); // 03-02 .. 03-01
}

// A window is refused on construction only when its start is after its end whatever the
// reference date: a month is 28 to 31 days, a year 365 or 366, a week 7. Worked by hand:
// [R-28d, R-1m] can be one day (R = 2014-03-01: both edges are 2014-02-01), [R-27d, R-1m] never
// (a month before R is at least 28 days before it); [R-1m, R-31d] can be one day (R = 2014-02-01:
// both 2014-01-01), [R-1m, R-32d] never; likewise 365/366 days for a year, 7 for a week, and the
// same edges after R.
BOOST_AUTO_TEST_CASE(windows_are_refused_only_when_inverted_in_every_calendar) {
  const calendar_duration week{1, duration_unit::weeks};
  const auto refused = [](window_edge from, window_edge to) {
    try {
      (void)relative_window(from, to);
    } catch (const invalid_input& e) {
      return std::string(e.field()) == "window";
    }
    return false;
  };
  // A zero offset is the reference day itself; a negative one is refused.
  BOOST_CHECK_NO_THROW((void)before(0_days));
  BOOST_TEST(relative_window(before(0_days), after(0_days)).resolve(d("2014-01-10")).to_string() == "2014-01-10..2014-01-10");
  // Equal edges: a one-day window.
  BOOST_TEST(!refused(before(5_days), before(5_days)));
  BOOST_TEST(relative_window(before(5_days), before(5_days)).resolve(d("2014-01-10")).to_string() ==
             "2014-01-05..2014-01-05");
  BOOST_TEST(refused(before(4_days), before(5_days)));
  // Months against days, before and after R.
  BOOST_TEST(!refused(before(28_days), before(1_months)));
  BOOST_TEST(relative_window(before(28_days), before(1_months)).resolve(d("2014-03-01")).to_string() ==
             "2014-02-01..2014-02-01");
  BOOST_TEST(refused(before(27_days), before(1_months)));
  BOOST_TEST(!refused(before(1_months), before(31_days)));
  BOOST_TEST(relative_window(before(1_months), before(31_days)).resolve(d("2014-02-01")).to_string() ==
             "2014-01-01..2014-01-01");
  BOOST_TEST(refused(before(1_months), before(32_days)));
  BOOST_TEST(!refused(after(1_months), after(28_days)));
  BOOST_TEST(refused(after(1_months), after(27_days)));
  BOOST_TEST(!refused(after(31_days), after(1_months)));
  BOOST_TEST(refused(after(32_days), after(1_months)));
  // Years against days.
  BOOST_TEST(!refused(before(365_days), before(1_years)));
  BOOST_TEST(refused(before(364_days), before(1_years)));
  BOOST_TEST(!refused(before(1_years), before(366_days)));
  BOOST_TEST(refused(before(1_years), before(367_days)));
  // Weeks against days: exactly 7.
  BOOST_TEST(!refused(before(7_days), before(week)));
  BOOST_TEST(refused(before(6_days), before(week)));
  BOOST_TEST(!refused(before(week), before(7_days)));
  BOOST_TEST(refused(before(week), before(8_days)));
}

BOOST_AUTO_TEST_CASE(intervals_reject_an_end_before_the_start) {
  BOOST_CHECK_THROW(date_interval(d("2024-03-02"), d("2024-03-01")), invalid_input);
  try {
    date_interval(d("2024-03-02"), d("2024-03-01"));
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()) == "interval \"2024-03-02..2024-03-01\": the end is before the start");
  }
  const date_interval one_day(d("2024-03-01"), d("2024-03-01"));
  BOOST_TEST(one_day.contains(d("2024-03-01")));
  BOOST_TEST(one_day.length_in_days() == 0);
  BOOST_CHECK_THROW((void)date_interval::from(d("2024-01-01")).length_in_days(), invalid_input);
}

BOOST_AUTO_TEST_CASE(age_in_completed_years) {
  const date birth = d("1980-06-15");
  BOOST_TEST(age_in_years(birth, d("1998-06-14")) == 17); // day before the 18th birthday
  BOOST_TEST(age_in_years(birth, d("1998-06-15")) == 18); // on it
  BOOST_TEST(age_in_years(birth, d("1998-06-16")) == 18); // day after
  BOOST_TEST(age_in_years(birth, birth) == 0);
  BOOST_CHECK_THROW(age_in_years(birth, d("1980-06-14")), invalid_input);
}

BOOST_AUTO_TEST_CASE(age_for_29_february_births) {
  const date birth = d("1996-02-29");
  BOOST_TEST(age_in_years(birth, d("2014-02-27")) == 17);
  BOOST_TEST(age_in_years(birth, d("2014-02-28")) == 18); // common year: reached on 28 February
  BOOST_TEST(age_in_years(birth, d("2014-03-01")) == 18);
  BOOST_TEST(age_in_years(birth, d("2016-02-28")) == 19); // leap year: not yet
  BOOST_TEST(age_in_years(birth, d("2016-02-29")) == 20);
}

// An age needs two calendar days: an unbounded date (a window's open end) or not-a-date is
// refused, naming which of the two it is.
BOOST_AUTO_TEST_CASE(age_of_an_unbounded_date_is_refused) {
  const auto field_of = [](date birth, date on) {
    try {
      (void)age_in_years(birth, on);
    } catch (const invalid_input& e) {
      return std::string(e.field());
    }
    return std::string("accepted");
  };
  const date infinite_future(boost::date_time::pos_infin);
  const date infinite_past(boost::date_time::neg_infin);
  BOOST_TEST(field_of(infinite_past, d("2014-01-05")) == "birth date");
  BOOST_TEST(field_of(d("1990-01-05"), infinite_future) == "age reference date");
  BOOST_TEST(field_of(infinite_future, infinite_future) == "birth date");
  BOOST_TEST(field_of(d("1990-01-05"), date(boost::date_time::not_a_date_time)) == "age reference date");
  BOOST_TEST(age_in_years(d("1990-01-05"), d("2014-01-05")) == 24);
}

BOOST_AUTO_TEST_CASE(person_years_are_days_over_365_25) {
  BOOST_TEST(person_years(date_interval(d("2024-01-01"), d("2025-01-01"))) == 366 / 365.25,
             boost::test_tools::tolerance(1e-15));
  BOOST_TEST(person_years(date_interval(d("2023-01-01"), d("2027-01-01"))) == 4.0,
             boost::test_tools::tolerance(1e-15)); // 1461 days = 4 x 365.25
  BOOST_TEST(person_years(date_interval(d("2023-01-01"), d("2023-01-01"))) == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
