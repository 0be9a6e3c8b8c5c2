// Example: unit-testing an encoded protocol with trialspec's testing support (the Boost.Test suite
// a user would write for their own protocol; here for NCT02249676 as shipped).
//
// It lives in tests/unit/ rather than examples/ because it needs the Boost.Test main of the test
// executable. What it shows:
//  - a patient described in the protocol's own terms with the fluent builder;
//  - eligible / ineligible / undetermined checks that print the whole screening report on failure;
//  - a single criterion's verdict;
//  - boundary cases generated from the probes each encoded criterion states, run in one call;
//  - the same patient under an alternative reading of the registry text.
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/checks.hpp>
#include <trialspec/testing/patient_builder.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;
using namespace trialspec::testing;
namespace nct = trialspec::protocols::nct02249676;
namespace el = trialspec::eligibility;

namespace {

const date screening = parse_date("2014-01-05");

// A candidate the registry text admits: NMOSD, 38, EDSS 4.5, a moderate relapse 7 months ago, a
// Gd-enhancing lesion on a double-dose scan 6 months ago, azathioprine for 2 years that stopped 4
// months ago, nothing that excludes.
patient_builder candidate() {
  patient_builder b(screening, "candidate");
  b.aged(38)
      .female()
      .nmosd()
      .edss(3.5_edss, ago(months{13}))
      .edss(4.5_edss, ago(months{1}))
      .relapse(relapse_severity::moderate, ago(months{7}), relapse_phenotype::myelitis)
      .mri(ago(months{6}), {.gd_enhancing_lesions = 1, .dose = gd_dose::double_dose, .new_t2_lesions = 1})
      .therapy("azathioprine", therapy_class::immunosuppressant, years{2}, ago(months{4}))
      .complete_history()
      .lab(lab_test::hiv, lab_outcome::negative, ago(weeks{3}))
      .lab(lab_test::tumour_marker, lab_outcome::negative, ago(weeks{3}))
      .blood_pressure(125, 80, ago(weeks{3}))
      .not_pregnant()
      .can_consent()
      .judged_unsuitable(false);
  return b;
}

using trial = nct::protocol<>;

// Q1 read from the registry fields alone: 18 to 80 inclusive.
struct fields_reading : nct::registry_reading {
  static constexpr auto age = nct::age_reading::from_18_up_to_80;
};
// Q7 read as "both components" (the tool's --bp both): E6d is the protocol's own criterion.
struct bp_both_reading : nct::registry_reading {
  static constexpr auto blood_pressure = nct::bp_reading::systolic_and_diastolic;
};

} // namespace

BOOST_AUTO_TEST_SUITE(example_protocol_tests)

BOOST_AUTO_TEST_CASE(a_candidate_is_eligible) {
  BOOST_TEST(eligible<trial>(candidate().build(), screening));
}

BOOST_AUTO_TEST_CASE(each_exclusion_rules_the_candidate_out) {
  BOOST_TEST(ineligible<trial>(candidate().pregnancy(pregnancy_status::pregnant).build(), screening));
  BOOST_TEST(ineligible<trial>(candidate().blood_pressure(200, 90, on_reference).build(), screening));
  BOOST_TEST(ineligible<trial>(candidate().condition(condition_kind::allergy).build(), screening));
  BOOST_TEST(ineligible<trial>(candidate().lab(lab_test::hiv, lab_outcome::positive, on_reference).build(), screening));
  // Azathioprine restarted 2 months ago: immunotherapy within 3 months of screening (E1).
  BOOST_TEST(ineligible<trial>(candidate().ongoing_therapy("azathioprine", therapy_class::immunosuppressant, ago(months{2})).build(),
                               screening));
}

BOOST_AUTO_TEST_CASE(missing_data_leaves_the_outcome_open) {
  patient p = candidate().build();
  p.pregnancy = pregnancy_status::unknown; // not established for a woman: E4 unknown
  BOOST_TEST(undetermined<trial>(p, screening));
  p = candidate().build();
  p.labs.clear(); // no HIV or tumour marker result: E6 unknown
  BOOST_TEST(undetermined<trial>(p, screening));
}

