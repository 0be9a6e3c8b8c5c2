// tests/benchmarks/progression_cohort.hpp - seeded EDSS histories for the progression benchmarks
// and their baseline check: 20 assessments per patient, quarterly (91 +- 7 days), with relapses.
//
// The synthetic NMOSD cohort (trialspec/testing/synthetic_cohort.hpp) assesses EDSS every six
// months over five years, so at most 11 assessments; the progression benchmark asks for 20, so the
// histories are drawn here with the same portable generator. Assessments are in date order with
// distinct dates, relapse onsets in date order (what handwritten_progression.hpp requires).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/testing/random.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace trialspec_bench {

struct edss_history {
  std::vector<trialspec::edss_assessment> edss;
  std::vector<trialspec::date> relapses;
};

/// n histories of `visits` assessments each, deterministic for the seed.
inline std::vector<edss_history> make_edss_histories(std::size_t n, std::uint64_t seed, int visits = 20) {
  trialspec::testing::xoshiro256ss rng(seed);
  std::vector<edss_history> out(n);
  const trialspec::date origin(2008, 1, 1);
  for (auto& h : out) {
    h.edss.reserve(static_cast<std::size_t>(visits));
    trialspec::date on = origin + boost::gregorian::date_duration(rng.uniform(0, 730));
    int half = 2 + rng.uniform(0, 7); // 1.0 to 4.5
    bool relapse_since_last_visit = false;
    for (int i = 0; i < visits; ++i) {
      if (i > 0) {
        const int gap = 91 + rng.uniform(-7, 7);
        // A relapse in this quarter (about one every 2.5 years), sometimes leaving a residual.
        if (rng.chance(100)) {
          h.relapses.push_back(on + boost::gregorian::date_duration(rng.uniform(1, gap - 1)));
          relapse_since_last_visit = true;
        }
        on = on + boost::gregorian::date_duration(gap);
        int step = 0;
        if (relapse_since_last_visit && rng.chance(500)) step = rng.uniform(1, 2);
        else if (rng.chance(120)) step = 1;
        else if (rng.chance(100)) step = -1;
        else if (rng.chance(30)) step = 2;
        half += step;
        relapse_since_last_visit = false;
      }
      if (half == 1) half = 2;
      if (half < 0) half = 0;
      if (half > 20) half = 20;
      h.edss.push_back({on, trialspec::edss::from_half_steps(half)});
    }
  }
  return out;
}

} // namespace trialspec_bench
