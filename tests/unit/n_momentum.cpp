// N-MOmentum (NCT02200770), criterion by criterion, with the cut exclusion list. Screening on
// 2024-03-15: the last year is 2023-03-15..2024-03-15, the last 2 years from 2022-03-15, the 4
// weeks before screening from 2024-02-16 (worked by hand).
#include <trialspec/protocols/n_momentum.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace nm = trialspec::protocols::n_momentum;
namespace el = trialspec::eligibility;

namespace {
relapse treated(const char* on, std::optional<bool> rescue = true) { return relapse{d(on), relapse_severity::unknown, std::nullopt, rescue}; }

/// Eligible: a man of 44 with AQP4-IgG-positive NMOSD, one attack treated with rescue therapy in
/// the last year, EDSS 7.5 (on the threshold), able and willing to consent, not of reproductive
/// potential, no investigational agent, and the investigator's answers for E3 and E4 "no".
patient base() {
  patient p;
  p.id = "nm-base";
  p.birth_date = d("1980-01-01");
  p.sex = sex::male;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.relapses = {treated("2023-06-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {{d("2024-03-01"), edss::from_half_steps(15)}};
  p.therapies_recorded_since = d("2015-01-01");
  p.consent_capacity = true;
  p.childbearing_potential = false;
  p.investigator_judgements = {{"NCT02200770.I3", true}, {"NCT02200770.E3", false}, {"NCT02200770.E4", false}};
  return p;
}
using C = nm::criteria_of<nm::registry_reading>;
} // namespace

BOOST_AUTO_TEST_SUITE(n_momentum)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((nm::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(i2_serostatus_and_rescue_treated_attacks) {
  auto p = base();
  BOOST_TEST(eval<C::i2>(p) == M);
  p.relapses = {treated("2023-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N); // one treated attack, a day before the last year
  p.relapses = {treated("2023-03-14"), treated("2022-03-15")};
  BOOST_TEST(eval<C::i2>(p) == M); // two in the last 2 years (one on its first day)
  p.relapses = {treated("2023-03-14"), treated("2022-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N); // the second a day before the last 2 years: one in them, none in the last year
  p.relapses = {treated("2023-06-01", false)};
  BOOST_TEST(eval<C::i2>(p) == N); // not treated with rescue therapy
  p.relapses = {treated("2023-06-01", std::nullopt)};
  BOOST_TEST(eval<C::i2>(p) == U);
  // Seronegative: NMO only.
  p = base();
  p.diagnosis.aqp4_igg = aqp4_status::negative;
  BOOST_TEST(eval<C::i2>(p) == N); // NMOSD, seronegative
  p.diagnosis.kind = diagnosis_kind::nmo;
  BOOST_TEST(eval<C::i2b>(p) == M);
  BOOST_TEST(eval<C::i2>(p) == M);
  p.diagnosis.aqp4_igg = aqp4_status::not_tested;
  BOOST_TEST(eval<C::i2>(p) == U);
}

BOOST_AUTO_TEST_CASE(i1_age_18_or_older) {
  auto p = base();
  p.birth_date = d("2006-03-15"); // 18 on the screening day
  BOOST_TEST(eval<C::i1>(p) == M);
  p.birth_date = d("2006-03-16"); // 17, 18 the day after
  BOOST_TEST(eval<C::i1>(p) == N);
}

BOOST_AUTO_TEST_CASE(i3_consent_and_willingness) {
  auto p = base();
  p.investigator_judgements.erase("NCT02200770.I3");
  BOOST_TEST(eval<C::i3>(p) == U);
  p.consent_capacity = false;
  BOOST_TEST(eval<C::i3>(p) == N);
}

BOOST_AUTO_TEST_CASE(i4_edss_with_special_circumstances) {
  auto p = base();
  p.edss = {{d("2024-03-01"), edss::from_half_steps(16)}}; // 8.0
  BOOST_TEST(eval<C::i4>(p) == U);                         // special circumstances not recorded
  p.investigator_judgements["NCT02200770.I4"] = true;
  BOOST_TEST(eval<C::i4>(p) == M);
  p.investigator_judgements["NCT02200770.I4"] = false;
  BOOST_TEST(eval<C::i4>(p) == N);
  p.edss = {{d("2024-03-01"), edss::from_half_steps(17)}}; // 8.5: never
  p.investigator_judgements["NCT02200770.I4"] = true;
  BOOST_TEST(eval<C::i4>(p) == N);
  p.edss = {{d("2024-03-01"), edss::from_half_steps(15)}}; // 7.5 needs no judgement
  p.investigator_judgements.erase("NCT02200770.I4");
  BOOST_TEST(eval<C::i4>(p) == M);
}

BOOST_AUTO_TEST_CASE(e1_e2_lactation_pregnancy_investigational_agent) {
  auto p = base();
  BOOST_TEST(eval<C::e1>(p) == N); // a man: neither
  p.sex = sex::female;
  BOOST_TEST(eval<C::e1>(p) == U);
  p.lactating = false;
  p.pregnancy = pregnancy_status::not_pregnant;
  BOOST_TEST(eval<C::e1>(p) == N);
  p.pregnancy = pregnancy_status::possibly_pregnant;
  BOOST_TEST(eval<C::e1>(p) == U);
  p.lactating = true;
  BOOST_TEST(eval<C::e1>(p) == M);
  therapy trial_drug{"study drug X", therapy_class::other, d("2024-02-16"), d("2024-02-16")};
  trial_drug.agent = therapy_agent::investigational;
  p.therapies = {trial_drug};
  BOOST_TEST(eval<C::e2>(p) == M);
  p.therapies[0].start = p.therapies[0].end.emplace(d("2024-02-15"));
  BOOST_TEST(eval<C::e2>(p) == N);
}

BOOST_AUTO_TEST_CASE(cut_record_is_printed) {
  const std::string text = nm::print_criteria();
  BOOST_TEST(text.find("4. E4: Known active severe bacterial, viral, or other infection or any major episode of inf [cut in the source]") !=
             std::string::npos);
  BOOST_TEST(text.find("any later exclusion criteria were not visible in any source and are not encoded") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dose_schedule_and_primary_outcome) {
  const auto dates = nm::inebilizumab_schedule::dates(d("2024-01-01"), d("2024-12-31"));
  BOOST_TEST_REQUIRE(dates.size() == 2u);
  BOOST_TEST((dates[1] == d("2024-01-15")));
  // Day 1 2024-01-01; the window ends on Day 197, 2024-07-15 (196 days later).
  BOOST_TEST((add(d("2024-01-01"), nm::windows::primary.to.offset) == d("2024-07-15")));
  const auto t = nm::primary_outcome::compute(std::vector<relapse>{on("2024-07-16")}, d("2024-01-01"), d("2024-07-15"));
  BOOST_TEST(!t.event); // after the RCP
  BOOST_TEST(t.days == 196);
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) { BOOST_TEST(testing::boundaries_hold(nm::criteria<>{}, base(), ctx)); }

BOOST_AUTO_TEST_SUITE_END()
