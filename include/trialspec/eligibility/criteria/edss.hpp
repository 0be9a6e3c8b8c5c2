// trialspec/eligibility/criteria/edss.hpp - the latest EDSS compared with a threshold, and EDSS
// worsening over a window judged by a threshold table.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace trialspec::eligibility {

/// An EDSS score as a template argument (edss itself keeps its representation private):
/// edss_latest<comparison::greater, 3.0_edss> converts the literal.
struct edss_threshold {
  int half_steps = 0;
  consteval edss_threshold(edss e) noexcept : half_steps(e.half_steps()) {}
  [[nodiscard]] constexpr edss value() const { return edss::from_half_steps(half_steps); }
  friend constexpr bool operator==(const edss_threshold&, const edss_threshold&) = default;
};

namespace detail {
template <class R> constexpr void require_edss_facet() {
  static_assert(RecordWithEdss<R>, "EDSS criteria read EDSS assessments: record_traits<R> needs "
                                   "`static <range of edss_assessment> edss_assessments(const R&)`");
}
/// The latest assessment in `w`; on a tie of dates, the last one listed.
template <class R> std::optional<edss_assessment> latest_edss(const R& r, const date_interval& w) {
  std::optional<edss_assessment> best;
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r))
    if (w.contains(a.on) && (!best || a.on >= best->on)) best = a;
  return best;
}
/// The earliest assessment in `w`; on a tie of dates, the first one listed.
template <class R> std::optional<edss_assessment> earliest_edss(const R& r, const date_interval& w) {
  std::optional<edss_assessment> best;
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r))
    if (w.contains(a.on) && (!best || a.on < best->on)) best = a;
  return best;
}
/// The earliest and the latest assessment in `w` in one pass, with the tie rules of
/// earliest_edss and latest_edss.
template <class R> std::pair<std::optional<edss_assessment>, std::optional<edss_assessment>> edss_span(const R& r, const date_interval& w) {
  // Copies, not pointers: the range may yield its elements by value.
  std::optional<edss_assessment> first, last;
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) {
    if (!w.contains(a.on)) continue;
    if (!first || a.on < first->on) first = a;
    if (!last || a.on >= last->on) last = a;
  }
  return {first, last};
}
} // namespace detail

namespace detail {
/// edss_latest's boundary probes: the score one half step below, on and above the threshold on a
/// day inside the window (scores beyond 0 or 10 left out), then the first score that meets it
/// on and beyond each bounded window edge (outside the window: no assessment, unknown).
inline void edss_latest_probes(probe_writer& p, reference_point point, const relative_window& window, comparison op, edss t) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const auto with = [&](edss score, date on) {
    patient r = p.base();
    r.edss = {{on, score}};
    return r;
  };
  const date day = inside_day(w, *ref);
  std::optional<edss> meeting;
  for (edss s : {t.previous(), t, t.next()}) {
    if (s != t && (s == t.previous() ? t.half_steps() == 0 : t.half_steps() == 20)) continue; // saturated
    const bool m = compare(op, s, t);
    if (m && !meeting) meeting = s;
    p.add(trialspec::detail::cat("EDSS ", s.to_string(), " on ", to_iso(day), " (threshold ", t.to_string(), ")"), with(s, day), to_truth(m));
  }
  if (meeting)
    window_probes(p, w, trialspec::detail::cat("EDSS ", meeting->to_string()), truth::met, truth::unknown, [&](date d) { return with(*meeting, d); });
}

