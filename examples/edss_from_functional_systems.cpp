// EDSS from functional-system grades, and a worsening verdict between two visits.
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>

#include <iostream>
#include <optional>

namespace {
trialspec::functional_systems visit(int pyramidal, int cerebellar, int sensory, int visual, int ambulation) {
  trialspec::functional_systems f;
  f.pyramidal = pyramidal;
  f.cerebellar = cerebellar;
  f.brainstem = 0;
  f.sensory = sensory;
  f.bowel_bladder = 1;
  f.visual = visual; // as recorded; converted (6 -> 4, 5 -> 3, ...) before the step rules
  f.cerebral = 1;    // mood alteration only: not counted by default (Kurtzke)
  f.ambulation = ambulation;
  return f;
}
} // namespace

int main() {
  using namespace trialspec;

  const std::optional<edss> baseline = edss_from_functional_systems(visit(2, 1, 2, 1, 0));   // two FS at 2: 2.5
  const std::optional<edss> month12 = edss_from_functional_systems(visit(3, 2, 2, 3, 0));    // 3 + three 2s: 4.0
  const std::optional<edss> month24 = edss_from_functional_systems(visit(4, 2, 2, 3, 2));    // walks >= 300 m: 4.5
  if (!baseline || !month12 || !month24) return 1;
  std::cout << "baseline " << *baseline << ", month 12 " << *month12 << ", month 24 " << *month24 << '\n';

  // One FS at 4 with others at 2: 4.5 by default, 4.0 under the other reading.
  edss_fs_options lenient;
  lenient.four_with_twos = grade_four_with_twos::step_4_0;
  std::cout << "pyramidal 4 with sensory 2: " << *edss_from_functional_systems(visit(4, 0, 2, 0, 0)) << " (default), "
            << *edss_from_functional_systems(visit(4, 0, 2, 0, 0), lenient) << " (4.0 reading)\n";

  // Worsening from 2.5 to 4.0 under the common table (+1.0 needed from 1.0-5.0).
  std::cout << is_worsening(*baseline, *month12, standard_thresholds{});
  // The seed protocol's table has no threshold for baseline 5.0 or 5.5: unknown, not a guess.
  std::cout << is_worsening(edss::parse("5.0"), *month24, trialspec::protocols::nct02249676::protocol_thresholds{});
  return is_worsening(*baseline, *month12).is_met() ? 0 : 1;
}
