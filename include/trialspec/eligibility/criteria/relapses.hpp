// trialspec/eligibility/criteria/relapses.hpp - the number of relapses in a window, filtered by
// severity, compared with a count.
//
// Relapses are counted as attacks (clinical/attacks.hpp): a report whose onset is less than the
// attack gap (30 days by default) after the previous report's onset belongs to that report's
// attack, which is dated at its first onset and has its worst severity. A mild report and a
// severe one 15 days later are one severe attack dated at the mild one; if that date is before
// the window, the attack is not in it. A gap of 0 counts reports. Only reports on or before the
// window's end are merged (what was known by then). Merged reports are named in the reason.
//
// The count is known only as a range when the record leaves room for more: an ungraded relapse
// may or may not pass a severity filter, and a relapse history that is not documented as
// complete over the window may omit relapses. The comparison is met when it holds over the whole
// range, not met when it holds nowhere in it, and unknown otherwise ("at least 1" with one
// severe relapse is met whatever is missing; "at most 0" with no relapse recorded is unknown
// until the history is documented).
//
// An onset known only to the month or the year (partial_date) stands for every day it can be.
// Reports that may be less than the gap apart for some of those days - a chain of such "may
// join" pairs with at least one imprecise onset - form an uncertain group; the other reports are
// counted as above, since nothing in such a group can join them. A group that is one attack on
// every day its onsets can be - a lone report, or reports every two of which are less than the
// gap apart on every such day, none perhaps after the window's end - is that attack: dated at
// its first onset (some day from the earliest first day to the earliest last day), with the
// worst grade of all; it counts when that date is surely in the window (and no unrecorded report
// may precede it), may count when it may be. Any other uncertain group adds a range to the count:
// at most one attack per report of the group that may be in the window (when one of them may pass
// the filter), and at least one when a report is wholly in the window, no report of the group can
// be before the window's first day (so its attack begins in the window), the grades it may be
// merged with all pass the filter, and no unrecorded report may precede it. In [2012-07-05,
// 2014-01-05], a lone "2012-08" severe report counts 1 and "2012-07" counts 0 to 1; "2013-03" and
// 2013-03-20 are one attack; "2013-03" and 2013-04-15 are one or two.
// The completeness of the history is what relapses_recorded_since says, whatever the recorded
// onsets: an onset partly before that date is recorded, so nothing is missing because of it.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// Severities a relapse criterion counts. Only graded severities belong in it.
using severity_set = flag_set<relapse_severity>;
inline constexpr severity_set any_severity{relapse_severity::mild, relapse_severity::moderate, relapse_severity::severe};
inline constexpr severity_set moderate_or_severe{relapse_severity::moderate, relapse_severity::severe};
inline constexpr severity_set severe_only{relapse_severity::severe};

namespace detail {
struct relapse_tally {
  long counted = 0;  // certainly pass the filter
  long ungraded = 0; // may pass it
  long may_begin_earlier = 0; // would pass, but may belong to an unrecorded attack begun before the window
  long imprecise = 0; // attacks of uncertain groups (onsets known only to the month or year) that may count
  bool complete = false;
  [[nodiscard]] long high() const noexcept {
    return complete ? counted + ungraded + may_begin_earlier + imprecise : unbounded_count;
  }
};

/// Whether a record lists an onset known only to the month or the year.
template <class R> bool any_imprecise_onset(const R& r) {
  for (const relapse& y : record_traits<R>::relapses(r))
    if (!y.onset.is_exact()) return true;
  return false;
}
/// Whether two onsets may be less than `gap` days apart (a gap of 0 never merges).
inline bool may_join(const partial_date& a, const partial_date& b, int gap) {
  return gap > 0 && days_between(a.latest(), b.earliest()) < gap && days_between(b.latest(), a.earliest()) < gap;
}
inline constexpr std::size_t no_group = static_cast<std::size_t>(-1);
/// The uncertain group of each report (see the top of this file): the position of its first
/// report, or no_group for a report counted as usual. Only reports that may be on or before
/// `until` are merged.
template <class R> std::vector<std::size_t> uncertain_groups(const R& r, int gap, date until) {
  std::vector<partial_date> on;
  for (const relapse& y : record_traits<R>::relapses(r)) on.push_back(y.onset);
  const std::size_t n = on.size();
  std::vector<std::size_t> g(n, no_group);
  for (std::size_t i = 0; i < n; ++i)
    if (on[i].earliest() <= until) g[i] = i;
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) {
        if (g[i] == no_group || g[j] == no_group || g[i] == g[j] || !may_join(on[i], on[j], gap)) continue;
        const std::size_t keep = g[i] < g[j] ? g[i] : g[j], drop = g[i] < g[j] ? g[j] : g[i];
        for (auto& x : g)
          if (x == drop) x = keep;
        changed = true;
      }
  }
  std::vector<char> uncertain(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    if (g[i] != no_group && !on[i].is_exact()) uncertain[g[i]] = 1;
  for (auto& x : g)
    if (x != no_group && !uncertain[x]) x = no_group;
  return g;
}

