// Confirmed disability worsening/improvement: hand-worked EDSS histories for every option and
// boundary. Dates are written as days after 2020-01-01 (`at(90, ...)` is 2020-03-31); every
// expected value below is worked out from the definitions in progression/confirmed.hpp, with the
// day arithmetic in the comments.
#include <trialspec/progression/confirmed.hpp>

#include <trialspec/protocols/nct02249676/thresholds.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

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

progression_options all_events(baseline_scheme b = baseline_scheme::fixed) {
  progression_options o;
  o.events = event_selection::all;
  o.baseline = b;
  return o;
}

void check_event(const confirmed_event& e, change_kind kind, std::optional<worsening_class> cls,
                 edss_assessment baseline, edss_assessment event, edss_assessment confirmation) {
  BOOST_TEST(e.kind == kind);
  BOOST_TEST((e.classification == cls));
  BOOST_TEST(e.baseline.on == baseline.on);
  BOOST_TEST(e.baseline.score == baseline.score);
  BOOST_TEST(e.event.on == event.on);
  BOOST_TEST(e.event.score == event.score);
  BOOST_TEST(e.confirmation.on == confirmation.on);
  BOOST_TEST(e.confirmation.score == confirmation.score);
  BOOST_TEST(e.days_from_baseline == days_between(baseline.on.exact(), event.on.exact()));
}

bool mentions(const progression_explanation& why, const std::string& text) {
  return why.render().find(text) != std::string::npos;
}
} // namespace

BOOST_AUTO_TEST_SUITE(progression)

BOOST_AUTO_TEST_CASE(empty_and_single_assessment_histories) {
  const auto none = assess_progression(history{});
  BOOST_TEST(none.events.empty());
  BOOST_TEST(none.assessments == 0u);
  BOOST_TEST(!none.follow_up_days.has_value()); // missing, not zero
  BOOST_TEST(!none.milestone.has_value());
  const auto why = explain_progression(history{});
  BOOST_TEST(why.steps.size() == 1u);
  BOOST_TEST(why.steps[0].is_unknown());

  const auto one = assess_progression(history{at(0, 3.0_edss)});
  BOOST_TEST(one.events.empty());
  BOOST_TEST(*one.follow_up_days == 0);
}

BOOST_AUTO_TEST_CASE(plain_confirmed_worsening_is_pira_without_relapses) {
  // 2.0 -> 3.0 (+1.0, the threshold from 2.0) at day 90, still 3.0 at day 180 (90 days later,
  // inside [77, 814.5]).
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  const auto r = assess_progression(h);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  check_event(r.events[0], change_kind::worsening, worsening_class::pira, h[0], h[1], h[2]);
  BOOST_TEST(r.events[0].days_from_baseline == 90);
  BOOST_TEST(*r.follow_up_days == 180);
  BOOST_TEST(r.assessments == 3u);
  BOOST_TEST(r.worsening == 1u);
  BOOST_TEST(r.pira == 1u);
  BOOST_TEST(r.raw == 0u);
  BOOST_TEST(r.undefined == 0u);
  BOOST_TEST(r.improvement == 0u);
}

BOOST_AUTO_TEST_CASE(input_order_does_not_matter) {
  const history sorted{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  const history shuffled{sorted[2], sorted[0], sorted[1]};
  const auto a = assess_progression(sorted);
  const auto b = assess_progression(shuffled);
  BOOST_TEST_REQUIRE(b.events.size() == 1u);
  BOOST_TEST((a.events == b.events));
}

BOOST_AUTO_TEST_CASE(confirmation_window_lower_edge_is_84_minus_7_days) {
  // Event on day 100; the window opens on day 100 + 77 = 177.
  const auto on_edge = assess_progression(history{at(0, 2.0_edss), at(100, 3.0_edss), at(177, 3.0_edss)});
  BOOST_TEST_REQUIRE(on_edge.events.size() == 1u);
  BOOST_TEST(on_edge.events[0].confirmation.on == day(177));

  // Day 176 is 76 days after the event: too early, and nothing later confirms.
  const history early{at(0, 2.0_edss), at(100, 3.0_edss), at(176, 3.0_edss)};
  BOOST_TEST(assess_progression(early).events.empty());
  const auto why = explain_progression(early);
  BOOST_TEST(mentions(why, "no valid confirmation assessment in days 77 to 814.5 after 2020-04-10"));

  // With a later visit (day 300, 200 days after the event) the confirmation is that visit; the
  // too-early day-176 visit still has to hold (it does: 3.0).
  const auto later = assess_progression(
      history{at(0, 2.0_edss), at(100, 3.0_edss), at(176, 3.0_edss), at(300, 3.0_edss)});
  BOOST_TEST_REQUIRE(later.events.size() == 1u);
  BOOST_TEST(later.events[0].event.on == day(100));
  BOOST_TEST(later.events[0].confirmation.on == day(300));
}

BOOST_AUTO_TEST_CASE(confirmation_window_upper_edge_is_84_plus_730_5_days) {
  // Event on day 10: the window closes at day 10 + 814.5; day 824 (814 days) is in, 825 is out.
  const auto in = assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(824, 3.0_edss)});
  BOOST_TEST_REQUIRE(in.events.size() == 1u);
  BOOST_TEST(in.events[0].confirmation.on == day(824));
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(825, 3.0_edss)}).events.empty());

  // Tolerance options: [84 - 0, 84 + 0] accepts only day 84 after the event.
  progression_options exact;
  exact.confirm_tolerance_before = 0;
  exact.confirm_tolerance_after = 0;
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(94, 3.0_edss)}, exact).events.size() == 1u);
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(95, 3.0_edss)}, exact).events.empty());
  // confirm_days 168 (24 weeks), default tolerance: window [161, 898.5] days after the event.
  progression_options weeks24;
  weeks24.confirm_days = 168;
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(170, 3.0_edss)}, weeks24).events.empty());
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(10, 3.0_edss), at(171, 3.0_edss)}, weeks24).events.size() == 1u);
}

