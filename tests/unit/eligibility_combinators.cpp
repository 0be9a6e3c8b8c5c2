// Eligibility combinators: Kleene truth tables with unknowns, at_least / at_most against the
// core's truth_counts, short-circuiting of the verdict-only path, reasons of the full path.
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

namespace el = trialspec::eligibility;
using trialspec::truth;
using trialspec::verdict;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

// A criterion with a value chosen at run time that counts how often it is asked.
struct counting : el::criterion_base {
  truth value = truth::unknown;
  int* calls = nullptr;
  [[nodiscard]] std::string describe() const { return "counting"; }
  template <class R> truth test(const R&, const el::evaluation_context&) const {
    ++*calls;
    return value;
  }
  template <class R> verdict evaluate(const R&, const el::evaluation_context&) const {
    ++*calls;
    return {value, "fixed " + std::string(trialspec::to_string(value))};
  }
};

const trialspec::patient someone{.id = "P"};
const el::evaluation_context ctx{trialspec::date(2014, 1, 5)};

struct calls3 {
  int a = 0, b = 0, c = 0;
};
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_combinators)

BOOST_AUTO_TEST_CASE(all_of_and_any_of_follow_kleene) {
  struct row { truth a, b, all, any; };
  // Kleene: AND is met only if both are met, not met if either is not met; OR dually.
  const row table[] = {
      {M, M, M, M}, {M, U, U, M}, {M, N, N, M},
      {U, M, U, M}, {U, U, U, U}, {U, N, N, U},
      {N, M, N, M}, {N, U, N, U}, {N, N, N, N},
  };
  for (const auto& r : table) {
    BOOST_TEST_CONTEXT(r.a << ", " << r.b) {
      int ca = 0, cb = 0;
      const counting a{{}, r.a, &ca}, b{{}, r.b, &cb};
      BOOST_TEST((a && b).test(someone, ctx) == r.all);
      BOOST_TEST((a && b).evaluate(someone, ctx).value() == r.all);
      BOOST_TEST((a || b).test(someone, ctx) == r.any);
      BOOST_TEST((a || b).evaluate(someone, ctx).value() == r.any);
    }
  }
}

BOOST_AUTO_TEST_CASE(not_flips_met_and_not_met_and_keeps_unknown) {
  int c = 0;
  BOOST_TEST((!counting{{}, M, &c}).test(someone, ctx) == N);
  BOOST_TEST((!counting{{}, N, &c}).test(someone, ctx) == M);
  BOOST_TEST((!counting{{}, U, &c}).test(someone, ctx) == U);
  const verdict v = (!counting{{}, N, &c}).evaluate(someone, ctx);
  BOOST_TEST(v.is_met());
  BOOST_TEST(v.reason() == "not");
  BOOST_REQUIRE(v.children().size() == 1u);
  BOOST_TEST(v.children()[0].reason() == "fixed not met");
}

