// agreement.hpp - checked(criterion): the criterion, whose evaluate() also checks that the
// verdict's value is what the allocation-free test() answers for the same record and context.
// Tests that read a reason through it check the answer beside it, so that an explain() that
// gives the right words with the wrong outcome fails.
#pragma once

#include <boost/test/unit_test.hpp>

#include <string>

template <class C> struct checked_criterion {
  C criterion;
  template <class R, class Context> auto evaluate(const R& r, const Context& ctx) const {
    auto v = criterion.evaluate(r, ctx);
    BOOST_TEST((criterion.test(r, ctx) == v.value()), "test() and evaluate() disagree");
    return v;
  }
};
template <class C> checked_criterion<C> checked(const C& c) { return {c}; }

/// C's answer for `r` at `ctx` through test(), checked against the explained verdict's value.
template <class C, class R, class Context> auto answer_of(const R& r, const Context& ctx) {
  const auto t = C{}.test(r, ctx);
  BOOST_TEST((checked(C{}).evaluate(r, ctx).value() == t));
  return t;
}
/// C's reason for `r` at `ctx` (its answer checked against test()).
template <class C, class R, class Context> std::string reason_of(const R& r, const Context& ctx) {
  return std::string(checked(C{}).evaluate(r, ctx).reason());
}