BOOST_AUTO_TEST_CASE(intermediate_assessments_must_hold) {
  // Day 120 is 2.5: only +0.5 from 2.0, so the day-90 worsening does not hold until day 180.
  // The day-180 worsening would need a confirmation at day 257 or later: none.
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(120, 2.5_edss), at(180, 3.0_edss)};
  BOOST_TEST(assess_progression(h).events.empty());
  BOOST_TEST(mentions(explain_progression(h), "the change does not hold at EDSS 2.5 on 2020-04-30"));

  // Without the intermediate check only the confirmation (day 180, first in [167, 904.5]) counts.
  progression_options o;
  o.check_intermediate = false;
  const auto r = assess_progression(h, o);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  check_event(r.events[0], change_kind::worsening, worsening_class::pira, h[0], h[1], h[3]);

  // Without the check the confirmation itself must still hold: 2.5 at day 180 does not.
  const history dip{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 2.5_edss)};
  BOOST_TEST(assess_progression(dip, o).events.empty());
}

BOOST_AUTO_TEST_CASE(thresholds_depend_on_baseline_and_table) {
  // From 0: +1.5 needed. 0 -> 1.0 is not enough, 0 -> 1.5 is.
  BOOST_TEST(assess_progression(history{at(0, 0_edss), at(90, 1.0_edss), at(180, 1.0_edss)}).events.empty());
  BOOST_TEST(assess_progression(history{at(0, 0_edss), at(90, 1.5_edss), at(180, 1.5_edss)}).events.size() == 1u);
  // From 5.5: +0.5 in the standard table, +1.0 in cut55.
  const history h{at(0, 5.5_edss), at(90, 6.0_edss), at(180, 6.0_edss)};
  BOOST_TEST(assess_progression<standard_thresholds>(h).events.size() == 1u);
  BOOST_TEST(assess_progression<cut55_thresholds>(h).events.empty());
  // From 5.0: +1.0 in both; 5.0 -> 5.5 is not a worsening.
  BOOST_TEST(assess_progression(history{at(0, 5.0_edss), at(90, 5.5_edss), at(180, 5.5_edss)}).events.empty());
}

