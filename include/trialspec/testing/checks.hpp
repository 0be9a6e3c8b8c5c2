// trialspec/testing/checks.hpp - Boost.Test predicates that print the whole reason tree when they
// fail.
//
//   BOOST_TEST(trialspec::testing::eligible(criteria, p, parse_date("2014-01-05")));
//   BOOST_TEST(trialspec::testing::ineligible<my_protocol>(p, as_of));
//   BOOST_TEST(trialspec::testing::gives(edss_latest<comparison::greater, 3.0_edss>{}, p, as_of, truth::met));
//
// Each returns a boost::test_tools::predicate_result: BOOST_TEST / BOOST_CHECK print its message
// on failure, which is the full screening report (every criterion with its reasons, then the data
// that would decide an undetermined outcome) or the criterion's reason tree. Each also checks
// that the allocation-free path (`test`) agrees with the explained one (`evaluate` / `screen`): a
// criterion whose two answers differ fails whatever was expected.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/verdict.hpp>

#include <boost/test/tools/assertion_result.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace trialspec::testing {

namespace detail {
template <class T> struct is_criteria_set : std::false_type {};
template <class Is, class Es> struct is_criteria_set<eligibility::eligibility_criteria<Is, Es>> : std::true_type {};
} // namespace detail

/// A protocol type (with a nested `criteria` set) or a criteria set.
template <class T>
concept CriteriaSource = detail::is_criteria_set<T>::value || requires { typename T::criteria; };

/// The criteria set of a protocol type, or the set itself.
template <CriteriaSource T> constexpr auto criteria_of() {
  if constexpr (detail::is_criteria_set<T>::value) return T{};
  else return typename T::criteria{};
}

/// `record` screened against `set` at `ctx` has outcome `expected`.
template <class Is, class Es, class R>
boost::test_tools::predicate_result screens_as(const eligibility::eligibility_criteria<Is, Es>& set, const R& record,
                                               const eligibility::evaluation_context& ctx,
                                               eligibility::screening_outcome expected) {
  const auto report = eligibility::screen(set, record, ctx);
  const auto fast = set.test(record, ctx);
  if (report.outcome == expected && fast == expected) return true;
  boost::test_tools::predicate_result res(false);
  res.message() << "expected " << to_string(expected) << ", got " << to_string(report.outcome);
  if (fast != report.outcome) res.message() << " (and test() says " << to_string(fast) << ": test() and screen() disagree)";
  res.message() << "\n" << eligibility::render(report);
  return res;
}
template <class Is, class Es, class R>
boost::test_tools::predicate_result screens_as(const eligibility::eligibility_criteria<Is, Es>& set, const R& record,
                                               date as_of, eligibility::screening_outcome expected) {
  return screens_as(set, record, eligibility::evaluation_context{as_of}, expected);
}

template <class Is, class Es, class R, class At>
boost::test_tools::predicate_result eligible(const eligibility::eligibility_criteria<Is, Es>& set, const R& record, const At& at) {
  return screens_as(set, record, at, eligibility::screening_outcome::eligible);
}
template <class Is, class Es, class R, class At>
boost::test_tools::predicate_result ineligible(const eligibility::eligibility_criteria<Is, Es>& set, const R& record, const At& at) {
  return screens_as(set, record, at, eligibility::screening_outcome::ineligible);
}
template <class Is, class Es, class R, class At>
boost::test_tools::predicate_result undetermined(const eligibility::eligibility_criteria<Is, Es>& set, const R& record, const At& at) {
  return screens_as(set, record, at, eligibility::screening_outcome::undetermined);
}

/// The same for a protocol type: eligible<my_protocol>(p, as_of).
template <CriteriaSource P, class R, class At> boost::test_tools::predicate_result eligible(const R& record, const At& at) {
  return eligible(criteria_of<P>(), record, at);
}
template <CriteriaSource P, class R, class At> boost::test_tools::predicate_result ineligible(const R& record, const At& at) {
  return ineligible(criteria_of<P>(), record, at);
}
template <CriteriaSource P, class R, class At> boost::test_tools::predicate_result undetermined(const R& record, const At& at) {
  return undetermined(criteria_of<P>(), record, at);
}

/// `criterion` gives `expected` for `record` at `ctx` (both test() and evaluate()).
template <class C, class R>
boost::test_tools::predicate_result gives(const C& criterion, const R& record, const eligibility::evaluation_context& ctx,
                                          truth expected) {
  const verdict v = criterion.evaluate(record, ctx);
  const truth fast = criterion.test(record, ctx);
  if (v.value() == expected && fast == expected) return true;
  boost::test_tools::predicate_result res(false);
  res.message() << "expected [" << to_string(expected) << "], got [" << to_string(v.value()) << "]";
  if (fast != v.value()) res.message() << " (and test() says [" << to_string(fast) << "]: test() and evaluate() disagree)";
  res.message() << " for " << criterion.describe() << " as of " << to_iso(ctx.as_of) << "\n" << render(v);
  return res;
}
template <class C, class R>
boost::test_tools::predicate_result gives(const C& criterion, const R& record, date as_of, truth expected) {
  return gives(criterion, record, eligibility::evaluation_context{as_of}, expected);
}

} // namespace trialspec::testing