BOOST_AUTO_TEST_CASE(one_criterion_at_a_time) {
  // I3 "EDSS > 3": the latest assessment counts, so 4.5 last month, not 3.5 a year ago.
  const nct::criteria_of<nct::registry_reading>::i3 i3{};
  BOOST_TEST(gives(i3, candidate().build(), screening, truth::met));
  BOOST_TEST(gives(i3, candidate().edss(3.0_edss, on_reference).build(), screening, truth::not_met));
  // Q1: "Age > 18" is strict under the registry reading: 18 on the day is not enough.
  const nct::criteria_of<nct::registry_reading>::i2 i2{};
  BOOST_TEST(gives(i2, candidate().aged(18).build(), screening, truth::not_met));
  BOOST_TEST(gives(i2, candidate().aged(19).build(), screening, truth::met));
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases_agree_with_the_encoding) {
  // Every age, EDSS, relapse, lesion, therapy and blood-pressure edge of the encoded criteria,
  // just inside, on and just outside, with the outcome each should give. Every criterion states
  // its probes (or that it has none): the check fails for one that does not.
  BOOST_TEST(criteria_without_probes(trial::criteria{}).empty());
  BOOST_TEST(boundaries_hold<trial>(candidate().build(), screening));
}

BOOST_AUTO_TEST_CASE(generated_edges_read_like_the_registry_text) {
  // The generated expectations come from the encoding; these lines check a few of them against
  // the registry wording, read by hand (screening 2014-01-05, "past 18 months" from 2012-07-05).
  const auto cases = boundary_cases(trial::criteria{}, candidate().build(), el::evaluation_context{screening});
  auto expected = [&](const std::string& edge) {
    for (const auto& c : cases)
      if (c.edge == edge) return c.expected;
    BOOST_FAIL("no generated case: " + edge + "\n" + render(cases));
    return truth::unknown;
  };
  // "Age > 18 year": 18 on the screening day is not above 18; "Ages 18 to 80": 80 is still in.
  BOOST_TEST((expected("age: turns 18 on 2014-01-05") == truth::not_met));
  BOOST_TEST((expected("age: turns 81 the day after 2014-01-05 (age 80)") == truth::met));
  // "EDSS > 3".
  BOOST_TEST((expected("EDSS 3.0 on 2014-01-05 (threshold 3.0)") == truth::not_met));
  BOOST_TEST((expected("EDSS 3.5 on 2014-01-05 (threshold 3.0)") == truth::met));
  // "Moderate-severe relapses in past 18 months": a mild relapse does not count; one on the first
  // day of the 18 months does, one the day before does not.
  BOOST_TEST((expected("1 mild relapse (severity not counted)") == truth::not_met));
  BOOST_TEST((expected("relapse 1 on the window's first day 2012-07-05") == truth::met));
  BOOST_TEST((expected("relapse 1 one day before the window, 2012-07-04") == truth::not_met));
  // "Gadolinium enhancing lesions (double or triple dose Gd)": a single-dose scan decides nothing.
  BOOST_TEST((expected("1 Gd-enhancing lesion on a single dose scan (dose not accepted)") == truth::unknown));
  // "+1 EDSS point if baseline < 5.0, +0.5 if baseline > 5.5": nothing said for 5.0.
  BOOST_TEST((expected("EDSS 4.5 -> 5.5 (+1.0, on the threshold)") == truth::met));
  // In the gap the threshold is +0.5 or +1.0 (the rows either side): +1.0 counts, +0.5 is open,
  // no change does not count.
  BOOST_TEST((expected("EDSS 5.0 -> 5.5 (no threshold for baseline 5.0, +0.5 is below the +1.0 the gap could require)") == truth::unknown));
  BOOST_TEST((expected("EDSS 5.0 -> 6.0 (no threshold for baseline 5.0, +1.0, the most the gap could require)") == truth::met));
  BOOST_TEST((expected("EDSS 5.5 -> 5.5 (no threshold for baseline 5.5, every threshold is at least +0.5)") == truth::not_met));
  BOOST_TEST((expected("EDSS 6.0 -> 6.5 (+0.5, on the threshold)") == truth::met));
  // "During the three months before the trial": a course ending on 2013-10-05 is inside.
  BOOST_TEST((expected("course ending on the window's first day 2013-10-05") == truth::met));
  // "BP: 200/110 mmHg", either component.
  BOOST_TEST((expected("blood pressure 200/109 (systolic on its threshold)") == truth::met));
  BOOST_TEST((expected("blood pressure 199/109 (both below)") == truth::not_met));
}

