// reading_choice: one wording with several encodings, the one in use chosen at run time. Its
// verdicts, printed text and boundary cases are the chosen encoding's; select_reading reaches
// every choice of a decision, also inside encodings not in use; decide<> builds the choices.
// Screening date 2014-01-05; the patient is born 1996-01-05, 18 on the day (worked by hand:
// "above 18" not met, "at least 18" met, "at most 17" not met).
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/testing/boundary/runner.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <string>
#include <type_traits>

namespace el = trialspec::eligibility;
using trialspec::truth;

namespace {
constexpr truth M = truth::met, N = truth::not_met;
const el::evaluation_context ctx{trialspec::date(2014, 1, 5)};
trialspec::patient eighteen_today() {
  trialspec::patient p;
  // Built as a string first: g++ 12 -O3 reports a false -Wstringop-overflow on assigning the
  // literal here when this file is compiled in a batch (TRIALSPEC_UNITY_BUILD).
  p.id = std::string("P");
  p.birth_date = trialspec::date(1996, 1, 5);
  return p;
}

struct age_decision {
  static constexpr std::string_view name = "age";
  static constexpr std::array<int, 2> alternatives{18, 21};
  template <class P> static constexpr int of = P::age;
};
struct strictness {
  static constexpr std::string_view name = "strictness";
  static constexpr std::array<bool, 2> alternatives{true, false};
  template <class P> static constexpr bool of = P::strict;
};
template <auto Years> using at_least = el::age_at_least<Years>;

using choice = el::reading_choice<age_decision, el::age_above<18>, el::age_at_least<18>>;
using chosen_set = el::eligibility_criteria<el::inclusion<el::named<"I2", "Age > 18 year", choice>>, el::exclusion<>>;
using fixed_set = el::eligibility_criteria<el::inclusion<el::named<"I2", "Age > 18 year", el::age_at_least<18>>>, el::exclusion<>>;
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_reading_choice)

BOOST_AUTO_TEST_CASE(the_chosen_encoding_answers) {
  const auto p = eighteen_today();
  choice c;
  BOOST_TEST(c.selected() == 0u);
  BOOST_TEST(c.test(p, ctx) == N); // above 18: 18 is not above
  BOOST_TEST(c.evaluate(p, ctx).value() == N);
  c.select(1);
  BOOST_TEST(c.test(p, ctx) == M); // at least 18
  BOOST_TEST(c.evaluate(p, ctx).value() == M);
  BOOST_TEST(c.describe() == el::age_at_least<18>{}.describe());
  BOOST_CHECK_THROW(c.select(2), trialspec::invalid_input);
  BOOST_TEST(c.selected() == 1u); // a rejected index changes nothing
}

BOOST_AUTO_TEST_CASE(a_set_under_a_choice_is_the_set_with_that_encoding) {
  const auto p = eighteen_today();
  chosen_set set;
  BOOST_TEST(el::select_reading<age_decision>(set, 1) == 1u);
  const fixed_set fixed;
  BOOST_TEST(set.test(p, ctx) == el::screening_outcome::eligible);
  BOOST_TEST(el::render(el::screen(set, p, ctx)) == el::render(el::screen(fixed, p, ctx)));
  BOOST_TEST(el::to_text(set) == el::to_text(fixed));
  BOOST_TEST(el::to_markdown(set) == el::to_markdown(fixed));
  BOOST_TEST(el::to_json(set) == el::to_json(fixed));
  // The boundary cases are the chosen encoding's (turning 18 the day after: not met, and so on).
  BOOST_TEST(trialspec::testing::render(trialspec::testing::boundary_cases(set, p, ctx)) ==
             trialspec::testing::render(trialspec::testing::boundary_cases(fixed, p, ctx)));
  BOOST_TEST(trialspec::testing::run_boundary_cases(set, p, ctx).disagreements.empty());
  // A decision the set does not depend on selects nothing.
  BOOST_TEST(el::select_reading<strictness>(set, 1) == 0u);
}

BOOST_AUTO_TEST_CASE(select_reaches_choices_inside_encodings_not_in_use) {
  using inner = el::reading_choice<age_decision, el::age_above<18>, el::age_at_least<18>>;
  using outer = el::reading_choice<strictness, el::all_of<inner, el::age_at_most<80>>, inner>;
  outer o;
  BOOST_TEST(el::select_reading<age_decision>(o, 1) == 2u); // one inner choice in each encoding
  BOOST_TEST(o.test(eighteen_today(), ctx) == M);            // encoding 0: at least 18 and at most 80
  o.select(1);
  BOOST_TEST(o.test(eighteen_today(), ctx) == M);
}

struct fixed_policy {
  static constexpr int age = 21;
  static constexpr bool strict = false;
};
template <auto Years, auto Strict> using by_both = std::conditional_t<Strict, el::age_above<Years>, el::age_at_least<Years>>;

BOOST_AUTO_TEST_CASE(decide_fixes_a_policy_and_chooses_at_run_time) {
  static_assert(std::is_same_v<el::decide<fixed_policy, at_least, age_decision>, el::age_at_least<21>>);
  static_assert(std::is_same_v<el::decide<el::run_time_reading, at_least, age_decision>,
                               el::reading_choice<age_decision, el::age_at_least<18>, el::age_at_least<21>>>);
  // Two decisions: the first outermost, the second inside each of its alternatives.
  static_assert(std::is_same_v<el::decide<fixed_policy, by_both, age_decision, strictness>, el::age_at_least<21>>);
  using both = el::decide<el::run_time_reading, by_both, age_decision, strictness>;
  static_assert(std::is_same_v<both, el::reading_choice<age_decision, el::reading_choice<strictness, el::age_above<18>, el::age_at_least<18>>,
                                                        el::reading_choice<strictness, el::age_above<21>, el::age_at_least<21>>>>);
  both b;
  el::select_alternative<age_decision>(b, 18);
  el::select_alternative<strictness>(b, false);
  BOOST_TEST(b.test(eighteen_today(), ctx) == M); // at least 18
  el::select_alternative<strictness>(b, true);
  BOOST_TEST(b.test(eighteen_today(), ctx) == N); // above 18
  try {
    el::select_alternative<age_decision>(b, 19);
    BOOST_FAIL("19 is not an alternative");
  } catch (const trialspec::invalid_input& e) {
    BOOST_TEST(std::string(e.what()).find("age") != std::string::npos);
    BOOST_TEST(std::string(e.what()).find("18 or 21") != std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()