BOOST_AUTO_TEST_CASE(a_baseline_in_the_seed_tables_gap_is_decided_where_every_threshold_agrees) {
  // NCT02249676 defines nothing for baselines 5.0 and 5.5; its rows either side ask +1.0 and +0.5,
  // so the gap asks +0.5 to +1.0. 5.0 -> 6.5 (+1.5), confirmed at day 180 (still +1.5, 90 days
  // later, inside the window of 77 days on): a worsening whatever the gap asks; no relapse: PIRA.
  using nct_table = trialspec::protocols::nct02249676::protocol_thresholds;
  const history h{at(0, 5.0_edss), at(90, 6.5_edss), at(180, 6.5_edss)};
  const auto r = assess_progression<nct_table>(h);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  check_event(r.events[0], change_kind::worsening, worsening_class::pira, h[0], h[1], h[2]);
  BOOST_TEST(!r.uncovered_baseline.has_value());
  // 5.0 -> 5.5 (+0.5): a worsening if the gap asks +0.5, not if it asks +1.0. Undecided: the
  // search stops and names the baseline, and the explanation says the wording leaves it open.
  const history half{at(0, 5.0_edss), at(90, 5.5_edss), at(180, 5.5_edss)};
  const auto u = assess_progression<nct_table>(half);
  BOOST_TEST(u.events.empty());
  BOOST_TEST_REQUIRE(u.uncovered_baseline.has_value());
  BOOST_TEST(u.uncovered_baseline->on == day(0));
  BOOST_TEST(u.uncovered_baseline->score == 5.0_edss);
  const auto why = explain_progression<nct_table>(half);
  BOOST_TEST_REQUIRE(why.steps.size() == 2u);
  BOOST_TEST(why.steps[0].reason().find("no threshold for baseline 5.0") != std::string::npos);
  BOOST_TEST(why.steps[1].is_unknown());
  BOOST_TEST(why.steps[1].reason().find("undecided by the protocol's wording") != std::string::npos);
  // A fall and no change: no worsening under any threshold (at least +0.5), decided.
  for (const history& flat : {history{at(0, 5.0_edss), at(90, 4.5_edss), at(180, 4.5_edss)},
                              history{at(0, 5.5_edss), at(90, 5.5_edss), at(180, 5.5_edss)}}) {
    const auto f = assess_progression<nct_table>(flat);
    BOOST_TEST(f.events.empty());
    BOOST_TEST(!f.uncovered_baseline.has_value());
  }
  // With improvements sought, the fall 5.0 -> 4.5 (-0.5) is an improvement under +0.5 only.
  const auto fall = assess_progression<nct_table>(history{at(0, 5.0_edss), at(90, 4.5_edss), at(180, 4.5_edss)}, all_events());
  BOOST_TEST(fall.events.empty());
  BOOST_TEST(fall.uncovered_baseline.has_value());
  // 5.0 -> 6.0 (+1.0) confirmed by 5.5 (+0.5): confirmed if the gap asks +0.5, not if +1.0.
  const auto conf = assess_progression<nct_table>(history{at(0, 5.0_edss), at(90, 6.0_edss), at(180, 5.5_edss)});
  BOOST_TEST(conf.events.empty());
  BOOST_TEST(conf.uncovered_baseline.has_value());
  // The standard table covers 5.0 (+1.0).
  BOOST_TEST(assess_progression<standard_thresholds>(h).events.size() == 1u);
  BOOST_TEST(!assess_progression<standard_thresholds>(h).uncovered_baseline.has_value());
  // Baseline 4.5 is covered by the seed table (+1.0 below 5.0).
  BOOST_TEST(assess_progression<nct_table>(history{at(0, 4.5_edss), at(90, 5.5_edss), at(180, 5.5_edss)}).events.size() == 1u);

  // Roving: from 6.0 (+0.5 in the seed table) a confirmed improvement to 5.0 moves the baseline
  // to the day-180 confirmation, 5.0, in the gap. The rise to 7.0 (+2.0) at day 270, confirmed
  // at day 360, is a worsening whatever the gap asks (PIRA: no relapse).
  const history rov{at(0, 6.0_edss), at(90, 5.0_edss), at(180, 5.0_edss), at(270, 7.0_edss), at(360, 7.0_edss)};
  const auto rr = assess_progression<nct_table>(rov, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(rr.events.size() == 2u);
  check_event(rr.events[0], change_kind::improvement, std::nullopt, rov[0], rov[1], rov[2]);
  check_event(rr.events[1], change_kind::worsening, worsening_class::pira, rov[2], rov[3], rov[4]);
  BOOST_TEST(!rr.uncovered_baseline.has_value());
  // The same with a rise to 5.5 only (+0.5 from 5.0): undecided at the day-180 baseline.
  const history rov_half{at(0, 6.0_edss), at(90, 5.0_edss), at(180, 5.0_edss), at(270, 5.5_edss), at(360, 5.5_edss)};
  const auto rh = assess_progression<nct_table>(rov_half, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(rh.events.size() == 1u);
  BOOST_TEST_REQUIRE(rh.uncovered_baseline.has_value());
  BOOST_TEST(rh.uncovered_baseline->on == day(180));
}

BOOST_AUTO_TEST_CASE(baseline_needs_30_days_after_the_last_relapse) {
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 4.0_edss), at(270, 4.0_edss)};
  // Relapse exactly 30 days before day 0: day 0 is a valid baseline. 2.0 -> 3.0 at day 90,
  // confirmed at day 180 (4.0 still >= 3.0). The event is 120 days after the relapse: not RAW;
  // no relapse in [0, 120] nor in [90, 210]: PIRA.
  const auto ok = assess_progression(h, onsets{day(-30)});
  BOOST_TEST_REQUIRE(ok.events.size() == 1u);
  check_event(ok.events[0], change_kind::worsening, worsening_class::pira, h[0], h[1], h[2]);
  // Relapse 29 days before day 0: the baseline moves to day 90 (3.0); 3.0 -> 4.0 at day 180,
  // confirmed at day 270.
  const auto moved = assess_progression(h, onsets{day(-29)});
  BOOST_TEST_REQUIRE(moved.events.size() == 1u);
  check_event(moved.events[0], change_kind::worsening, worsening_class::pira, h[1], h[2], h[3]);
  BOOST_TEST(moved.events[0].days_from_baseline == 90);
  BOOST_TEST(mentions(explain_progression(h, onsets{day(-29)}),
                      "EDSS 2.0 on 2020-01-01 cannot be the baseline: 29 days after the relapse onset on 2019-12-03"));
  // relapse_to_baseline = 0 keeps day 0 whatever the relapses.
  progression_options o;
  o.relapse_to_baseline = 0;
  BOOST_TEST(assess_progression(h, onsets{day(0)}, o).events.at(0).baseline.on == day(0));
}

