// Verdicts: every Kleene truth-table row, at_least / at_most with unknowns, reasons.
#include <trialspec/verdict.hpp>

#include <boost/test/unit_test.hpp>

using namespace trialspec;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
} // namespace

BOOST_AUTO_TEST_SUITE(verdicts)

BOOST_AUTO_TEST_CASE(kleene_and_or_not_every_row) {
  struct row { truth a, b, and_, or_; };
  // Kleene's strong logic, written out row by row.
  const row table[] = {
      {M, M, M, M}, {M, U, U, M}, {M, N, N, M},
      {U, M, U, M}, {U, U, U, U}, {U, N, N, U},
      {N, M, N, M}, {N, U, N, U}, {N, N, N, N},
  };
  for (const auto& r : table) {
    BOOST_TEST_CONTEXT(r.a << " , " << r.b) {
      BOOST_TEST((r.a && r.b) == r.and_);
      BOOST_TEST((r.a || r.b) == r.or_);
    }
  }
  BOOST_TEST((!M) == N);
  BOOST_TEST((!N) == M);
  BOOST_TEST((!U) == U);
  BOOST_TEST(to_truth(true) == M);
  BOOST_TEST(to_truth(false) == N);
}

BOOST_AUTO_TEST_CASE(at_least_with_unknowns) {
  BOOST_TEST(at_least(1, {M, N, N}) == M);
  BOOST_TEST(at_least(1, {N, N, N}) == N);
  BOOST_TEST(at_least(1, {U, N, N}) == U);
  BOOST_TEST(at_least(2, {M, U, N}) == U); // could reach 2 if the unknown is met
  BOOST_TEST(at_least(2, {M, N, N}) == N); // met + unknown = 1 < 2
  BOOST_TEST(at_least(2, {M, M, U}) == M);
  BOOST_TEST(at_least(3, {M, M, U}) == U);
  BOOST_TEST(at_least(0, {N, N}) == M);
  BOOST_TEST(at_least(1, {}) == N);
  BOOST_TEST(at_least(4, {M, M, M}) == N); // more than there are
}

BOOST_AUTO_TEST_CASE(at_most_with_unknowns) {
  BOOST_TEST(at_most(1, {M, N, N}) == M);
  BOOST_TEST(at_most(1, {M, M, N}) == N);
  BOOST_TEST(at_most(1, {M, U, N}) == U); // 2 if the unknown is met
  BOOST_TEST(at_most(1, {U, N, N}) == M); // at most 1 even if it is met
  BOOST_TEST(at_most(0, {U}) == U);
  BOOST_TEST(at_most(0, {N, N}) == M);
}

BOOST_AUTO_TEST_CASE(verdicts_keep_reasons_and_parts) {
  const verdict a = verdict::met("age 45 on 2014-03-01 is at least 18");
  const verdict b = verdict::unknown("no EDSS assessment on or before 2014-03-01");
  const verdict both = a && b;
  BOOST_TEST(both.is_unknown());
  BOOST_TEST(both.children().size() == 2u);
  BOOST_TEST(render(both) == "[unknown] all of\n"
                             "  [met] age 45 on 2014-03-01 is at least 18\n"
                             "  [unknown] no EDSS assessment on or before 2014-03-01\n");
  BOOST_TEST((a || b).is_met());
  BOOST_TEST((!a).is_not_met());
  BOOST_TEST((verdict::not_met("x") && b).is_not_met());
  const verdict two = at_least(2, {a, b, verdict::met("c")});
  BOOST_TEST(two.is_met());
  BOOST_TEST(two.reason() == "at least 2 of 3");
  BOOST_TEST(verdict{}.is_unknown()); // default is unknown, never a silent "no"
}

BOOST_AUTO_TEST_SUITE_END()
