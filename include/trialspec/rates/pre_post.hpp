// trialspec/rates/pre_post.hpp - relapse rates before vs after an index date within patients.
//
// The single-arm design of the seed trial compares each patient's annualized relapse rate in a
// window before an index date (the infusion) with the rate in a window after it, e.g. 12 months
// before vs 12 months after. Windows around the index date R:
//   pre  = [R - before, R)   events strictly before the index date;
//   post = [R, min(R + after, follow-up end)]   an event on the index date counts as post.
// Person-time of each is its length in days / 365.25, so the two windows share no day and the
// index date is counted once (in post), consistent with how the lengths are measured. A post
// window cut to zero length by an early end of follow-up is invalid_input.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/rates/wilcoxon.hpp>
#include <trialspec/text.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace trialspec::rates {

/// One patient of a pre/post comparison: the index date, the attack onsets (merged beforehand,
/// see clinical/attacks.hpp) and, when follow-up ended early, the last day observed.
struct pre_post_patient {
  date index;
  std::vector<date> events;
  std::optional<date> followup_end;
};

/// Window lengths around the index date.
struct pre_post_windows {
  calendar_duration before = months{12};
  calendar_duration after = months{12};
};

/// One patient's counts and rates; difference = post ARR - pre ARR.
struct pre_post_row {
  exposure pre;
  exposure post;
  double arr_pre = 0;
  double arr_post = 0;
  double difference = 0;
};

/// Per-patient rows, pooled rates with exact intervals, and the signed-rank test of the paired
/// differences (post - pre).
struct pre_post_result {
  std::vector<pre_post_row> patients;
  pooled_rate pre;
  pooled_rate post;
  rate_interval pre_interval;
  rate_interval post_interval;
  /// Mean of the per-patient differences (post - pre), in relapses per person-year.
  double mean_difference = 0;
  signed_rank_result test;
};

/// The counts and person-time of one patient in the pre and post windows.
inline pre_post_row pre_post_counts(const pre_post_patient& p, const pre_post_windows& w = {}) {
  if (p.index.is_special()) throw invalid_input("index date", to_iso(p.index), "must be a calendar date");
  if (w.before.count <= 0 || w.after.count <= 0)
    throw invalid_input("pre/post window", trialspec::detail::cat(to_string(w.before), " / ", to_string(w.after)),
                        "both windows must be longer than zero");
  const date pre_start = add(p.index, -w.before);
  date post_end = add(p.index, w.after);
  if (p.followup_end) {
    if (*p.followup_end <= p.index)
      throw invalid_input("follow-up end", to_iso(*p.followup_end),
                          trialspec::detail::cat("must be after the index date ", to_iso(p.index)));
    if (*p.followup_end < post_end) post_end = *p.followup_end;
  }
  pre_post_row row;
  row.pre.person_years = observation_years(pre_start, p.index);
  row.post.person_years = observation_years(p.index, post_end);
  for (date d : p.events) {
    if (pre_start <= d && d < p.index) ++row.pre.events;
    else if (p.index <= d && d <= post_end) ++row.post.events;
  }
  row.arr_pre = patient_arr(row.pre);
  row.arr_post = patient_arr(row.post);
  row.difference = row.arr_post - row.arr_pre;
  return row;
}

/// Pre vs post comparison of a cohort. Throws invalid_input for an empty cohort or a bad level.
inline pre_post_result compare_pre_post(std::span<const pre_post_patient> patients,
                                        const pre_post_windows& w = {}, double level = 0.95) {
  if (patients.empty()) throw invalid_input("patients", "0", "a pre/post comparison needs at least one patient");
  pre_post_result r;
  std::vector<exposure> pre, post;
  std::vector<double> diffs;
  for (const auto& p : patients) {
    r.patients.push_back(pre_post_counts(p, w));
    pre.push_back(r.patients.back().pre);
    post.push_back(r.patients.back().post);
    diffs.push_back(r.patients.back().difference);
  }
  r.pre = pooled_arr(pre);
  r.post = pooled_arr(post);
  r.pre_interval = exact_poisson_interval(r.pre, level);
  r.post_interval = exact_poisson_interval(r.post, level);
  double sum = 0;
  for (double x : diffs) sum += x;
  r.mean_difference = sum / static_cast<double>(diffs.size());
  r.test = wilcoxon_signed_rank(diffs);
  return r;
}

} // namespace trialspec::rates
