// The parts of the confirmed-change search that depend on how its input is prepared: scratch
// buffers reused across patients of different sizes, relapse onsets out of order, threshold
// tables only known at run time, and confirmation windows with fractional edges. Dates are days
// after 2020-01-01; every expected value is worked out by hand from the definitions in
// progression/confirmed.hpp (default options: confirmation 84 days, -7 / +730.5, so the window of
// an event on day e is [e + 77, e + 814.5]; relapse windows 30 / 0 / 30, RAW within 90 days).
#include <trialspec/progression/confirmed.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;

namespace {
const date origin(2020, 1, 1);
date day(long n) { return origin + days{static_cast<std::int32_t>(n)}; }
edss_assessment at(long n, edss score) { return {day(n), score}; }
using history = std::vector<edss_assessment>;
using onsets = std::vector<date>;

/// The standard thresholds (+1.5 from 0, +1.0 from 1.0 to 5.0, +0.5 from 5.5), written as a plain
/// function, so the search cannot tabulate it at compile time.
struct runtime_standard_thresholds {
  static std::optional<edss_change> threshold(edss baseline) {
    const int h = baseline.half_steps();
    return edss_change(h == 0 ? 3 : h <= 10 ? 2 : 1);
  }
  static constexpr bool complete = true;
  static std::string describe() { return "standard, computed at run time"; }
};

/// Like the above with no threshold for baseline 5.0.
struct runtime_gap_thresholds {
  static std::optional<edss_change> threshold(edss baseline) {
    if (baseline.half_steps() == 10) return std::nullopt;
    return runtime_standard_thresholds::threshold(baseline);
  }
  static constexpr bool complete = false;
  static std::string describe() { return "standard without 5.0, computed at run time"; }
};

void check_event(const confirmed_event& e, change_kind kind, std::optional<worsening_class> cls,
                 edss_assessment baseline, edss_assessment event, edss_assessment confirmation) {
  BOOST_TEST(e.kind == kind);
  BOOST_TEST((e.classification == cls));
  BOOST_TEST((e.baseline == baseline));
  BOOST_TEST((e.event == event));
  BOOST_TEST((e.confirmation == confirmation));
  BOOST_TEST(e.days_from_baseline == days_between(baseline.on.exact(), event.on.exact()));
}
} // namespace

BOOST_AUTO_TEST_SUITE(progression_fast_path)

