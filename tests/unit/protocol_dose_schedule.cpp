// Dose schedules as types: the words and the administration dates of the schedules in the next
// trials' labels, worked out by hand on the calendar (2024 is a leap year; 2024-01-01 is a Monday).
#include <trialspec/protocol/dose_schedule.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;

namespace {
// "900 mg IV weekly for 4 doses, then 1200 mg at week 4 (the 5th dose), then 1200 mg every 2 weeks"
using eculizumab = dose_schedule<route::intravenous, repeated<900_mg, weeks{1}, 4>, at_weeks<1200_mg, 4>,
                                 every<1200_mg, weeks{2}>>;
// "300 mg IV on day 1 and day 15, then every 26 weeks" (the label counts the 26 weeks from the
// first infusion)
using inebilizumab = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>, every<300_mg, weeks{26}, counted_from::first_dose>>;
// The other reading, for contrast: 26 weeks after the day-15 dose.
using inebilizumab_after_last = dose_schedule<route::intravenous, on_days<300_mg, 1, 15>, every<300_mg, weeks{26}>>;
// "120 mg SC at weeks 0, 2 and 4, then every 4 weeks"
using satralizumab = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{4}>>;
// Ravulizumab's label tiers: loading on day 1, maintenance on day 15 and every 8 weeks after it.
inline constexpr weight_tiered_dose ravulizumab_loading{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
                                                        weight_tier{.from_kg = 60, .below_kg = 100, .dose = 2700_mg},
                                                        weight_tier{.from_kg = 100, .dose = 3000_mg}};
inline constexpr weight_tiered_dose ravulizumab_maintenance{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 3000_mg},
                                                            weight_tier{.from_kg = 60, .below_kg = 100, .dose = 3300_mg},
                                                            weight_tier{.from_kg = 100, .dose = 3600_mg}};
using ravulizumab = dose_schedule<route::intravenous, on_days<ravulizumab_loading, 1>, on_days<ravulizumab_maintenance, 15>,
                                  every<ravulizumab_maintenance, weeks{8}>>;
// "14 mg once daily", "44 ug SC three times weekly"
using teriflunomide = dose_schedule<route::oral, daily<14_mg>>;
using interferon_beta_1a = dose_schedule<route::subcutaneous, weekly_on<44_ug, 1, 3, 5>>;

std::vector<date> dates(std::initializer_list<const char*> iso) {
  std::vector<date> out;
  for (const char* d : iso) out.push_back(parse_date(d));
  return out;
}
const date jan1 = parse_date("2024-01-01");
} // namespace

BOOST_AUTO_TEST_SUITE(protocol_dose_schedule)

BOOST_AUTO_TEST_CASE(schedules_are_compile_time_values) {
  static_assert(DoseSchedule<eculizumab> && DoseSchedule<ravulizumab> && DoseSchedule<interferon_beta_1a>);
  // Days after the first dose where each phase starts and ends: eculizumab's weekly phase ends at
  // week 3 (day 22 = offset 21), the week-4 dose is offset 28, the every-2-weeks phase starts at
  // week 6 (offset 42) and has no end.
  static_assert(eculizumab::spans[0].first == 0 && eculizumab::spans[0].last == 21);
  static_assert(eculizumab::spans[1].first == 28 && eculizumab::spans[1].last == 28);
  static_assert(eculizumab::spans[2].first == 42 && eculizumab::spans[2].open_ended);
  // Counted from the first dose, inebilizumab's maintenance starts at week 26 (offset 182); counted
  // from the day-15 dose, at offset 14 + 182 = 196.
  static_assert(inebilizumab::spans[1].first == 182 && inebilizumab_after_last::spans[1].first == 196);
  // Satralizumab's maintenance starts at week 8 whichever way it is counted.
  static_assert(satralizumab::spans[1].first == 56);
  static_assert(ravulizumab::needs_weight && !eculizumab::needs_weight);
  static_assert(ravulizumab::via == route::intravenous && teriflunomide::via == route::oral);
}

