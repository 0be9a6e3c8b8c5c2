// trialspec/progression/confirmed.hpp - confirmed disability worsening and improvement from an
// EDSS history, relapse-associated worsening (RAW), progression independent of relapse activity
// (PIRA), and time to a confirmed disability milestone.
//
// Definitions (defaults in progression/options.hpp):
//  - Kappos L et al. Contribution of relapse-independent progression vs relapse-associated
//    worsening to overall confirmed disability accumulation in typical relapsing multiple
//    sclerosis. JAMA Neurol 2020;77:1132-40.
//  - Mueller J et al. Harmonizing definitions for progression independent of relapse activity in
//    multiple sclerosis: a systematic review. JAMA Neurol 2023;80:1232-45.
//  - The msprog R package (Montobbio et al., Mult Scler 2024;30:1185), function MSprog(), whose
//    documented options these follow where the papers are silent.
//
// The search, for one patient:
//  1. Assessments are sorted by date. Two assessments on the same date: the later one in input
//     order is kept and the earlier one is ignored (a correction overrides the first record).
//  2. Baseline: the first assessment at least `relapse_to_baseline` days after the last relapse
//     onset on or before it; otherwise the next assessment is tried.
//  3. A candidate change is the first later assessment whose score differs from the baseline by
//     at least the table's threshold for the baseline score (up: worsening; down: improvement)
//     and that is at least `relapse_to_event` days after the last relapse onset.
//  4. It is confirmed at the confirmation assessment: the first assessment in
//     [event + confirm_days - tolerance_before, event + confirm_days + tolerance_after] that is
//     at least `relapse_to_confirmation` days after the last relapse onset. With
//     `check_intermediate` the change must hold at every assessment after the event up to and
//     including the confirmation (relapse-invalid ones too); without it, at the confirmation only.
//     A confirmed change must then be sustained when `sustain` asks for it: with
//     `check_intermediate`, the change must hold at every assessment up to `sustain.days` after
//     the event (one exactly at that day included), or until the last assessment; without it,
//     at the first assessment at least `sustain.days` after the event (the last assessment when
//     follow-up is shorter). A change that holds to the end of follow-up is always sustained.
//  5. A confirmed worsening is RAW when its event assessment is at most `relapse_association`
//     days after a relapse onset; PIRA when it is not RAW and at least one valid confirmation
//     assessment (in the window, and before the change first stops holding) has no relapse onset
//     in [event - pira_free_before, event + pira_free_after] nor in
//     [confirmation - pira_free_before, confirmation + pira_free_after]; otherwise undefined.
//  6. After a confirmed change the search resumes after the confirmation assessment. Roving: the
//     baseline moves there first. Fixed: the baseline stays (so a lasting change can be found
//     again from the same baseline; use roving for multiple-event analyses). A confirmed change
//     that is not sustained is not reported; roving still moves the baseline, fixed resumes
//     after the event. In first-worsening mode the search stops at the first kept worsening;
//     with a fixed baseline improvements are not sought at all, with roving they move the
//     baseline without being reported.
//  7. A baseline the threshold table does not cover (e.g. 5.0 or 5.5 under
//     nct02249676_thresholds) yields no event: the search stops there and the result says so.
//  8. Milestone: the first assessment with score >= `milestone` (and at least
//     `relapse_to_event` days after a relapse) that is confirmed and sustained under the same
//     rules, with "holds" meaning the score stays >= milestone. It does not depend on baseline.
//
// Where msprog differs, the papers are followed:
//  - msprog drops relapses more than `relapse_to_bl` days before the first assessment before it
//    measures anything; a relapse 60 days before the first assessment then cannot make a later
//    worsening RAW or break a PIRA window. Here every relapse counts, as the papers' windows are
//    defined on calendar time around each assessment.
//  - msprog's sustained-improvement check accepts the first non-holding assessment exactly
//    `sustain.days` after the event while its worsening check does not; here both follow its
//    documented rule ("confirmed at all visits occurring in the specified period"): an
//    assessment exactly at the end of the period must hold.
//  - msprog's default PIRA definition skips a relapse-free interval of zero length; here the
//    intervals are closed, so pira_free_before = pira_free_after = 0 still excludes a relapse
//    on the event or confirmation day.
//
// Cost: assessments and relapse onsets already in date order (the usual case) are read once and
// not sorted; day numbers and distances from relapses are computed in that pass. After it, the
// candidate scan and the "does the change still hold" cursors used for sustain and PIRA only
// move forward while the baseline stays (plus log(relapses) per PIRA check); when a roving
// baseline moves, the assessments after it that were read for the previous change are read again
// once. Each candidate's confirmation is sought in one pass from the event to the confirmation
// (or to the first assessment where the change fails or the window ends), so a candidate costs
// at most the assessments in its confirmation window; explain_progression, which must say why a
// candidate failed, uses forward-only window and validity pointers instead. Nothing is allocated
// per assessment: pass a progression_scratch and a progression_result to reuse their buffers
// across patients.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/verdict.hpp>

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec {

/// Direction of a confirmed change.
enum class change_kind : std::uint8_t { worsening, improvement };

/// Relapse relation of a confirmed worsening.
enum class worsening_class : std::uint8_t {
  /// Relapse-associated worsening: onset within `relapse_association` days after a relapse.
  raw,
  /// Progression independent of relapse activity.
  pira,
  /// Neither RAW nor PIRA (e.g. a relapse shortly after the event or around the confirmation).
  undefined
};

/// Words (also the tokens) of each direction and class (trialspec/enum_names.hpp).
inline constexpr auto change_kind_names = name_table<change_kind::improvement>({
    {change_kind::worsening, "worsening"},
    {change_kind::improvement, "improvement"},
});
inline constexpr auto worsening_class_names = name_table<worsening_class::undefined>({
    {worsening_class::raw, "RAW"},
    {worsening_class::pira, "PIRA"},
    {worsening_class::undefined, "undefined"},
});
constexpr const auto& names_of(change_kind) noexcept { return change_kind_names; }
constexpr const auto& names_of(worsening_class) noexcept { return worsening_class_names; }
constexpr std::string_view to_string(change_kind k) noexcept { return change_kind_names.words(k); }
constexpr std::string_view to_string(worsening_class c) noexcept { return worsening_class_names.words(c); }
inline std::ostream& operator<<(std::ostream& os, change_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, worsening_class c) { return os << to_string(c); }

/// One confirmed (and, if required, sustained) change.
struct confirmed_event {
  change_kind kind{};
  /// RAW / PIRA / undefined for a worsening; empty for an improvement.
  std::optional<worsening_class> classification;
  edss_assessment baseline;
  edss_assessment event;
  edss_assessment confirmation;
  /// event.on - baseline.on in days.
  long days_from_baseline = 0;
  friend bool operator==(const confirmed_event&, const confirmed_event&) = default;
};

/// The first confirmed reaching of the milestone score.
struct confirmed_milestone {
  edss_assessment event;
  edss_assessment confirmation;
  /// event.on - first assessment in days.
  long days_from_first_assessment = 0;
  friend bool operator==(const confirmed_milestone&, const confirmed_milestone&) = default;
};

/// Everything found for one patient.
struct progression_result {
  /// Reported events in date order.
  std::vector<confirmed_event> events;
  /// Assessments used (after same-date duplicates are dropped).
  std::size_t assessments = 0;
  /// Last minus first assessment date in days; empty without assessments.
  std::optional<long> follow_up_days;
  std::size_t worsening = 0;
  std::size_t improvement = 0;
  std::size_t raw = 0;
  std::size_t pira = 0;
  std::size_t undefined = 0;
  std::optional<confirmed_milestone> milestone;
  /// The baseline at which the search stopped because the threshold table defines no threshold
  /// for its score; empty when every baseline used was covered.
  std::optional<edss_assessment> uncovered_baseline;

  /// Empties the result, keeping the capacity of `events`.
  void clear() noexcept {
    events.clear();
    assessments = worsening = improvement = raw = pira = undefined = 0;
    follow_up_days.reset();
    milestone.reset();
    uncovered_baseline.reset();
  }
};

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

/// A range of relapse onsets: dates, or `relapse` records (their onset is used).
template <class R>
concept RelapseOnsetRange =
    std::ranges::input_range<R> &&
    (std::convertible_to<std::ranges::range_reference_t<R>, date> ||
     std::convertible_to<std::ranges::range_reference_t<R>, const relapse&>);

/// Why each candidate was or was not confirmed, in the order the search examined them.
struct progression_explanation {
  progression_result result;
  /// Baseline choices and candidate changes, in order. Met: a reported event or a baseline in
  /// use; not met: rejected, with the reason; unknown: a baseline the table does not cover.
  std::vector<verdict> steps;
  /// Whether (and how) the milestone was reached, with each rejected candidate as a child.
  verdict milestone;

  /// All steps, then the milestone, as indented text.
  [[nodiscard]] std::string render() const {
    std::string s;
    for (const auto& v : steps) s += trialspec::render(v);
    s += trialspec::render(milestone);
    return s;
  }
};

namespace detail::progression {

struct scratch_access {
  using visit = progression_scratch::visit;
  static std::vector<visit>& visits(progression_scratch& s) noexcept { return s.visits_; }
  static std::size_t& used(progression_scratch& s) noexcept { return s.used_; }
  static std::vector<date>& relapses(progression_scratch& s) noexcept { return s.relapses_; }
  static int& max_half_steps(progression_scratch& s) noexcept { return s.max_half_steps_; }
};

inline constexpr long no_relapse = std::numeric_limits<long>::max();
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

template <class T> date onset_of(const T& r) {
  if constexpr (std::convertible_to<const T&, date>) return date(r);
  else return static_cast<const relapse&>(r).onset;
}

/// Sorts and de-duplicates the assessments, sorts the relapses, and computes each assessment's
/// distance from the last relapse onset. Input that is already in order (the usual case) is
/// read once: sortedness is checked on the way and nothing is sorted.
template <class Relapses>
void prepare(std::span<const edss_assessment> assessments, const Relapses& relapses,
             progression_scratch& s) {
  using acc = scratch_access;
  using visit = acc::visit;
  auto& visits = acc::visits(s);
  auto& rel = acc::relapses(s);
  rel.clear();
  bool relapses_sorted = true;
  for (const auto& r : relapses) {
    const date d = onset_of(r);
    if (d.is_special()) throw invalid_input("relapse onset", to_iso(d), "must be a calendar date");
    if (!rel.empty() && d < rel.back()) relapses_sorted = false;
    rel.push_back(d);
  }
  if (!relapses_sorted) std::sort(rel.begin(), rel.end());

  // Distances from relapses are computed in the same pass; they are right only if the dates turn
  // out to be strictly increasing, and are computed again after sorting otherwise.
  const std::size_t n = assessments.size();
  if (visits.size() < n) visits.resize(n);
  visit* const v = visits.data();
  bool sorted = true;
  std::size_t r = 0;
  const std::size_t nrel = rel.size();
  int top = -1;
  long previous = std::numeric_limits<long>::min();
  for (std::size_t i = 0; i < n; ++i) {
    const date d = assessments[i].on;
    if (d.is_special()) throw invalid_input("assessment date", to_iso(d), "must be a calendar date");
    const long day = static_cast<long>(d.day_number());
    sorted &= previous < day;
    previous = day;
    while (r < nrel && static_cast<long>(rel[r].day_number()) <= day) ++r;
    const long since = r > 0 ? day - static_cast<long>(rel[r - 1].day_number()) : no_relapse;
    // Member by member: a whole-struct copy goes through the stack and stalls store forwarding.
    v[i].day = day;
    v[i].since_relapse = since;
    v[i].input = i;
    v[i].on = d;
    v[i].score = assessments[i].score;
    top = std::max(top, assessments[i].score.half_steps());
  }
  acc::used(s) = n;
  acc::max_half_steps(s) = top;
  if (sorted) return;

  // (day, input position) order; std::sort, unlike stable_sort, never allocates.
  std::sort(v, v + n, [](const visit& a, const visit& b) {
    return a.day != b.day ? a.day < b.day : a.input < b.input;
  });
  // Same date: keep the later input.
  std::size_t out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 1 < n && v[i + 1].day == v[i].day) continue;
    v[out++] = v[i];
  }
  acc::used(s) = out;
  r = 0;
  for (std::size_t i = 0; i < out; ++i) {
    while (r < nrel && static_cast<long>(rel[r].day_number()) <= v[i].day) ++r;
    v[i].since_relapse = r > 0 ? v[i].day - static_cast<long>(rel[r - 1].day_number()) : no_relapse;
  }
}