BOOST_AUTO_TEST_CASE(threshold_table_known_only_at_run_time) {
  // Baseline 2.0 needs +1.0: 3.0 on day 90 is the candidate; its window is [167, 904.5], so day 180
  // (still 3.0) confirms it. No relapses: PIRA.
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  for (const auto& r : {assess_progression<runtime_standard_thresholds>(h), assess_progression<standard_thresholds>(h)}) {
    BOOST_TEST_REQUIRE(r.events.size() == 1u);
    check_event(r.events[0], change_kind::worsening, worsening_class::pira, at(0, 2.0_edss), at(90, 3.0_edss),
                at(180, 3.0_edss));
  }
  // A +0.5 step from 5.5 is a worsening under the standard table but not from 5.0 (+1.0 needed).
  const history from_55{at(0, 5.5_edss), at(90, 6.0_edss), at(180, 6.0_edss)};
  BOOST_TEST(assess_progression<runtime_standard_thresholds>(from_55).worsening == 1u);
  const history from_50{at(0, 5.0_edss), at(90, 5.5_edss), at(180, 5.5_edss)};
  BOOST_TEST(assess_progression<runtime_standard_thresholds>(from_50).worsening == 0u);

  // Baseline 5.0 is not covered; its neighbours ask +1.0 (4.5) and +0.5 (5.5). +1.5 to 6.5
  // counts whichever the gap asks; +0.5 to 5.5 is undecided.
  const history gap{at(0, 5.0_edss), at(90, 6.5_edss), at(180, 6.5_edss)};
  const auto g = assess_progression<runtime_gap_thresholds>(gap);
  BOOST_TEST(g.events.size() == 1u);
  BOOST_TEST(!g.uncovered_baseline.has_value());
  const history half{at(0, 5.0_edss), at(90, 5.5_edss), at(180, 5.5_edss)};
  const auto h2 = assess_progression<runtime_gap_thresholds>(half);
  BOOST_TEST(h2.events.empty());
  BOOST_TEST_REQUIRE(h2.uncovered_baseline.has_value());
  BOOST_TEST((*h2.uncovered_baseline == at(0, 5.0_edss)));
  const auto why = explain_progression<runtime_gap_thresholds>(half);
  BOOST_TEST(why.result.uncovered_baseline.has_value());
  BOOST_TEST(why.render().find("standard without 5.0, computed at run time") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(scratch_reused_across_patients_of_different_sizes) {
  progression_scratch scratch;
  progression_result out;
  const progression_options o{};

  // Four assessments; relapse on day 60: day 90 is 30 days after it (<= 90), so RAW; day 180 is
  // 120 days after it (>= 30), a valid confirmation.
  const history first{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 3.0_edss)};
  assess_progression(std::span<const edss_assessment>(first), onsets{day(60)}, o, scratch, out);
  BOOST_TEST_REQUIRE(out.events.size() == 1u);
  check_event(out.events[0], change_kind::worsening, worsening_class::raw, at(0, 2.0_edss), at(90, 3.0_edss),
              at(180, 3.0_edss));
  BOOST_TEST(out.assessments == 4u);
  BOOST_TEST((out.follow_up_days == 270L));

  // Two stable assessments, no relapses: nothing from the previous patient may show through.
  const history second{at(0, 4.0_edss), at(100, 4.0_edss)};
  assess_progression(std::span<const edss_assessment>(second), onsets{}, o, scratch, out);
  BOOST_TEST(out.events.empty());
  BOOST_TEST(out.assessments == 2u);
  BOOST_TEST((out.follow_up_days == 100L));
  BOOST_TEST(out.raw == 0u);
  BOOST_TEST(!out.milestone.has_value());

  // Out of order with two records on day 100: the later one in input order (5.5) is kept, so the
  // history is 6.0, 5.5, 6.0 on days 0, 100, 200. Milestone 6.0 on day 0: the first assessment in
  // [77, 814.5] is day 100, where 5.5 < 6.0 breaks it; 6.0 on day 200 has no assessment in
  // [277, 1014.5]. So no milestone, and from baseline 6.0 (+0.5 needed) no worsening.
  const history third{at(200, 6.0_edss), at(100, 6.0_edss), at(0, 6.0_edss), at(100, 5.5_edss)};
  assess_progression(std::span<const edss_assessment>(third), onsets{}, o, scratch, out);
  BOOST_TEST(out.assessments == 3u);
  BOOST_TEST((out.follow_up_days == 200L));
  BOOST_TEST(out.events.empty());
  BOOST_TEST(!out.milestone.has_value());

  // The same records with 6.0 last on day 100: milestone on day 0, confirmed on day 100.
  const history fourth{at(200, 6.0_edss), at(100, 5.5_edss), at(0, 6.0_edss), at(100, 6.0_edss)};
  assess_progression(std::span<const edss_assessment>(fourth), onsets{}, o, scratch, out);
  BOOST_TEST(out.assessments == 3u);
  BOOST_TEST_REQUIRE(out.milestone.has_value());
  BOOST_TEST((out.milestone->event == at(0, 6.0_edss)));
  BOOST_TEST((out.milestone->confirmation == at(100, 6.0_edss)));
  BOOST_TEST(out.milestone->days_from_first_assessment == 0);

  // A longer patient again, reusing the grown buffers: same result as a fresh search.
  assess_progression(std::span<const edss_assessment>(first), onsets{day(60)}, o, scratch, out);
  BOOST_TEST((out.events == assess_progression(first, onsets{day(60)}).events));
  BOOST_TEST(out.assessments == 4u);
}

BOOST_AUTO_TEST_CASE(relapse_onsets_in_any_order) {
  // Relapses on days 170 and 60, given in the reverse order. Day 90 is 30 days after day 60: RAW.
  // Day 180 is 10 days after day 170 (< 30): not a valid confirmation; day 270 is 100 days after
  // it and in [167, 904.5]: the confirmation. 3.0 holds at day 180 in between.
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 3.0_edss)};
  for (const auto& rel : {onsets{day(170), day(60)}, onsets{day(60), day(170)}}) {
    const auto r = assess_progression(h, rel);
    BOOST_TEST_REQUIRE(r.events.size() == 1u);
    check_event(r.events[0], change_kind::worsening, worsening_class::raw, at(0, 2.0_edss), at(90, 3.0_edss),
                at(270, 3.0_edss));
  }
  // Relapse records instead of dates, out of order, with one before the first assessment: day
  // -20 makes day 0 only 20 days after a relapse (< 30), so the baseline is day 90 (3.0), from
  // which nothing changes by +1.0.
  std::vector<relapse> records(2);
  records[0].onset = day(170);
  records[1].onset = day(-20);
  const auto r = assess_progression(h, records);
  BOOST_TEST(r.events.empty());
}

