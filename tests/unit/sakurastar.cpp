// SAkuraStar (NCT02073279), criterion by criterion, with the cut record. Screening on 2024-03-15
// (12 months back: 2023-03-15).
#include <trialspec/protocols/sakurastar.hpp>

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include "trial_kit.hpp"

#include <string>

using namespace trialspec;
using namespace trial_kit;
namespace star = trialspec::protocols::sakurastar;
namespace el = trialspec::eligibility;

namespace {
/// Eligible: 50, AQP4-IgG-positive NMOSD meeting criterion ii (investigator), one relapse on
/// 2023-10-01, EDSS 3.0.
patient base() {
  patient p;
  p.id = "star-base";
  p.birth_date = d("1974-01-01");
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.investigator_judgements["NCT02073279.I1b"] = true;
  p.relapses = {on("2023-10-01")};
  p.relapses_recorded_since = d("2015-01-01");
  p.edss = {{d("2024-03-01"), edss::from_half_steps(6)}};
  return p;
}
using C = star::criteria_of<star::registry_reading>;
} // namespace

BOOST_AUTO_TEST_SUITE(sakurastar)

BOOST_AUTO_TEST_CASE(base_is_eligible) { BOOST_TEST((star::test(base(), ctx) == el::screening_outcome::eligible)); }

BOOST_AUTO_TEST_CASE(criteria) {
  auto p = base();
  p.relapses = {on("2023-03-15")};
  BOOST_TEST(eval<C::i2>(p) == M);
  p.relapses = {on("2023-03-14")};
  BOOST_TEST(eval<C::i2>(p) == N);
  p.relapses_recorded_since.reset();
  BOOST_TEST(eval<C::i2>(p) == U);
  p = base();
  p.edss = {{d("2024-03-15"), edss::from_half_steps(13)}};
  BOOST_TEST(eval<C::i3>(p) == M);
  p.edss = {{d("2024-03-15"), edss::from_half_steps(14)}};
  BOOST_TEST(eval<C::i3>(p) == N);
  p.birth_date = d("2006-03-15"); // 18
  BOOST_TEST(eval<C::i4>(p) == M);
  p.birth_date = d("2006-03-16"); // 17
  BOOST_TEST(eval<C::i4>(p) == N);
  p.birth_date = d("1949-03-15"); // 75
  BOOST_TEST(eval<C::i4>(p) == N);
  p.birth_date = d("1949-03-16"); // 74, 75 the next day: "18 to 74 years, inclusive"
  BOOST_TEST(eval<C::i4>(p) == M);
  p = base();
  p.investigator_judgements.clear();
  BOOST_TEST(eval<C::i1>(p) == U);
  p.diagnosis = {diagnosis_kind::nmo, diagnostic_standard::wingerchuk2006, aqp4_status::negative};
  BOOST_TEST(eval<C::i1>(p) == M);
}

BOOST_AUTO_TEST_CASE(cut_record_is_printed) {
  const std::string text = star::print_criteria();
  BOOST_TEST(text.find("4. I4: Age 18 to 74 years, inclusive at the time [cut in the source]") != std::string::npos);
  BOOST_TEST(text.find("Exclusion criteria:\n  none\n") != std::string::npos);
  BOOST_TEST(text.find("no text was visible in any source; none are encoded") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) { BOOST_TEST(testing::boundaries_hold(star::criteria<>{}, base(), ctx)); }

BOOST_AUTO_TEST_SUITE_END()
