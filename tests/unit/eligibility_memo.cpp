// The memo of a screening (eligibility/memo.hpp): what it remembers, under which key, and that
// a memo kept over many records (or none at all) changes no verdict and no reason. Dates by hand:
// 18 months before 2014-01-05 is 2012-07-05; before 2014-03-31 it is 2012-09-30 (September has 30
// days, so the 31st clamps).
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace el = trialspec::eligibility;
namespace nct = trialspec::protocols::nct02249676;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::date_interval;
using trialspec::patient;
using trialspec::truth;
using trialspec::within_before;

namespace {
struct tag_a {};
struct tag_b {};
template <int N> struct numbered_tag {};

constexpr trialspec::relative_window past_18_months = within_before(18_months);

std::vector<patient> seeded(std::size_t n, date as_of) {
  return trialspec::testing::synthetic_cohort({.seed = 5, .as_of = as_of, .id_prefix = "M"}).take(n);
}
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_memo)

BOOST_AUTO_TEST_CASE(a_value_is_computed_once_per_key) {
  el::screening_memo memo;
  int calls = 0;
  auto twice = [&](int k) { return memo.remember<tag_a>(k, [&] { ++calls; return 2 * k; }); };
  BOOST_TEST(twice(3) == 6);
  BOOST_TEST(twice(3) == 6);
  BOOST_TEST(calls == 1);
  BOOST_TEST(twice(4) == 8); // another key replaces the value
  BOOST_TEST(calls == 2);
  BOOST_TEST(twice(3) == 6); // one value per tag: 3 was replaced by 4
  BOOST_TEST(calls == 3);
  BOOST_TEST(memo.size() == 1u);
}

BOOST_AUTO_TEST_CASE(tags_keys_and_value_types_are_apart) {
  el::screening_memo memo;
  int calls = 0;
  BOOST_TEST(memo.remember<tag_a>(1, [&] { ++calls; return 10; }) == 10);
  BOOST_TEST(memo.remember<tag_b>(1, [&] { ++calls; return 20; }) == 20);
  BOOST_TEST(memo.remember<tag_a>(1, [&] { ++calls; return 30.5; }) == 30.5); // same tag and key, other value type
  BOOST_TEST(calls == 3);
  BOOST_TEST(memo.remember<tag_a>(1, [&] { ++calls; return 99; }) == 10);
  BOOST_TEST(memo.remember<tag_b>(1, [&] { ++calls; return 99; }) == 20);
  BOOST_TEST(calls == 3);
  BOOST_TEST(memo.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_throwing_computation_leaves_nothing_behind) {
  el::screening_memo memo;
  BOOST_CHECK_THROW(memo.remember<tag_a>(1, []() -> int { throw std::runtime_error("no"); }), std::runtime_error);
  BOOST_TEST(memo.size() == 0u);
  BOOST_TEST(memo.remember<tag_a>(1, [] { return 7; }) == 7);
  // A failure for a new key keeps the value of the old one.
  BOOST_CHECK_THROW(memo.remember<tag_a>(2, []() -> int { throw std::runtime_error("no"); }), std::runtime_error);
  int calls = 0;
  BOOST_TEST(memo.remember<tag_a>(1, [&] { ++calls; return 0; }) == 7);
  BOOST_TEST(calls == 0);
}

BOOST_AUTO_TEST_CASE(a_full_memo_computes_what_it_cannot_hold) {
  el::screening_memo memo;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (static_cast<void>(memo.remember<numbered_tag<static_cast<int>(I)>>(0, [] { return static_cast<int>(I); })), ...);
  }(std::make_index_sequence<el::screening_memo::capacity>{});
  BOOST_TEST(memo.size() == el::screening_memo::capacity);
  int calls = 0;
  BOOST_TEST(memo.remember<tag_a>(0, [&] { ++calls; return 5; }) == 5);
  BOOST_TEST(memo.remember<tag_a>(0, [&] { ++calls; return 5; }) == 5);
  BOOST_TEST(calls == 2);
  BOOST_TEST(memo.size() == el::screening_memo::capacity);
  BOOST_TEST(memo.remember<numbered_tag<3>>(0, [&] { ++calls; return -1; }) == 3); // still held
  BOOST_TEST(calls == 2);
}

