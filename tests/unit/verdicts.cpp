// Verdicts: every Kleene truth-table row, at_least / at_most with unknowns, reasons, the flat
// tree written by verdict_builder (parts, static text, lifetime, misuse).
#include <trialspec/verdict.hpp>

#include <trialspec/config.hpp>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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

BOOST_AUTO_TEST_CASE(builder_writes_a_tree_in_place) {
  verdict_builder b;
  const auto root = b.open();
  b.leaf(truth::met, "age 45 is at least 18");
  const auto inner = b.open();
  b.leaf(truth::not_met, "no relapse");
  b.leaf(truth::unknown, "no MRI");
  b.reason(inner) += "any of";
  b.close(inner, truth::unknown);
  b.reason(root) += "all of"; // a reason may be written after the parts
  b.close(root, truth::unknown);
  const verdict v = b.finish();
  BOOST_TEST(render(v) == "[unknown] all of\n"
                          "  [met] age 45 is at least 18\n"
                          "  [unknown] any of\n"
                          "    [not met] no relapse\n"
                          "    [unknown] no MRI\n");
  BOOST_TEST(v.tree_size() == 5u);
  BOOST_TEST(v.children().size() == 2u);
  BOOST_TEST(v.children()[1].children()[1].reason() == "no MRI");
  BOOST_TEST(v.children().front().is_met());
  BOOST_CHECK_THROW(static_cast<void>(v.children()[2]), std::out_of_range);
  std::vector<std::string> seen;
  for (const verdict& c : v.children()) seen.emplace_back(c.reason());
  BOOST_TEST(seen == (std::vector<std::string>{"age 45 is at least 18", "any of"}), boost::test_tools::per_element());
  BOOST_TEST(v.children()[0].children().empty());
}

BOOST_AUTO_TEST_CASE(a_part_outlives_the_verdict_it_came_from) {
  verdict part;
  {
    const verdict whole = verdict::met("a reason long enough to live on the heap") && verdict::unknown("another long reason here");
    part = whole.children()[1];
  }
  BOOST_TEST(part.is_unknown());
  BOOST_TEST(part.reason() == "another long reason here");
  BOOST_TEST(render(part) == "[unknown] another long reason here\n");
}

BOOST_AUTO_TEST_CASE(static_reasons_are_not_copied_and_trees_copy_in) {
  static constexpr std::string_view label = "I4a: Increase of 1 EDSS point";
  verdict_builder b;
  const auto n = b.open();
  b.leaf(truth::met, "EDSS 3.0 -> 4.0");
  b.close(n, truth::met, label);
  const verdict named = b.finish();
  BOOST_TEST(named.reason() == label);
  BOOST_TEST(named.reason().data() == label.data()); // the same characters, not a copy

  // append() copies a finished tree in as one part, static text included.
  verdict_builder b2;
  const auto m = b2.open();
  b2.append(named);
  b2.append(verdict{}); // a default verdict is an unknown part with no reason
  b2.close(m, truth::unknown, "all of");
  const verdict outer = b2.finish();
  BOOST_TEST(render(outer) == "[unknown] all of\n"
                              "  [met] I4a: Increase of 1 EDSS point\n"
                              "    [met] EDSS 3.0 -> 4.0\n"
                              "  [unknown] \n");
  BOOST_TEST(outer.children()[0].reason().data() == label.data());

  // The constructor form copies the parts of another verdict.
  const verdict renamed(truth::met, "relabelled", outer.children()[0].children());
  BOOST_TEST(render(renamed) == "[met] relabelled\n  [met] EDSS 3.0 -> 4.0\n");
}

BOOST_AUTO_TEST_CASE(builder_misuse_is_reported) {
  verdict_builder empty;
  BOOST_CHECK_THROW(static_cast<void>(empty.finish()), std::logic_error);
  verdict_builder open;
  static_cast<void>(open.open());
  BOOST_CHECK_THROW(static_cast<void>(open.finish()), std::logic_error);
  verdict_builder two;
  two.leaf(truth::met, "a");
  two.leaf(truth::not_met, "b");
  BOOST_CHECK_THROW(static_cast<void>(two.finish()), std::logic_error);
  const std::vector<verdict> forest = two.finish_forest();
  BOOST_TEST(forest.size() == 2u);
  BOOST_TEST(forest[1].reason() == "b");
  BOOST_TEST(forest[1].is_not_met());
  // After finishing, the builder starts a new tree and leaves the finished ones alone.
  two.leaf(truth::unknown, "c");
  const verdict c = two.finish();
  BOOST_TEST(c.reason() == "c");
  BOOST_TEST(forest[0].reason() == "a");
}

