// trialspec/eligibility/criteria/relapses.hpp - the number of relapses in a window, filtered by
// severity, compared with a count.
//
// The count is known only as a range when the record leaves room for more: an ungraded relapse
// may or may not pass a severity filter, and a relapse history that is not documented as
// complete over the window may omit relapses. The comparison is met when it holds over the whole
// range, not met when it holds nowhere in it, and unknown otherwise ("at least 1" with one
// severe relapse is met whatever is missing; "at most 0" with no relapse recorded is unknown
// until the history is documented).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

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
  bool complete = false;
  [[nodiscard]] long high() const noexcept { return complete ? counted + ungraded : unbounded_count; }
};
} // namespace detail

namespace detail {
/// relapse_count's boundary probes, with a complete relapse history: Count - 1, Count and
/// Count + 1 relapses of a counted severity in the window; one relapse of a graded severity the
/// filter leaves out (counts 0) and one ungraded (0 to 1, unless every grade counts); then the
/// max(Count, 1)-th relapse on and beyond each bounded window edge.
inline void relapse_count_probes(probe_writer& p, reference_point point, const relative_window& window, comparison op, int count,
                                 severity_set severities) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  // The most severe grade the filter counts.
  const relapse_severity sev = severities.contains(relapse_severity::severe)     ? relapse_severity::severe
                               : severities.contains(relapse_severity::moderate) ? relapse_severity::moderate
                                                                                 : relapse_severity::mild;
  const date since = w.first().is_special() ? probe_history_start(p.base(), *ref) : shift_days(w.first(), -1);
  const date end = inside_day(w, *ref);
  // n relapses on consecutive days back from `end`, plus optionally one on `extra`.
  const auto with = [&](int n, std::optional<date> extra) {
    patient r = p.base();
    r.relapses.clear();
    for (int i = 0; i < n; ++i) r.relapses.push_back({shift_days(end, -i), sev, std::nullopt});
    if (extra) r.relapses.push_back({*extra, sev, std::nullopt});
    r.relapses_recorded_since = since;
    return r;
  };
  const long room = w.first().is_special() || w.last().is_special() ? 1000000L : w.length_in_days();
  if (room < count + 2) return p.not_generated("window too short for " + std::to_string(count + 1) + " relapses");
  for (int n = count - 1; n <= count + 1; ++n) {
    if (n < 0) continue;
    p.add(counted(n, std::string(to_string(sev)) + " relapse") + ", history complete (threshold " + std::to_string(count) + ")",
          with(n, std::nullopt), compare_range(op, n, n, count));
  }
  for (relapse_severity other : {relapse_severity::mild, relapse_severity::moderate, relapse_severity::severe}) {
    if (severities.contains(other)) continue;
    patient r = with(0, std::nullopt);
    r.relapses.push_back({end, other, std::nullopt});
    p.add("1 " + std::string(to_string(other)) + " relapse (severity not counted)", std::move(r), compare_range(op, 0, 0, count));
    break;
  }
  {
    patient r = with(0, std::nullopt);
    r.relapses.push_back({end, relapse_severity::unknown, std::nullopt});
    const bool all_graded = severities.includes(any_severity);
    p.add("1 ungraded relapse", std::move(r), compare_range(op, all_graded ? 1 : 0, 1, count));
  }
  const int m = count > 0 ? count : 1;
  // m - 1 relapses at the window's end, the m-th on or beyond its first day; or beyond its last.
  if (!w.first().is_special() && m - 1 <= static_cast<int>(room) - 1) {
    p.add("relapse " + std::to_string(m) + " on the window's first day " + to_iso(w.first()), with(m - 1, w.first()),
          compare_range(op, m, m, count));
    p.add("relapse " + std::to_string(m) + " one day before the window, " + to_iso(shift_days(w.first(), -1)),
          with(m - 1, shift_days(w.first(), -1)), compare_range(op, m - 1, m - 1, count));
  }
  if (!w.last().is_special())
    p.add("relapse " + std::to_string(m) + " one day after the window, " + to_iso(shift_days(w.last(), 1)),
          with(m - 1, shift_days(w.last(), 1)), compare_range(op, m - 1, m - 1, count));
}
} // namespace detail

/// The number of relapses with onset in Window whose severity is in Severities, compared with
/// Count: relapse_count<comparison::greater_equal, 1, within_before(months{18}), moderate_or_severe>
/// is "at least 1 relapse of moderate or severe severity within 18 months before screening".
template <comparison Op, int Count, relative_window Window, severity_set Severities = any_severity,
          reference_point Ref = reference_point::screening>
struct relapse_count : criterion_base {
  static_assert(Count >= 0, "a relapse count threshold cannot be negative");
  static_assert(!Severities.empty(), "a severity filter needs at least one severity");
  static_assert(!Severities.contains(relapse_severity::unknown),
                "a severity filter lists graded severities (mild, moderate, severe); ungraded relapses are handled as unknown");
  static constexpr std::string_view kind = "relapse_count";
  static constexpr comparison op = Op;
  static constexpr int count = Count;
  static constexpr relative_window window = Window;
  static constexpr severity_set severities = Severities;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: counts around Count, an uncounted and an ungraded relapse, and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::relapse_count_probes(p, Ref, Window, Op, Count, Severities); }

  [[nodiscard]] std::string describe() const {
    std::string s = std::string(to_words(Op)) + " " + std::to_string(Count) + (Count == 1 ? " relapse" : " relapses");
    if (Severities != any_severity) s += " of " + join_words(Severities, relapse_severity::severe) + " severity";
    return s + " " + Window.describe(to_string(Ref));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto t = tally(r, *w);
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
    std::string& s = b.reason(n);
    append_part(s, t.counted);
    // "relapse(s) of <severities> severity ", joined once per type.
    const auto what = [](bool one) {
      std::string words = one ? " relapse" : " relapses";
      if (Severities != any_severity) words += " of " + join_words(Severities, relapse_severity::severe) + " severity";
      return words + " ";
    };
    s += t.counted == 1 ? fixed_phrase([&] { return what(true); }) : fixed_phrase([&] { return what(false); });
    s.append(window_words<Window>(ctx, *w));
    bool any_dates = false;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      if (!w->contains(x.onset)) continue;
      s += any_dates ? ", "sv : " ("sv;
      any_dates = true;
      append_iso(s, x.onset);
      s.append(" "sv).append(to_string(x.severity));
    }
    if (any_dates) s.append(")"sv);
    if (t.ungraded) {
      s.append("; "sv);
      append_part(s, t.ungraded);
      s.append(" of unknown severity"sv);
    }
    if (!t.complete) s.append("; "sv).append(history_words("relapse", relapses_recorded_since(r)));
    s.append(fixed_phrase([] { return "; required: " + std::string(to_words(Op)) + " " + std::to_string(Count); }));
    b.close(n, v);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static detail::relapse_tally tally(const R& r, const date_interval& w) {
    static_assert(RecordWithRelapses<R>, "relapse criteria read relapses: record_traits<R> needs "
                                         "`static <range of relapse> relapses(const R&)`");
    constexpr bool all_graded = Severities.includes(any_severity);
    detail::relapse_tally t;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      if (!w.contains(x.onset)) continue;
      if (x.severity == relapse_severity::unknown) ++(all_graded ? t.counted : t.ungraded);
      else if (Severities.contains(x.severity)) ++t.counted;
    }
    t.complete = history_covers(relapses_recorded_since(r), w);
    return t;
  }
};

} // namespace trialspec::eligibility
