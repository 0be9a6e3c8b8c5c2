// Example: unit-testing an encoded protocol with trialspec's testing support (the Boost.Test suite
// a user would write for their own protocol; here for NCT02249676 as shipped).
//
// It lives in tests/unit/ rather than examples/ because it needs the Boost.Test main of the test
// executable. What it shows:
//  - a patient described in the protocol's own terms with the fluent builder;
//  - eligible / ineligible / undetermined checks that print the whole screening report on failure;
//  - a single criterion's verdict;
//  - boundary cases generated from the encoded thresholds and windows, run in one call;
//  - the same patient under an alternative reading of the registry text.
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/checks.hpp>
#include <trialspec/testing/patient_builder.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

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
  // just inside, on and just outside, with the outcome each should give.
  BOOST_TEST(boundaries_hold<trial>(candidate().build(), screening));
}

BOOST_AUTO_TEST_CASE(an_alternative_reading_changes_the_edge) {
  const patient eighteen = candidate().aged(18).build();
  BOOST_TEST(ineligible<trial>(eighteen, screening));
  BOOST_TEST(eligible<nct::protocol<fields_reading>>(eighteen, screening));
  BOOST_TEST(boundaries_hold<nct::protocol<fields_reading>>(candidate().build(), screening));
}

BOOST_AUTO_TEST_SUITE_END()
