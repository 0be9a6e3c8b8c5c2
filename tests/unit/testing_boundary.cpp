// Boundary cases generated from the probes each criterion states, and the checks that print
// reason trees.
#include <trialspec/eligibility.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/checks.hpp>
#include <trialspec/testing/patient_builder.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
using namespace trialspec::testing;
namespace el = trialspec::eligibility;

namespace {

// A small protocol written for these tests.
using small_protocol = el::eligibility_criteria<
    el::inclusion<el::named<"I1", "Age 18 to 80", el::age_between<18, 80>>,
                  el::named<"I2", "EDSS above 3.0 in the past 6 months",
                            el::edss_latest<el::comparison::greater, 3.0_edss, within_before(months{6})>>,
                  el::named<"I3", "At least 1 moderate or severe relapse in the past 18 months",
                            el::relapse_count<el::comparison::greater_equal, 1, within_before(months{18}), el::moderate_or_severe>>,
                  el::named<"I4", "At least 1 year of immunotherapy", el::therapy_duration<years{1}, el::immunotherapy>>>,
    el::exclusion<el::named<"E1", "Immunotherapy in the past 3 months", el::therapy_exposure<el::immunotherapy, within_before(months{3})>>,
                  el::named<"E2", "BP 200/110 or more", el::blood_pressure_at_least<200, 110>>,
                  el::named<"E3", "Gd-enhancing lesion in the past 3 months", el::gd_enhancing_lesions<1, within_before(months{3})>>>>;

const date screening = parse_date("2014-01-05");

std::string text_of(const boost::test_tools::predicate_result& r) {
  const auto m = r.message();
  return std::string(m.begin(), m.size());
}

// A patient with an id and nothing else (the id appended, not assigned from "b": g++ 12 at -O3
// reports a false -Wstringop-overflow on the assignment).
patient empty_base() {
  patient p;
  p.id.push_back('b');
  return p;
}
// Eligible by the text of every criterion (worked out in the test below).
patient eligible_base() {
  return patient_builder(screening, "base")
      .aged(45)
      .nmosd()
      .edss(4.5_edss, ago(months{2}))
      .relapse(relapse_severity::moderate, ago(months{10}))
      .therapy("azathioprine", therapy_class::immunosuppressant, years{2}, ago(months{6}))
      .blood_pressure(130, 80, ago(days{7}))
      .mri(ago(months{1}), {.gd_enhancing_lesions = 0, .dose = gd_dose::single})
      .complete_history()
      .build();
}

// A user's age criterion whose probes state ">= 18" (worked out by hand for screening on
// 2014-01-05) but whose test implements "> 18".
struct buggy_adult : el::criterion_base {
  std::string describe() const { return "age at least 18"; }
  template <class R> truth test(const R& r, const el::evaluation_context& ctx) const {
    return to_truth(age_in_years(r.birth_date->exact(), ctx.as_of) > 18);
  }
  template <class R> verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return {test(r, ctx), "age " + std::to_string(age_in_years(r.birth_date->exact(), ctx.as_of))};
  }
  void boundary_probes(el::probe_writer& p) const {
    const auto born = [](const char* day) { return [day](patient& r) { r.birth_date = parse_date(day); }; };
    p.add("age: turns 18 the day after 2014-01-05 (age 17)", truth::not_met, born("1996-01-06"));
    p.add("age: turns 18 on 2014-01-05", truth::met, born("1996-01-05"));
    p.add("age: turns 19 the day after 2014-01-05 (age 18)", truth::met, born("1995-01-06"));
    p.add("age: turns 19 on 2014-01-05", truth::met, born("1995-01-05"));
  }
};
// A user's criterion that states no probes: "at most 2 relapses on record", a threshold the
// generator cannot know of.
struct few_relapses : el::criterion_base {
  std::string describe() const { return "at most 2 relapses on record"; }
  template <class R> truth test(const R& r, const el::evaluation_context&) const { return to_truth(r.relapses.size() <= 2); }
  template <class R> verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return {test(r, ctx), std::to_string(r.relapses.size()) + " relapses"};
  }
};
// A criterion whose fast path and explained path disagree.
struct two_faced : el::criterion_base {
  std::string describe() const { return "two-faced"; }
  template <class R> truth test(const R&, const el::evaluation_context&) const { return truth::met; }
  template <class R> verdict evaluate(const R&, const el::evaluation_context&) const { return verdict::not_met("says no"); }
};