/// First index >= i at which a predicate fails, for queries that mostly move forward: the
/// predicate is known to hold on [lo, pos) and to fail at pos (or pos == n).
struct hold_cursor {
  std::size_t lo = npos;
  std::size_t pos = 0;
  void reset() noexcept { lo = npos; }
  template <class Holds> std::size_t first_failing_from(std::size_t i, std::size_t n, Holds&& holds) {
    if (lo == npos || i > pos) {
      lo = pos = i;
      while (pos < n && holds(pos)) ++pos;
      return pos;
    }
    if (i >= lo) return pos;
    std::size_t j = i;
    while (j < lo && holds(j)) ++j;
    if (j < lo) pos = j; // fails before the run already known to hold
    lo = i;
    return pos;
  }
};

inline std::string days_text(double d) {
  if (d == std::numeric_limits<double>::infinity()) return "unbounded";
  const long whole = static_cast<long>(d);
  std::string s = std::to_string(whole);
  const double frac = d - static_cast<double>(whole);
  if (frac != 0.0) {
    std::string f = std::to_string(frac); // "0.500000"
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += f.substr(1);
  }
  return s;
}

inline std::string at_text(const scratch_access::visit& v) {
  return "EDSS " + v.score.to_string() + " on " + to_iso(v.on);
}

