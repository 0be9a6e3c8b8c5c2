// trialspec/progression/detail/search.hpp - the confirmed-progression search for one patient
// (the rules are stated in trialspec/progression/confirmed.hpp), over assessments prepared by
// detail/prepare.hpp.
//
// The search reports each decision to a sink: `no_sink` ignores them (assess_progression: nothing
// is built, every call is inlined away), `explanation_sink` (detail/explanation.hpp) writes a
// verdict for each (explain_progression). Both run the same search, so an explanation's result
// is the plain result by construction. Why a candidate was not confirmed is not worked out by
// the search, which stops at the first failure: the sink receives a `diagnose` callable and
// calls it only when it needs the reason.
//
// A sink has these members (each index is a position in the prepared assessments):
//   no_assessments()
//   baseline_too_close(bl)                   a relapse too recently before bl; the next is tried
//   no_baseline(bl)                          bl is the last assessment, or bl == n (none is left)
//   baseline(bl, threshold)                  bl is the baseline (called again for each candidate)
//   gap_baseline(bl, thresholds)             bl is the baseline, in a gap of the table (called again
//                                            for each candidate): changes are judged over every
//                                            threshold the gap could take
//   undecided(change, thresholds, step)      from a gap baseline, the change's fate at `step`
//                                            differs between those thresholds: the search stops
//   change_too_close(kind, x)                a change at x too soon after a relapse
//   no_further_change(bl, threshold)
//   not_confirmed(kind, bl, x, diagnose)     diagnose() -> confirmation_outcome
//   confirmed(kind, bl, x, c, failed, cls, pira_at, reported)   failed: npos when sustained
//   milestone_too_close(x), milestone_not_confirmed(x, diagnose), milestone_not_sustained(x, failed),
//   milestone_reached(x, c), milestone_not_reached()
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/detail/prepare.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/progression/scratch.hpp>
#include <trialspec/progression/thresholds.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

namespace trialspec::detail::progression {

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

/// Where a change from a baseline in a gap of the table was found to depend on the threshold.
enum class undecided_step : std::uint8_t { change, confirmation, sustain, classification };

struct confirmation_outcome {
  confirmation_status status{};
  std::size_t confirmation = npos; // the confirmation assessment (also set when broken)
  std::size_t broken_at = npos;    // first assessment where the change does not hold
};
inline edss_assessment assessment_of(const scratch_access::visit& v) {
  return {v.on, v.score};
}


/// A candidate change: its direction, the baseline and the event assessment.
struct candidate {
  change_kind kind{};
  std::size_t baseline = 0;
  std::size_t event = 0;
};

/// The sink of assess_progression: no decision is recorded.
struct no_sink {
  void no_assessments() const noexcept {}
  void baseline_too_close(std::size_t) const noexcept {}
  void no_baseline(std::size_t) const noexcept {}
  void baseline(std::size_t, edss_change) const noexcept {}
  void gap_baseline(std::size_t, const possible_thresholds&) const noexcept {}
  void undecided(const candidate&, const possible_thresholds&, undecided_step) const noexcept {}
  void change_too_close(change_kind, std::size_t) const noexcept {}
  void no_further_change(std::size_t, edss_change) const noexcept {}
  template <class Diagnose> void not_confirmed(const candidate&, Diagnose&&) const noexcept {}
  void confirmed(const candidate&, std::size_t, std::size_t, std::optional<worsening_class>, std::size_t, bool) const noexcept {}
  void milestone_too_close(std::size_t) const noexcept {}
  template <class Diagnose> void milestone_not_confirmed(std::size_t, Diagnose&&) const noexcept {}
  void milestone_not_sustained(std::size_t, std::size_t) const noexcept {}
  void milestone_reached(std::size_t, std::size_t) const noexcept {}
  void milestone_not_reached() const noexcept {}
};

/// The search over one patient's prepared assessments; decisions go to `Sink`.
template <ThresholdTable Table, class Sink> class engine {
public:
  using visit = scratch_access::visit;

  engine(const progression_options& o, progression_scratch& s, progression_result& out, Sink& sink)
      : o_(o), v_(scratch_access::visits(s).data(), scratch_access::used(s)), max_half_(scratch_access::max_half_steps(s)),
        rel_(scratch_access::relapses(s)), out_(out), sink_(sink), n_(v_.size()),
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
      sink_.no_assessments();
      return;
    }
    out_.follow_up_days = v_[n_ - 1].day - v_[0].day;
    events();
    // No assessment reaches the milestone (most patients): there is no candidate to search.
    if (max_half_ < o_.milestone.half_steps()) sink_.milestone_not_reached();
    else milestone();
  }

