// Baseline-dependent EDSS change thresholds: every named table at every baseline, the gap in the
// seed protocol's table, and the worsening / improvement verdicts at their boundaries.
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <optional>
#include <string>

namespace {
using namespace trialspec;
using namespace trialspec::literals;

// Minimum change in half steps for baselines 0, 1.0, 1.5, ..., 10.0 (scale index order), written
// from the tables' definitions; -1 where the table defines nothing.
//                                      0  1.0 1.5 2.0 2.5 3.0 3.5 4.0 4.5 5.0 5.5 6.0 6.5 7.0 7.5 8.0 8.5 9.0 9.5 10
constexpr std::array<int, 20> standard{3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr std::array<int, 20> cut55{3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
// "+1 EDSS point if baseline < 5.0, +0.5 if baseline > 5.5": 0 needs +1.0 too; 5.0 and 5.5 none.
constexpr std::array<int, 20> nct{2, 2, 2, 2, 2, 2, 2, 2, 2, -1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
// Where a table is silent (-1 above) the threshold lies between +0.5 (no threshold is smaller)
// and the larger threshold on either side of the gap: for the seed table +1.0 (below 5.0) and
// +0.5 (above 5.5), so +0.5 to +1.0. A change of +1.0 or more counts whichever it is, one of 0 or
// less never does, +0.5 depends on the missing wording.
constexpr int gap_least = 1, gap_most = 2;

template <class Table> void check_table(const std::array<int, 20>& expected) {
  for (int i = 0; i < edss_scale_size; ++i) {
    const edss b = edss_at(i);
    const int want = expected[static_cast<std::size_t>(i)];
    const std::optional<edss_change> t = Table::threshold(b);
    BOOST_TEST_CONTEXT("baseline " << b) {
      BOOST_TEST(t.has_value() == (want >= 0));
      if (t && want >= 0) BOOST_TEST(t->half_steps() == want);
      for (int j = 0; j < edss_scale_size; ++j) {
        const edss later = edss_at(j);
        const int up = later.half_steps() - b.half_steps();
        const auto judged = [&](int change) {
          if (want >= 0) return to_truth(change >= want);
          return change >= gap_most ? truth::met : change < gap_least ? truth::not_met : truth::unknown;
        };
        const truth w = judged(up);
        const truth im = judged(-up);
        BOOST_TEST_CONTEXT("later " << later) {
          BOOST_TEST(worsening_truth(b, later, Table{}) == w);
          BOOST_TEST(improvement_truth(b, later, Table{}) == im);
          BOOST_TEST(is_worsening(b, later, Table{}).value() == w);
          BOOST_TEST(is_improvement(b, later, Table{}).value() == im);
        }
      }
    }
  }
}
} // namespace

BOOST_AUTO_TEST_SUITE(thresholds)

BOOST_AUTO_TEST_CASE(standard_table_at_every_baseline) { check_table<standard_thresholds>(standard); }
BOOST_AUTO_TEST_CASE(cut55_table_at_every_baseline) { check_table<cut55_thresholds>(cut55); }
BOOST_AUTO_TEST_CASE(seed_protocol_table_at_every_baseline) { check_table<trialspec::protocols::nct02249676::protocol_thresholds>(nct); }

BOOST_AUTO_TEST_CASE(completeness_is_known) {
  BOOST_TEST(standard_thresholds::complete);
  BOOST_TEST(cut55_thresholds::complete);
  BOOST_TEST(!trialspec::protocols::nct02249676::protocol_thresholds::complete);
}

BOOST_AUTO_TEST_CASE(tables_describe_themselves_and_their_gaps) {
  BOOST_TEST(standard_thresholds::describe() ==
             "+1.5 for baseline 0.0; +1.0 for baselines 1.0 to 5.0; +0.5 for baselines 5.5 to 10.0");
  BOOST_TEST(cut55_thresholds::describe() ==
             "+1.5 for baseline 0.0; +1.0 for baselines 1.0 to 5.5; +0.5 for baselines 6.0 to 10.0");
  BOOST_TEST(trialspec::protocols::nct02249676::protocol_thresholds::describe() ==
             "+1.0 for baselines 0.0 to 4.5; +0.5 for baselines 6.0 to 10.0; "
             "no threshold for baselines 5.0 to 5.5");
  using one_gap = threshold_table<threshold_row(0_edss, 4.5_edss, edss_change(2)),
                                  threshold_row(5.5_edss, 10_edss, edss_change(1))>;
  BOOST_TEST(one_gap::describe() ==
             "+1.0 for baselines 0.0 to 4.5; +0.5 for baselines 5.5 to 10.0; no threshold for baseline 5.0");
}

BOOST_AUTO_TEST_CASE(a_gap_is_decided_over_the_thresholds_it_could_take) {
  using nct_table = trialspec::protocols::nct02249676::protocol_thresholds;
  // From 5.0 the registry says nothing; the rows either side ask +1.0 and +0.5.
  verdict v = is_worsening(5.0_edss, 6.0_edss, nct_table{});
  BOOST_TEST(v.is_met());
  BOOST_TEST(v.reason() == "EDSS 5.0 -> 6.0: worsening +1.0 reaches +1.0, the most the gap could require "
                           "(the protocol defines no threshold for baseline 5.0)");
  v = is_worsening(5.0_edss, 5.5_edss, nct_table{});
  BOOST_TEST(v.is_unknown());
  BOOST_TEST(v.reason() == "EDSS 5.0 -> 5.5: worsening +0.5 lies between +0.5 and +1.0, the least and the most the gap "
                           "could require (the protocol defines no threshold for baseline 5.0; undecided by the "
                           "protocol's wording, not by missing data)");
  // A fall or no change is no worsening under any threshold (the held-out cases of issue 15).
  v = is_worsening(5.0_edss, 4.5_edss, nct_table{});
  BOOST_TEST(v.is_not_met());
  BOOST_TEST(v.reason() == "EDSS 5.0 -> 4.5: worsening -0.5 is below +0.5, the least any threshold requires "
                           "(the protocol defines no threshold for baseline 5.0)");
  BOOST_TEST(is_worsening(5.5_edss, 5.5_edss, nct_table{}).is_not_met());
  BOOST_TEST(is_worsening(5.5_edss, 10_edss, nct_table{}).is_met());
  BOOST_TEST(is_worsening(5.5_edss, 6.0_edss, nct_table{}).is_unknown());
  BOOST_TEST(is_worsening(5.5_edss, 6.5_edss, nct_table{}).is_met());
  BOOST_TEST(is_improvement(5.0_edss, 0_edss, nct_table{}).is_met());
  BOOST_TEST(is_improvement(5.0_edss, 4.0_edss, nct_table{}).is_met());
  BOOST_TEST(is_improvement(5.5_edss, 5.0_edss, nct_table{}).is_unknown());
  BOOST_TEST(is_improvement(5.0_edss, 5.5_edss, nct_table{}).is_not_met());
  const possible_thresholds t = thresholds_for<nct_table>(5.5_edss);
  BOOST_TEST(!t.defined);
  BOOST_TEST(t.least.half_steps() == 1);
  BOOST_TEST(t.most.half_steps() == 2);
  BOOST_TEST(thresholds_for<nct_table>(6.0_edss).defined);

  // A gap at baseline 0 has one neighbour (+1.0 from 1.0): +0.5 to +1.0.
  using open_start = threshold_table<threshold_row(1.0_edss, 10_edss, edss_change(2))>;
  BOOST_TEST(thresholds_for<open_start>(0_edss).most.half_steps() == 2);
  BOOST_TEST(worsening_truth(0_edss, 1.0_edss, open_start{}) == truth::met);
  // Between +1.5 and +1.0 the larger one bounds the gap: from 1.0, +1.0 is undecided, +1.5 counts.
  using three = threshold_table<threshold_row(0_edss, 0_edss, edss_change(3)), threshold_row(1.5_edss, 10_edss, edss_change(2))>;
  BOOST_TEST(worsening_truth(1.0_edss, 2.0_edss, three{}) == truth::unknown);
  BOOST_TEST(worsening_truth(1.0_edss, 2.5_edss, three{}) == truth::met);
  BOOST_TEST(worsening_truth(1.0_edss, 1.0_edss, three{}) == truth::not_met);
}

BOOST_AUTO_TEST_CASE(worsening_boundaries_with_reasons) {
  // Standard table (default): from 0 +1.5 is needed, so 0 -> 1.0 (+1.0) is not worsening.
  verdict v = is_worsening(0_edss, 1.0_edss);
  BOOST_TEST(v.is_not_met());
  BOOST_TEST(v.reason() == "EDSS 0.0 -> 1.0: worsening +1.0 does not reach the +1.5 required from baseline 0.0");
  v = is_worsening(0_edss, 1.5_edss);
  BOOST_TEST(v.is_met());
  BOOST_TEST(v.reason() == "EDSS 0.0 -> 1.5: worsening +1.5 reaches the +1.5 required from baseline 0.0");
  v = is_worsening(4.5_edss, 5.5_edss);
  BOOST_TEST(v.is_met());
  BOOST_TEST(v.reason() == "EDSS 4.5 -> 5.5: worsening +1.0 reaches the +1.0 required from baseline 4.5");
  BOOST_TEST(is_worsening(5.0_edss, 5.5_edss).is_not_met()); // +0.5 < +1.0 at 5.0
  BOOST_TEST(is_worsening(5.0_edss, 6.0_edss).is_met());
  BOOST_TEST(is_worsening(5.5_edss, 6.0_edss).is_met()); // +0.5 from 5.5
  BOOST_TEST(is_worsening(5.5_edss, 5.5_edss).is_not_met());
  BOOST_TEST(is_worsening(10_edss, 10_edss).is_not_met());
  BOOST_TEST(is_worsening(4.0_edss, 3.0_edss).is_not_met());
  // The cut at 5.5: 5.5 still needs +1.0.
  BOOST_TEST(is_worsening(5.5_edss, 6.0_edss, cut55_thresholds{}).is_not_met());
  BOOST_TEST(is_worsening(5.5_edss, 6.5_edss, cut55_thresholds{}).is_met());
  BOOST_TEST(is_worsening(6.0_edss, 6.5_edss, cut55_thresholds{}).is_met());
  // The seed protocol: +1.0 from 0 (not +1.5), +0.5 from 6.0.
  BOOST_TEST(is_worsening(0_edss, 1.0_edss, trialspec::protocols::nct02249676::protocol_thresholds{}).is_met());
  BOOST_TEST(is_worsening(4.5_edss, 5.0_edss, trialspec::protocols::nct02249676::protocol_thresholds{}).is_not_met());
  BOOST_TEST(is_worsening(4.5_edss, 5.5_edss, trialspec::protocols::nct02249676::protocol_thresholds{}).is_met());
  BOOST_TEST(is_worsening(6.0_edss, 6.5_edss, trialspec::protocols::nct02249676::protocol_thresholds{}).is_met());
}

BOOST_AUTO_TEST_CASE(improvement_boundaries_with_reasons) {
  verdict v = is_improvement(6.0_edss, 5.5_edss);
  BOOST_TEST(v.is_met());
  BOOST_TEST(v.reason() == "EDSS 6.0 -> 5.5: improvement +0.5 reaches the +0.5 required from baseline 6.0");
  v = is_improvement(5.0_edss, 4.5_edss);
  BOOST_TEST(v.is_not_met());
  BOOST_TEST(v.reason() == "EDSS 5.0 -> 4.5: improvement +0.5 does not reach the +1.0 required from baseline 5.0");
  BOOST_TEST(is_improvement(5.0_edss, 4.0_edss).is_met());
  BOOST_TEST(is_improvement(1.0_edss, 0_edss).is_met());   // 1.0 >= 1.0
  BOOST_TEST(is_improvement(0_edss, 0_edss).is_not_met()); // nothing to improve from 0
  BOOST_TEST(is_improvement(3.0_edss, 4.0_edss).is_not_met());
  const verdict worse = is_improvement(3.0_edss, 4.0_edss);
  BOOST_TEST(worse.reason() == "EDSS 3.0 -> 4.0: improvement -1.0 does not reach the +1.0 required from baseline 3.0");
}

BOOST_AUTO_TEST_CASE(rows_are_checked) {
  BOOST_CHECK_THROW(threshold_row(5.0_edss, 4.0_edss, edss_change(2)), invalid_input);
  BOOST_CHECK_THROW(threshold_row(0_edss, 4.0_edss, edss_change(0)), invalid_input);
  BOOST_CHECK_THROW(threshold_row(0_edss, 4.0_edss, edss_change(-1)), invalid_input);
  const threshold_row r(1.0_edss, 5.0_edss, edss_change::points(1.0));
  BOOST_TEST(r.covers(1.0_edss));
  BOOST_TEST(r.covers(5.0_edss));
  BOOST_TEST(!r.covers(0_edss));
  BOOST_TEST(!r.covers(5.5_edss));
  BOOST_TEST(r.from() == 1.0_edss);
  BOOST_TEST(r.to() == 5.0_edss);
  BOOST_TEST(r.minimum().half_steps() == 2);
}

BOOST_AUTO_TEST_CASE(a_users_own_table) {
  // A flat +1.0 everywhere, declared with literals.
  using flat = threshold_table<threshold_row(0_edss, 10_edss, edss_change::points(1.0))>;
  BOOST_TEST(flat::complete);
  BOOST_TEST(flat::threshold(0_edss)->half_steps() == 2);
  BOOST_TEST(flat::threshold(10_edss)->half_steps() == 2);
  BOOST_TEST(is_worsening(0_edss, 1.0_edss, flat{}).is_met());
  BOOST_TEST(is_worsening(9.5_edss, 10_edss, flat{}).is_not_met());
}

BOOST_AUTO_TEST_CASE(tables_with_gaps_at_either_end_and_between_rows) {
  // No row for baseline 0: not complete, and the description says so.
  using open_start = threshold_table<threshold_row(1.0_edss, 10_edss, edss_change(2))>;
  static_assert(!open_start::complete);
  BOOST_TEST(open_start::describe() == "+1.0 for baselines 1.0 to 10.0; no threshold for baseline 0.0");
  // A gap of three scores at the top of the scale is one run.
  using open_end = threshold_table<threshold_row(0_edss, 8.5_edss, edss_change(2))>;
  static_assert(!open_end::complete);
  BOOST_TEST(open_end::describe() == "+1.0 for baselines 0.0 to 8.5; no threshold for baselines 9.0 to 10.0");
  // The gap at 0 has one neighbour, 1.0 (+1.0): +0.5 to +1.0, whatever the rows further up ask.
  using low_gap = threshold_table<threshold_row(1.0_edss, 4.0_edss, edss_change(2)), threshold_row(4.5_edss, 10_edss, edss_change(1))>;
  BOOST_TEST(thresholds_for<low_gap>(0_edss).least.half_steps() == 1);
  BOOST_TEST(thresholds_for<low_gap>(0_edss).most.half_steps() == 2);
  // The gap at 10.0 has one neighbour, 9.5 (+1.5): +0.5 to +1.5, not 9.0's +1.0.
  using high_gap = threshold_table<threshold_row(0_edss, 9.0_edss, edss_change(2)), threshold_row(9.5_edss, 9.5_edss, edss_change(3))>;
  BOOST_TEST(thresholds_for<high_gap>(10_edss).most.half_steps() == 3);
  BOOST_TEST(!thresholds_for<high_gap>(10_edss).defined);
  BOOST_TEST(thresholds_for<high_gap>(9.5_edss).defined);
  // The gap at 5.0 between 4.5 (+1.0) and a one-score row 5.5 (+1.5), then 6.0 (+0.5): the nearest
  // rows bound it, +0.5 to +1.5.
  using narrow = threshold_table<threshold_row(0_edss, 4.5_edss, edss_change(2)), threshold_row(5.5_edss, 5.5_edss, edss_change(3)),
                                 threshold_row(6.0_edss, 10_edss, edss_change(1))>;
  BOOST_TEST(thresholds_for<narrow>(5.0_edss).most.half_steps() == 3);
  // Every one of these tables is worked out at compile time (a table's thresholds are never
  // searched per call).
  static_assert(detail::constant_thresholds<standard_thresholds>);
  static_assert(detail::constant_thresholds<high_gap>);
  static_assert(detail::constant_thresholds<trialspec::protocols::nct02249676::protocol_thresholds>);
  // Only a gap leaves a change unknown, and only that is marked undecided by the wording.
  using nct_table = trialspec::protocols::nct02249676::protocol_thresholds;
  BOOST_TEST(is_worsening(5.0_edss, 5.5_edss, nct_table{}).undecided_by_wording());
  BOOST_TEST(!is_worsening(5.0_edss, 6.0_edss, nct_table{}).undecided_by_wording());
  BOOST_TEST(!is_worsening(4.0_edss, 4.5_edss, nct_table{}).undecided_by_wording());
}

BOOST_AUTO_TEST_SUITE_END()
