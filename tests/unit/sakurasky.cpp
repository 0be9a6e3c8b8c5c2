// SAkuraSky (NCT02028884), criterion by criterion: diagnosis, relapse history, EDSS, age 12-74,
// the baseline treatment rule with its adolescent combination, the satralizumab schedule and the
// 31-day relapse rule. Screening on 2024-03-15 (2 years back: 2022-03-15; 12 months: 2023-03-15).
#include <trialspec/protocols/sakurasky.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace sky = trialspec::protocols::sakurasky;
namespace el = trialspec::eligibility;

namespace {
therapy stable_course(therapy_agent a, const char* start, const char* stable) {
  therapy t{std::string(to_string(a)), default_class(a), d(start), std::nullopt};
  t.agent = a;
  t.stable_since = d(stable);
  return t;
}

/// Eligible: 30, NMO by Wingerchuk 2006, relapses on 2022-06-01 and 2023-09-01, EDSS 6.5 (on the
/// threshold), azathioprine alone, dose unchanged since 2023-01-01.
patient base() {
  patient p;
  p.id = "sky-base";
  p.birth_date = d("1994-01-01");
  p.sex = sex::female;
  p.diagnosis = {diagnosis_kind::nmo, diagnostic_standard::wingerchuk2006, aqp4_status::negative};
  p.relapses = {on("2022-06-01"), on("2023-09-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {{d("2024-03-01"), edss::from_half_steps(13)}};
  p.therapies = {stable_course(therapy_agent::azathioprine, "2021-01-01", "2023-01-01")};
  p.therapies_recorded_since = d("2015-01-01");
  return p;
}
using C = sky::criteria_of<sky::registry_reading>;
struct eight_weeks : sky::registry_reading {
  static constexpr calendar_duration baseline_stable_for = weeks{8};
};
} // namespace

BOOST_AUTO_TEST_SUITE(sakurasky)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((sky::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(i1_diagnosis) {
  auto p = base();
  p.diagnosis.criteria = diagnostic_standard::ipnd2015;
  BOOST_TEST(eval<C::i1>(p) == N); // NMO, but not by Wingerchuk 2006; not NMOSD either
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::other, aqp4_status::positive};
  BOOST_TEST(eval<C::i1>(p) == U); // the Wingerchuk 2007 question is unanswered
  p.investigator_judgements["NCT02028884.I1b"] = true;
  BOOST_TEST(eval<C::i1>(p) == M);
  p.diagnosis.aqp4_igg = aqp4_status::negative;
  BOOST_TEST(eval<C::i1>(p) == N);
}

BOOST_AUTO_TEST_CASE(i2_two_relapses_in_2_years_one_in_12_months) {
  auto p = base();
  p.relapses = {on("2022-03-15"), on("2023-03-15")};
  BOOST_TEST(eval<C::i2>(p) == M); // both on their windows' first days
  p.relapses = {on("2022-03-14"), on("2023-03-15")};
  BOOST_TEST(eval<C::i2>(p) == N);
  p.relapses = {on("2022-03-15"), on("2023-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N);
}

BOOST_AUTO_TEST_CASE(i3_i4_edss_and_age) {
  auto p = base();
  p.edss = {{d("2024-03-01"), edss::from_half_steps(14)}};
  BOOST_TEST(eval<C::i3>(p) == N); // 7.0
  p.edss = {{d("2024-03-01"), edss::from_half_steps(0)}};
  BOOST_TEST(eval<C::i3>(p) == M); // 0
  p.birth_date = d("2012-03-15"); // 12
  BOOST_TEST(eval<C::i4>(p) == M);
  p.birth_date = d("2012-03-16"); // 11
  BOOST_TEST(eval<C::i4>(p) == N);
  p.birth_date = d("1949-03-16"); // 74, turns 75 the next day
  BOOST_TEST(eval<C::i4>(p) == M);
  p.birth_date = d("1949-03-15"); // 75
  BOOST_TEST(eval<C::i4>(p) == N);
}

BOOST_AUTO_TEST_CASE(bt_baseline_treatment) {
  auto p = base();
  p.therapies.push_back(stable_course(therapy_agent::oral_corticosteroid, "2022-01-01", "2022-01-01"));
  BOOST_TEST(eval<C::bt>(p) == N); // adult on two
  p.birth_date = d("2008-01-01");  // 16
  BOOST_TEST(eval<C::bt>(p) == M); // the adolescent combination
  // "aged 12 to 17 years": 17 the day before turning 18, and 12, are in; 18 and 11 are not.
  p.birth_date = d("2006-03-16"); // 17
  BOOST_TEST(eval<C::bt>(p) == M);
  p.birth_date = d("2006-03-15"); // 18
  BOOST_TEST(eval<C::bt>(p) == N);
  p.birth_date = d("2012-03-15"); // 12
  BOOST_TEST(eval<C::bt>(p) == M);
  p.birth_date = d("2012-03-16"); // 11
  BOOST_TEST(eval<C::bt>(p) == N);
  p.birth_date = d("2008-01-01");
  p.therapies[0].agent = therapy_agent::mycophenolate_mofetil;
  p.therapies[0].name = "mycophenolate mofetil";
  BOOST_TEST(eval<C::bt>(p) == M);
  p.therapies.push_back(stable_course(therapy_agent::azathioprine, "2023-01-01", "2023-01-01"));
  BOOST_TEST(eval<C::bt>(p) == N); // three agents
  p = base();
  p.therapies.clear();
  BOOST_TEST(eval<C::bt>(p) == N); // none: no baseline treatment
  p = base();
  p.therapies[0].stable_since = d("2024-03-15");
  BOOST_TEST(eval<C::bt>(p) == N); // dose changed on the screening day
  p.therapies[0].stable_since.reset();
  BOOST_TEST(eval<C::bt>(p) == U);
  // Eight weeks stable: the last change on or before 2024-01-19.
  using BT8 = sky::criteria_of<eight_weeks>::bt;
  p.therapies[0].stable_since = d("2024-01-19");
  BOOST_TEST(eval<BT8>(p) == M);
  p.therapies[0].stable_since = d("2024-01-20");
  BOOST_TEST(eval<BT8>(p) == N);
}

BOOST_AUTO_TEST_CASE(record_gaps_are_printed) {
  const std::string text = sky::print_criteria();
  BOOST_TEST(text.find("Exclusion criteria:\n  none\n") != std::string::npos);
  BOOST_TEST(text.find("criterion 5 onward is cut in the source") != std::string::npos);
  BOOST_TEST(text.find("a minimum of 4 patients should be positive") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(schedule_and_31_day_relapse_rule) {
  // Weeks 0, 2, 4, then every 4 weeks: 2024-01-01, 01-15, 01-29, 02-26, 03-25.
  const auto dates = sky::satralizumab_schedule::dates(d("2024-01-01"), d("2024-03-31"));
  BOOST_TEST_REQUIRE(dates.size() == 5u);
  BOOST_TEST((dates[3] == d("2024-02-26")));
  BOOST_TEST((dates[4] == d("2024-03-25")));
  // Onsets 30 days apart are one relapse: 2024-02-01 before randomisation (2024-02-15) and
  // 2024-03-02; the first relapse on trial is 2024-05-01, 76 days after (14 + 31 + 30 + 1).
  const std::vector<relapse> reports{on("2024-02-01"), on("2024-03-02"), on("2024-05-01")};
  const auto t = sky::primary_outcome::compute(reports, d("2024-02-15"), d("2025-01-01"));
  BOOST_TEST(t.event);
  BOOST_TEST((t.at == d("2024-05-01")));
  BOOST_TEST(t.days == 76);
  // 31 days apart: two relapses, the second on trial.
  const std::vector<relapse> apart{on("2024-02-01"), on("2024-03-03")};
  BOOST_TEST((sky::primary_outcome::compute(apart, d("2024-02-15"), d("2025-01-01")).at == d("2024-03-03")));
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) {
  BOOST_TEST(testing::boundaries_hold(sky::criteria<>{}, base(), ctx));
  auto teen = base();
  teen.birth_date = d("2009-06-01");
  teen.therapies.push_back(stable_course(therapy_agent::oral_corticosteroid, "2022-01-01", "2022-01-01"));
  BOOST_TEST(testing::boundaries_hold(sky::criteria<eight_weeks>{}, teen, ctx));
}

BOOST_AUTO_TEST_SUITE_END()