private:
  // --- shared pieces ----------------------------------------------------------------------

  bool relapse_between(long first_day, long last_day) const {
    const auto it = std::lower_bound(rel_.begin(), rel_.end(), first_day, [](const date& d, long day) {
      return static_cast<long>(d.day_number()) < day;
    });
    return it != rel_.end() && static_cast<long>(it->day_number()) <= last_day;
  }

  long window_first_day(std::size_t x) const {
    return window_first_whole_ ? v_[x].day + window_first_
                               : ceil_days(static_cast<double>(v_[x].day) + o_.confirm_window_first());
  }

  /// The confirmation of a change at x: one forward pass that checks the window, relapse
  /// validity and "holds" together and stops at the first failure (so a failure says only that
  /// there is no confirmation; diagnose() says why).
  template <class Holds> std::size_t confirmation_of(std::size_t x, Holds&& holds) const {
    const long first = window_first_day(x);
    const long xday = v_[x].day;
    const long rtc = o_.relapse_to_confirmation;
    const long last = window_last_;
    if (o_.check_intermediate) {
      for (std::size_t j = x + 1; j < n_; ++j) {
        const visit& w = v_[j];
        if (w.day - xday > last || !holds(j)) return npos;
        if (w.day >= first && w.since_relapse >= rtc) return j;
      }
    } else {
      for (std::size_t j = x + 1; j < n_; ++j) {
        const visit& w = v_[j];
        if (w.day - xday > last) break;
        if (w.day >= first && w.since_relapse >= rtc) return holds(j) ? j : npos;
      }
    }
    return npos;
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

  /// Why a change at x has no confirmation: no valid assessment in the window, or the change
  /// fails before (or at) it. Called by a sink for changes that confirmation_of rejected, in
  /// search order, so the window and validity pointers only move forward.
  template <class Holds> confirmation_outcome diagnose(std::size_t x, Holds&& holds, hold_cursor& cursor) {
    const long first = window_first_day(x);
    while (window_ < n_ && v_[window_].day < first) ++window_;
    const std::size_t start = std::max(window_, x + 1);
    const std::size_t c = first_valid_confirmation(start);
    if (c >= n_ || v_[c].day - v_[x].day > window_last_) return {confirmation_status::no_visit, npos, npos};
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

  // --- confirmed changes ------------------------------------------------------------------

  void events() {
    const bool seek_improvement =
        o_.events == event_selection::all || o_.baseline == baseline_scheme::roving;
    std::size_t bl = 0, search = 1, t_for = npos;
    std::optional<edss_change> t;
    possible_thresholds gap_range{};
    hold_cursor worse, better;
    while (true) {
      while (bl < n_ && v_[bl].since_relapse < o_.relapse_to_baseline) {
        sink_.baseline_too_close(bl);
        ++bl;
      }
      if (bl + 1 >= n_) {
        sink_.no_baseline(bl);
        return;
      }
      search = std::max(search, bl + 1);
      if (t_for != bl) { // failed candidates come back here with the same baseline
        t = threshold_for<Table>(v_[bl].score);
        if (!t) gap_range = thresholds_for<Table>(v_[bl].score);
        t_for = bl;
      }
      // In a gap of the table (no threshold for this baseline) the search follows the changes
      // that count under every threshold the gap could take (`th`, the largest) and stops,
      // undecided, at the first point where a smaller one (down to `lo`) would decide otherwise.
      const bool gap = !t;
      if (gap) sink_.gap_baseline(bl, gap_range);
      else sink_.baseline(bl, *t);
      const int th = gap ? gap_range.most.half_steps() : t->half_steps();
      const int lo = gap ? gap_range.least.half_steps() : th;
      const int bh = v_[bl].score.half_steps();
      const auto undecided = [&](const candidate& c, undecided_step step) {
        out_.uncovered_baseline = assessment_of(v_[bl]);
        sink_.undecided(c, gap_range, step);
      };

      std::size_t x = search;
      change_kind kind = change_kind::worsening;
      int size = 0;
      for (; x < n_; ++x) {
        const int diff = v_[x].score.half_steps() - bh;
        if (diff >= lo) kind = change_kind::worsening;
        else if (seek_improvement && -diff >= lo) kind = change_kind::improvement;
        else continue;
        if (v_[x].since_relapse < o_.relapse_to_event) {
          sink_.change_too_close(kind, x);
          continue;
        }
        size = diff < 0 ? -diff : diff;
        break;
      }
      if (x >= n_) {
        sink_.no_further_change(bl, edss_change(lo));
        return;
      }

      const bool up = kind == change_kind::worsening;
      auto holds = [&](std::size_t i) { return (up ? v_[i].score.half_steps() - bh : bh - v_[i].score.half_steps()) >= th; };
      auto holds_lo = [&](std::size_t i) { return (up ? v_[i].score.half_steps() - bh : bh - v_[i].score.half_steps()) >= lo; };
      hold_cursor& cursor = up ? worse : better;
      const candidate change{kind, bl, x};
      if (gap && size < th) return undecided(change, undecided_step::change);
      const std::size_t c = confirmation_of(x, holds);
      if (gap && confirmation_of(x, holds_lo) != c) return undecided(change, undecided_step::confirmation);
      if (c == npos) {
        sink_.not_confirmed(change, [&] { return diagnose(x, holds, cursor); });
        search = x + 1;
        continue;
      }
      const std::size_t failed = unsustained_at(x, c, holds, cursor);
      if (gap) {
        hold_cursor fresh;
        if ((unsustained_at(x, c, holds_lo, fresh) == npos) != (failed == npos)) return undecided(change, undecided_step::sustain);
      }
      const bool kept = failed == npos;
      const bool report = kept && (up || o_.events == event_selection::all);

      std::optional<worsening_class> cls;
      std::size_t pira_at = npos;
      if (kept && up) cls = classify(x, c, holds, cursor, pira_at);
      if (gap && cls) {
        hold_cursor fresh;
        std::size_t pira_lo = npos;
        if (classify(x, c, holds_lo, fresh, pira_lo) != *cls) return undecided(change, undecided_step::classification);
      }

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
      sink_.confirmed(change, c, failed, cls, pira_at, report);

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

  // --- milestone --------------------------------------------------------------------------

  void milestone() {
    const int m = o_.milestone.half_steps();
    auto holds = [&](std::size_t i) { return v_[i].score.half_steps() >= m; };
    hold_cursor cursor;
    window_ = 0;
    valid_from_ = npos;
    for (std::size_t x = 0; x < n_; ++x) {
      if (!holds(x)) continue;
      if (v_[x].since_relapse < o_.relapse_to_event) {
        sink_.milestone_too_close(x);
        continue;
      }
      const std::size_t c = confirmation_of(x, holds);
      if (c == npos) {
        sink_.milestone_not_confirmed(x, [&] { return diagnose(x, holds, cursor); });
        continue;
      }
      const std::size_t failed = unsustained_at(x, c, holds, cursor);
      if (failed != npos) {
        sink_.milestone_not_sustained(x, failed);
        continue;
      }
      out_.milestone = confirmed_milestone{assessment_of(v_[x]), assessment_of(v_[c]), v_[x].day - v_[0].day};
      sink_.milestone_reached(x, c);
      return;
    }
    sink_.milestone_not_reached();
  }

  const progression_options& o_;
  std::span<const visit> v_;
  int max_half_;
  const std::vector<date>& rel_;
  progression_result& out_;
  Sink& sink_;
  std::size_t n_;
  long window_last_; // confirm_window_last() in whole days
  long window_first_ = 0;
  bool window_first_whole_ = false;
  std::size_t window_ = 0;
  std::size_t valid_from_ = npos, valid_at_ = 0;
};

} // namespace trialspec::detail::progression
