// The benchmarks' baselines compute what trialspec computes: the hand-written NCT02249676
// screening and the run-time rule tree give trialspec's verdict for every patient of a seeded
// synthetic cohort, and the hand-written confirmed-worsening search gives trialspec's first
// worsening (baseline, event, confirmation, RAW/PIRA) and milestone for every EDSS history.
// Without this the benchmark ratios would compare different work.
#include "benchmarks/handwritten_progression.hpp"
#include "benchmarks/handwritten_screen.hpp"
#include "benchmarks/progression_cohort.hpp"
#include "benchmarks/runtime_tree.hpp"

#include <trialspec/progression/confirmed.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace {

namespace el = trialspec::eligibility;
namespace nct = trialspec::protocols::nct02249676;
using el::screening_outcome;

constexpr std::size_t cohort_size = 20000;

std::size_t index_of(screening_outcome o) { return static_cast<std::size_t>(o); }

} // namespace

BOOST_AUTO_TEST_SUITE(benchmark_baselines)

BOOST_AUTO_TEST_CASE(screening_baselines_agree_with_trialspec_on_every_patient) {
  trialspec::testing::synthetic_cohort gen({.seed = 20141, .as_of = trialspec::date(2014, 1, 5), .id_prefix = "B"});
  const el::evaluation_context ctx{trialspec::date(2014, 1, 5)};
  const auto tree = trialspec_bench::rt::nct02249676_registry_reading();
  std::array<std::size_t, 3> outcomes{};
  std::size_t hand_mismatches = 0, tree_mismatches = 0;
  for (std::size_t i = 0; i < cohort_size; ++i) {
    const trialspec::patient p = gen.next();
    const screening_outcome expected = nct::test(p, ctx);
    ++outcomes[index_of(expected)];
    const screening_outcome hand = trialspec_bench::handwritten_screen(p, ctx);
    const screening_outcome rt = tree.test(p, ctx);
    // Report a few disagreements in full, then only count them.
    if (hand != expected && ++hand_mismatches <= 3)
      BOOST_ERROR("hand-written screening of " << p.id << ": " << hand << ", trialspec: " << expected << "\n"
                                               << el::render(nct::screen(p, ctx)));
    if (rt != expected && ++tree_mismatches <= 3)
      BOOST_ERROR("run-time tree screening of " << p.id << ": " << rt << ", trialspec: " << expected << "\n"
                                                << el::render(nct::screen(p, ctx)));
  }
  BOOST_TEST(hand_mismatches == 0u);
  BOOST_TEST(tree_mismatches == 0u);
  // The comparison covers all three outcomes, not only the common one (ineligible).
  BOOST_TEST_MESSAGE("eligible " << outcomes[index_of(screening_outcome::eligible)] << ", undetermined "
                                 << outcomes[index_of(screening_outcome::undetermined)] << ", ineligible "
                                 << outcomes[index_of(screening_outcome::ineligible)]);
  BOOST_TEST(outcomes[index_of(screening_outcome::eligible)] > 0u);
  BOOST_TEST(outcomes[index_of(screening_outcome::undetermined)] > 0u);
  BOOST_TEST(outcomes[index_of(screening_outcome::ineligible)] > 0u);
}

BOOST_AUTO_TEST_CASE(handwritten_progression_agrees_with_trialspec_on_every_history) {
  const auto histories = trialspec_bench::make_edss_histories(cohort_size, 7);
  trialspec::progression_scratch scratch;
  trialspec::progression_result result;
  trialspec_bench::handwritten_progression_buffers buffers;
  trialspec_bench::handwritten_progression_result hand;
  std::size_t worsening = 0, raw = 0, pira = 0, undefined = 0, milestones = 0, mismatches = 0;
  for (std::size_t i = 0; i < histories.size(); ++i) {
    const auto& h = histories[i];
    trialspec::assess_progression<trialspec::standard_thresholds>(std::span<const trialspec::edss_assessment>(h.edss), h.relapses,
                                                                  trialspec::progression_options{}, scratch, result);
    trialspec_bench::handwritten_progression(h.edss, h.relapses, buffers, hand);
    BOOST_TEST_CONTEXT("history " << i) {
      const std::size_t before = mismatches;
      auto check = [&](bool same) { mismatches += same ? 0 : 1; };
      check(hand.assessments == result.assessments);
      check(result.follow_up_days && hand.follow_up_days == *result.follow_up_days);
      check(hand.worsening.has_value() == (result.worsening == 1));
      check(result.events.size() == result.worsening); // first-worsening mode reports nothing else
      if (hand.worsening && !result.events.empty()) {
        const auto& e = result.events.front();
        check(e.baseline == hand.worsening->baseline && e.event == hand.worsening->event &&
              e.confirmation == hand.worsening->confirmation);
        check(e.days_from_baseline == hand.worsening->days_from_baseline);
        check(e.classification == hand.worsening->classification);
      }
      check(hand.milestone.has_value() == result.milestone.has_value());
      if (hand.milestone && result.milestone) {
        check(result.milestone->event == hand.milestone->event);
        check(result.milestone->confirmation == hand.milestone->confirmation);
        check(result.milestone->days_from_first_assessment == hand.milestone->days_from_first_assessment);
      }
      if (mismatches != before && mismatches <= 3)
        BOOST_ERROR("hand-written progression differs from trialspec:\n"
                    << trialspec::explain_progression<trialspec::standard_thresholds>(
                           std::span<const trialspec::edss_assessment>(h.edss), h.relapses)
                           .render());
    }
    worsening += result.worsening;
    raw += result.raw;
    pira += result.pira;
    undefined += result.undefined;
    milestones += result.milestone ? 1 : 0;
  }
  BOOST_TEST(mismatches == 0u);
  BOOST_TEST_MESSAGE("worsening " << worsening << " (RAW " << raw << ", PIRA " << pira << ", undefined " << undefined
                                  << "), milestone " << milestones);
  // Every branch of the search is exercised by the cohort.
  BOOST_TEST(raw > 0u);
  BOOST_TEST(pira > 0u);
  BOOST_TEST(undefined > 0u);
  BOOST_TEST(milestones > 0u);
  BOOST_TEST(worsening < cohort_size);
}

BOOST_AUTO_TEST_SUITE_END()