using buggy_protocol = el::eligibility_criteria<el::inclusion<el::named<"I1", "Age 18 or older", buggy_adult>>, el::exclusion<>>;

} // namespace

BOOST_AUTO_TEST_SUITE(testing_boundary)

BOOST_AUTO_TEST_CASE(checks_pass_and_fail_with_the_report) {
  // By hand: 45 in 18..80; EDSS 4.5 > 3.0 on 2013-11-05, within [2013-07-05, 2014-01-05];
  // moderate relapse 2013-03-05 within [2012-07-05, 2014-01-05], history complete; azathioprine
  // 2011-07-05..2013-07-05 is 2 years; no immunotherapy in [2013-10-05, 2014-01-05]; BP 130/80;
  // 0 Gd lesions on 2013-12-05. Eligible.
  const patient base = eligible_base();
  const small_protocol criteria{};
  BOOST_TEST(eligible(criteria, base, screening));
  BOOST_TEST(eligible<small_protocol>(base, screening));
  const auto wrong = ineligible(criteria, base, screening);
  BOOST_TEST(!wrong);
  const std::string message = text_of(wrong);
  BOOST_TEST(message.find("expected ineligible, got eligible") == 0u);
  BOOST_TEST(message.find("inclusion I2 [met] EDSS above 3.0 in the past 6 months") != std::string::npos);
  BOOST_TEST(message.find("last EDSS 4.5 on 2013-11-05 is above 3.0") != std::string::npos);

  // Without the EDSS the outcome is undetermined, and the message says what would decide it.
  patient no_edss = base;
  no_edss.edss.clear();
  BOOST_TEST(undetermined(criteria, no_edss, screening));
  const auto not_eligible = eligible(criteria, no_edss, screening);
  BOOST_TEST(!not_eligible);
  BOOST_TEST(text_of(not_eligible).find("to decide:") != std::string::npos);

  // A criterion's verdict.
  const el::edss_latest<el::comparison::greater, 3.0_edss> edss_above_3;
  BOOST_TEST(gives(edss_above_3, base, screening, truth::met));
  BOOST_TEST(gives(edss_above_3, no_edss, screening, truth::unknown));
  const auto bad = gives(edss_above_3, base, screening, truth::not_met);
  BOOST_TEST(!bad);
  BOOST_TEST(text_of(bad).find("expected [not met], got [met]") == 0u);
}

