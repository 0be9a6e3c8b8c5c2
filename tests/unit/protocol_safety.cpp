// Safety analysis: adverse events in the before / after parts of the safety window, per patient
// and per arm, and the after-vs-before rate comparison. Reference values of the comparison are
// from R 4 (poisson.test), person-days from Python's datetime.
#include <trialspec/protocol/safety.hpp>
#include <trialspec/protocols/nct02249676/analysis.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <span>
#include <string>
#include <vector>

using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;

namespace {
adverse_event ae(const char* on, const char* term, int grade = 1, bool serious = false,
                 relatedness r = relatedness::not_assessed) {
  return {parse_date(on), term, grade, serious, r};
}

std::vector<safety_patient> cohort() {
  std::vector<safety_patient> ps;
  // Infusion 2014-03-10: before part 2013-12-10..2014-03-09 (90 days), after part
  // 2014-03-10..2015-03-10 (365 days).
  ps.push_back({"P1", "MSC", parse_date("2014-03-10"),
                {ae("2013-12-09", "rash"),                       // one day before the window: outside
                 ae("2013-12-10", "headache"),                   // first day: before
                 ae("2014-03-09", "relapse-related pain", 2, true), // last day before: before
                 ae("2014-03-10", "fever", 1, false, relatedness::probable), // infusion day: after
                 ae("2015-03-10", "pneumonia", 3, true, relatedness::unrelated), // last day: after
                 ae("2015-03-11", "cough")},                     // after the window: outside
                std::nullopt});
  // Infusion 2014-05-31: before part from 2014-02-28 (clamped), 92 days; follow-up ended
  // 2014-11-30, so the after part is 2014-05-31..2014-11-30 (183 days).
  ps.push_back({"P2", "MSC", parse_date("2014-05-31"),
                {ae("2014-02-28", "nausea"),
                 ae("2014-06-15", "anaphylaxis", 4, true, relatedness::definite),
                 ae("2014-12-01", "fall")},                      // after follow-up ended: outside
                parse_date("2014-11-30")});
  ps.push_back({"C1", "Control", parse_date("2014-04-01"), {}, std::nullopt});
  return ps;
}
} // namespace

BOOST_AUTO_TEST_SUITE(protocol_safety)

BOOST_AUTO_TEST_CASE(per_patient_counts_at_the_window_edges) {
  const auto ps = cohort();
  const auto c = count_adverse_events(ps[0], seed::windows::safety);
  BOOST_TEST(c.before.events == 2);
  BOOST_TEST(c.before.serious == 1);
  BOOST_TEST(c.after.events == 2);
  BOOST_TEST(c.after.serious == 1);
  BOOST_TEST(c.after.grade_3_or_more == 1);
  BOOST_TEST(c.after.related == 1); // probable counts, unrelated does not
  BOOST_TEST(c.outside_window == 2);
  BOOST_TEST(c.before.person_years == 90 / 365.25);
  BOOST_TEST(c.after.person_years == 365 / 365.25);

  const auto c2 = count_adverse_events(ps[1], seed::windows::safety);
  BOOST_TEST(c2.before.events == 1);
  BOOST_TEST(c2.after.events == 1);
  BOOST_TEST(c2.after.related == 1);
  BOOST_TEST(c2.outside_window == 1);
  BOOST_TEST(c2.before.person_years == 92 / 365.25);
  BOOST_TEST(c2.after.person_years == 183 / 365.25);
}