BOOST_AUTO_TEST_CASE(raw_at_exactly_90_days_after_a_relapse) {
  const history h{at(0, 2.0_edss), at(120, 3.0_edss), at(210, 3.0_edss)};
  // Relapse on day 30: the event (day 120) is exactly 90 days after it -> RAW.
  const auto raw = assess_progression(h, onsets{day(30)});
  BOOST_TEST_REQUIRE(raw.events.size() == 1u);
  BOOST_TEST((raw.events[0].classification == worsening_class::raw));
  BOOST_TEST(raw.raw == 1u);
  // Relapse on day 29: 91 days -> not RAW; no relapse in [30, 150] nor [120, 240] -> PIRA.
  const auto pira = assess_progression(h, onsets{day(29)});
  BOOST_TEST_REQUIRE(pira.events.size() == 1u);
  BOOST_TEST((pira.events[0].classification == worsening_class::pira));
  // relapse_association 60: day 30 relapse is 90 days before -> not RAW, but inside the PIRA
  // window [30, 150] around the event -> undefined.
  progression_options o;
  o.relapse_association = 60;
  const auto undef = assess_progression(h, onsets{day(30)}, o);
  BOOST_TEST_REQUIRE(undef.events.size() == 1u);
  BOOST_TEST((undef.events[0].classification == worsening_class::undefined));
  BOOST_TEST(undef.undefined == 1u);
  // A relapse before the first assessment still counts (msprog would drop this one, 60 > 30 days
  // before the first visit): day 25 is 85 days after the day -60 relapse -> RAW.
  const auto early = assess_progression(history{at(0, 2.0_edss), at(25, 3.0_edss), at(115, 3.0_edss)}, onsets{day(-60)});
  BOOST_TEST_REQUIRE(early.events.size() == 1u);
  BOOST_TEST((early.events[0].classification == worsening_class::raw));
  // Relapse records work like onset dates.
  const std::vector<relapse> records{relapse{day(30), relapse_severity::moderate, std::nullopt}};
  BOOST_TEST((assess_progression(h, records).events.at(0).classification == worsening_class::raw));
}