BOOST_AUTO_TEST_CASE(checks_catch_test_and_evaluate_disagreeing) {
  const patient base = eligible_base();
  const auto v = gives(two_faced{}, base, screening, truth::not_met);
  BOOST_TEST(!v);
  BOOST_TEST(text_of(v).find("test() and evaluate() disagree") != std::string::npos);
  using s = el::eligibility_criteria<el::inclusion<two_faced>, el::exclusion<>>;
  const auto o = ineligible(s{}, base, screening); // screen() says ineligible, test() eligible
  BOOST_TEST(!o);
  BOOST_TEST(text_of(o).find("test() and screen() disagree") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(generated_cases_hold_for_the_built_ins) {
  const patient base = eligible_base();
  const small_protocol criteria{};
  std::vector<std::string> skipped;
  const auto cases = boundary_cases(criteria, base, el::evaluation_context{screening}, &skipped);
  // Counted by hand: I1 age_between 2 + 2; I2 3 scores + 4 window edges; I3 counts 0, 1, 2, a
  // mild (uncounted) and an ungraded relapse, first edge 2, after-last 1, and 3 for merging
  // (two reports 29 days apart from the first day: one attack; from the day before: one attack
  // before the window; 30 days apart: two); I4 exactly, a day short, a day longer; E1 4 window
  // edges; E2 3 readings + 2 edges at the open-ended window's last day; E3 3 counts + 4 edges
  // (any dose accepted: no dose case).
  BOOST_TEST(cases.size() == 4u + 7u + 11u + 3u + 4u + 5u + 7u);
  BOOST_TEST(skipped.empty());
  BOOST_TEST(boundaries_hold(criteria, base, screening));
  const std::string table = render(cases);
  // First line: I1's encoding is the age criterion itself (no parts), the youngest edge first.
  BOOST_TEST(table.find("I1 age at screening from 18 to 80 years | age: turns 18 the day after 2014-01-05 (age 17) | not met | "
                        "ineligible\n") == 0u);
  BOOST_TEST(boundaries_hold<small_protocol>(base, screening));

  // Spot checks of the expectations against the text of the criteria.
  auto find = [&](const std::string& edge) {
    const auto it = std::find_if(cases.begin(), cases.end(), [&](const boundary_case& c) { return c.edge == edge; });
    BOOST_TEST_REQUIRE((it != cases.end()), "no case " << edge);
    return *it;
  };
  // Turning 18 the day after screening is 17: I1 not met, so ineligible.
  const auto young = find("age: turns 18 the day after 2014-01-05 (age 17)");
  BOOST_TEST((young.expected == truth::not_met));
  BOOST_TEST((*young.expected_outcome == el::screening_outcome::ineligible));
  BOOST_TEST(*young.record.birth_date == parse_date("1996-01-06"));
  // Turning 81 on screening day is outside 18 to 80.
  BOOST_TEST((find("age: turns 81 on 2014-01-05").expected == truth::not_met));
  // EDSS 3.0 is not above 3.0; the window [2013-07-05, 2014-01-05] includes its first day.
  BOOST_TEST((find("EDSS 3.0 on 2014-01-05 (threshold 3.0)").expected == truth::not_met));
  BOOST_TEST((find("EDSS 3.5 on the window's first day 2013-07-05").expected == truth::met));
  BOOST_TEST((find("EDSS 3.5 one day before the window, 2013-07-04").expected == truth::unknown));
  // An immunotherapy course of exactly 1 year up to screening meets I4 - and E1, so the outcome
  // is ineligible.
  const auto year = find("one course of exactly 1 year, 2013-01-05 to 2014-01-05");
  BOOST_TEST((year.expected == truth::met));
  BOOST_TEST((*year.expected_outcome == el::screening_outcome::ineligible));
  // A mild relapse does not count for "moderate or severe"; an ungraded one might.
  BOOST_TEST((find("1 mild relapse (severity not counted)").expected == truth::not_met));
  BOOST_TEST((find("1 ungraded relapse").expected == truth::unknown));
  // A 200/109 reading excludes (systolic on its threshold).
  BOOST_TEST((find("blood pressure 200/109 (systolic on its threshold)").expected == truth::met));
}

BOOST_AUTO_TEST_CASE(a_criterion_that_disagrees_with_its_probes_is_reported) {
  const patient base = eligible_base();
  const auto rep = run_boundary_cases(buggy_protocol{}, base, el::evaluation_context{screening});
  // Four age cases: 17, 18 (turns 18 on the day), 18 (turns 19 tomorrow), 19. The bug ("> 18")
  // fails both 18s.
  BOOST_TEST(rep.cases == 4u);
  BOOST_TEST_REQUIRE(rep.disagreements.size() == 2u);
  BOOST_TEST(rep.disagreements[0].what.edge == "age: turns 18 on 2014-01-05");
  BOOST_TEST((rep.disagreements[0].actual.value() == truth::not_met));
  BOOST_TEST(rep.disagreements[1].what.edge == "age: turns 19 the day after 2014-01-05 (age 18)");
  const auto res = boundaries_hold(buggy_protocol{}, base, screening);
  BOOST_TEST(!res);
  const std::string text = text_of(res);
  BOOST_TEST(text.find("4 boundary cases, 2 disagreements") == 0u);
  BOOST_TEST(text.find("expected [met], got [not met]; outcome expected eligible, got ineligible") != std::string::npos);
  BOOST_TEST(text.find("[not met] age 18") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(criteria_without_numbers_are_listed_as_skipped) {
  // Both built-ins declare that they have nothing to probe: listed, but not missing probes.
  using s = el::eligibility_criteria<el::inclusion<el::diagnosis_is<diagnosis_kind::nmosd>>, el::exclusion<el::pregnant<>>>;
  std::vector<std::string> skipped;
  BOOST_TEST(boundary_cases(s{}, eligible_base(), el::evaluation_context{screening}, &skipped).empty());
  BOOST_TEST_REQUIRE(skipped.size() == 2u);
  BOOST_TEST(skipped[0] == "I1: no thresholds or windows");
  BOOST_TEST(skipped[1] == "E1: no thresholds or windows");
  BOOST_TEST(criteria_without_probes(s{}).empty());
  BOOST_TEST(!boundaries_hold(s{}, eligible_base(), screening)); // nothing generated is not a pass
}

BOOST_AUTO_TEST_CASE(a_criterion_without_probes_is_reported_never_skipped_silently) {
  using s = el::eligibility_criteria<el::inclusion<el::named<"I1", "Age 18 to 80", el::age_between<18, 80>>,
                                                   el::named<"I2", "Few relapses", el::all_of<el::age_above<18>, few_relapses>>>,
                                     el::exclusion<>>;
  const auto missing = criteria_without_probes(s{});
  BOOST_TEST_REQUIRE(missing.size() == 1u);
  BOOST_TEST(missing[0] == "I2.2 at most 2 relapses on record");
  // The other leaves still get their cases (I1: 4, I2.1: 4), and every one of them holds...
  const auto rep = run_boundary_cases(s{}, eligible_base(), el::evaluation_context{screening});
  BOOST_TEST(rep.cases == 8u);
  BOOST_TEST(rep.disagreements.empty());
  BOOST_TEST(rep.without_probes == missing);
  BOOST_TEST(std::count(rep.skipped.begin(), rep.skipped.end(), "I2.2: " + std::string(no_boundary_probes_note)) == 1);
  // ... but the report is not ok, and the check fails naming the criterion.
  BOOST_TEST(!rep.ok());
  const auto res = boundaries_hold(s{}, eligible_base(), screening);
  BOOST_TEST(!res);
  const std::string text = text_of(res);
  BOOST_TEST(text.find("8 boundary cases, 0 disagreements\ncriteria without boundary probes") == 0u);
  BOOST_TEST(text.find("\n  I2.2 at most 2 relapses on record\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(composites_predict_by_their_own_logic) {
  // E1 = at_least<2> of (age above 18, age above 50): the base patient is 45, so "age above 50"
  // is not met; an age probe of the first part decides E1 alone: 19 on the day (met) gives
  // met + not met = 1 < 2, E1 not met, eligible; any probe of the second part at 51 or more
  // (met) with the first met makes E1 met, ineligible. at_most<0> of the same two: met when
  // neither is.
  using s = el::eligibility_criteria<el::inclusion<>,
                                     el::exclusion<el::at_least<2, el::age_above<18>, el::age_above<50>>,
                                                   el::at_most<0, el::age_above<18>, el::age_above<50>>>>;
  const auto cases = boundary_cases(s{}, eligible_base(), el::evaluation_context{screening});
  auto outcome = [&](const std::string& criterion, const std::string& edge) {
    for (const auto& c : cases)
      if (c.criterion.find(criterion + " ") == 0 && c.edge == edge) return c.expected_outcome;
    BOOST_FAIL("no case " + criterion + " " + edge);
    return std::optional<el::screening_outcome>{};
  };
  // E1.2 "above 50": turns 51 on screening day: both parts met, E1 met: ineligible.
  BOOST_TEST((outcome("E1.2", "age: turns 51 on 2014-01-05") == el::screening_outcome::ineligible));
  // E1.2 at 50 (turns 51 tomorrow): not met, E1 not met; E2 = at_most<0>(met, not met) is not met: eligible.
  BOOST_TEST((outcome("E1.2", "age: turns 51 the day after 2014-01-05 (age 50)") == el::screening_outcome::eligible));
  // E2.1 at 18 (turns 19 tomorrow): both parts not met, at_most<0> met, E2 excludes: ineligible.
  BOOST_TEST((outcome("E2.1", "age: turns 19 the day after 2014-01-05 (age 18)") == el::screening_outcome::ineligible));
  BOOST_TEST(boundaries_hold(s{}, eligible_base(), screening));
}

BOOST_AUTO_TEST_CASE(worsening_cases_cover_the_whole_scale) {
  using standard = el::eligibility_criteria<el::inclusion<el::edss_worsening<within_before(years{1})>>, el::exclusion<>>;
  const auto cases = boundary_cases(standard{}, eligible_base(), el::evaluation_context{screening});
  // Standard table by hand: baseline 0 needs +1.5 (0 -> 1.5 met, 0 -> 1.0 not met); nine
  // baselines 1.0 to 5.0 need +1.0 and ten 5.5 to 10.0 need +0.5, two cases each except 10.0
  // (nothing above it): 2 + 18 + 18; then the two window edges.
  BOOST_TEST(cases.size() == 2u + 18u + 18u + 2u);
  auto expected = [&](const std::string& edge) {
    for (const auto& c : cases)
      if (c.edge == edge) return c.expected;
    BOOST_FAIL("no case " + edge);
    return truth::unknown;
  };
  BOOST_TEST((expected("EDSS 0.0 -> 1.5 (+1.5, on the threshold)") == truth::met));
  BOOST_TEST((expected("EDSS 5.0 -> 5.5 (half a point short of +1.0)") == truth::not_met));
  BOOST_TEST((expected("EDSS 5.5 -> 6.0 (+0.5, on the threshold)") == truth::met));
  // The window edges keep the base patient's own baseline (EDSS 4.5 two months before).
  BOOST_TEST((expected("EDSS 4.5 -> 5.5, baseline one day before the window, 2013-01-04") == truth::unknown));
  BOOST_TEST(boundaries_hold(standard{}, eligible_base(), screening));

  // The seed protocol's table has no threshold from 5.0 and 5.5: from each, no change is not met,
  // +0.5 unknown (the gap could ask +0.5 or +1.0), +1.0 met.
  using seed = el::eligibility_criteria<el::inclusion<el::edss_worsening<within_before(years{1}), trialspec::protocols::nct02249676::protocol_thresholds>>,
                                        el::exclusion<>>;
  const auto gap = boundary_cases(seed{}, eligible_base(), el::evaluation_context{screening});
  std::size_t unknown = 0;
  std::size_t decided = 0;
  for (const auto& c : gap) {
    if (c.edge.find("no threshold for baseline") == std::string::npos) continue;
    (c.expected == truth::unknown ? unknown : decided) += 1;
  }
  BOOST_TEST(unknown == 2u);
  BOOST_TEST(decided == 4u);
  BOOST_TEST(boundaries_hold(seed{}, eligible_base(), screening));
}


namespace {
/// The labels and expected verdicts of criterion C's probes around `base` at screening.
template <class C> std::vector<std::pair<std::string, truth>> probes_of(const patient& base) {
  using set = el::eligibility_criteria<el::inclusion<C>, el::exclusion<>>;
  std::vector<std::pair<std::string, truth>> out;
  for (const auto& c : boundary_cases(set{}, base, el::evaluation_context{screening})) out.emplace_back(c.edge, c.expected);
  BOOST_TEST(boundaries_hold(set{}, base, screening));
  return out;
}
bool has_edge(const std::vector<std::pair<std::string, truth>>& probes, const std::string& edge, truth expected) {
  return std::ranges::count(probes, std::pair{edge, expected}) == 1;
}
} // namespace

// The latest EDSS's probes at the ends of the scale, as the generator states them: the scores one
// step below, on and above the threshold on the window's last day (2014-01-05, the six months
// being [2013-07-05, 2014-01-05]), leaving out what lies beyond 0 or 10 (0 has no step below,
// 10.0 none above; the step above 0 is 1.0, as EDSS 0.5 does not exist), then the first score
// that meets the threshold on and beside each window edge (outside: no assessment, unknown).
BOOST_AUTO_TEST_CASE(latest_edss_probes_at_the_ends_of_the_scale) {
  const patient base = empty_base();
  constexpr truth M = truth::met, U = truth::unknown;
  using at_least_0 = el::edss_latest<el::comparison::greater_equal, 0_edss, within_before(months{6})>;
  const std::vector<std::pair<std::string, truth>> zero{{"EDSS 0.0 on 2014-01-05 (threshold 0.0)", M},
                                                        {"EDSS 1.0 on 2014-01-05 (threshold 0.0)", M},
                                                        {"EDSS 0.0 on the window's first day 2013-07-05", M},
                                                        {"EDSS 0.0 one day before the window, 2013-07-04", U},
                                                        {"EDSS 0.0 on the window's last day 2014-01-05", M},
                                                        {"EDSS 0.0 one day after the window, 2014-01-06", U}};
  BOOST_TEST((probes_of<at_least_0>(base) == zero));
  using at_most_10 = el::edss_latest<el::comparison::less_equal, 10_edss, within_before(months{6})>;
  const std::vector<std::pair<std::string, truth>> ten{{"EDSS 9.5 on 2014-01-05 (threshold 10.0)", M},
                                                       {"EDSS 10.0 on 2014-01-05 (threshold 10.0)", M},
                                                       {"EDSS 9.5 on the window's first day 2013-07-05", M},
                                                       {"EDSS 9.5 one day before the window, 2013-07-04", U},
                                                       {"EDSS 9.5 on the window's last day 2014-01-05", M},
                                                       {"EDSS 9.5 one day after the window, 2014-01-06", U}};
  BOOST_TEST((probes_of<at_most_10>(base) == ten));
}

// Worsening probes at the window's edges keep the base patient's own baseline: its first
// assessment in the window, the first listed of two on one day (as the criterion itself takes
// the first listed as the baseline on a tie), when that baseline plus its threshold stays on
// the scale, 9.5 + 0.5 = 10.0 included. Window [2013-01-05, 2014-01-05]; standard table.
BOOST_AUTO_TEST_CASE(worsening_edge_probes_keep_the_own_baseline) {
  using worsening = el::edss_worsening<within_before(years{1})>;
  constexpr truth U = truth::unknown;
  // 3.0 and 4.0 both on 2013-11-05, 3.0 listed first: 3.0 + 1.0 = 4.0.
  const patient tie = patient_builder(screening, "tie").edss(3.0_edss, ago(months{2})).edss(4.0_edss, ago(months{2})).build();
  const auto t = probes_of<worsening>(tie);
  BOOST_TEST(has_edge(t, "EDSS 3.0 -> 4.0, baseline one day before the window, 2013-01-04", U));
  BOOST_TEST(has_edge(t, "EDSS 3.0 -> 4.0, last assessment one day after the window, 2014-01-06", U));
  // 9.5 on 2013-11-05: 9.5 + 0.5 reaches 10.0 exactly, still on the scale.
  const patient top = patient_builder(screening, "top").edss(9.5_edss, ago(months{2})).build();
  const auto p = probes_of<worsening>(top);
  BOOST_TEST(has_edge(p, "EDSS 9.5 -> 10.0, baseline one day before the window, 2013-01-04", U));
  BOOST_TEST(has_edge(p, "EDSS 9.5 -> 10.0, last assessment one day after the window, 2014-01-06", U));
}

// A table's gap at the top of the scale. Every threshold is at least +0.5, and a gap requires
// at most the larger threshold beside it (thresholds.hpp). From a gap baseline the generator
// states: no change (not met), the smallest change (unknown) when the gap's possible thresholds
// differ and it stays on the scale, the largest (met) when it stays on the scale.
BOOST_AUTO_TEST_CASE(worsening_probes_in_a_gap_at_the_top) {
  constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
  const auto gap_probes = [](const std::vector<std::pair<std::string, truth>>& all) {
    std::vector<std::pair<std::string, truth>> out;
    for (const auto& c : all)
      if (c.first.find("no threshold for baseline") != std::string::npos) out.push_back(c);
    return out;
  };
  const patient base = empty_base();
  // +0.5 up to 9.0, nothing for 9.5 and 10.0: the gap lies beside +0.5 only, so it requires
  // exactly +0.5 (least = most = 0.5): no unknown change. From 9.5: 9.5 -> 9.5 not met, 9.5 ->
  // 10.0 met (19 + 1 = 20 half steps, on the scale). From 10.0: only no change.
  using half = threshold_table<threshold_row(0_edss, 0_edss, edss_change(3)), threshold_row(1.0_edss, 5.0_edss, edss_change(2)),
                               threshold_row(5.5_edss, 9.0_edss, edss_change(1))>;
  const std::vector<std::pair<std::string, truth>> half_expected{
      {"EDSS 9.5 -> 9.5 (no threshold for baseline 9.5, every threshold is at least +0.5)", N},
      {"EDSS 9.5 -> 10.0 (no threshold for baseline 9.5, +0.5, the most the gap could require)", M},
      {"EDSS 10.0 -> 10.0 (no threshold for baseline 10.0, every threshold is at least +0.5)", N}};
  BOOST_TEST((gap_probes(probes_of<el::edss_worsening<within_before(years{1}), half>>(base)) == half_expected));
  // +1.0 up to 9.0: the gap may require +0.5 or +1.0. From 9.5: no change not met, +0.5 (10.0)
  // unknown; +1.0 would be 10.5, off the scale. From 10.0: only no change.
  using one = threshold_table<threshold_row(0_edss, 0_edss, edss_change(3)), threshold_row(1.0_edss, 9.0_edss, edss_change(2))>;
  const std::vector<std::pair<std::string, truth>> one_expected{
      {"EDSS 9.5 -> 9.5 (no threshold for baseline 9.5, every threshold is at least +0.5)", N},
      {"EDSS 9.5 -> 10.0 (no threshold for baseline 9.5, +0.5 is below the +1.0 the gap could require)", U},
      {"EDSS 10.0 -> 10.0 (no threshold for baseline 10.0, every threshold is at least +0.5)", N}};
  BOOST_TEST((gap_probes(probes_of<el::edss_worsening<within_before(years{1}), one>>(base)) == one_expected));
}

// A Gd criterion that accepts double or triple doses states a probe with a single-dose scan of
// the required count: no scan of an accepted dose, so unknown (not met would need one).
BOOST_AUTO_TEST_CASE(gd_probe_of_a_dose_not_accepted) {
  const patient base = empty_base();
  using high_dose = el::gd_enhancing_lesions<1, within_before(months{3}), el::double_or_triple_gd_dose>;
  const auto p = probes_of<high_dose>(base);
  BOOST_TEST(has_edge(p, "1 Gd-enhancing lesion on a single dose scan (dose not accepted)", truth::unknown));
}

// Exposure to every named agent: there is no agent outside the set, so no probe of one.
BOOST_AUTO_TEST_CASE(exposure_probes_when_no_agent_is_left_out) {
  constexpr el::agent_set every_named = [] {
    el::agent_set s;
    for (unsigned i = 0; i < therapy_agent_count; ++i)
      if (static_cast<therapy_agent>(i) != therapy_agent::investigational) s.insert(static_cast<therapy_agent>(i));
    return s;
  }();
  const patient base = empty_base();
  const auto p = probes_of<el::agent_exposure<every_named, within_before(months{3})>>(base);
  BOOST_TEST(std::ranges::none_of(p, [](const auto& c) { return c.first.find("(not listed)") != std::string::npos; }));
  // With one agent left out, its course is the probe (the first such agent in the vocabulary).
  constexpr el::agent_set all_but_rituximab = [] {
    el::agent_set s;
    for (unsigned i = 0; i < therapy_agent_count; ++i)
      if (const auto a = static_cast<therapy_agent>(i); a != therapy_agent::investigational && a != therapy_agent::rituximab) s.insert(a);
    return s;
  }();
  const auto q = probes_of<el::agent_exposure<all_but_rituximab, within_before(months{3})>>(base);
  BOOST_TEST(has_edge(q, "a course of rituximab (not listed) on 2014-01-05", truth::not_met));
}

// Age probes at a range starting at 0: no one is one year younger than 0, so turning 0 is probed
// only on the day (born on 2014-01-05: age 0, in the range), and turning 18 the day after
// (17, in) and on the day (18, out).
BOOST_AUTO_TEST_CASE(age_probes_from_zero) {
  const patient base = empty_base();
  const std::vector<std::pair<std::string, truth>> expected{{"age: turns 0 on 2014-01-05", truth::met},
                                                            {"age: turns 18 the day after 2014-01-05 (age 17)", truth::met},
                                                            {"age: turns 18 on 2014-01-05", truth::not_met}};
  BOOST_TEST((probes_of<el::age_between<0, 17>>(base) == expected));
}

// The rescue-treated count's probes need Count + 2 days after the window's first day (its
// statement: "window too short" otherwise): "at least 1 within 3 days before screening"
// ([2014-01-02, 2014-01-05], 3 days after the first) is probed, within 2 days is not.
BOOST_AUTO_TEST_CASE(rescue_count_probes_need_room) {
  const patient base = empty_base();
  const auto three = probes_of<el::rescue_treated_relapse_count<el::comparison::greater_equal, 1, within_before(days{3})>>(base);
  BOOST_TEST(has_edge(three, "1 relapse treated with rescue therapy, history complete (threshold 1)", truth::met));
  using too_short = el::eligibility_criteria<
      el::inclusion<el::rescue_treated_relapse_count<el::comparison::greater_equal, 1, within_before(days{2})>>, el::exclusion<>>;
  BOOST_TEST(boundary_cases(too_short{}, base, el::evaluation_context{screening}).empty());
}

BOOST_AUTO_TEST_SUITE_END()
