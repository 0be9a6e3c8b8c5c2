// agreement.hpp - checked(criterion): the criterion, whose evaluate() also checks that the
// verdict's value is what the allocation-free test() answers for the same record and context.
// Tests that read a reason through it check the answer beside it, so that an explain() that
// gives the right words with the wrong outcome fails.
#pragma once

#include <boost/test/unit_test.hpp>

template <class C> struct checked_criterion {
  C criterion;
  template <class R, class Context> auto evaluate(const R& r, const Context& ctx) const {
    auto v = criterion.evaluate(r, ctx);
    BOOST_TEST((criterion.test(r, ctx) == v.value()), "test() and evaluate() disagree");
    return v;
  }
};
template <class C> checked_criterion<C> checked(const C& c) { return {c}; }