BOOST_AUTO_TEST_CASE(schedules_in_words) {
  BOOST_TEST(eculizumab::describe() == "900 mg IV weekly for 4 doses (weeks 0, 1, 2 and 3), then 1200 mg IV at week 4, then "
                                       "1200 mg IV every 2 weeks from week 6");
  BOOST_TEST(inebilizumab::describe() ==
             "300 mg IV on days 1 and 15, then 300 mg IV every 26 weeks counted from the first dose, from week 26");
  BOOST_TEST(inebilizumab_after_last::describe() == "300 mg IV on days 1 and 15, then 300 mg IV every 26 weeks from week 28");
  BOOST_TEST(satralizumab::describe() == "120 mg SC at weeks 0, 2 and 4, then 120 mg SC every 4 weeks from week 8");
  BOOST_TEST(ravulizumab::describe() ==
             "by body weight (40 to under 60 kg: 2400 mg; 60 to under 100 kg: 2700 mg; 100 kg or more: 3000 mg) IV on day 1, "
             "then by body weight (40 to under 60 kg: 3000 mg; 60 to under 100 kg: 3300 mg; 100 kg or more: 3600 mg) IV on "
             "day 15, then the same dose IV every 8 weeks from week 10");
  BOOST_TEST(teriflunomide::describe() == "14 mg PO daily from day 1");
  BOOST_TEST(interferon_beta_1a::describe() == "44 ug SC three times weekly, on days 1, 3 and 5 of each week");
}