BOOST_AUTO_TEST_CASE(without_a_memo_everything_is_computed) {
  const el::evaluation_context ctx{date(2014, 1, 5)};
  int calls = 0;
  BOOST_TEST(el::remember<tag_a>(ctx, 1, [&] { ++calls; return 1; }) == 1);
  BOOST_TEST(el::remember<tag_a>(ctx, 1, [&] { ++calls; return 1; }) == 1);
  BOOST_TEST(calls == 2);
  el::screening_memo memo;
  const el::evaluation_context with{date(2014, 1, 5), std::nullopt, &memo};
  BOOST_TEST(el::remember<tag_a>(with, 1, [&] { ++calls; return 1; }) == 1);
  BOOST_TEST(el::remember<tag_a>(with, 1, [&] { ++calls; return 1; }) == 1);
  BOOST_TEST(calls == 3);
}

BOOST_AUTO_TEST_CASE(windows_are_keyed_on_their_reference_date) {
  const patient p;
  el::screening_memo memo;
  const el::evaluation_context january{date(2014, 1, 5), std::nullopt, &memo};
  const el::evaluation_context march{date(2014, 3, 31), std::nullopt, &memo};
  const auto a = el::resolve_window<past_18_months>(january, el::reference_point::screening, p);
  BOOST_TEST(memo.size() == 1u);
  const auto b = el::resolve_window<past_18_months>(march, el::reference_point::screening, p);
  const auto c = el::resolve_window<past_18_months>(january, el::reference_point::screening, p);
  BOOST_REQUIRE(a && b && c);
  BOOST_TEST(*a == date_interval(date(2012, 7, 5), date(2014, 1, 5)));
  BOOST_TEST(*b == date_interval(date(2012, 9, 30), date(2014, 3, 31)));
  BOOST_TEST(*c == *a);
  // Without a memo, the same dates.
  BOOST_TEST(*el::resolve_window<past_18_months>(el::evaluation_context{date(2014, 3, 31)}, el::reference_point::screening, p) == *b);
  // An unknown reference date is no window, memo or not.
  BOOST_TEST(!el::resolve_window<past_18_months>(january, el::reference_point::infusion, p));
}

BOOST_AUTO_TEST_CASE(ages_are_keyed_on_both_dates) {
  // One memo for two records: the second age is not the first one's.
  el::screening_memo memo;
  const el::evaluation_context ctx{date(2014, 1, 5), std::nullopt, &memo};
  patient older, younger;
  older.birth_date = date(1962, 2, 2);   // 51 on 2014-01-05
  younger.birth_date = date(1995, 1, 6); // 18: the 19th birthday is the next day
  using above_18 = el::age_above<18>;
  BOOST_TEST(above_18{}.test(older, ctx) == truth::met);
  BOOST_TEST(above_18{}.test(younger, ctx) == truth::not_met);
  BOOST_TEST(above_18{}.evaluate(older, ctx).reason() == "age 51 on 2014-01-05 (born 1962-02-02) is above 18");
  BOOST_TEST(above_18{}.evaluate(younger, ctx).reason() == "age 18 on 2014-01-05 (born 1995-01-06) is not above 18");
  BOOST_TEST(above_18{}.evaluate(older, ctx).reason() == "age 51 on 2014-01-05 (born 1962-02-02) is above 18");
}