BOOST_AUTO_TEST_CASE(confirmation_window_with_fractional_edges) {
  const history h{at(0, 2.0_edss), at(10, 3.0_edss), at(87, 3.0_edss), at(88, 3.0_edss)};
  progression_options o;
  // Window of the event on day 10 from 84 - 6.5 = 77.5 days: day 87 (77 days) is too early, day
  // 88 (78 days) confirms.
  o.confirm_tolerance_before = 6.5;
  auto r = assess_progression(h, o);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST((r.events[0].confirmation == at(88, 3.0_edss)));
  // From 84 - 7 = 77 days: day 87 confirms.
  o.confirm_tolerance_before = 7.0;
  r = assess_progression(h, o);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST((r.events[0].confirmation == at(87, 3.0_edss)));
  // From 84 - 7.75 = 76.25 days: still day 87 (77 days; day 86 would be 76).
  o.confirm_tolerance_before = 7.75;
  r = assess_progression(h, o);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST((r.events[0].confirmation == at(87, 3.0_edss)));

  // Right edge 84 + 0.75 = 84.75 days: day 95 (85 days after day 10) is outside; with + 1.0 the
  // edge is 85 and day 95 confirms.
  const history late{at(0, 2.0_edss), at(10, 3.0_edss), at(95, 3.0_edss)};
  o.confirm_tolerance_before = 0.0;
  o.confirm_tolerance_after = 0.75;
  BOOST_TEST(assess_progression(late, o).events.empty());
  o.confirm_tolerance_after = 1.0;
  r = assess_progression(late, o);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST((r.events[0].confirmation == at(95, 3.0_edss)));
  // An unbounded right edge.
  o.confirm_tolerance_after = std::numeric_limits<double>::infinity();
  BOOST_TEST(assess_progression(late, o).events.size() == 1u);
}

BOOST_AUTO_TEST_CASE(invalid_settings_are_still_named) {
  // The valid case is checked in one test; each invalid setting must still be named.
  progression_options o;
  o.pira_free_after = -1;
  BOOST_CHECK_EXCEPTION(assess_progression(history{at(0, 2.0_edss)}, o), invalid_input,
                        [](const invalid_input& e) { return e.field() == "pira_free_after"; });
  o = {};
  o.confirm_tolerance_before = std::numeric_limits<double>::infinity();
  BOOST_CHECK_EXCEPTION(assess_progression(history{at(0, 2.0_edss)}, o), invalid_input,
                        [](const invalid_input& e) { return e.field() == "confirm_tolerance_before"; });
  o = {};
  o.sustain = sustain_requirement::for_days(-3);
  BOOST_CHECK_EXCEPTION(assess_progression(history{at(0, 2.0_edss)}, o), invalid_input,
                        [](const invalid_input& e) { return e.field() == "sustain days"; });
  o = {};
  o.confirm_days = 0;
  BOOST_CHECK_EXCEPTION(assess_progression(history{at(0, 2.0_edss)}, o), invalid_input,
                        [](const invalid_input& e) { return e.field() == "confirm_days"; });
}

BOOST_AUTO_TEST_SUITE_END()