BOOST_AUTO_TEST_CASE(builder_repeats_a_written_tree_sharing_its_text) {
  verdict_builder b;
  const auto all = b.open();
  const auto first = b.size();
  const auto any = b.open();
  b.leaf(truth::not_met, "0 relapses from 2012-07-05 to 2014-01-05");
  b.leaf(truth::met, "1 new T2 lesion on the MRI of 2013-03-01");
  b.close(any, truth::met, "any of");
  b.repeat(first); // the whole subtree again, as the next part of `all`
  b.leaf(truth::unknown, "no HIV result");
  b.close(all, truth::unknown, "all of");
  const verdict v = b.finish();
  BOOST_TEST(render(v) == "[unknown] all of\n"
                          "  [met] any of\n"
                          "    [not met] 0 relapses from 2012-07-05 to 2014-01-05\n"
                          "    [met] 1 new T2 lesion on the MRI of 2013-03-01\n"
                          "  [met] any of\n"
                          "    [not met] 0 relapses from 2012-07-05 to 2014-01-05\n"
                          "    [met] 1 new T2 lesion on the MRI of 2013-03-01\n"
                          "  [unknown] no HIV result\n");
  BOOST_TEST(v.children().size() == 3u);
  BOOST_TEST(v.tree_size() == 8u);
  // The copy points at the same characters.
  BOOST_TEST(v.children()[1].children()[1].reason().data() == v.children()[0].children()[1].reason().data());

  verdict_builder bad;
  BOOST_CHECK_THROW(bad.repeat(0), std::logic_error); // nothing written
  const auto open = bad.open();
  BOOST_CHECK_THROW(bad.repeat(open), std::logic_error); // not closed yet
  BOOST_CHECK_THROW(bad.repeat(7), std::logic_error);    // no such node
}

BOOST_AUTO_TEST_CASE(a_forest_handed_out_in_part_keeps_what_was_handed_out) {
  // The callback throws at the second tree: the first stays valid and the tree block is freed
  // when it goes (the sanitize preset's leak checker would report a reference left behind).
  verdict_builder b;
  b.leaf(truth::met, "first of three trees, long enough to need the heap");
  b.leaf(truth::not_met, "second");
  b.leaf(truth::unknown, "third");
  std::vector<verdict> kept;
  BOOST_CHECK_THROW(b.finish_forest([&](verdict v) {
    if (!kept.empty()) throw std::runtime_error("stop");
    kept.push_back(std::move(v));
  }),
                    std::runtime_error);
  BOOST_TEST(kept.size() == 1u);
  BOOST_TEST(kept[0].reason() == "first of three trees, long enough to need the heap");
  const verdict copy = kept[0];
  kept.clear();
  BOOST_TEST(copy.is_met());
  BOOST_TEST(copy.reason() == "first of three trees, long enough to need the heap");
}

BOOST_AUTO_TEST_CASE(render_into_appends_the_tree_at_a_depth) {
  const verdict v = verdict::met("age 45 is at least 18") && verdict::unknown("no MRI");
  std::string out = "I1 [unknown] inclusion\n";
  render_into(out, v, 1); // one level below the line already there: two spaces per level
  BOOST_TEST(out == "I1 [unknown] inclusion\n"
                    "  [unknown] all of\n"
                    "    [met] age 45 is at least 18\n"
                    "    [unknown] no MRI\n");
  std::string top;
  render_into(top, v); // depth 0 by default: what render() returns
  BOOST_TEST(top == "[unknown] all of\n  [met] age 45 is at least 18\n  [unknown] no MRI\n");
  std::string missing = "x\n";
  render_into(missing, verdict{}, 2);
  BOOST_TEST(missing == "x\n    [unknown] \n");
}

BOOST_AUTO_TEST_CASE(verdicts_copied_and_dropped_on_several_threads_at_once) {
  // Each thread copies the shared tree and its parts many times over and drops the copies; the
  // tree must read the same afterwards, and the sanitize preset reports any count gone wrong (a
  // use after free when too low, a leak when too high).
  const verdict shared = verdict::met("a reason long enough to live on the heap, shared by all") &&
                         (verdict::unknown("no MRI") || verdict::not_met("0 relapses"));
  const std::string expected = render(shared);
  std::vector<std::thread> threads;
  std::vector<std::size_t> parts_seen(4, 0);
  for (std::size_t t = 0; t < 4; ++t)
    threads.emplace_back([&shared, &parts_seen, t] {
      for (int i = 0; i < 20'000; ++i) {
        std::vector<verdict> copies{shared, shared.children()[1]};
        for (const verdict& c : copies[1].children()) copies.push_back(c);
        parts_seen[t] += copies.size();
      }
    });
  for (auto& th : threads) th.join();
  for (std::size_t t = 0; t < 4; ++t) BOOST_TEST(parts_seen[t] == 80'000u); // 4 verdicts a round
  BOOST_TEST(render(shared) == expected);
  // Once a second thread has started, counts stop taking the single-threaded shortcut.
  BOOST_TEST(!trialspec::detail::process_is_single_threaded());
}

BOOST_AUTO_TEST_SUITE_END()