/// Whether the report at position `at` (onset `onset`) begins an attack: no other report with an
/// onset on or before `until` is less than `gap` days before it (one on the same day: listed
/// before it). With a gap of 0 every report does.
template <class R> bool begins_attack(const R& r, std::size_t at, date onset, int gap, date until) {
  if (gap <= 0) return true;
  std::size_t i = 0;
  for (const relapse& y : record_traits<R>::relapses(r)) {
    const std::size_t k = i++;
    // An imprecise onset belongs to an uncertain group, which no counted report can join.
    if (!y.onset.is_exact()) continue;
    const date on = y.onset.earliest();
    if (k == at || on > until || on > onset) continue;
    if (on == onset ? k < at : days_between(on, onset) < gap) return false;
  }
  return true;
}

/// The attack begun by report `x`: the onset of its last report, its worst severity, its reports.
struct attack_extent {
  date last;
  relapse_severity severity = relapse_severity::unknown;
  int reports = 0;
};
template <class R> attack_extent attack_from(const R& r, const relapse& x, int gap, date until) {
  const date first = x.onset.earliest();
  if (gap <= 0) return {first, x.severity, 1};
  attack_extent a{first};
  for (bool grew = true; grew;) {
    grew = false;
    for (const relapse& y : record_traits<R>::relapses(r)) {
      if (!y.onset.is_exact()) continue;
      const date on = y.onset.earliest();
      if (on > a.last && on <= until && days_between(a.last, on) < gap) {
        a.last = on;
        grew = true;
      }
    }
  }
  for (const relapse& y : record_traits<R>::relapses(r))
    if (y.onset.is_exact() && y.onset.earliest() >= first && y.onset.earliest() <= a.last) {
      ++a.reports;
      // unknown < mild < moderate < severe: the maximum is the worst grade.
      if (y.severity > a.severity) a.severity = y.severity;
    }
  return a;
}

/// Whether an attack begun at `onset` inside window `w` could instead continue a report the list
/// does not show (before `since`, on or after `origin`) less than `gap` days earlier and before
/// the window, which would date the attack before the window.
inline bool may_begin_before(date onset, int gap, const date_interval& w, const std::optional<date>& since,
                             const std::optional<date>& origin) {
  if (gap <= 1 || w.first().is_special()) return false;
  date lo = shift_days(onset, -(gap - 1));
  date hi = shift_days(w.first(), -1);
  if (since && shift_days(*since, -1) < hi) hi = shift_days(*since, -1);
  if (origin && *origin > lo) lo = *origin;
  return lo <= hi;
}
} // namespace detail