BOOST_AUTO_TEST_CASE(the_protocols_own_criterion_states_its_edges) {
  // Under Q7 "both", E6d "BP: 200/110 mmHg" is blood_pressure_both_at_least<200, 110>: the latest
  // reading on or before screening with systolic >= 200 AND diastolic >= 110. Worked by hand
  // for the candidate (nothing else in E6 met, every other criterion passes, so E6 is E6d and
  // the outcome follows it): 200/110 on the screening day excludes; 199/110 and 200/109 do not;
  // a reading only after screening, or none, leaves E6d unknown and the candidate undetermined.
  using both = nct::protocol<bp_both_reading>;
  BOOST_TEST(criteria_without_probes(both::criteria{}).empty());
  const auto cases = boundary_cases(both::criteria{}, candidate().build(), el::evaluation_context{screening});
  std::vector<std::pair<std::string, std::pair<truth, el::screening_outcome>>> e6d;
  for (const auto& c : cases)
    if (c.criterion.find("E6.4 ") == 0) {
      BOOST_TEST_REQUIRE(c.expected_outcome.has_value());
      e6d.push_back({c.edge, {c.expected, *c.expected_outcome}});
    }
  using o = el::screening_outcome;
  const std::vector<std::pair<std::string, std::pair<truth, el::screening_outcome>>> by_hand{
      {"blood pressure 200/110 on 2014-01-05 (both on their thresholds)", {truth::met, o::ineligible}},
      {"blood pressure 199/110 on 2014-01-05 (systolic one below)", {truth::not_met, o::eligible}},
      {"blood pressure 200/109 on 2014-01-05 (diastolic one below)", {truth::not_met, o::eligible}},
      {"blood pressure 200/110 the day after screening, 2014-01-06", {truth::unknown, o::undetermined}},
      {"no blood pressure reading", {truth::unknown, o::undetermined}},
  };
  BOOST_TEST_REQUIRE(e6d.size() == by_hand.size());
  for (std::size_t i = 0; i < by_hand.size(); ++i) {
    BOOST_TEST(e6d[i].first == by_hand[i].first);
    BOOST_TEST((e6d[i].second == by_hand[i].second), e6d[i].first);
  }
  // The records behind two of them, read back.
  for (const auto& c : cases) {
    if (c.edge == "blood pressure 200/109 on 2014-01-05 (diastolic one below)")
      BOOST_TEST((c.record.blood_pressure == std::vector<blood_pressure_reading>{{screening, 200, 109}}));
    if (c.edge == "no blood pressure reading") BOOST_TEST(c.record.blood_pressure.empty());
  }
  BOOST_TEST(boundaries_hold<both>(candidate().build(), screening));
}

BOOST_AUTO_TEST_CASE(an_alternative_reading_changes_the_edge) {
  const patient eighteen = candidate().aged(18).build();
  BOOST_TEST(ineligible<trial>(eighteen, screening));
  BOOST_TEST(eligible<nct::protocol<fields_reading>>(eighteen, screening));
  BOOST_TEST(boundaries_hold<nct::protocol<fields_reading>>(candidate().build(), screening));
}

BOOST_AUTO_TEST_SUITE_END()