/// A threshold table read into values: the entry at b.half_steps() holds the thresholds a change
/// from baseline b could be judged by.
using edss_threshold_row = std::array<possible_thresholds, 21>;
template <ThresholdTable Table> edss_threshold_row threshold_row() {
  edss_threshold_row row{};
  for (int i = 0; i < edss_scale_size; ++i) row[static_cast<std::size_t>(edss_at(i).half_steps())] = thresholds_for<Table>(edss_at(i));
  return row;
}
/// edss_worsening's boundary probes: from every baseline of the scale, the last score exactly
/// the table's minimum change above it (met) and half a point less (not met). From a baseline
/// the table leaves without a threshold: no change (not met: every threshold is at least +0.5),
/// the smallest change the gap could require (unknown, when the gap's thresholds differ) and the
/// largest (met). Then a meeting change with its baseline one day before the window, and with
/// its last assessment one day after it (unknown: one assessment left in the window).
inline void edss_worsening_probes(probe_writer& p, reference_point point, const relative_window& window,
                                  const edss_threshold_row& thresholds) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const patient& base = p.base();
  const date first = w.first().is_special() ? add(*ref, -calendar_duration(years{1})) : w.first();
  const date last = w.last().is_special() ? *ref : w.last();
  const auto threshold_of = [&](edss b) { return thresholds[static_cast<std::size_t>(b.half_steps())]; };
  const auto with = [&](edss from, date from_day, edss to, date to_day) {
    patient r = base;
    r.edss = {{from_day, from}, {to_day, to}};
    return r;
  };
  // For the window edges, keep the base patient's own baseline when the table has a threshold
  // for it, so the other criteria see a familiar EDSS history.
  std::optional<std::pair<edss, edss>> meeting;
  std::optional<edss_assessment> own;
  for (const auto& a : base.edss)
    if (w.contains(a.on) && (!own || a.on < own->on)) own = a;
  if (own) {
    if (const auto t = threshold_of(own->score); t.defined && own->score.half_steps() + t.most.half_steps() <= 20)
      meeting = std::pair{own->score, edss::from_half_steps(own->score.half_steps() + t.most.half_steps())};
  }
  for (int i = 0; i < edss_scale_size; ++i) {
    const edss b = edss_at(i);
    const auto t = threshold_of(b);
    if (!t.defined) {
      const std::string gap = trialspec::detail::cat("no threshold for baseline ", b.to_string(), ", ");
      p.add(trialspec::detail::cat("EDSS ", b.to_string(), " -> ", b.to_string(), " (", gap, "every threshold is at least ", t.least.to_string(), ")"),
            with(b, first, b, last), truth::not_met);
      const int low = b.half_steps() + t.least.half_steps();
      if (t.least < t.most && low <= 20 && edss::valid_half_steps(low))
        p.add(trialspec::detail::cat("EDSS ", b.to_string(), " -> ", edss::from_half_steps(low).to_string(), " (", gap, t.least.to_string(),
                  " is below the ", t.most.to_string(), " the gap could require)"),
              with(b, first, edss::from_half_steps(low), last), truth::unknown);
      const int high = b.half_steps() + t.most.half_steps();
      if (high <= 20)
        p.add(trialspec::detail::cat("EDSS ", b.to_string(), " -> ", edss::from_half_steps(high).to_string(), " (", gap, t.most.to_string(),
                  ", the most the gap could require)"),
              with(b, first, edss::from_half_steps(high), last), truth::met);
      continue;
    }
    const int on = b.half_steps() + t.most.half_steps();
    if (on > 20) continue;
    const edss at = edss::from_half_steps(on);
    if (!meeting) meeting = std::pair{b, at};
    p.add(trialspec::detail::cat("EDSS ", b.to_string(), " -> ", at.to_string(), " (", t.most.to_string(), ", on the threshold)"), with(b, first, at, last),
          truth::met);
    if (edss::valid_half_steps(on - 1))
      p.add(trialspec::detail::cat("EDSS ", b.to_string(), " -> ", edss::from_half_steps(on - 1).to_string(), " (half a point short of ", t.most.to_string(), ")"),
            with(b, first, edss::from_half_steps(on - 1), last), truth::not_met);
  }
  if (meeting) {
    const auto [b, at] = *meeting;
    const std::string change = trialspec::detail::cat("EDSS ", b.to_string(), " -> ", at.to_string());
    if (!w.first().is_special())
      p.add(trialspec::detail::cat(change, ", baseline one day before the window, ", to_iso(shift_days(w.first(), -1))), with(b, shift_days(w.first(), -1), at, last),
            truth::unknown);
    if (!w.last().is_special())
      p.add(trialspec::detail::cat(change, ", last assessment one day after the window, ", to_iso(shift_days(w.last(), 1))), with(b, first, at, shift_days(w.last(), 1)),
            truth::unknown);
  }
}
} // namespace detail