namespace detail {
/// relapse_count's boundary probes, with a complete relapse history: Count - 1, Count and
/// Count + 1 relapses of a counted severity in the window; one relapse of a graded severity the
/// filter leaves out (counts 0) and one ungraded (0 to 1, unless every grade counts); then the
/// max(Count, 1)-th relapse on and beyond each bounded window edge.
inline void relapse_count_probes(probe_writer& p, reference_point point, const relative_window& window, comparison op, int count,
                                 severity_set severities, int gap) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  // The most severe grade the filter counts.
  const relapse_severity sev = severities.contains(relapse_severity::severe)     ? relapse_severity::severe
                               : severities.contains(relapse_severity::moderate) ? relapse_severity::moderate
                                                                                 : relapse_severity::mild;
  // Relapses `step` days apart are separate attacks; the history is complete from `step` days
  // before the window, so no unrecorded report can take one of them out of it.
  const int step = gap > 1 ? gap : 1;
  const date since = w.first().is_special() ? probe_history_start(p.base(), *ref) : shift_days(w.first(), -step);
  // A window without an end (at least some time after the reference): from (count + 1) * step
  // days after its first day back, so that every relapse placed is in it.
  const date end = w.last().is_special() && !w.first().is_special() ? shift_days(w.first(), static_cast<long>(count + 1) * step)
                                                                    : inside_day(w, *ref);
  // n relapses `step` days apart back from `end`, plus optionally one on `extra`.
  const auto with = [&](int n, std::optional<date> extra) {
    patient r = p.base();
    r.relapses.clear();
    for (int i = 0; i < n; ++i) r.relapses.push_back({shift_days(end, -i * step), sev, std::nullopt});
    if (extra) r.relapses.push_back({*extra, sev, std::nullopt});
    r.relapses_recorded_since = since;
    return r;
  };
  const long room = w.first().is_special() || w.last().is_special() ? 1000000L : w.length_in_days();
  if (room < static_cast<long>(count + 1) * step + 1) return p.not_generated(trialspec::detail::cat("window too short for ", std::to_string(count + 1), " relapses"));
  for (int n = count - 1; n <= count + 1; ++n) {
    if (n < 0) continue;
    p.add(trialspec::detail::cat(counted(n, trialspec::detail::cat(std::string(to_string(sev)), " relapse")), ", history complete (threshold ", std::to_string(count), ")"),
          with(n, std::nullopt), compare_range(op, n, n, count));
  }
  for (relapse_severity other : {relapse_severity::mild, relapse_severity::moderate, relapse_severity::severe}) {
    if (severities.contains(other)) continue;
    patient r = with(0, std::nullopt);
    r.relapses.push_back({end, other, std::nullopt});
    p.add(trialspec::detail::cat("1 ", to_string(other), " relapse (severity not counted)"), std::move(r), compare_range(op, 0, 0, count));
    break;
  }
  {
    patient r = with(0, std::nullopt);
    r.relapses.push_back({end, relapse_severity::unknown, std::nullopt});
    const bool all_graded = severities.includes(any_severity);
    p.add("1 ungraded relapse", std::move(r), compare_range(op, all_graded ? 1 : 0, 1, count));
  }
  // The window is longer than the gap: room >= (count + 1) * gap + 1 (above).
  if (gap > 1 && !w.first().is_special()) {
    // Two reports less than the gap apart are one attack, dated at the first, with the worse
    // severity: a mild report on the window's first day and a counted one gap - 1 days later
    // count once; the mild one the day before the window takes the attack out of it.
    const relapse_severity mild = relapse_severity::mild;
    patient r = with(0, std::nullopt);
    r.relapses = {{w.first(), mild, std::nullopt}, {shift_days(w.first(), gap - 1), sev, std::nullopt}};
    p.add(trialspec::detail::cat("2 reports ", std::to_string(gap - 1), " days apart from the window's first day (one attack)"), r, compare_range(op, 1, 1, count));
    r.relapses = {{shift_days(w.first(), -1), mild, std::nullopt}, {shift_days(w.first(), gap - 2), sev, std::nullopt}};
    r.relapses_recorded_since = shift_days(w.first(), -step - 1);
    p.add(trialspec::detail::cat("2 reports ", std::to_string(gap - 1), " days apart from the day before the window (one attack, before it)"), r,
          compare_range(op, 0, 0, count));
    r.relapses = {{w.first(), sev, std::nullopt}, {shift_days(w.first(), gap), sev, std::nullopt}};
    r.relapses_recorded_since = since;
    p.add(trialspec::detail::cat("2 reports ", std::to_string(gap), " days apart (two attacks)"), r, compare_range(op, 2, 2, count));
  }
  const int m = count > 0 ? count : 1;
  // m - 1 relapses at the window's end, the m-th on or beyond its first day; or beyond its last.
  if (!w.first().is_special() && static_cast<long>(m) * step <= room) {
    p.add(trialspec::detail::cat("relapse ", std::to_string(m), " on the window's first day ", to_iso(w.first())), with(m - 1, w.first()),
          compare_range(op, m, m, count));
    p.add(trialspec::detail::cat("relapse ", std::to_string(m), " one day before the window, ", to_iso(shift_days(w.first(), -1))),
          with(m - 1, shift_days(w.first(), -1)), compare_range(op, m - 1, m - 1, count));
  }
  if (!w.last().is_special())
    p.add(trialspec::detail::cat("relapse ", std::to_string(m), " one day after the window, ", to_iso(shift_days(w.last(), 1))),
          with(m - 1, shift_days(w.last(), 1)), compare_range(op, m - 1, m - 1, count));
}
} // namespace detail

