// Relapse reports merged into attacks: the 30-day rule, chaining, gap 0, visible merging.
#include <trialspec/clinical/attacks.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <vector>

using namespace trialspec;

namespace {
date d(const char* text) { return parse_date(text); }
using positions = std::vector<std::size_t>;
} // namespace

BOOST_AUTO_TEST_SUITE(attacks)

BOOST_AUTO_TEST_CASE(onsets_less_than_30_days_apart_are_one_attack_dated_at_the_first) {
  // 2024-01-10 -> 2024-02-08 is 29 days (merged); 2024-02-08 -> 2024-03-09 is 30 days (new attack).
  const std::vector<relapse> reports{{d("2024-01-10"), relapse_severity::mild, relapse_phenotype::optic_neuritis},
                                     {d("2024-02-08"), relapse_severity::severe, std::nullopt},
                                     {d("2024-03-09"), relapse_severity::unknown, relapse_phenotype::myelitis}};
  const auto a = merge_into_attacks(reports);
  BOOST_TEST_REQUIRE(a.size() == 2u);
  BOOST_TEST(a[0].onset() == d("2024-01-10"));
  BOOST_TEST(a[0].reports == (positions{0, 1}), boost::test_tools::per_element());
  BOOST_TEST(a[0].merged());
  BOOST_TEST(a[0].event.severity == relapse_severity::severe);  // worst graded
  BOOST_TEST((a[0].event.phenotype == relapse_phenotype::optic_neuritis));
  BOOST_TEST(a[1].onset() == d("2024-03-09"));
  BOOST_TEST(a[1].reports == (positions{2}), boost::test_tools::per_element());
  BOOST_TEST(!a[1].merged());
}

BOOST_AUTO_TEST_CASE(the_gap_is_measured_from_the_previous_report_so_reports_chain) {
  // 0, +20, +40 days: each is 20 days after the one before, so all three are one attack even
  // though the last is 40 days after the first.
  const std::vector<date> onsets{d("2024-05-01"), d("2024-05-21"), d("2024-06-10")};
  const auto a = merge_into_attacks(onsets);
  BOOST_TEST_REQUIRE(a.size() == 1u);
  BOOST_TEST(a[0].onset() == d("2024-05-01"));
  BOOST_TEST(a[0].reports.size() == 3u);
}

BOOST_AUTO_TEST_CASE(reports_are_sorted_and_positions_refer_to_the_input) {
  const std::vector<date> onsets{d("2024-09-01"), d("2024-01-01"), d("2024-01-15"), d("2024-01-15")};
  const auto a = merge_into_attacks(onsets);
  BOOST_TEST_REQUIRE(a.size() == 2u);
  BOOST_TEST(a[0].reports == (positions{1, 2, 3}), boost::test_tools::per_element());
  BOOST_TEST(a[1].reports == (positions{0}), boost::test_tools::per_element());
  BOOST_TEST(attack_onsets(a) == (std::vector<date>{d("2024-01-01"), d("2024-09-01")}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(gap_zero_disables_merging_even_on_the_same_day) {
  const std::vector<date> onsets{d("2024-01-01"), d("2024-01-01"), d("2024-01-02")};
  BOOST_TEST(merge_into_attacks(onsets, 0).size() == 3u);
  BOOST_TEST(merge_into_attacks(onsets, 1).size() == 2u);  // same day: 0 < 1 day
  BOOST_TEST(merge_into_attacks(onsets, 2).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_configurable_gap) {
  const std::vector<date> onsets{d("2024-01-01"), d("2024-03-01")};  // 60 days apart
  BOOST_TEST(merge_into_attacks(onsets, 60).size() == 2u);
  BOOST_TEST(merge_into_attacks(onsets, 61).size() == 1u);
}

BOOST_AUTO_TEST_CASE(ungraded_reports_keep_unknown_severity) {
  const std::vector<date> onsets{d("2024-01-01"), d("2024-01-05")};
  const auto a = merge_into_attacks(onsets);
  BOOST_TEST_REQUIRE(a.size() == 1u);
  BOOST_TEST(a[0].event.severity == relapse_severity::unknown);
  BOOST_TEST(!a[0].event.phenotype.has_value());
}

BOOST_AUTO_TEST_CASE(no_reports_no_attacks) {
  BOOST_TEST(merge_into_attacks(std::vector<date>{}).empty());
}

BOOST_AUTO_TEST_CASE(rejects_a_negative_gap_and_non_dates) {
  const std::vector<date> onsets{d("2024-01-01")};
  BOOST_CHECK_THROW(merge_into_attacks(onsets, -1), invalid_input);
  const std::vector<date> bad{date(boost::date_time::not_a_date_time)};
  BOOST_CHECK_THROW(merge_into_attacks(bad), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