BOOST_AUTO_TEST_CASE(pira_windows_at_their_edges) {
  // Event day 120, confirmation day 400 (280 days later, so the two windows [30, 150] and
  // [310, 430] do not overlap).
  const history h{at(0, 2.0_edss), at(120, 3.0_edss), at(400, 3.0_edss)};
  auto cls = [&](long relapse_day) {
    const auto r = assess_progression(h, onsets{day(relapse_day)});
    BOOST_TEST_REQUIRE(r.events.size() == 1u);
    return *r.events[0].classification;
  };
  BOOST_TEST(cls(150) == worsening_class::undefined); // event + 30: inside
  BOOST_TEST(cls(151) == worsening_class::pira);      // event + 31: outside both
  BOOST_TEST(cls(310) == worsening_class::undefined); // confirmation - 90: inside
  BOOST_TEST(cls(309) == worsening_class::pira);      // confirmation - 91: outside
  BOOST_TEST(cls(430) == worsening_class::undefined); // confirmation + 30: inside
  BOOST_TEST(cls(431) == worsening_class::pira);      // confirmation + 31: outside
  BOOST_TEST(cls(29) == worsening_class::pira);       // event - 91: outside, and not RAW

  // A later valid confirmation free of relapses makes PIRA: the first confirmation (day 210)
  // has the day-230 relapse in [120, 240]; day 400 (still 3.0, 280 days after the event, 170
  // days after the relapse) has none in [310, 430]; the event window [30, 150] is free.
  const history two{at(0, 2.0_edss), at(120, 3.0_edss), at(210, 3.0_edss), at(400, 3.0_edss)};
  const auto r = assess_progression(two, onsets{day(230)});
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  BOOST_TEST(r.events[0].confirmation.on == day(210));
  BOOST_TEST((r.events[0].classification == worsening_class::pira));
  // ...but not when the change has stopped holding before that later visit (day 300: 2.0).
  const history stops{at(0, 2.0_edss), at(120, 3.0_edss), at(210, 3.0_edss), at(300, 2.0_edss), at(400, 3.0_edss)};
  const auto s = assess_progression(stops, onsets{day(230)});
  BOOST_TEST_REQUIRE(s.events.size() == 1u);
  BOOST_TEST((s.events[0].classification == worsening_class::undefined));

  // Narrower windows as options: [-0, +0] only excludes relapses on the event or confirmation day
  // (relapse_to_confirmation 0 so that a relapse on the confirmation day leaves it valid).
  progression_options o;
  o.pira_free_before = 0;
  o.pira_free_after = 0;
  o.relapse_to_confirmation = 0;
  BOOST_TEST((assess_progression(h, onsets{day(150)}, o).events.at(0).classification == worsening_class::pira));
  BOOST_TEST((assess_progression(h, onsets{day(400)}, o).events.at(0).classification == worsening_class::undefined));
}

BOOST_AUTO_TEST_CASE(relapse_to_event_and_to_confirmation) {
  // Relapse on day 80. Default relapse_to_event 0: the day-90 worsening is an event; day 180 is
  // 100 days after the relapse, a valid confirmation; the event is 10 days after it: RAW.
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(200, 3.0_edss), at(290, 3.0_edss)};
  const auto r0 = assess_progression(h, onsets{day(80)});
  BOOST_TEST_REQUIRE(r0.events.size() == 1u);
  BOOST_TEST(r0.events[0].event.on == day(90));
  BOOST_TEST(r0.events[0].confirmation.on == day(200));
  BOOST_TEST((r0.events[0].classification == worsening_class::raw));
  // relapse_to_event 30: day 90 (10 days after) is not an event; day 200 is (120 days after),
  // confirmed at day 290 (90 days later); not RAW (120 > 90); windows [110, 230], [200, 320]
  // free of the day-80 relapse: PIRA.
  progression_options o;
  o.relapse_to_event = 30;
  const auto r30 = assess_progression(h, onsets{day(80)}, o);
  BOOST_TEST_REQUIRE(r30.events.size() == 1u);
  BOOST_TEST(r30.events[0].event.on == day(200));
  BOOST_TEST(r30.events[0].confirmation.on == day(290));
  BOOST_TEST((r30.events[0].classification == worsening_class::pira));

  // Relapse on day 170: day 180 is 10 days after it, not a valid confirmation; the next, day 250
  // (80 days after), confirms. The relapse is after the event (not RAW) and inside [160, 280]
  // around the only valid confirmation: undefined.
  const history c{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(250, 3.0_edss)};
  const auto rc = assess_progression(c, onsets{day(170)});
  BOOST_TEST_REQUIRE(rc.events.size() == 1u);
  BOOST_TEST(rc.events[0].confirmation.on == day(250));
  BOOST_TEST((rc.events[0].classification == worsening_class::undefined));
  // relapse_to_confirmation 0 makes day 180 valid again.
  progression_options any;
  any.relapse_to_confirmation = 0;
  BOOST_TEST(assess_progression(c, onsets{day(170)}, any).events.at(0).confirmation.on == day(180));
}