inline edss_assessment assessment_of(const scratch_access::visit& v) {
  return {v.on, v.score};
}

// Day counts are whole, so comparing one with a window edge in double equals comparing it with
// the edge rounded inward; the edges are rounded once instead of converting every day.

/// The smallest whole number of days not below `f` (finite), saturated to the range of long.
inline long ceil_days(double f) noexcept {
  constexpr double limit = 9.0e18;
  if (f <= -limit) return std::numeric_limits<long>::min();
  if (f >= limit) return std::numeric_limits<long>::max();
  long t = static_cast<long>(f); // toward zero
  if (static_cast<double>(t) < f) ++t;
  return t;
}

/// The largest whole number of days not above `f` (not negative, maybe infinite), saturated.
inline long floor_days(double f) noexcept {
  return f >= 9.0e18 ? std::numeric_limits<long>::max() : static_cast<long>(f);
}

/// Tables whose thresholds can be computed at compile time (all threshold_table instances).
template <class Table>
concept constant_thresholds = requires {
  typename std::bool_constant<Table::threshold(edss::from_half_steps(0)).has_value()>;
};

/// Table::threshold, read from a table of the 21 scores built at compile time when possible
/// (the row search costs a few mispredicted branches per patient otherwise).
template <class Table> std::optional<edss_change> threshold_for(edss base) {
  if constexpr (constant_thresholds<Table>) {
    static constexpr auto by_score = [] {
      std::array<std::optional<edss_change>, 21> a{};
      for (int h = 0; h <= 20; ++h)
        if (edss::valid_half_steps(h)) a[static_cast<std::size_t>(h)] = Table::threshold(edss::from_half_steps(h));
      return a;
    }();
    return by_score[static_cast<std::size_t>(base.half_steps())];
  } else {
    return Table::threshold(base);
  }
}