BOOST_AUTO_TEST_CASE(per_arm_comparison_matches_r_poisson_test) {
  const auto ps = cohort();
  const auto arms = summarize_safety(ps, seed::windows::safety);
  BOOST_TEST_REQUIRE(arms.size() == 2u);
  BOOST_TEST(arms[0].arm == "MSC");
  BOOST_TEST(arms[0].patients.size() == 2u);
  BOOST_TEST(arms[0].before.events == 3);
  BOOST_TEST(arms[0].after.events == 3);
  BOOST_TEST_REQUIRE(arms[0].after_vs_before.has_value());
  // R: poisson.test(c(3, 3), c(548/365.25, 182/365.25))
  //   rate ratio 0.3321167883 (= 182/548), 95% CI 0.04448292162 to 2.47963841099,
  //   p-value 0.1683514969.
  const auto& r = *arms[0].after_vs_before;
  BOOST_TEST(r.estimate == 182.0 / 548.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(r.lower == 0.04448292162, boost::test_tools::tolerance(1e-8));
  BOOST_TEST(r.upper == 2.47963841099, boost::test_tools::tolerance(1e-8));
  BOOST_TEST(r.p_value == 0.1683514969, boost::test_tools::tolerance(1e-8));
  BOOST_TEST(arms[0].describe() ==
             "MSC: 2 patients; before 3 events (1 serious, 0 grade 3 or more, 0 related) in 0.50 person-years; "
             "after 3 events (2 serious, 2 grade 3 or more, 2 related) in 1.50 person-years; rate ratio after/before "
             "0.33 (95% CI 0.04 to 2.48), exact p = 0.168; paired signed-rank p = 0.500 (2 patients with a change)");
  // Paired: P1 2/(365/365.25) - 2/(90/365.25) = -6.12, P2 1/(183/365.25) - 1/(92/365.25) = -1.97 per
  // person-year; both negative, so V = 0 and the exact two-sided p = 2 x (1/4) = 0.5
  // (R: wilcox.test(c(-6.12, -1.97)) gives V = 0, p-value = 0.5).
  BOOST_TEST(arms[0].paired.n == 2u);
  BOOST_TEST(arms[0].paired.statistic == 0.0);
  BOOST_TEST(arms[0].paired.p_value == 0.5, boost::test_tools::tolerance(1e-12));
  // The control patient has no change at all: nothing ranked, p = 1.
  BOOST_TEST(arms[1].paired.n == 0u);
  BOOST_TEST(arms[1].paired.p_value == 1.0);
  // The control arm has no event: nothing to compare, and it says so.
  BOOST_TEST(arms[1].arm == "Control");
  BOOST_TEST(!arms[1].after_vs_before.has_value());
  BOOST_TEST(arms[1].describe().find("no events to compare") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_seed_protocols_primary_outcome_is_this_comparison) {
  // The protocol names the analysis (design.hpp); analysis.hpp runs it over the protocol's safety
  // window: the same R values as above.
  const auto ps = cohort();
  const auto arms = compute_outcome<seed::safety_outcome>(std::span<const safety_patient>(ps));
  BOOST_TEST_REQUIRE(arms.size() == 2u);
  BOOST_TEST_REQUIRE(arms[0].after_vs_before.has_value());
  BOOST_TEST(arms[0].after_vs_before->lower == 0.04448292162, boost::test_tools::tolerance(1e-8));
  BOOST_TEST(arms[0].after_vs_before->p_value == 0.1683514969, boost::test_tools::tolerance(1e-8));
}

BOOST_AUTO_TEST_CASE(bad_input_is_rejected) {
  auto ps = cohort();
  ps[0].events[1].grade = 6;
  try {
    count_adverse_events(ps[0], seed::windows::safety);
    BOOST_FAIL("grade 6 accepted");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "adverse event grade");
    BOOST_TEST(e.value() == "6");
  }
  ps = cohort();
  ps[0].events[1].grade = 0;
  BOOST_CHECK_THROW(count_adverse_events(ps[0], seed::windows::safety), invalid_input);
  ps = cohort();
  ps[0].events[1].term.clear();
  BOOST_CHECK_THROW(count_adverse_events(ps[0], seed::windows::safety), invalid_input);
  ps = cohort();
  ps[1].follow_up_end = ps[1].reference; // no time after the infusion
  BOOST_CHECK_THROW(count_adverse_events(ps[1], seed::windows::safety), invalid_input);
  // A window that does not straddle the infusion cannot be split.
  BOOST_CHECK_THROW(count_adverse_events(cohort()[0], within_after(months{12})), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