BOOST_AUTO_TEST_CASE(same_day_assessments_the_later_input_wins) {
  // Day 90 is recorded twice; the later record (2.0) replaces 3.0, so there is no change at day
  // 90 and the day-180 change has no confirmation.
  const history corrected{at(0, 2.0_edss), at(90, 3.0_edss), at(90, 2.0_edss), at(180, 3.0_edss)};
  const auto r = assess_progression(corrected);
  BOOST_TEST(r.events.empty());
  BOOST_TEST(r.assessments == 3u);
  // The other order: 3.0 is kept; worsening at day 90 confirmed at day 180.
  const history other{at(0, 2.0_edss), at(90, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  const auto s = assess_progression(other);
  BOOST_TEST_REQUIRE(s.events.size() == 1u);
  BOOST_TEST(s.events[0].event.score == 3.0_edss);
  // Input order, not date order, decides: the same records shuffled around the pair.
  const history shuffled{at(180, 3.0_edss), at(90, 2.0_edss), at(0, 2.0_edss), at(90, 3.0_edss)};
  BOOST_TEST(assess_progression(shuffled).events.size() == 1u);
}

BOOST_AUTO_TEST_CASE(roving_rebaselines_after_an_improvement) {
  const history h{at(0, 4.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 4.0_edss), at(360, 4.0_edss)};
  // Fixed: 4.0 at day 270 is no change from 4.0; improvements are not sought for the first
  // worsening.
  BOOST_TEST(assess_progression(h).events.empty());
  // Roving: improvement 4.0 -> 3.0 at day 90 confirmed at day 180 moves the baseline to day 180
  // (3.0); 3.0 -> 4.0 at day 270 confirmed at day 360 is the first worsening, 90 days from the
  // new baseline. The improvement is not reported in first-worsening mode.
  progression_options rov;
  rov.baseline = baseline_scheme::roving;
  const auto r = assess_progression(h, rov);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  check_event(r.events[0], change_kind::worsening, worsening_class::pira, h[2], h[3], h[4]);
  BOOST_TEST(r.events[0].days_from_baseline == 90);
  BOOST_TEST(r.improvement == 0u);
  // All events, roving: the improvement too, first.
  const auto all = assess_progression(h, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(all.events.size() == 2u);
  check_event(all.events[0], change_kind::improvement, std::nullopt, h[0], h[1], h[2]);
  check_event(all.events[1], change_kind::worsening, worsening_class::pira, h[2], h[3], h[4]);
  BOOST_TEST(all.improvement == 1u);
  BOOST_TEST(all.worsening == 1u);
  // All events, fixed: the improvement from 4.0 only; day 270 is no change from 4.0.
  const auto fixed = assess_progression(h, all_events());
  BOOST_TEST_REQUIRE(fixed.events.size() == 1u);
  BOOST_TEST(fixed.events[0].kind == change_kind::improvement);
}

BOOST_AUTO_TEST_CASE(all_events_fixed_versus_roving) {
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 3.0_edss), at(360, 3.0_edss)};
  // Fixed: the search resumes after the day-180 confirmation, still from baseline 2.0: day 270
  // is again +1.0 and is confirmed at day 360 (90 days later).
  const auto fixed = assess_progression(h, all_events());
  BOOST_TEST_REQUIRE(fixed.events.size() == 2u);
  check_event(fixed.events[0], change_kind::worsening, worsening_class::pira, h[0], h[1], h[2]);
  check_event(fixed.events[1], change_kind::worsening, worsening_class::pira, h[0], h[3], h[4]);
  // Roving: the baseline moves to day 180 (3.0); nothing changes from there.
  const auto rov = assess_progression(h, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(rov.events.size() == 1u);
  // First-worsening mode stops at the first.
  BOOST_TEST(assess_progression(h).events.size() == 1u);

  // Roving, stepwise: 1.0 -> 2.5 at day 90 (+1.5, threshold +1.0) confirmed at day 180;
  // baseline 2.5 (day 180); 3.5 at day 270 (+1.0) confirmed day 360; baseline 3.5 (day 360).
  const history steps{at(0, 1.0_edss), at(90, 2.5_edss), at(180, 2.5_edss), at(270, 3.5_edss), at(360, 3.5_edss)};
  const auto st = assess_progression(steps, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(st.events.size() == 2u);
  check_event(st.events[0], change_kind::worsening, worsening_class::pira, steps[0], steps[1], steps[2]);
  check_event(st.events[1], change_kind::worsening, worsening_class::pira, steps[2], steps[3], steps[4]);
}

BOOST_AUTO_TEST_CASE(sustained_changes) {
  // Worsening at day 90 confirmed at day 180; back to 2.0 at day 270 (180 days after the event).
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 2.0_edss)};
  BOOST_TEST(assess_progression(h).events.size() == 1u); // sustain 0
  progression_options o;
  o.sustain = sustain_requirement::to_end();
  BOOST_TEST(assess_progression(h, o).events.empty());
  // 180 days: the assessment exactly 180 days after the event is inside the period and fails.
  o.sustain = sustain_requirement::for_days(180);
  BOOST_TEST(assess_progression(h, o).events.empty());
  BOOST_TEST(mentions(explain_progression(h, o), "not sustained for 180 days"));
  // 179 days: the failing assessment is after the period.
  o.sustain = sustain_requirement::for_days(179);
  BOOST_TEST(assess_progression(h, o).events.size() == 1u);
  // A change that lasts to the last assessment is sustained whatever the period.
  o.sustain = sustain_requirement::for_days(3650);
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)}, o).events.size() == 1u);
  o.sustain = sustain_requirement::to_end();
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)}, o).events.size() == 1u);

  // Without intermediate checks only the first assessment at least N days after the event
  // counts: N = 170 -> day 270 (2.0) fails, although with intermediate checks the failure comes
  // after the 170-day period (180 > 170) and the event stands.
  progression_options ni;
  ni.check_intermediate = false;
  ni.sustain = sustain_requirement::for_days(170);
  BOOST_TEST(assess_progression(h, ni).events.empty());
  progression_options wi;
  wi.sustain = sustain_requirement::for_days(170);
  BOOST_TEST(assess_progression(h, wi).events.size() == 1u);
  // ...and with a follow-up shorter than N (180 < 365 days after the event), the last
  // assessment decides: day 270 at 2.5 fails, at 3.5 holds.
  ni.sustain = sustain_requirement::for_days(365);
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 2.5_edss)}, ni).events.empty());
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 3.5_edss)}, ni).events.size() == 1u);
}