/// The latest EDSS assessment in Window (default: any on or before the reference date) compared
/// with Threshold: edss_latest<comparison::greater, 3.0_edss> is "latest EDSS on or before
/// screening above 3.0"; with within_before(months{6}) the assessment must also be at most 6
/// months old. No assessment in the window is unknown.
template <comparison Op, edss_threshold Threshold, relative_window Window = on_or_before_reference,
          reference_point Ref = reference_point::screening>
struct edss_latest : criterion_base {
  static constexpr std::string_view kind = "edss_latest";
  static constexpr comparison op = Op;
  static constexpr edss threshold = Threshold.value();
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: scores around the threshold, and a meeting score at the window's edges.
  void boundary_probes(probe_writer& p) const { detail::edss_latest_probes(p, Ref, Window, Op, threshold); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.edss_latest(Op, Threshold.half_steps, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("latest EDSS ", Window.describe(to_string(Ref)), " ", to_words(Op), " ", threshold.to_string());
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    // The scan of latest_edss with plain locals: an optional returned by value goes through
    // memory, which costs more than the loop for short histories.
    bool found = false;
    date on;
    edss score = threshold;
    for (const edss_assessment& a : record_traits<R>::edss_assessments(r))
      if (w->contains(a.on) && (!found || a.on >= on)) {
        found = true;
        on = a.on;
        score = a.score;
      }
    return found ? to_truth(compare(Op, score, threshold)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto a = detail::latest_edss(r, *w);
    if (!a) return leaf(b, truth::unknown, "no EDSS assessment ", window_words<Window>(ctx, *w));
    const bool ok = compare(Op, a->score, threshold);
    const std::string& is = fixed_phrase([] { return trialspec::detail::cat(" is ", to_words(Op), " ", threshold.text()); });
    const std::string& is_not =
        fixed_phrase([] { return trialspec::detail::cat(" is not ", to_words(Op), " ", threshold.text()); });
    return leaf(b, to_truth(ok), "last EDSS ", a->score.text(), " on ", a->on, ok ? is : is_not);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// EDSS worsening within Window: the first assessment in the window is the baseline, the last is
/// compared with it, and Table gives the change required from that baseline (thresholds.hpp).
/// Fewer than two assessments in the window is unknown; from a baseline the table leaves
/// undefined, the change is decided over the thresholds the gap could take (unknown only when
/// they disagree).
template <relative_window Window, ThresholdTable Table = standard_thresholds,
          reference_point Ref = reference_point::screening>
struct edss_worsening : criterion_base {
  static constexpr std::string_view kind = "edss_worsening";
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  using table = Table;
  /// Boundary probes: every baseline of the scale against Table, and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::edss_worsening_probes(p, Ref, Window, detail::threshold_row<Table>()); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date,
  /// the table's verdict for every baseline and later score written out (writer::edss_worsening).
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.edss_worsening(Window.resolve(q.as_of()), [](int baseline, int later) {
      return worsening_truth<Table>(edss::from_half_steps(baseline), edss::from_half_steps(later));
    });
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("EDSS worsening ", Window.describe(to_string(Ref)),
           " (first to last assessment) by at least ", Table::describe());
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    // The scan of edss_span with plain locals (see edss_latest::test).
    bool found = false;
    date first_on, last_on;
    edss first = edss::from_half_steps(0), last = first;
    for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) {
      if (!w->contains(a.on)) continue;
      if (!found || a.on < first_on) {
        first_on = a.on;
        first = a.score;
      }
      if (!found || a.on >= last_on) {
        last_on = a.on;
        last = a.score;
      }
      found = true;
    }
    if (!found || first_on == last_on) return truth::unknown;
    return worsening_truth<Table>(first, last);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto [first, last] = detail::edss_span(r, *w);
    if (!first || !last || first->on == last->on)
      return leaf(b, truth::unknown, "fewer than two EDSS assessments on different dates ", window_words<Window>(ctx, *w));
    const auto n = b.open();
    detail::gathered_text s(b.reason(n)); // joined on the stack, appended in pieces of up to 160 characters
    s.append("first EDSS on "sv);
    append_iso(s, first->on);
    s.append(", last on "sv);
    append_iso(s, last->on);
    s.append(": "sv);
    const truth value = trialspec::append_change_reason<Table>(s, first->score, last->score, true);
    s.flush();
    b.close(n, value);
    if (value == truth::unknown) b.mark_undecided_by_wording(n); // with both scores known, only a gap leaves it open
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
