// tests/benchmarks/handwritten_progression.hpp - the benchmark's hand-written baseline for
// confirmed disability worsening: the first confirmed worsening from a fixed baseline, its RAW /
// PIRA class, and the first confirmed EDSS 6.0, written as plain loops for exactly one set of
// rules (trialspec's defaults, progression/options.hpp, with the standard threshold table):
//  - baseline: the first assessment at least 30 days after the last relapse onset;
//  - worsening: +1.5 from 0, +1.0 from 1.0-5.0, +0.5 from 5.5 up;
//  - confirmation: the first assessment 77 to 814.5 days after the event (84 days, -7/+730.5)
//    that is at least 30 days after a relapse onset, the change holding at every assessment up to
//    and including it;
//  - RAW: event at most 90 days after a relapse onset; PIRA: no relapse onset in [-90, +30] days
//    around the event nor around one valid confirmation before the change stops holding;
//  - milestone: the first EDSS >= 6.0 confirmed the same way.
// It assumes what trialspec checks or repairs: assessments in date order with distinct dates,
// relapse onsets in date order. This is the practical limit a library has to match.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/confirmed.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace trialspec_bench {

struct handwritten_progression_result {
  struct worsening_event {
    trialspec::edss_assessment baseline, event, confirmation;
    long days_from_baseline;
    trialspec::worsening_class classification;
  };
  struct milestone_event {
    trialspec::edss_assessment event, confirmation;
    long days_from_first_assessment;
  };
  std::size_t assessments = 0;
  long follow_up_days = 0;
  std::optional<worsening_event> worsening;
  std::optional<milestone_event> milestone;
};

/// Reusable per-visit buffers (day number, half steps, days since the last relapse onset).
struct handwritten_progression_buffers {
  std::vector<long> day, since;
  std::vector<int> half;
  std::vector<long> relapse_day;
};

inline void handwritten_progression(std::span<const trialspec::edss_assessment> a, std::span<const trialspec::date> relapses,
                                    handwritten_progression_buffers& b, handwritten_progression_result& out) {
  constexpr long none = std::numeric_limits<long>::max();
  out.worsening.reset();
  out.milestone.reset();
  out.follow_up_days = 0;
  const std::size_t n = a.size();
  out.assessments = n;
  if (n == 0) return;
  b.day.resize(n);
  b.since.resize(n);
  b.half.resize(n);
  b.relapse_day.resize(relapses.size());
  for (std::size_t r = 0; r < relapses.size(); ++r) b.relapse_day[r] = static_cast<long>(relapses[r].day_number());
  std::size_t r = 0;
  for (std::size_t i = 0; i < n; ++i) {
    b.day[i] = static_cast<long>(a[i].on.earliest().day_number()); // day-precise visits, as the search requires
    b.half[i] = a[i].score.half_steps();
    while (r < relapses.size() && b.relapse_day[r] <= b.day[i]) ++r;
    b.since[i] = r ? b.day[i] - b.relapse_day[r - 1] : none;
  }
  out.follow_up_days = b.day[n - 1] - b.day[0];

  auto relapse_in = [&](long from, long to) {
    for (long d : b.relapse_day)
      if (d >= from && d <= to) return true;
    return false;
  };
  // The confirmation of a change at x, holding while holds(i): its index, or n.
  auto confirm = [&](std::size_t x, auto holds) {
    std::size_t c = x + 1;
    while (c < n && (b.day[c] - b.day[x] < 77 || b.since[c] < 30)) ++c;
    if (c == n || b.day[c] - b.day[x] > 814) return n;
    for (std::size_t i = x + 1; i <= c; ++i)
      if (!holds(i)) return n;
    return c;
  };

  std::size_t bl = 0;
  while (bl < n && b.since[bl] < 30) ++bl;
  if (bl + 1 < n) {
    const int bh = b.half[bl];
    const int th = bh == 0 ? 3 : bh <= 10 ? 2 : 1;
    auto holds = [&](std::size_t i) { return b.half[i] - bh >= th; };
    for (std::size_t x = bl + 1; x < n; ++x) {
      if (!holds(x)) continue;
      const std::size_t c = confirm(x, holds);
      if (c == n) continue;
      auto cls = trialspec::worsening_class::undefined;
      if (b.since[x] <= 90) {
        cls = trialspec::worsening_class::raw;
      } else if (!relapse_in(b.day[x] - 90, b.day[x] + 30)) {
        for (std::size_t j = c; j < n && holds(j) && b.day[j] - b.day[x] <= 814; ++j)
          if (b.since[j] >= 30 && !relapse_in(b.day[j] - 90, b.day[j] + 30)) {
            cls = trialspec::worsening_class::pira;
            break;
          }
      }
      out.worsening = {a[bl], a[x], a[c], b.day[x] - b.day[bl], cls};
      break;
    }
  }

  auto reached = [&](std::size_t i) { return b.half[i] >= 12; };
  for (std::size_t x = 0; x < n; ++x) {
    if (!reached(x)) continue;
    const std::size_t c = confirm(x, reached);
    if (c == n) continue;
    out.milestone = {a[x], a[c], b.day[x] - b.day[0]};
    break;
  }
}

} // namespace trialspec_bench