/// The number of relapses (attacks: reports less than AttackGapDays apart merged, see above; 0
/// counts reports) with onset in Window whose severity is in Severities, compared with Count:
/// relapse_count<comparison::greater_equal, 1, within_before(months{18}), moderate_or_severe>
/// is "at least 1 relapse of moderate or severe severity within 18 months before screening".
template <comparison Op, int Count, relative_window Window, severity_set Severities = any_severity,
          reference_point Ref = reference_point::screening, int AttackGapDays = default_attack_gap_days>
struct relapse_count : criterion_base {
  static_assert(Count >= 0, "a relapse count threshold cannot be negative");
  static_assert(AttackGapDays >= 0, "an attack gap is 0 (count reports) or more days");
  static_assert(!Severities.empty(), "a severity filter needs at least one severity");
  static_assert(!Severities.contains(relapse_severity::unknown),
                "a severity filter lists graded severities (mild, moderate, severe); ungraded relapses are handled as unknown");
  static constexpr std::string_view kind = "relapse_count";
  static constexpr comparison op = Op;
  static constexpr int count = Count;
  static constexpr relative_window window = Window;
  static constexpr severity_set severities = Severities;
  static constexpr reference_point reference = Ref;
  static constexpr int attack_gap_days = AttackGapDays;
  /// Boundary probes: counts around Count, an uncounted and an ungraded relapse, reports merged
  /// into one attack across the window's start, and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::relapse_count_probes(p, Ref, Window, Op, Count, Severities, AttackGapDays); }
  /// Its SQL (trialspec/sql/, writer::relapse_count): at screening only; the window resolved
  /// against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.relapse_count(Op, Count, Window.resolve(q.as_of()), Severities.contains(relapse_severity::mild),
                           Severities.contains(relapse_severity::moderate), Severities.contains(relapse_severity::severe), AttackGapDays);
  }

  [[nodiscard]] std::string describe() const {
    // Built by append: g++ 12 -O3 reports a false -Wrestrict on "literal" + std::string here.
    std::string s(to_words(Op));
    s.append(" ").append(std::to_string(Count)).append(Count == 1 ? " relapse" : " relapses");
    if (Severities != any_severity) s.append(" of ").append(join_words(Severities, relapse_severity::severe)).append(" severity");
    s.append(" ").append(Window.describe(to_string(Ref)));
    if constexpr (AttackGapDays > 0)
      s.append(" (reports less than ").append(std::to_string(AttackGapDays)).append(" days apart are one attack)");
    else
      s.append(" (each report counted)");
    return s;
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto t = tally<true>(r, *w);
    return compare_range(Op, t.counted, t.high(), Count);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto t = tally(r, *w);
    const truth v = compare_range(Op, t.counted, t.high(), Count);
    // Written straight into the builder (a report builds this for every record).
    const auto n = b.open();
    detail::gathered_text s(b.reason(n)); // joined on the stack, appended in pieces of up to 160 characters
    append_part(s, t.counted);
    // "relapse(s) of <severities> severity ", joined once per type.
    const auto what = [](bool one) {
      std::string words = one ? " relapse" : " relapses";
      if (Severities != any_severity) words += trialspec::detail::cat(" of ", join_words(Severities, relapse_severity::severe), " severity");
      return trialspec::detail::cat(words, " ");
    };
    s += t.counted == 1 ? fixed_phrase([&] { return what(true); }) : fixed_phrase([&] { return what(false); });
    s.append(window_words<Window>(ctx, *w));
    bool any_dates = false;
    std::string earlier; // in-window reports of attacks begun before the window
    std::vector<std::size_t> groups; // uncertain groups (onsets known only to the month or year)
    if (detail::any_imprecise_onset(r)) groups = detail::uncertain_groups(r, AttackGapDays, w->last());
    std::size_t i = 0;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      const std::size_t at = i++;
      if (!groups.empty() && groups[at] != detail::no_group) continue;
      const date onset = x.onset.earliest();
      if (!w->contains(onset)) continue;
      if (!detail::begins_attack(r, at, onset, AttackGapDays, w->last())) {
        const auto start = attack_start(r, at, onset, w->last());
        if (start < w->first()) {
          earlier += earlier.empty() ? "; "sv : ", "sv;
          append_iso(earlier, x.onset);
          earlier.append(" "sv).append(to_string(x.severity)).append(" belongs to the attack of "sv);
          append_iso(earlier, start);
          earlier.append(", before the window"sv);
        }
        continue;
      }
      const auto a = detail::attack_from(r, x, AttackGapDays, w->last());
      s += any_dates ? ", "sv : " ("sv;
      any_dates = true;
      append_iso(s, x.onset);
      s.append(" "sv).append(to_string(a.severity));
      if (a.reports > 1) {
        s.append(": reports "sv);
        bool first = true;
        for (const relapse& y : record_traits<R>::relapses(r))
          if (y.onset.is_exact() && y.onset.earliest() >= onset && y.onset.earliest() <= a.last) {
            if (!first) s.append(", "sv);
            first = false;
            append_iso(s, y.onset);
            s.append(" "sv).append(to_string(y.severity));
          }
        s.append(" merged"sv);
      }
      if (detail::may_begin_before(onset, AttackGapDays, *w, relapses_recorded_since(r), history_origin(r)))
        s.append(", may continue an unrecorded report before the window"sv);
    }
    if (any_dates) s.append(")"sv);
    s.append(earlier);
    for (std::size_t id = 0; id < groups.size(); ++id)
      if (groups[id] == id)
        append_group(s, r, groups, id, *w,
                     group_count(r, groups, id, *w, relapses_recorded_since(r), history_origin(r)).one_attack);
    if (t.ungraded) {
      s.append("; "sv);
      append_part(s, t.ungraded);
      s.append(" of unknown severity"sv);
    }
    if (t.may_begin_earlier) {
      s.append("; "sv);
      append_part(s, t.may_begin_earlier);
      s.append(" may belong to an attack begun before the window"sv);
    }
    if (!t.complete) {
      s.append("; "sv);
      append_history_words(s, "relapse", relapses_recorded_since(r));
    }
    s.append(fixed_phrase([] { return trialspec::detail::cat("; required: ", to_words(Op), " ", std::to_string(Count)); }));
    s.flush();
    b.close(n, v);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  /// Whether `s` is a graded severity that passes the filter together with every worse grade.
  static constexpr bool passes_with_every_worse(relapse_severity s) noexcept {
    if (s == relapse_severity::unknown) return false;
    for (auto g = static_cast<int>(s); g <= static_cast<int>(relapse_severity::severe); ++g)
      if (!Severities.contains(static_cast<relapse_severity>(g))) return false;
    return true;
  }
  /// Whether `counted` attacks already decide the comparison, whatever the rest of the list holds
  /// (counts only grow: the answer for [counted, unbounded] is the answer for every final count).
  static constexpr bool decided_by(long counted) noexcept {
    return compare_range(Op, counted, unbounded_count, Count) != truth::unknown;
  }
  /// The tally of the window. With StopWhenDecided (the verdict alone), it stops as soon as the
  /// attacks counted so far decide the comparison; the verdict is the same, the counts are not.
  template <bool StopWhenDecided = false, class R> static detail::relapse_tally tally(const R& r, const date_interval& w) {
    static_assert(RecordWithRelapses<R>, "relapse criteria read relapses: record_traits<R> needs "
                                         "`static <range of relapse> relapses(const R&)`");
    constexpr bool all_graded = Severities.includes(any_severity);
    detail::relapse_tally t;
    const std::optional<date> since = relapses_recorded_since(r);
    const std::optional<date> origin = history_origin(r);
    // Onsets known only to the month or year: their uncertain groups are counted apart, below.
    std::vector<std::size_t> groups;
    if (detail::any_imprecise_onset(r)) groups = detail::uncertain_groups(r, AttackGapDays, w.last());
    std::size_t i = 0;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      const std::size_t at = i++;
      if (!groups.empty() && groups[at] != detail::no_group) continue;
      // Outside a group, an imprecise onset may only be after the window's end.
      const date onset = x.onset.earliest();
      if (!w.contains(onset)) continue;
      relapse_severity severity = x.severity;
      if constexpr (AttackGapDays > 0) {
        if (!detail::begins_attack(r, at, onset, AttackGapDays, w.last())) continue;
        // The attack's worst grade is at least this report's: when every grade from it up passes
        // the filter, so does the attack, and its other reports need not be looked at.
        if (!passes_with_every_worse(severity)) severity = detail::attack_from(r, x, AttackGapDays, w.last()).severity;
      }
      const bool ungraded = severity == relapse_severity::unknown && !all_graded;
      const bool passes = severity == relapse_severity::unknown ? all_graded : Severities.contains(severity);
      if (!passes && !ungraded) continue;
      if (detail::may_begin_before(onset, AttackGapDays, w, since, origin)) ++t.may_begin_earlier;
      else if (!passes) ++t.ungraded;
      else if (++t.counted; StopWhenDecided && decided_by(t.counted)) return t;
    }
    for (std::size_t id = 0; id < groups.size(); ++id) {
      if (groups[id] != id) continue;
      const auto c = group_count(r, groups, id, w, since, origin);
      t.imprecise += c.high - c.low;
      if (c.low == 0) continue;
      if (t.counted += c.low; StopWhenDecided && decided_by(t.counted)) return t;
    }
    t.complete = history_covers(since, w, origin);
    return t;
  }
  /// The attacks of uncertain group `id` (its first report's position) that count in window `w`,
  /// from `low` to `high` (see the top of this file).
  struct group_range {
    long low = 0;
    long high = 0;
    bool one_attack = false; // one attack on every day its onsets can be
  };
  template <class R>
  static group_range group_count(const R& r, const std::vector<std::size_t>& groups, std::size_t id, const date_interval& w,
                                 const std::optional<date>& since, const std::optional<date>& origin) {
    constexpr bool all_graded = Severities.includes(any_severity);
    const auto passes = [](relapse_severity s) { return s == relapse_severity::unknown ? all_graded : Severities.contains(s); };
    long maybe_in = 0;
    bool could_pass = false;
    date first_day = date(9999, 12, 31), first_latest = first_day;
    relapse_severity worst = relapse_severity::unknown;
    bool one_attack = true; // every two onsets less than the gap apart on every day they can be
    std::size_t k = 0;
    for (const relapse& y : record_traits<R>::relapses(r)) {
      if (groups[k++] != id) continue;
      if (y.onset.earliest() < first_day) first_day = y.onset.earliest();
      if (y.onset.latest() < first_latest) first_latest = y.onset.latest();
      if (y.severity > worst) worst = y.severity;
      if (overlap_of(y.onset, w) != overlap::outside) ++maybe_in;
      // An ungraded report may be of any grade; a graded one may decide its attack's worst grade.
      if (y.severity == relapse_severity::unknown || Severities.contains(y.severity)) could_pass = true;
      // A report perhaps after the window's end is perhaps not merged (see the top).
      if (w.last() < y.onset.latest()) one_attack = false;
      const std::size_t self = k - 1;
      std::size_t j = 0;
      for (const relapse& z : record_traits<R>::relapses(r))
        if (const std::size_t at = j++; at != self && groups[at] == id && (days_between(y.onset.earliest(), z.onset.latest()) >= AttackGapDays ||
                                  days_between(z.onset.earliest(), y.onset.latest()) >= AttackGapDays))
          one_attack = false;
    }
    if (one_attack) {
      // One attack whatever the days (a lone report, or reports that always join), dated at the
      // first of its onsets - a day from first_day to first_latest - with the worst grade of all.
      const bool surely_in = !(first_day < w.first()) && !(w.last() < first_latest);
      const bool perhaps_in = !(first_latest < w.first()) && !(w.last() < first_day);
      const bool may_pass = passes(worst) || worst == relapse_severity::unknown;
      const bool counts = surely_in && passes(worst) && !detail::may_begin_before(first_day, AttackGapDays, w, since, origin);
      return {counts ? 1 : 0, perhaps_in && may_pass ? 1 : 0, true};
    }
    group_range c{0, could_pass ? maybe_in : 0, false};
    // At least one attack surely in the window: a report wholly in it, whose attack cannot begin
    // before the window (no report of the group, nor an unrecorded one, can be before it).
    if (c.high == 0 || first_day < w.first() || detail::may_begin_before(first_day, AttackGapDays, w, since, origin)) return c;
    k = 0;
    for (const relapse& m : record_traits<R>::relapses(r)) {
      if (groups[k++] != id || overlap_of(m.onset, w) != overlap::inside || !passes(m.severity)) continue;
      // Its attack's worst grade is its own or that of a worse report of the group.
      bool sure = true;
      std::size_t j = 0;
      for (const relapse& y : record_traits<R>::relapses(r))
        if (groups[j++] == id && y.severity > m.severity && !passes(y.severity)) sure = false;
      if (sure) {
        c.low = 1;
        break;
      }
    }
    return c;
  }
  /// "; relapse in 2012-07 (day unknown) severe (may be outside the window)", or for a group of
  /// several reports "; reports 2013 (month and day unknown) mild, 2013-04-15 severe: one attack or
  /// more, depending on the days" (": one attack" when they are one on every day). A group none of
  /// whose reports may be in the window is left out.
  template <class Text, class R>
  static void append_group(Text& s, const R& r, const std::vector<std::size_t>& groups, std::size_t id,
                           const date_interval& w, bool one_attack) {
    using namespace std::string_view_literals;
    int members = 0;
    bool any_in = false;
    std::size_t k = 0;
    for (const relapse& y : record_traits<R>::relapses(r)) {
      if (groups[k++] != id) continue;
      ++members;
      any_in = any_in || overlap_of(y.onset, w) != overlap::outside;
    }
    if (!any_in) return;
    s.append(members == 1 ? "; relapse in "sv : "; reports "sv);
    bool first = true;
    k = 0;
    for (const relapse& y : record_traits<R>::relapses(r)) {
      if (groups[k++] != id) continue;
      if (!first) s.append(", "sv);
      first = false;
      append_part(s, y.onset);
      s.append(" "sv).append(to_string(y.severity));
      switch (overlap_of(y.onset, w)) {
      case overlap::inside: break;
      case overlap::partly: s.append(" (may be outside the window)"sv); break;
      case overlap::outside: s.append(" (outside the window)"sv); break;
      }
    }
    if (members > 1) s.append(one_attack ? ": one attack"sv : ": one attack or more, depending on the days"sv);
  }
  // The first onset of the attack the report at `at` belongs to.
  template <class R> static date attack_start(const R& r, std::size_t at, date onset, date until) {
    date start = onset;
    std::size_t pos = at;
    while (!detail::begins_attack(r, pos, start, AttackGapDays, until)) {
      // The latest earlier report within the gap (on the same day: listed before) continues the chain.
      std::size_t i = 0, best = pos;
      date best_on = start;
      bool found = false;
      for (const relapse& y : record_traits<R>::relapses(r)) {
        const std::size_t k = i++;
        if (!y.onset.is_exact()) continue;
        const date on = y.onset.earliest();
        if (k == pos || on > until || on > start) continue;
        const bool joins = on == start ? k < pos : days_between(on, start) < AttackGapDays;
        if (joins && (!found || on >= best_on)) {
          best = k;
          best_on = on;
          found = true;
        }
      }
      if (!found) break;
      pos = best;
      start = best_on;
    }
    return start;
  }
};

} // namespace trialspec::eligibility
