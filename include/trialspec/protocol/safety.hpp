// trialspec/protocol/safety.hpp - the before-vs-after comparison of adverse events per arm, with
// exact intervals and tests (this header computes intervals, so it includes Boost.Math through
// rates/; screening headers do not include it).
//
// The comparison. The seed protocol "compared adverse events from up to 3 months before treatment
// until up to 12 months after the infusion": the two parts have different lengths, so raw counts
// are not comparable. Each arm's events are pooled over its patients and the rate after is
// compared with the rate before by the exact conditional test of a Poisson rate ratio
// (rates::exact_rate_ratio: after-count given the total is binomial under equal rates; R's
// poisson.test). Pooling assumes events are independent across patients, so the summary also
// gives the paired, per-patient comparison: the exact Wilcoxon signed-rank test of each patient's
// rate after minus rate before (rates::wilcoxon_signed_rank), which does not.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/adverse_events.hpp>
#include <trialspec/rates/rate_ratio.hpp>
#include <trialspec/rates/wilcoxon.hpp>
#include <trialspec/text.hpp>

#include <cmath>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace trialspec {

namespace detail {
inline std::string fixed(double v, int decimals) {
  if (std::isinf(v)) return v > 0 ? "infinity" : "-infinity";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
} // namespace detail

/// One arm's safety summary: per-patient counts, totals, and the comparison after vs before.
struct arm_safety_summary {
  std::string arm;
  std::vector<patient_safety_counts> patients;
  adverse_event_counts before;
  adverse_event_counts after;
  /// Rate after / rate before with exact interval and p-value; absent when the arm has no event in
  /// either part (nothing to compare).
  std::optional<rates::rate_ratio_result> after_vs_before;
  /// Exact signed-rank test of the per-patient differences (rate after - rate before, events per
  /// person-year).
  rates::signed_rank_result paired;

  /// "Autologous MSC: 3 patients; before 4 events in 0.74 person-years; after ..."
  [[nodiscard]] std::string describe() const {
    auto part = [](const adverse_event_counts& c) {
      return trialspec::detail::cat(std::to_string(c.events), " events (", std::to_string(c.serious), " serious, ",
             std::to_string(c.grade_3_or_more), " grade 3 or more, ", std::to_string(c.related),
             " related) in ", detail::fixed(c.person_years, 2), " person-years");
    };
    std::string s = trialspec::detail::cat(arm, ": ", std::to_string(patients.size()), " patients; before ", part(before),
                    "; after ", part(after), "; ");
    if (!after_vs_before) return trialspec::detail::cat(s, "no events to compare");
    const auto& r = *after_vs_before;
    return trialspec::detail::cat(s, "rate ratio after/before ", detail::fixed(r.estimate, 2), " (95% CI ",
           detail::fixed(r.lower, 2), " to ", detail::fixed(r.upper, 2), "), exact p = ",
           detail::fixed(r.p_value, 3), "; paired signed-rank p = ", detail::fixed(paired.p_value, 3), " (",
           std::to_string(paired.n), " patients with a change)");
  }
};

/// Per-arm safety summaries, arms in order of first appearance.
inline std::vector<arm_safety_summary> summarize_safety(std::span<const safety_patient> patients,
                                                        const relative_window& safety) {
  std::vector<arm_safety_summary> arms;
  for (const auto& p : patients) {
    arm_safety_summary* a = nullptr;
    for (auto& candidate : arms)
      if (candidate.arm == p.arm) a = &candidate;
    if (!a) {
      arms.push_back({p.arm, {}, {}, {}, std::nullopt, {}});
      a = &arms.back();
    }
    a->patients.push_back(count_adverse_events(p, safety));
    a->before += a->patients.back().before;
    a->after += a->patients.back().after;
  }
  for (auto& a : arms) {
    if (a.before.events + a.after.events > 0)
      a.after_vs_before = rates::exact_rate_ratio(a.after.events, a.after.person_years, a.before.events,
                                                  a.before.person_years);
    std::vector<double> differences;
    for (const auto& c : a.patients)
      differences.push_back(static_cast<double>(c.after.events) / c.after.person_years -
                            static_cast<double>(c.before.events) / c.before.person_years);
    a.paired = rates::wilcoxon_signed_rank(differences);
  }
  return arms;
}

} // namespace trialspec