enum class confirmation_status : std::uint8_t { confirmed, no_visit, broken };

struct confirmation_outcome {
  confirmation_status status{};
  std::size_t confirmation = npos; // the confirmation assessment (also set when broken)
  std::size_t broken_at = npos;    // first assessment where the change does not hold
};

/// The whole search; Explain adds verdicts (and strings), otherwise nothing is allocated.
template <ThresholdTable Table, bool Explain> class engine {
public:
  using visit = scratch_access::visit;
  struct nothing {};
  // Locals that only the explanation needs, so that the plain search constructs none of them.
  template <class T> using explain_only = std::conditional_t<Explain, T, nothing>;

  engine(const progression_options& o, progression_scratch& s, progression_result& out,
         progression_explanation* why)
      : o_(o), v_(scratch_access::visits(s).data(), scratch_access::used(s)), max_half_(scratch_access::max_half_steps(s)),
        rel_(scratch_access::relapses(s)), out_(out), why_(why), n_(v_.size()),
        window_last_(floor_days(o.confirm_window_last())) {
    // A whole first edge (77 by default) is added exactly to any day number.
    const double f = o.confirm_window_first();
    window_first_whole_ = f > -1e15 && f < 1e15 && static_cast<double>(static_cast<long>(f)) == f;
    if (window_first_whole_) window_first_ = static_cast<long>(f);
  }

  void run() {
    out_.clear();
    out_.assessments = n_;
    if (n_ == 0) {
      if constexpr (Explain) {
        why_->steps.push_back(verdict::unknown("no EDSS assessments: nothing to assess"));
        why_->milestone = verdict::unknown("no EDSS assessments: the milestone EDSS " +
                                           o_.milestone.to_string() + " cannot be assessed");
      }
      return;
    }
    out_.follow_up_days = v_[n_ - 1].day - v_[0].day;
    events();
    milestone();
  }

private:
  // --- shared pieces ----------------------------------------------------------------------

  bool relapse_between(long first_day, long last_day) const {
    const auto it = std::lower_bound(rel_.begin(), rel_.end(), first_day, [](const date& d, long day) {
      return static_cast<long>(d.day_number()) < day;
    });
    return it != rel_.end() && static_cast<long>(it->day_number()) <= last_day;
  }

  std::string relapse_text(std::size_t i) const {
    return std::to_string(v_[i].since_relapse) + " days after the relapse onset on " +
           to_iso(v_[i].on - boost::gregorian::date_duration(v_[i].since_relapse));
  }

  /// First assessment at or after `start` far enough from a relapse to confirm (n_ if none).
  /// Queries move forward within a search, so the previous answer stands until `start` passes it
  /// and every assessment is skipped at most once per search.
  std::size_t first_valid_confirmation(std::size_t start) {
    if (valid_from_ == npos || start < valid_from_ || start > valid_at_) {
      valid_at_ = start;
      while (valid_at_ < n_ && v_[valid_at_].since_relapse < o_.relapse_to_confirmation) ++valid_at_;
    }
    valid_from_ = start;
    return valid_at_;
  }

  template <class Holds>
  confirmation_outcome confirm(std::size_t x, Holds&& holds, hold_cursor& cursor) {
    const long first = window_first_whole_ ? v_[x].day + window_first_
                                           : ceil_days(static_cast<double>(v_[x].day) + o_.confirm_window_first());
    if constexpr (!Explain) {
      // Without an explanation, why a change is not confirmed does not matter, so the window,
      // relapse-validity and "holds" tests run in one forward pass that stops at the first
      // failure. The cursors are left alone: they are caches, still true for later queries.
      const long xday = v_[x].day;
      const long rtc = o_.relapse_to_confirmation;
      const long last = window_last_;
      if (o_.check_intermediate) {
        for (std::size_t j = x + 1; j < n_; ++j) {
          const visit& w = v_[j];
          if (w.day - xday > last || !holds(j)) return {confirmation_status::no_visit, npos, npos};
          if (w.day >= first && w.since_relapse >= rtc) return {confirmation_status::confirmed, j, npos};
        }
      } else {
        for (std::size_t j = x + 1; j < n_; ++j) {
          const visit& w = v_[j];
          if (w.day - xday > last) break;
          if (w.day >= first && w.since_relapse >= rtc)
            return holds(j) ? confirmation_outcome{confirmation_status::confirmed, j, npos}
                            : confirmation_outcome{confirmation_status::broken, j, j};
        }
      }
      return {confirmation_status::no_visit, npos, npos};
    }
    while (window_ < n_ && v_[window_].day < first) ++window_;
    const std::size_t start = std::max(window_, x + 1);
    const std::size_t c = first_valid_confirmation(start);
    if (c >= n_ || v_[c].day - v_[x].day > window_last_)
      return {confirmation_status::no_visit, npos, npos};
    if (o_.check_intermediate) {
      const std::size_t f = cursor.first_failing_from(x + 1, n_, holds);
      if (f <= c) return {confirmation_status::broken, c, f};
    } else if (!holds(c)) {
      return {confirmation_status::broken, c, c};
    }
    return {confirmation_status::confirmed, c, npos};
  }

  /// Whether a change confirmed at c holds for the sustain period; npos when it does, else the
  /// assessment where it fails.
  template <class Holds>
  std::size_t unsustained_at(std::size_t x, std::size_t c, Holds&& holds, hold_cursor& cursor) {
    if (!o_.sustain.required()) return npos;
    if (o_.check_intermediate) {
      const std::size_t f = cursor.first_failing_from(c + 1, n_, holds);
      if (f >= n_) return npos;
      if (o_.sustain.to_end_of_follow_up) return f;
      return v_[f].day - v_[x].day > o_.sustain.days ? npos : f;
    }
    std::size_t s = n_ - 1;
    if (!o_.sustain.to_end_of_follow_up && v_[n_ - 1].day - v_[x].day >= o_.sustain.days) {
      s = x + 1;
      while (v_[s].day - v_[x].day < o_.sustain.days) ++s;
    }
    return holds(s) ? npos : s;
  }

  std::string window_text(std::size_t x) const {
    return "days " + days_text(o_.confirm_window_first()) + " to " +
           days_text(o_.confirm_window_last()) + " after " + to_iso(v_[x].on);
  }

  verdict confirmation_verdict(std::size_t x, const confirmation_outcome& r) const {
    switch (r.status) {
    case confirmation_status::confirmed:
      return verdict::met("confirmed by " + at_text(v_[r.confirmation]) + ", " +
                          std::to_string(v_[r.confirmation].day - v_[x].day) +
                          " days after the event" +
                          (o_.check_intermediate ? ", holding at every assessment in between" : ""));
    case confirmation_status::no_visit: {
      std::string s = "no valid confirmation assessment in " + window_text(x);
      if (o_.relapse_to_confirmation > 0)
        s += " (one must be at least " + std::to_string(o_.relapse_to_confirmation) +
             " days after the last relapse onset)";
      return verdict::not_met(s);
    }
    case confirmation_status::broken:
      if (r.broken_at == r.confirmation)
        return verdict::not_met("the change does not hold at the confirmation assessment, " +
                                at_text(v_[r.confirmation]));
      return verdict::not_met("the change does not hold at " + at_text(v_[r.broken_at]) +
                              ", before the confirmation assessment on " +
                              to_iso(v_[r.confirmation].on));
    }
    return {};
  }

  verdict sustain_verdict(std::size_t x, std::size_t failed) const {
    const std::string period = o_.sustain.to_end_of_follow_up
                                   ? std::string("to the end of follow-up")
                                   : "for " + std::to_string(o_.sustain.days) + " days";
    if (failed == npos) return verdict::met("sustained " + period);
    return verdict::not_met("not sustained " + period + ": the change does not hold at " +
                            at_text(v_[failed]) + ", " +
                            std::to_string(v_[failed].day - v_[x].day) + " days after the event");
  }

  // --- confirmed changes ------------------------------------------------------------------

  void events() {
    const bool seek_improvement =
        o_.events == event_selection::all || o_.baseline == baseline_scheme::roving;
    std::size_t bl = 0, search = 1, explained_bl = npos, t_for = npos;
    std::optional<edss_change> t;
    hold_cursor worse, better;
    while (true) {
      while (bl < n_ && v_[bl].since_relapse < o_.relapse_to_baseline) {
        if constexpr (Explain)
          why_->steps.push_back(verdict::not_met(at_text(v_[bl]) + " cannot be the baseline: " +
                                                 relapse_text(bl) + " (at least " +
                                                 std::to_string(o_.relapse_to_baseline) +
                                                 " days required); the next assessment is tried"));
        ++bl;
      }
      if (bl + 1 >= n_) {
        if constexpr (Explain)
          why_->steps.push_back(verdict::not_met(
              bl < n_ ? "baseline " + at_text(v_[bl]) + " is the last assessment: nothing to confirm"
                      : std::string("no assessment can be the baseline")));
        return;
      }
      search = std::max(search, bl + 1);
      const edss base = v_[bl].score;
      if (t_for != bl) { // failed candidates come back here with the same baseline
        t = threshold_for<Table>(base);
        t_for = bl;
      }
      if (!t) {
        out_.uncovered_baseline = assessment_of(v_[bl]);
        if constexpr (Explain)
          why_->steps.push_back(verdict::unknown(
              "baseline " + at_text(v_[bl]) + ": the threshold table defines no threshold for baseline " +
              base.to_string() + " (" + Table::describe() + "), so no change can be assessed from it"));
        return;
      }
      if constexpr (Explain) {
        if (explained_bl != bl) {
          why_->steps.push_back(verdict::met(
              "baseline " + at_text(v_[bl]) + ": changes of at least " + t->to_string() +
              " count" +
              (v_[bl].since_relapse == no_relapse ? std::string()
                                      : " (" + relapse_text(bl) + ")")));
          explained_bl = bl;
        }
      }
      const int th = t->half_steps();
      const int bh = v_[bl].score.half_steps();

      std::size_t x = search;
      change_kind kind = change_kind::worsening;
      for (; x < n_; ++x) {
        const int diff = v_[x].score.half_steps() - bh;
        if (diff >= th) kind = change_kind::worsening;
        else if (seek_improvement && -diff >= th) kind = change_kind::improvement;
        else continue;
        if (v_[x].since_relapse < o_.relapse_to_event) {
          if constexpr (Explain)
            why_->steps.push_back(verdict::not_met(
                std::string(to_string(kind)) + " at " + at_text(v_[x]) + " is not an event: " +
                relapse_text(x) + " (at least " + std::to_string(o_.relapse_to_event) + " required)"));
          continue;
        }
        break;
      }
      if (x >= n_) {
        if constexpr (Explain)
          why_->steps.push_back(verdict::not_met("no further change of at least " + t->to_string() +
                                                 " from baseline " + at_text(v_[bl])));
        return;
      }

      const bool up = kind == change_kind::worsening;
      auto holds = [&](std::size_t i) { return (up ? v_[i].score.half_steps() - bh : bh - v_[i].score.half_steps()) >= th; };
      hold_cursor& cursor = up ? worse : better;
      const confirmation_outcome r = confirm(x, holds, cursor);

      [[maybe_unused]] explain_only<verdict> change_v{};
      [[maybe_unused]] explain_only<std::string> head{};
      if constexpr (Explain) {
        change_v = up ? is_worsening<Table>(base, v_[x].score) : is_improvement<Table>(base, v_[x].score);
        head = std::string(to_string(kind)) + " at " + at_text(v_[x]) + " from baseline " + at_text(v_[bl]);
      }

      if (r.status != confirmation_status::confirmed) {
        if constexpr (Explain)
          why_->steps.push_back(verdict(truth::not_met, head + ": not confirmed",
                                        {std::move(change_v), confirmation_verdict(x, r)}));
        search = x + 1;
        continue;
      }
      const std::size_t c = r.confirmation;
      const std::size_t failed = unsustained_at(x, c, holds, cursor);
      const bool kept = failed == npos;
      const bool report = kept && (up || o_.events == event_selection::all);

      std::optional<worsening_class> cls;
      std::size_t pira_at = npos;
      if (kept && up) cls = classify(x, c, holds, cursor, pira_at);

      if (report) {
        out_.events.push_back({kind, cls, assessment_of(v_[bl]), assessment_of(v_[x]),
                               assessment_of(v_[c]), v_[x].day - v_[bl].day});
        if (up) {
          ++out_.worsening;
          if (*cls == worsening_class::raw) ++out_.raw;
          else if (*cls == worsening_class::pira) ++out_.pira;
          else ++out_.undefined;
        } else {
          ++out_.improvement;
        }
      }

      if constexpr (Explain) {
        std::vector<verdict> parts;
        parts.push_back(std::move(change_v));
        parts.push_back(confirmation_verdict(x, r));
        if (o_.sustain.required()) parts.push_back(sustain_verdict(x, failed));
        if (cls) parts.push_back(class_verdict(x, c, *cls, pira_at));
        std::string what;
        if (!kept) what = ": confirmed but not sustained; not an event";
        else if (report) what = ": confirmed" + (cls ? " (" + std::string(to_string(*cls)) + ")" : std::string());
        else what = ": confirmed improvement, not reported (first-worsening mode)";
        if (o_.baseline == baseline_scheme::roving) what += "; the baseline moves to " + to_iso(v_[c].on);
        why_->steps.push_back(verdict(kept ? truth::met : truth::not_met, head + what, std::move(parts)));
      }

      if (report && up && o_.events == event_selection::first_worsening) return;
      if (o_.baseline == baseline_scheme::roving) {
        bl = c;
        search = c + 1;
        worse.reset();
        better.reset();
      } else {
        search = kept ? c + 1 : x + 1;
      }
    }
  }

  template <class Holds>
  worsening_class classify(std::size_t x, std::size_t c, Holds&& holds, hold_cursor& cursor,
                           std::size_t& pira_at) {
    if (v_[x].since_relapse <= o_.relapse_association) return worsening_class::raw;
    const long e = v_[x].day;
    if (relapse_between(e - o_.pira_free_before, e + o_.pira_free_after)) return worsening_class::undefined;
    // Valid confirmations: in the window, relapse-valid, before the change first stops holding.
    const std::size_t stop = cursor.first_failing_from(c + 1, n_, holds);
    for (std::size_t j = c; j < n_ && j < stop; ++j) {
      if (v_[j].day - e > window_last_) break;
      if (v_[j].since_relapse < o_.relapse_to_confirmation) continue;
      if (!relapse_between(v_[j].day - o_.pira_free_before, v_[j].day + o_.pira_free_after)) {
        pira_at = j;
        return worsening_class::pira;
      }
    }
    return worsening_class::undefined;
  }

  verdict class_verdict(std::size_t x, std::size_t c, worsening_class cls, std::size_t pira_at) const {
    const std::string win = "[-" + std::to_string(o_.pira_free_before) + ", +" +
                            std::to_string(o_.pira_free_after) + "] days";
    switch (cls) {
    case worsening_class::raw:
      return verdict::met("RAW: the event is " + relapse_text(x) + " (at most " +
                          std::to_string(o_.relapse_association) + " days)");
    case worsening_class::pira:
      return verdict::met("PIRA: no relapse within " + std::to_string(o_.relapse_association) +
                          " days before the event, none in " + win + " around the event and around the confirmation on " +
                          to_iso(v_[pira_at].on));
    case worsening_class::undefined:
      return verdict::not_met("neither RAW nor PIRA: every valid confirmation from " + to_iso(v_[c].on) +
                              " has a relapse onset in " + win + " around it or around the event");
    }
    return {};
  }

  // --- milestone --------------------------------------------------------------------------

  void milestone() {
    const int m = o_.milestone.half_steps();
    auto holds = [&](std::size_t i) { return v_[i].score.half_steps() >= m; };
    hold_cursor cursor;
    window_ = 0;
    valid_from_ = npos;
    [[maybe_unused]] explain_only<std::vector<verdict>> rejected{};
    [[maybe_unused]] explain_only<std::string> goal{};
    if constexpr (Explain) goal = "EDSS >= " + o_.milestone.to_string();
    // No assessment reaches it (most patients): the scan below would find no candidate.
    if constexpr (!Explain)
      if (max_half_ < m) return;
    for (std::size_t x = 0; x < n_; ++x) {
      if (!holds(x)) continue;
      if (v_[x].since_relapse < o_.relapse_to_event) {
        if constexpr (Explain)
          rejected.push_back(verdict::not_met(at_text(v_[x]) + " is " + relapse_text(x) + " (at least " +
                                              std::to_string(o_.relapse_to_event) + " required)"));
        continue;
      }
      const confirmation_outcome r = confirm(x, holds, cursor);
      if (r.status != confirmation_status::confirmed) {
        if constexpr (Explain)
          rejected.push_back(verdict(truth::not_met, at_text(v_[x]) + ": not confirmed",
                                     {confirmation_verdict(x, r)}));
        continue;
      }
      const std::size_t failed = unsustained_at(x, r.confirmation, holds, cursor);
      if (failed != npos) {
        if constexpr (Explain)
          rejected.push_back(verdict(truth::not_met, at_text(v_[x]) + ": confirmed but not sustained",
                                     {sustain_verdict(x, failed)}));
        continue;
      }
      out_.milestone = confirmed_milestone{assessment_of(v_[x]), assessment_of(v_[r.confirmation]),
                                           v_[x].day - v_[0].day};
      if constexpr (Explain)
        why_->milestone = verdict(truth::met,
                                  goal + " first reached at " + at_text(v_[x]) + ", confirmed by " +
                                      at_text(v_[r.confirmation]),
                                  std::move(rejected));
      return;
    }
    if constexpr (Explain)
      why_->milestone = verdict(truth::not_met, goal + " not reached with confirmation", std::move(rejected));
  }

  const progression_options& o_;
  std::span<const visit> v_;
  int max_half_;
  const std::vector<date>& rel_;
  progression_result& out_;
  progression_explanation* why_;
  std::size_t n_;
  long window_last_; // confirm_window_last() in whole days
  long window_first_ = 0;
  bool window_first_whole_ = false;
  std::size_t window_ = 0;
  std::size_t valid_from_ = npos, valid_at_ = 0;
};

} // namespace detail::progression

