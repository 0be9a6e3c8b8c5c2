// trialspec/testing/boundary/boost_test.hpp - boundary cases as one Boost.Test check.
//
//   BOOST_TEST(trialspec::testing::boundaries_hold(criteria, base, parse_date("2014-01-05")));
//   BOOST_TEST(trialspec::testing::boundaries_hold<my_protocol>(base, as_of));
//
// The check fails, printing the report (runner.hpp), when a case disagrees, when no case could be
// generated, or when a leaf of the set has no boundary_probes() member.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/testing/boundary/runner.hpp>
#include <trialspec/testing/checks.hpp>

#include <boost/test/tools/assertion_result.hpp>

#include <optional>

namespace trialspec::testing {

namespace detail {
inline eligibility::evaluation_context to_context(date as_of) { return {as_of, std::nullopt}; }
inline eligibility::evaluation_context to_context(const eligibility::evaluation_context& ctx) { return ctx; }
} // namespace detail

/// Boost.Test predicate: every boundary case of `set` around `base` agrees, and every leaf
/// states its probes. BOOST_TEST(boundaries_hold(criteria, base, as_of)) prints every
/// disagreement with its reasons. `at` is a date (the screening date) or an evaluation context.
template <class Is, class Es, class At>
boost::test_tools::predicate_result boundaries_hold(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                                    const At& at) {
  const auto rep = run_boundary_cases(set, base, detail::to_context(at));
  if (rep.ok() && rep.cases > 0) return true;
  boost::test_tools::predicate_result res(false);
  if (rep.cases == 0) res.message() << "no boundary case could be generated\n";
  res.message() << render(rep);
  return res;
}
/// The same for a protocol type: boundaries_hold<my_protocol>(base, as_of).
template <CriteriaSource P, class At> boost::test_tools::predicate_result boundaries_hold(const patient& base, const At& at) {
  return boundaries_hold(criteria_of<P>(), base, at);
}

} // namespace trialspec::testing
