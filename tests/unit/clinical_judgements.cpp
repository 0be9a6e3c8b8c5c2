// The investigator's answers by key (clinical/judgements.hpp, judgement_answers): what a
// std::map<std::string, bool> gave the record (assignment through [], find, erase, iteration in key
// order), and the facet that reads it (unanswered = std::nullopt, never false).
#include <trialspec/clinical/judgements.hpp>
#include <trialspec/clinical/patient.hpp>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace trialspec;

BOOST_AUTO_TEST_SUITE(clinical_judgements)

BOOST_AUTO_TEST_CASE(assign_find_erase_in_key_order) {
  judgement_answers a;
  BOOST_TEST(a.empty());
  a["NCT02200770.I4"] = true;
  a["NCT01194570.E8"] = false;
  a["NCT02200770.I3"] = true;
  a["NCT01194570.E8"] = true; // assigned again: one entry, the last answer
  BOOST_TEST(a.size() == 3u);
  // Text order: "NCT01194570.E8" < "NCT02200770.I3" < "NCT02200770.I4".
  std::vector<std::string> keys;
  for (const auto& [key, answer] : a) keys.push_back(key);
  BOOST_TEST((keys == std::vector<std::string>{"NCT01194570.E8", "NCT02200770.I3", "NCT02200770.I4"}));
  BOOST_TEST(a.find("NCT01194570.E8")->second == true);
  BOOST_TEST((a.find("NCT01194570.E9") == a.end()));
  BOOST_TEST((a.find("") == a.end()));
  BOOST_TEST(a.contains("NCT02200770.I3"));
  BOOST_TEST(a.count("NCT02200770.I3") == 1u);
  BOOST_TEST(a.at("NCT02200770.I4") == true);
  BOOST_CHECK_THROW(static_cast<void>(a.at("NCT02200770.I5")), std::out_of_range);
  BOOST_TEST(a.erase("NCT02200770.I3") == 1u);
  BOOST_TEST(a.erase("NCT02200770.I3") == 0u);
  BOOST_TEST(!a.contains("NCT02200770.I3"));
  BOOST_TEST(a.size() == 2u);
  BOOST_TEST(a.insert_or_assign("A", false));  // new, and first in order
  BOOST_TEST(!a.insert_or_assign("A", true)); // existing: replaced
  BOOST_TEST(a.begin()->first == "A");
  BOOST_TEST(a.begin()->second == true);
  const judgement_answers b{{"NCT02200770.I4", true}, {"A", true}, {"NCT01194570.E8", true}};
  BOOST_TEST((a == b));
  a.clear();
  BOOST_TEST(a.empty());
}

BOOST_AUTO_TEST_CASE(facet_reads_yes_no_and_unanswered) {
  patient p;
  p.investigator_judgements["NCT01892345.I6"] = true;
  p.investigator_judgements["NCT01247324.E6"] = false;
  BOOST_TEST((record_traits<patient>::investigator_judgement(p, "NCT01892345.I6") == std::optional<bool>(true)));
  BOOST_TEST((record_traits<patient>::investigator_judgement(p, "NCT01247324.E6") == std::optional<bool>(false)));
  // A key never answered, or a prefix of one, is unknown, not "no".
  BOOST_TEST(!record_traits<patient>::investigator_judgement(p, "NCT01892345.I7").has_value());
  BOOST_TEST(!record_traits<patient>::investigator_judgement(p, "NCT01892345").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