/// Confirmed worsening and improvement events of one patient, reusing `scratch` and `out` (no
/// allocation once their buffers are large enough). `relapses`: onset dates or `relapse`
/// records, in any order. Throws invalid_input for invalid options or a non-calendar date.
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
void assess_progression(std::span<const edss_assessment> assessments, const Relapses& relapses,
                        const progression_options& options, progression_scratch& scratch,
                        progression_result& out) {
  options.validate();
  detail::progression::prepare(assessments, relapses, scratch);
  detail::progression::engine<Table, false>(options, scratch, out, nullptr).run();
}

/// Confirmed worsening and improvement events of one patient (see the file comment).
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
progression_result assess_progression(std::span<const edss_assessment> assessments,
                                      const Relapses& relapses, const progression_options& options = {}) {
  progression_scratch scratch;
  progression_result out;
  assess_progression<Table>(assessments, relapses, options, scratch, out);
  return out;
}

/// The same without relapses.
template <ThresholdTable Table = standard_thresholds>
progression_result assess_progression(std::span<const edss_assessment> assessments,
                                      const progression_options& options = {}) {
  return assess_progression<Table>(assessments, std::span<const date>{}, options);
}

/// The same search, with a verdict for every baseline choice and every candidate change saying
/// why it was or was not confirmed, and one for the milestone. Its `result` equals what
/// assess_progression returns.
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
progression_explanation explain_progression(std::span<const edss_assessment> assessments,
                                            const Relapses& relapses,
                                            const progression_options& options = {}) {
  options.validate();
  progression_scratch scratch;
  progression_explanation why;
  detail::progression::prepare(assessments, relapses, scratch);
  detail::progression::engine<Table, true>(options, scratch, why.result, &why).run();
  return why;
}

/// The same without relapses.
template <ThresholdTable Table = standard_thresholds>
progression_explanation explain_progression(std::span<const edss_assessment> assessments,
                                            const progression_options& options = {}) {
  return explain_progression<Table>(assessments, std::span<const date>{}, options);
}

} // namespace trialspec
