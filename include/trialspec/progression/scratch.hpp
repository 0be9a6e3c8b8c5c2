// trialspec/progression/scratch.hpp - buffers of the confirmed-progression search, reused across
// patients so that a warm search allocates nothing.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>

#include <cstddef>
#include <vector>

namespace trialspec {

namespace detail::progression {
struct scratch_access;
} // namespace detail::progression

/// Buffers reused across patients so that the search allocates nothing once they are warm.
class progression_scratch {
public:
  progression_scratch() = default;
  /// Reserves room for `assessments` assessments and `relapses` relapses.
  void reserve(std::size_t assessments, std::size_t relapses) {
    visits_.reserve(assessments);
    relapses_.reserve(relapses);
  }

private:
  friend struct detail::progression::scratch_access;
  // 32 bytes; the relapse itself is on - since_relapse, so its index need not be kept.
  struct visit {
    long day = 0;           // day number
    long since_relapse = 0; // days since the last relapse onset on or before; no_relapse if none
    std::size_t input = 0;  // position in the input
    date on;
    edss score = edss::from_half_steps(0);
  };
  // The first used_ entries are the current patient's; the vector only grows, so that filling it
  // is plain stores.
  std::vector<visit> visits_;
  std::size_t used_ = 0;
  int max_half_steps_ = -1; // highest score of the used visits, -1 without any
  std::vector<date> relapses_;
};

} // namespace trialspec
