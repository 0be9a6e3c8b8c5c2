// trialspec/protocol/safety.hpp - adverse events counted in the before and after parts of a safety
// window around the infusion, per patient and per arm, with the before-vs-after comparison.
//
// Parts of the window around the reference date R (the infusion; for a control patient the
// matching baseline day), as rates/pre_post.hpp splits relapse windows:
//   before = [R + safety.from, R)   events strictly before the infusion day;
//   after  = [R, min(R + safety.to, end of follow-up)]   an event on the infusion day is after.
// Person-time of a part is its length in days / 365.25 (rates/person_time.hpp).
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
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/rate_ratio.hpp>
#include <trialspec/rates/wilcoxon.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// Investigator's judgement of whether an adverse event is related to the intervention.
enum class relatedness : std::uint8_t { not_assessed, unrelated, unlikely, possible, probable, definite };

/// Words and tokens of each judgement (trialspec/enum_names.hpp).
inline constexpr auto relatedness_names = name_table<relatedness::definite>({
    {relatedness::not_assessed, "not assessed", "not_assessed"},
    {relatedness::unrelated, "unrelated"},
    {relatedness::unlikely, "unlikely"},
    {relatedness::possible, "possible"},
    {relatedness::probable, "probable"},
    {relatedness::definite, "definite"},
});
constexpr const auto& names_of(relatedness) noexcept { return relatedness_names; }
constexpr std::string_view to_string(relatedness r) noexcept { return relatedness_names.words(r); }
inline std::ostream& operator<<(std::ostream& os, relatedness r) { return os << to_string(r); }

/// An adverse event: onset, term (e.g. MedDRA preferred term), CTCAE grade 1-5, seriousness
/// (ICH E2A) and relatedness.
struct adverse_event {
  date onset;
  std::string term;
  int grade = 1;
  bool serious = false;
  relatedness related = relatedness::not_assessed;
};

/// Throws invalid_input for an event that cannot be counted: no onset date, an empty term, or a
/// grade outside CTCAE 1-5.
inline void validate(const adverse_event& e) {
  if (e.onset.is_special()) throw invalid_input("adverse event onset", to_iso(e.onset), "must be a date");
  if (e.term.empty()) throw invalid_input("adverse event term", "", "must not be empty");
  if (e.grade < 1 || e.grade > 5)
    throw invalid_input("adverse event grade", std::to_string(e.grade), "CTCAE grades are 1 to 5");
}

/// Counts in one part of the safety window.
struct adverse_event_counts {
  long events = 0;
  long serious = 0;
  long grade_3_or_more = 0;
  /// Possibly, probably or definitely related.
  long related = 0;
  double person_years = 0;

  void add(const adverse_event& e) {
    ++events;
    serious += e.serious ? 1 : 0;
    grade_3_or_more += e.grade >= 3 ? 1 : 0;
    related += e.related >= relatedness::possible ? 1 : 0;
  }
  adverse_event_counts& operator+=(const adverse_event_counts& o) {
    events += o.events;
    serious += o.serious;
    grade_3_or_more += o.grade_3_or_more;
    related += o.related;
    person_years += o.person_years;
    return *this;
  }
};

/// One patient's safety data.
struct safety_patient {
  std::string id;
  std::string arm;
  /// The infusion day (for a control patient, the matching baseline day).
  date reference;
  std::vector<adverse_event> events;
  /// Last day observed when follow-up ended before the end of the safety window.
  std::optional<date> follow_up_end;
};

/// One patient's counts before and after, and how many events fell outside the window (reported,
/// not silently dropped).
struct patient_safety_counts {
  std::string id;
  adverse_event_counts before;
  adverse_event_counts after;
  long outside_window = 0;
};

/// Counts one patient's adverse events in the parts of `safety` (which must start before and end
/// after the reference day). Throws invalid_input for an invalid event, or a follow-up end on or
/// before the reference day.
inline patient_safety_counts count_adverse_events(const safety_patient& p, const relative_window& safety) {
  if (p.reference.is_special()) throw invalid_input("reference date", to_iso(p.reference), "must be a date");
  const date_interval span = safety.resolve(p.reference);
  if (!span.bounded() || !(span.first() < p.reference) || !(p.reference < span.last()))
    throw invalid_input("safety window", span.to_string(), "must be bounded and start before and end after the reference date");
  date last = span.last();
  if (p.follow_up_end) {
    if (*p.follow_up_end <= p.reference)
      throw invalid_input("follow-up end", to_iso(*p.follow_up_end),
                          "must be after the reference date " + to_iso(p.reference) + " of patient " + p.id);
    if (*p.follow_up_end < last) last = *p.follow_up_end;
  }
  patient_safety_counts c;
  c.id = p.id;
  c.before.person_years = rates::observation_years(span.first(), p.reference);
  c.after.person_years = rates::observation_years(p.reference, last);
  for (const auto& e : p.events) {
    validate(e);
    if (span.first() <= e.onset && e.onset < p.reference) c.before.add(e);
    else if (p.reference <= e.onset && e.onset <= last) c.after.add(e);
    else ++c.outside_window;
  }
  return c;
}

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
      return std::to_string(c.events) + " events (" + std::to_string(c.serious) + " serious, " +
             std::to_string(c.grade_3_or_more) + " grade 3 or more, " + std::to_string(c.related) +
             " related) in " + detail::fixed(c.person_years, 2) + " person-years";
    };
    std::string s = arm + ": " + std::to_string(patients.size()) + " patients; before " + part(before) +
                    "; after " + part(after) + "; ";
    if (!after_vs_before) return s + "no events to compare";
    const auto& r = *after_vs_before;
    return s + "rate ratio after/before " + detail::fixed(r.estimate, 2) + " (95% CI " +
           detail::fixed(r.lower, 2) + " to " + detail::fixed(r.upper, 2) + "), exact p = " +
           detail::fixed(r.p_value, 3) + "; paired signed-rank p = " + detail::fixed(paired.p_value, 3) + " (" +
           std::to_string(paired.n) + " patients with a change)";
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