BOOST_AUTO_TEST_CASE(a_memo_kept_over_a_cohort_changes_no_report) {
  // Each record screened with a fresh memo (screen's own), and the same records through one memo
  // kept by the caller, as of two alternating dates so that every remembered value changes key.
  const date dates[2] = {date(2014, 1, 5), date(2014, 3, 31)};
  const auto people = seeded(400, dates[0]);
  el::screening_memo kept;
  std::size_t differences = 0, outcome_differences = 0, undetermined = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const date as_of = dates[i % 2];
    const el::evaluation_context fresh{as_of, trialspec::date(2014, 4, 2)};
    const el::evaluation_context shared{as_of, trialspec::date(2014, 4, 2), &kept};
    const auto a = nct::screen(people[i], fresh);
    const auto b = nct::screen(people[i], shared);
    differences += el::render(a) == el::render(b) ? 0 : 1;
    outcome_differences += nct::test(people[i], fresh) == nct::test(people[i], shared) ? 0 : 1;
    outcome_differences += a.outcome == nct::test(people[i], shared) ? 0 : 1;
    undetermined += a.outcome == el::screening_outcome::undetermined ? 1 : 0;
  }
  BOOST_TEST(differences == 0u);
  BOOST_TEST(outcome_differences == 0u);
  BOOST_TEST(undetermined > 0u); // reports with unknown findings were among them
  BOOST_TEST(kept.size() > 0u);
}

BOOST_AUTO_TEST_CASE(cohort_screening_agrees_with_screening_one_by_one) {
  const date as_of(2014, 1, 5);
  const auto people = seeded(300, as_of);
  const nct::criteria<> set;
  const auto cohort = el::screen_cohort(set, people, el::evaluation_context{as_of});
  std::size_t eligible = 0, ineligible = 0, undetermined = 0;
  for (const auto& p : people) {
    switch (set.test(p, el::evaluation_context{as_of})) {
    case el::screening_outcome::eligible: ++eligible; break;
    case el::screening_outcome::ineligible: ++ineligible; break;
    case el::screening_outcome::undetermined: ++undetermined; break;
    }
  }
  BOOST_TEST(cohort.total == people.size());
  BOOST_TEST(cohort.eligible == eligible);
  BOOST_TEST(cohort.ineligible == ineligible);
  BOOST_TEST(cohort.undetermined == undetermined);
}

// A year of therapy since a first start, judged with a memo (the latest start that still fits is
// found once per screening date) and without, at a month end that clamps. By hand: 1 year after
// 2012-02-29 is 2013-02-28 (no 29 February in 2013), so a first start on 2012-02-29 is a year
// before a screening on 2013-02-28 and not before one on 2013-02-27; a first start on 2012-03-01
// is a year before 2013-03-01 and not before 2013-02-28. The therapy list is complete from birth,
// so "not a year" is not met, not unknown.
BOOST_AUTO_TEST_CASE(a_year_since_first_start_at_a_clamped_month_end) {
  using year_since_first_start =
      el::therapy_duration<trialspec::years{1}, el::immunotherapy, el::duration_rule::since_first_start>;
  const auto verdicts = [](const char* start, const char* screening) {
    patient p;
    p.id = "Y";
    p.birth_date = trialspec::parse_date("1980-05-05");
    p.therapies_recorded_since = p.birth_date->earliest();
    p.therapies = {{"azathioprine", trialspec::therapy_class::immunosuppressant, trialspec::parse_date(start), std::nullopt}};
    el::screening_memo memo;
    const date on = trialspec::parse_date(screening);
    const truth with_memo = year_since_first_start{}.test(p, {on, std::nullopt, &memo});
    const truth again = year_since_first_start{}.test(p, {on, std::nullopt, &memo}); // from the memo
    const truth without = year_since_first_start{}.test(p, {on});
    BOOST_TEST(with_memo == without);
    BOOST_TEST(again == without);
    return without;
  };
  BOOST_TEST(verdicts("2012-02-29", "2013-02-28") == truth::met);
  BOOST_TEST(verdicts("2012-02-29", "2013-02-27") == truth::not_met);
  BOOST_TEST(verdicts("2012-03-01", "2013-03-01") == truth::met);
  BOOST_TEST(verdicts("2012-03-01", "2013-02-28") == truth::not_met);
  BOOST_TEST(verdicts("2011-02-28", "2012-02-28") == truth::met);     // a leap year between: 365 days later
  BOOST_TEST(verdicts("2011-03-01", "2012-02-29") == truth::not_met); // 1 year after 2011-03-01 is 2012-03-01
}

BOOST_AUTO_TEST_SUITE_END()