BOOST_AUTO_TEST_CASE(milestone_edss_6_confirmed) {
  // Day 90 reaches 6.0 but day 120 (5.5) falls back before the day-200 confirmation; day 200
  // (6.5) is confirmed at day 290 (6.0 >= 6.0, 90 days later).
  const history h{at(0, 5.0_edss), at(90, 6.0_edss), at(120, 5.5_edss), at(200, 6.5_edss), at(290, 6.0_edss)};
  const auto r = assess_progression(h);
  BOOST_TEST_REQUIRE(r.milestone.has_value());
  BOOST_TEST(r.milestone->event.on == day(200));
  BOOST_TEST(r.milestone->event.score == 6.5_edss);
  BOOST_TEST(r.milestone->confirmation.on == day(290));
  BOOST_TEST(r.milestone->days_from_first_assessment == 200);
  const auto why = explain_progression(h);
  BOOST_TEST(why.milestone.is_met());
  BOOST_TEST(why.milestone.children().size() == 1u); // the day-90 candidate, rejected
  // The first assessment can reach the milestone; a custom milestone 4.0.
  BOOST_TEST(assess_progression(history{at(0, 6.0_edss), at(90, 6.0_edss)}).milestone->event.on == day(0));
  progression_options o;
  o.milestone = 4.0_edss;
  BOOST_TEST(assess_progression(history{at(0, 2.0_edss), at(30, 4.0_edss), at(120, 4.5_edss)}, o).milestone->event.on == day(30));
  BOOST_TEST(!assess_progression(history{at(0, 5.5_edss), at(90, 6.0_edss)}).milestone.has_value());
}

BOOST_AUTO_TEST_CASE(explanation_matches_the_result) {
  const history h{at(0, 4.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 4.0_edss), at(360, 4.0_edss)};
  const auto why = explain_progression(h, onsets{day(300)}, all_events(baseline_scheme::roving));
  const auto r = assess_progression(h, onsets{day(300)}, all_events(baseline_scheme::roving));
  BOOST_TEST((why.result.events == r.events));
  // Steps: baseline day 0; improvement confirmed; baseline day 180; worsening confirmed.
  BOOST_TEST_REQUIRE(why.steps.size() >= 4u);
  BOOST_TEST(why.steps[0].is_met());
  BOOST_TEST(why.steps[0].reason().find("baseline EDSS 4.0 on 2020-01-01") != std::string::npos);
  BOOST_TEST(why.steps[1].reason().find("improvement at EDSS 3.0 on 2020-03-31") != std::string::npos);
  BOOST_TEST(why.steps[2].reason().find("baseline EDSS 3.0 on 2020-06-29") != std::string::npos);
  // Day-270 worsening: the day-300 relapse comes after it (not RAW); the day-360 confirmation is
  // 60 days after the relapse (valid), but the relapse is inside [270 - 90, 270 + 30]: undefined.
  BOOST_TEST(why.steps[3].reason().find("confirmed (undefined)") != std::string::npos);
  BOOST_TEST((r.events.at(1).classification == worsening_class::undefined));
}