BOOST_AUTO_TEST_CASE(satralizumab_dates) {
  // Weeks 0, 2, 4: Jan 1, 15, 29. Then every 28 days: Jan 29 + 28 = Feb 26; + 28 = Mar 25 (Feb
  // has 29 days); + 28 = Apr 22; + 28 = May 20.
  BOOST_TEST(satralizumab::dates(jan1, parse_date("2024-05-20")) ==
                 dates({"2024-01-01", "2024-01-15", "2024-01-29", "2024-02-26", "2024-03-25", "2024-04-22", "2024-05-20"}),
             boost::test_tools::per_element());
  // The end date is included only when a dose falls on it.
  BOOST_TEST(satralizumab::dates(jan1, parse_date("2024-05-19")).size() == 6u);
  BOOST_TEST(satralizumab::dates(jan1, jan1) == dates({"2024-01-01"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(eculizumab_doses_and_amounts) {
  const auto d = eculizumab::doses(jan1, parse_date("2024-03-11"));
  BOOST_TEST_REQUIRE(d.size() == 8u);
  // 900 mg on Jan 1, 8, 15, 22; the 5th dose, 1200 mg, at week 4 (Jan 29, day 29); then 1200 mg
  // every 14 days: Feb 12, Feb 26, Mar 11.
  const std::vector<date> on = dates({"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29", "2024-02-12",
                                      "2024-02-26", "2024-03-11"});
  const long day[] = {1, 8, 15, 22, 29, 43, 57, 71};
  const std::size_t phase[] = {0, 0, 0, 0, 1, 2, 2, 2};
  for (std::size_t i = 0; i < d.size(); ++i) {
    BOOST_TEST(d[i].number == static_cast<int>(i) + 1);
    BOOST_TEST(d[i].on == on[i]);
    BOOST_TEST(d[i].day == day[i]);
    BOOST_TEST(d[i].phase == phase[i]);
    BOOST_TEST((d[i].amount == (i < 4 ? 900_mg : 1200_mg)));
  }
  BOOST_TEST((d[4] == scheduled_dose{5, 29, parse_date("2024-01-29"), 1, 1200_mg}));
}

BOOST_AUTO_TEST_CASE(inebilizumab_counts_26_weeks_as_the_schedule_says) {
  // From the first dose: Jan 1 + 182 days is day-of-year 183 of 2024 = Jul 1; + 182 = day 365 =
  // Dec 30; + 182 = day 181 of 2025 = Jun 30.
  BOOST_TEST(inebilizumab::dates(jan1, parse_date("2025-06-30")) ==
                 dates({"2024-01-01", "2024-01-15", "2024-07-01", "2024-12-30", "2025-06-30"}),
             boost::test_tools::per_element());
  // From the day-15 dose: Jan 15 + 182 days = Jul 15.
  BOOST_TEST(inebilizumab_after_last::dates(jan1, parse_date("2024-07-15"))[2] == parse_date("2024-07-15"));
}

BOOST_AUTO_TEST_CASE(ravulizumab_by_weight_tier) {
  // 72 kg is in the 60 to under 100 kg tier: 2700 mg on day 1, 3300 mg on day 15 (Jan 15) and
  // every 56 days after it: Mar 11 (day 71), May 6 (day 127).
  const auto d = ravulizumab::doses(jan1, parse_date("2024-05-06"), 72.0);
  BOOST_TEST_REQUIRE(d.size() == 4u);
  BOOST_TEST((d[0] == scheduled_dose{1, 1, jan1, 0, 2700_mg}));
  BOOST_TEST((d[1] == scheduled_dose{2, 15, parse_date("2024-01-15"), 1, 3300_mg}));
  BOOST_TEST((d[2] == scheduled_dose{3, 71, parse_date("2024-03-11"), 2, 3300_mg}));
  BOOST_TEST((d[3] == scheduled_dose{4, 127, parse_date("2024-05-06"), 2, 3300_mg}));
  // Tier edges: a tier includes its lower bound and excludes its upper one.
  BOOST_TEST((ravulizumab::doses(jan1, jan1, 60.0)[0].amount == 2700_mg));
  BOOST_TEST((ravulizumab::doses(jan1, jan1, 59.9)[0].amount == 2400_mg));
  BOOST_TEST((ravulizumab::doses(jan1, jan1, 100.0)[0].amount == 3000_mg));
  BOOST_TEST((ravulizumab::doses(jan1, parse_date("2024-01-15"), 140.0)[1].amount == 3600_mg));
  // Without a weight the dates are known and the amounts are not.
  const auto unknown = ravulizumab::doses(jan1, parse_date("2024-03-11"));
  BOOST_TEST(unknown.size() == 3u);
  BOOST_TEST(!unknown[0].amount.has_value());
  // A weight below every tier is not guessed; an implausible one is rejected as body weights are.
  BOOST_CHECK_THROW(ravulizumab::doses(jan1, jan1, 39.5), invalid_input);
  BOOST_CHECK_THROW(ravulizumab::doses(jan1, jan1, 700.0), invalid_input);
  try {
    ravulizumab::doses(jan1, jan1, 39.5);
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()).find("39.5 kg") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(daily_and_three_times_weekly) {
  // Across the leap day: Feb 27, 28, 29, Mar 1, 2.
  BOOST_TEST(teriflunomide::dates(parse_date("2024-02-27"), parse_date("2024-03-02")) ==
                 dates({"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"}),
             boost::test_tools::per_element());
  // Starting on Monday Jan 1: Monday, Wednesday and Friday of each week.
  BOOST_TEST(interferon_beta_1a::dates(jan1, parse_date("2024-01-15")) ==
                 dates({"2024-01-01", "2024-01-03", "2024-01-05", "2024-01-08", "2024-01-10", "2024-01-12", "2024-01-15"}),
             boost::test_tools::per_element());
  BOOST_TEST((interferon_beta_1a::doses(jan1, jan1)[0].amount == 44_ug));
}

BOOST_AUTO_TEST_CASE(a_phase_after_a_weekly_pattern_and_own_phases) {
  // Two loading doses 2 weeks apart, then days 1 and 4 of every week from the next whole week
  // after the last loading dose (offset 14 = day 15 is a day 1 of its week: the next day 1 or 4
  // after it is day 18).
  using two_then_twice_weekly = dose_schedule<route::subcutaneous, repeated<20_mg, weeks{2}, 2>, weekly_on<10_mg, 1, 4>>;
  static_assert(two_then_twice_weekly::spans[1].first == 17);
  BOOST_TEST(two_then_twice_weekly::describe() ==
             "20 mg SC every 2 weeks for 2 doses (weeks 0 and 2), then 10 mg SC twice weekly, on days 1 and 4 of each week, "
             "from day 18");
  BOOST_TEST(two_then_twice_weekly::dates(jan1, parse_date("2024-01-29")) ==
                 dates({"2024-01-01", "2024-01-15", "2024-01-18", "2024-01-22", "2024-01-25", "2024-01-29"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bad_dates) {
  BOOST_CHECK_THROW(satralizumab::dates(jan1, parse_date("2023-12-31")), invalid_input);
  BOOST_CHECK_THROW(satralizumab::dates(date(boost::gregorian::not_a_date_time), jan1), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
