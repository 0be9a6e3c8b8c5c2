// One record against several trials in one pass (eligibility/match.hpp): the same outcomes as
// each trial alone, and for an undetermined trial the unknown criteria. Screening on 2024-03-15.
#include <trialspec/eligibility/match.hpp>
#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/prevent.hpp>
#include <trialspec/protocols/sakurastar.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

using namespace trialspec;
namespace el = trialspec::eligibility;
namespace tp = trialspec::protocols;

BOOST_AUTO_TEST_SUITE(eligibility_match)

BOOST_AUTO_TEST_CASE(each_trial_as_alone) {
  const el::evaluation_context ctx{parse_date("2024-03-15")};
  // AQP4+ NMOSD (IPND 2015), 45, one relapse on 2023-08-01 (PREVENT wants 2 in 12 months), EDSS
  // 4.0, 70 kg, no therapy in a complete history, conditions complete, HIV negative; SAkuraStar's
  // Wingerchuk 2007 question unanswered; CHAMPION's I6 answered yes.
  patient p;
  p.id = "m";
  p.birth_date = parse_date("1979-01-01");
  p.sex = sex::male;
  p.weight_kg = 70.0;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.relapses = {relapse{parse_date("2023-08-01"), relapse_severity::unknown, std::nullopt}};
  p.relapses_recorded_since = parse_date("2015-01-01");
  p.edss = {{parse_date("2024-03-01"), edss::from_half_steps(8)}};
  p.therapies_recorded_since = p.birth_date->earliest(); // "ever" exclusions need the whole history
  p.conditions_complete = true;
  p.labs = {{lab_test::hiv, lab_outcome::negative, parse_date("2024-03-01")}};
  p.childbearing_potential = false;
  p.investigator_judgements["NCT04201262.I6"] = true;

  const auto outcomes = el::match(p, ctx, tp::prevent::criteria<>{}, tp::sakurastar::criteria<>{}, tp::champion_nmosd::criteria<>{});
  BOOST_TEST((outcomes[0] == el::screening_outcome::ineligible));   // I4
  BOOST_TEST((outcomes[1] == el::screening_outcome::undetermined)); // I1b's question
  BOOST_TEST((outcomes[2] == el::screening_outcome::eligible));
  BOOST_TEST((outcomes[0] == tp::prevent::test(p, ctx)));
  BOOST_TEST((outcomes[1] == tp::sakurastar::test(p, ctx)));
  BOOST_TEST((outcomes[2] == tp::champion_nmosd::test(p, ctx)));

  const auto reports = el::match_reports(p, ctx, tp::prevent::criteria<>{}, tp::sakurastar::criteria<>{});
  BOOST_TEST((reports[1].outcome == el::screening_outcome::undetermined));
  std::vector<std::string> unknown;
  for (const auto& c : reports[1].criteria)
    if (c.passed() == truth::unknown) unknown.emplace_back(c.id);
  BOOST_TEST(unknown == std::vector<std::string>{"I1"});
}

BOOST_AUTO_TEST_SUITE_END()