BOOST_AUTO_TEST_CASE(roving_moves_even_after_an_unsustained_change) {
  // Sustained to the end of follow-up is required. The day-90 worsening (confirmed at day 180)
  // fails at day 270, so it is not an event; roving still moves the baseline to day 180 (3.0),
  // from which 2.0 at day 270 is an improvement, confirmed at day 360 and held to the end.
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss), at(270, 2.0_edss), at(360, 2.0_edss)};
  progression_options rov = all_events(baseline_scheme::roving);
  rov.sustain = sustain_requirement::to_end();
  const auto r = assess_progression(h, rov);
  BOOST_TEST_REQUIRE(r.events.size() == 1u);
  check_event(r.events[0], change_kind::improvement, std::nullopt, h[2], h[3], h[4]);
  // Fixed: after the unsustained change the search resumes after the event; day 180's change
  // breaks at day 270, and from 2.0 nothing else changes.
  progression_options fixed = all_events();
  fixed.sustain = sustain_requirement::to_end();
  BOOST_TEST(assess_progression(h, fixed).events.empty());
  const auto why = explain_progression(h, rov);
  BOOST_TEST(mentions(why, "confirmed but not sustained; not an event; the baseline moves to 2020-06-29"));
}

BOOST_AUTO_TEST_CASE(explanations_name_the_reason) {
  // A change too close to a relapse (relapse_to_event 30): day 90 is 10 days after day 80.
  progression_options o;
  o.relapse_to_event = 30;
  const history h{at(0, 2.0_edss), at(90, 3.0_edss), at(200, 3.0_edss), at(290, 3.0_edss)};
  BOOST_TEST(mentions(explain_progression(h, onsets{day(80)}, o),
                      "worsening at EDSS 3.0 on 2020-03-31 is not an event: 10 days after the relapse onset on 2020-03-21 (at least 30 required)"));
  // An improvement in first-worsening mode with a roving baseline moves the baseline only.
  progression_options rov;
  rov.baseline = baseline_scheme::roving;
  const history imp{at(0, 4.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  BOOST_TEST(mentions(explain_progression(imp, rov), "confirmed improvement, not reported (first-worsening mode)"));
  // The seed table: a roving baseline that lands on 5.5 (gap: +0.5 to +1.0) followed by a +0.5
  // change is reported as unknown, not as "no event".
  const history seed{at(0, 4.5_edss), at(90, 5.5_edss), at(180, 5.5_edss), at(270, 6.0_edss), at(360, 6.0_edss)};
  const auto why = explain_progression<trialspec::protocols::nct02249676::protocol_thresholds>(seed, all_events(baseline_scheme::roving));
  BOOST_TEST_REQUIRE(why.result.events.size() == 1u); // 4.5 -> 5.5 (+1.0), confirmed at day 180
  BOOST_TEST(why.steps.back().is_unknown());
  BOOST_TEST(why.steps.back().reason().find("baseline EDSS 5.5 on 2020-06-29") != std::string::npos);
  BOOST_TEST(why.result.uncovered_baseline->score == 5.5_edss);
  // The milestone verdict lists why earlier candidates failed.
  const history ms{at(0, 6.0_edss), at(30, 5.5_edss), at(120, 6.0_edss)};
  const auto mw = explain_progression(ms);
  BOOST_TEST(!mw.result.milestone.has_value()); // day 0 breaks at day 30; day 120 is the last
  BOOST_TEST(mw.milestone.is_not_met());
  BOOST_TEST(mw.milestone.children().size() == 2u);
}

BOOST_AUTO_TEST_CASE(scratch_buffers_are_reused_across_patients) {
  progression_scratch scratch;
  progression_result out;
  const history a{at(0, 2.0_edss), at(90, 3.0_edss), at(180, 3.0_edss)};
  const history b{at(0, 6.0_edss), at(90, 6.0_edss)};
  assess_progression(a, onsets{}, progression_options{}, scratch, out);
  BOOST_TEST(out.events.size() == 1u);
  assess_progression(b, onsets{}, progression_options{}, scratch, out);
  BOOST_TEST(out.events.empty()); // cleared, not appended
  BOOST_TEST(out.milestone.has_value());
  assess_progression(a, onsets{}, progression_options{}, scratch, out);
  BOOST_TEST((out.events == assess_progression(a).events));
}

BOOST_AUTO_TEST_CASE(bad_input_is_rejected) {
  progression_options o;
  o.confirm_days = 0;
  BOOST_CHECK_THROW(assess_progression(history{}, o), invalid_input);
  o = {};
  o.confirm_tolerance_before = -1;
  BOOST_CHECK_THROW(assess_progression(history{}, o), invalid_input);
  o = {};
  o.relapse_to_baseline = -1;
  try {
    assess_progression(history{}, o);
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "relapse_to_baseline");
    BOOST_TEST(e.value() == "-1");
  }
  BOOST_CHECK_THROW(assess_progression(history{{date(boost::date_time::not_a_date_time), 2.0_edss}}), invalid_input);
  BOOST_CHECK_THROW(assess_progression(history{at(0, 2.0_edss)}, onsets{date(boost::date_time::pos_infin)}), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