BOOST_AUTO_TEST_CASE(at_least_two_of_three_rows_by_hand) {
  struct row { truth a, b, c, expected; };
  // met when >= 2 met; not met when met + unknown < 2; else unknown.
  const row table[] = {
      {M, M, N, M}, {M, N, M, M}, {N, M, M, M}, {M, M, U, M}, {M, M, M, M},
      {M, U, N, U}, {U, U, N, U}, {U, U, U, U}, {M, N, N, N}, {U, N, N, N},
      {N, N, N, N}, {N, U, M, U},
  };
  for (const auto& r : table) {
    BOOST_TEST_CONTEXT(r.a << ", " << r.b << ", " << r.c) {
      int x = 0;
      const el::at_least<2, counting, counting, counting> node(counting{{}, r.a, &x}, counting{{}, r.b, &x}, counting{{}, r.c, &x});
      BOOST_TEST(node.test(someone, ctx) == r.expected);
      BOOST_TEST(node.evaluate(someone, ctx).value() == r.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(at_most_one_of_three_rows_by_hand) {
  struct row { truth a, b, c, expected; };
  // met when met + unknown <= 1; not met when met > 1; else unknown.
  const row table[] = {
      {N, N, N, M}, {M, N, N, M}, {U, N, N, M}, {M, U, N, U}, {U, U, N, U},
      {M, M, N, N}, {M, M, U, N}, {M, M, M, N}, {N, U, U, U}, {N, M, N, M},
  };
  for (const auto& r : table) {
    BOOST_TEST_CONTEXT(r.a << ", " << r.b << ", " << r.c) {
      int x = 0;
      const el::at_most<1, counting, counting, counting> node(counting{{}, r.a, &x}, counting{{}, r.b, &x}, counting{{}, r.c, &x});
      BOOST_TEST(node.test(someone, ctx) == r.expected);
      BOOST_TEST(node.evaluate(someone, ctx).value() == r.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(at_least_and_at_most_agree_with_truth_counts_on_all_27_inputs) {
  const truth values[] = {M, U, N};
  for (truth a : values)
    for (truth b : values)
      for (truth c : values) {
        BOOST_TEST_CONTEXT(a << ", " << b << ", " << c) {
          int x = 0;
          const counting ca{{}, a, &x}, cb{{}, b, &x}, cc{{}, c, &x};
          BOOST_TEST((el::at_least<1, counting, counting, counting>(ca, cb, cc).test(someone, ctx)) == trialspec::at_least(1, {a, b, c}));
          BOOST_TEST((el::at_least<3, counting, counting, counting>(ca, cb, cc).test(someone, ctx)) == trialspec::at_least(3, {a, b, c}));
          BOOST_TEST((el::at_most<2, counting, counting, counting>(ca, cb, cc).test(someone, ctx)) == trialspec::at_most(2, {a, b, c}));
          BOOST_TEST((el::at_most<0, counting, counting, counting>(ca, cb, cc).test(someone, ctx)) == trialspec::at_most(0, {a, b, c}));
          // at_least<1> is any_of, at_least<3> of 3 is all_of.
          BOOST_TEST((ca || cb || cc).test(someone, ctx) == trialspec::at_least(1, {a, b, c}));
          BOOST_TEST((ca && cb && cc).test(someone, ctx) == trialspec::at_least(3, {a, b, c}));
        }
      }
}

BOOST_AUTO_TEST_CASE(all_of_stops_at_the_first_not_met_but_not_at_unknown) {
  calls3 n;
  auto node = counting{{}, U, &n.a} && counting{{}, N, &n.b} && counting{{}, M, &n.c};
  BOOST_TEST(node.test(someone, ctx) == N);
  BOOST_TEST(n.a == 1);
  BOOST_TEST(n.b == 1);
  BOOST_TEST(n.c == 0); // not met decides all_of whatever follows
  calls3 m;
  auto open = counting{{}, U, &m.a} && counting{{}, M, &m.b} && counting{{}, M, &m.c};
  BOOST_TEST(open.test(someone, ctx) == U);
  BOOST_TEST(m.c == 1); // an unknown never stops: a later part could be not met
}

BOOST_AUTO_TEST_CASE(any_of_stops_at_the_first_met) {
  calls3 n;
  auto node = counting{{}, U, &n.a} || counting{{}, M, &n.b} || counting{{}, N, &n.c};
  BOOST_TEST(node.test(someone, ctx) == M);
  BOOST_TEST(n.c == 0);
  calls3 m;
  auto open = counting{{}, N, &m.a} || counting{{}, U, &m.b} || counting{{}, N, &m.c};
  BOOST_TEST(open.test(someone, ctx) == U);
  BOOST_TEST(m.c == 1);
}

BOOST_AUTO_TEST_CASE(at_least_stops_when_reached_or_out_of_reach) {
  {
    calls3 n; // 2 met: reached
    const el::at_least<2, counting, counting, counting> node(counting{{}, M, &n.a}, counting{{}, M, &n.b}, counting{{}, N, &n.c});
    BOOST_TEST(node.test(someone, ctx) == M);
    BOOST_TEST(n.c == 0);
  }
  {
    calls3 n; // after N, N: 0 met + 0 unknown + 1 remaining < 2, out of reach
    const el::at_least<2, counting, counting, counting> node(counting{{}, N, &n.a}, counting{{}, N, &n.b}, counting{{}, M, &n.c});
    BOOST_TEST(node.test(someone, ctx) == N);
    BOOST_TEST(n.c == 0);
  }
  {
    calls3 n; // after U, N: 0 met + 1 unknown + 1 remaining = 2, still reachable
    const el::at_least<2, counting, counting, counting> node(counting{{}, U, &n.a}, counting{{}, N, &n.b}, counting{{}, M, &n.c});
    BOOST_TEST(node.test(someone, ctx) == U);
    BOOST_TEST(n.c == 1);
  }
}

BOOST_AUTO_TEST_CASE(at_most_stops_when_exceeded_or_safe) {
  {
    calls3 n; // 2 met > 1: exceeded
    const el::at_most<1, counting, counting, counting> node(counting{{}, M, &n.a}, counting{{}, M, &n.b}, counting{{}, N, &n.c});
    BOOST_TEST(node.test(someone, ctx) == N);
    BOOST_TEST(n.c == 0);
  }
  {
    calls3 n; // after N, N: even the last met makes only 1 <= 1
    const el::at_most<1, counting, counting, counting> node(counting{{}, N, &n.a}, counting{{}, N, &n.b}, counting{{}, M, &n.c});
    BOOST_TEST(node.test(someone, ctx) == M);
    BOOST_TEST(n.c == 0);
  }
  {
    calls3 n; // after U, N: 1 unknown + 1 remaining could make 2 > 1
    const el::at_most<1, counting, counting, counting> node(counting{{}, U, &n.a}, counting{{}, N, &n.b}, counting{{}, N, &n.c});
    BOOST_TEST(node.test(someone, ctx) == M); // 0 met + 1 unknown <= 1
    BOOST_TEST(n.c == 1);
  }
}

BOOST_AUTO_TEST_CASE(evaluate_visits_every_part_and_tallies_them) {
  calls3 n;
  auto node = counting{{}, N, &n.a} && counting{{}, U, &n.b} && counting{{}, M, &n.c};
  const verdict v = node.evaluate(someone, ctx);
  BOOST_TEST(v.is_not_met());
  BOOST_TEST(n.a == 1);
  BOOST_TEST(n.b == 1);
  BOOST_TEST(n.c == 1);
  BOOST_TEST(v.reason() == "all of (1 met, 1 not met, 1 unknown)");
  BOOST_REQUIRE(v.children().size() == 3u);
  BOOST_TEST(v.children()[1].reason() == "fixed unknown");
  calls3 m;
  const el::at_least<2, counting, counting, counting> k(counting{{}, M, &m.a}, counting{{}, U, &m.b}, counting{{}, N, &m.c});
  BOOST_TEST(k.evaluate(someone, ctx).reason() == "at least 2 of 3 (1 met, 1 not met, 1 unknown)");
}

BOOST_AUTO_TEST_CASE(every_tally_of_three_parts_reads_right_and_is_not_copied) {
  // The reasons of all ten tallies of three parts, each written out by hand, for any_of and
  // at_most<1>; the same tally twice is the same characters (static text, not a copy).
  const truth values[] = {M, N, U};
  for (truth x : values)
    for (truth y : values)
      for (truth z : values) {
        int calls = 0;
        const el::any_of<counting, counting, counting> any(counting{{}, x, &calls}, counting{{}, y, &calls},
                                                           counting{{}, z, &calls});
        const el::at_most<1, counting, counting, counting> most(counting{{}, x, &calls}, counting{{}, y, &calls},
                                                                counting{{}, z, &calls});
        std::size_t met = 0, not_met = 0, unknown = 0;
        for (truth t : {x, y, z}) (t == M ? met : t == N ? not_met : unknown) += 1;
        const std::string tally = " (" + std::to_string(met) + " met, " + std::to_string(not_met) + " not met, " +
                                  std::to_string(unknown) + " unknown)";
        BOOST_TEST_CONTEXT(tally) {
          const verdict a = any.evaluate(someone, ctx), b = any.evaluate(someone, ctx);
          BOOST_TEST(a.reason() == "any of" + tally);
          BOOST_TEST(a.reason().data() == b.reason().data());
          BOOST_TEST(most.evaluate(someone, ctx).reason() == "at most 1 of 3" + tally);
        }
      }
  // Spot checks written out in full.
  int calls = 0;
  const el::any_of<counting, counting, counting> u(counting{{}, U, &calls}, counting{{}, U, &calls}, counting{{}, N, &calls});
  BOOST_TEST(u.evaluate(someone, ctx).reason() == "any of (0 met, 1 not met, 2 unknown)");
  const el::at_most<1, counting, counting, counting> m(counting{{}, M, &calls}, counting{{}, M, &calls}, counting{{}, M, &calls});
  BOOST_TEST(m.evaluate(someone, ctx).reason() == "at most 1 of 3 (3 met, 0 not met, 0 unknown)");
}

BOOST_AUTO_TEST_CASE(eligibility_rule_and_its_short_circuit) {
  using set = el::eligibility_criteria<el::inclusion<counting, counting>, el::exclusion<counting>>;
  struct row { truth i1, i2, e1; el::screening_outcome expected; };
  constexpr auto E = el::screening_outcome::eligible, I = el::screening_outcome::ineligible, D = el::screening_outcome::undetermined;
  // Eligible: every inclusion met and every exclusion not met. Ineligible: any inclusion not met
  // or any exclusion met. Otherwise undetermined.
  const row table[] = {
      {M, M, N, E}, {M, M, M, I}, {N, M, N, I}, {M, N, U, I}, {U, M, N, D},
      {M, M, U, D}, {U, U, U, D}, {U, M, M, I}, {N, U, U, I},
  };
  for (const auto& r : table) {
    BOOST_TEST_CONTEXT(r.i1 << ", " << r.i2 << ", " << r.e1) {
      calls3 n;
      const set s{el::inclusion<counting, counting>(counting{{}, r.i1, &n.a}, counting{{}, r.i2, &n.b}),
                  el::exclusion<counting>(counting{{}, r.e1, &n.c})};
      BOOST_TEST(s.test(someone, ctx) == r.expected);
    }
  }
  calls3 n;
  const set s{el::inclusion<counting, counting>(counting{{}, N, &n.a}, counting{{}, M, &n.b}),
              el::exclusion<counting>(counting{{}, M, &n.c})};
  BOOST_TEST(s.test(someone, ctx) == I);
  BOOST_TEST(n.b == 0); // ruled out by the first inclusion criterion
  BOOST_TEST(n.c == 0);
}

BOOST_AUTO_TEST_SUITE_END()
