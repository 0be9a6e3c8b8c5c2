// trialspec/eligibility/criteria/edss.hpp - the latest EDSS compared with a threshold, and EDSS
// worsening over a window judged by a threshold table.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/config.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/latest_dated.hpp>
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
#include <vector>

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
/// The latest assessment surely in `w` and, when dates known only to the month or year leave it
/// open, an assessment that may be the latest instead and for which `differs(it, latest)` holds
/// (latest_in; on a tie of dates, the last one listed is the latest).
template <class R, class Differs> latest_dated<edss_assessment> latest_edss_in(const R& r, const date_interval& w, Differs&& differs) {
  return latest_in<edss_assessment>(
      record_traits<R>::edss_assessments(r), w, [](const edss_assessment&) { return true; }, differs);
}
/// The latest assessment surely in `w`; on a tie of dates, the last one listed.
template <class R> std::optional<edss_assessment> latest_edss(const R& r, const date_interval& w) {
  return latest_edss_in(r, w, [](const edss_assessment&, const edss_assessment&) { return false; }).best;
}
/// Whether any of the record's assessments is dated only to the month or the year.
template <class R> bool any_imprecise_edss(const R& r) {
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r))
    if (!a.on.is_exact()) return true;
  return false;
}
/// The earliest and the latest assessment in `w` in one pass, for day-precise dates: on a tie of
/// dates the first one listed is the earliest and the last one listed the latest.
template <class R> std::pair<std::optional<edss_assessment>, std::optional<edss_assessment>> edss_span(const R& r, const date_interval& w) {
  // Copies, not pointers: the range may yield its elements by value.
  std::optional<edss_assessment> first, last;
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) {
    const date on = a.on.earliest();
    if (!w.contains(on)) continue;
    if (!first || on < first->on.earliest()) first = a;
    if (!last || on >= last->on.earliest()) last = a;
  }
  return {first, last};
}

/// The assessments that may be the first and the last in `w` when some are dated only to the
/// month or year. The first is the assessment surely in the window whose last possible day is the
/// earliest (a tie: the one listed first); any other that may be in the window and may be earlier
/// (its first possible day before that day, or on it and listed before) may be the first instead.
/// The last mirrors it (latest_in). `distinct`: two assessments surely in the window can be no
/// same day, so the first and the last are on different dates whichever days they are.
struct edss_ends {
  std::vector<edss_assessment> all;  ///< the record's assessments, in order
  std::vector<std::size_t> firsts, lasts; ///< positions in `all`
  bool distinct = false;
};
template <class R> edss_ends possible_ends(const R& r, const date_interval& w) {
  edss_ends e;
  auto& all = e.all;
  for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) all.push_back(a);
  std::size_t first = all.size(), last = all.size();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (overlap_of(all[i].on, w) != overlap::inside) continue;
    if (first == all.size() || all[i].on.latest() < all[first].on.latest()) first = i;
    if (last == all.size() || all[i].on.earliest() >= all[last].on.earliest()) last = i;
  }
  if (first == all.size()) return e;
  // Two surely in the window that cannot share a day: the one ending first ends before the one
  // beginning last begins.
  e.distinct = all[first].on.latest() < all[last].on.earliest();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (overlap_of(all[i].on, w) == overlap::outside) continue;
    const date lo = all[i].on.earliest(), hi = all[i].on.latest();
    if (i == first || lo < all[first].on.latest() || (lo == all[first].on.latest() && i < first)) e.firsts.push_back(i);
    if (i == last || hi > all[last].on.earliest() || (hi == all[last].on.earliest() && i > last)) e.lasts.push_back(i);
  }
  return e;
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
  const std::array<edss, 3> around{t.previous(), t, t.next()};
  for (std::size_t k = 0; k < around.size(); ++k) {
    const edss s = around[k];
    if (k != 1 && s == t) continue; // saturated: 0 has no score below it, 10.0 none above
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
    if (w.contains(a.on.earliest()) && (!own || a.on.earliest() < own->on.earliest())) own = a;
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
    // memory, which costs more than the loop for short histories. A date known only to the month
    // or year is noted without a branch in the loop (the precisions or-ed: `day` is 0), and the
    // record then goes to latest_in, out of line.
    bool found = false;
    unsigned precisions = 0;
    date on;
    edss score = threshold;
    for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) {
      precisions |= static_cast<unsigned>(a.on.precision());
      const date d = a.on.earliest();
      if (w->contains(d) && (!found || d >= on)) {
        found = true;
        on = d;
        score = a.score;
      }
    }
    if (precisions != 0) [[unlikely]] return imprecise_test(r, *w);
    return found ? to_truth(compare(Op, score, threshold)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto l = latest(r, *w);
    if (l.rival)
      return l.best ? leaf(b, truth::unknown, "last EDSS ", l.best->score.text(), " on ", l.best->on, ", but EDSS ", l.rival->score.text(),
                           " on ", l.rival->on, " may be the latest assessment")
                    : leaf(b, truth::unknown, "EDSS ", l.rival->score.text(), " on ", l.rival->on, " may or may not be ",
                           window_words<Window>(ctx, *w));
    const auto& a = l.best;
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

private:
  template <class R> TRIALSPEC_COLD static truth imprecise_test(const R& r, const date_interval& w) {
    const auto l = latest(r, w);
    return l.best && !l.rival ? to_truth(compare(Op, l.best->score, threshold)) : truth::unknown;
  }
  // The latest assessment in the window, and one that may be the latest instead and falls on the
  // other side of the threshold (latest_in).
  template <class R> static latest_dated<edss_assessment> latest(const R& r, const date_interval& w) {
    return detail::latest_edss_in(r, w, [](const edss_assessment& x, const edss_assessment& best) {
      return compare(Op, x.score, threshold) != compare(Op, best.score, threshold);
    });
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
    // The scan of edss_span with plain locals (see edss_latest::test; imprecise dates as there).
    bool found = false;
    unsigned precisions = 0;
    date first_on, last_on;
    edss first = edss::from_half_steps(0), last = first;
    for (const edss_assessment& a : record_traits<R>::edss_assessments(r)) {
      precisions |= static_cast<unsigned>(a.on.precision());
      const date d = a.on.earliest();
      if (!w->contains(d)) continue;
      if (!found || d < first_on) {
        first_on = d;
        first = a.score;
      }
      if (!found || d >= last_on) {
        last_on = d;
        last = a.score;
      }
      found = true;
    }
    if (precisions != 0) [[unlikely]] return imprecise_test(r, *w);
    if (!found || first_on == last_on) return truth::unknown;
    return worsening_truth<Table>(first, last);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    if (detail::any_imprecise_edss(r)) [[unlikely]] return explain_imprecise(detail::possible_ends(r, *w), ctx, *w, b);
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

private:
  // Dates known only to the month or year: the change from every assessment that may be the
  // first to every other that may be the last; met or not met when all of them agree. Unknown
  // when two assessments surely in the window may still share one day.
  template <class R> TRIALSPEC_COLD static truth imprecise_test(const R& r, const date_interval& w) {
    return imprecise_truth(detail::possible_ends(r, w));
  }
  static truth imprecise_truth(const detail::edss_ends& e) {
    if (!e.distinct) return truth::unknown;
    std::optional<truth> all;
    for (std::size_t f : e.firsts)
      for (std::size_t l : e.lasts) {
        if (f == l) continue;
        const truth t = worsening_truth<Table>(e.all[f].score, e.all[l].score);
        if (all && *all != t) return truth::unknown;
        all = t;
      }
    return all ? *all : truth::unknown;
  }
  static void explain_imprecise(const detail::edss_ends& e, const evaluation_context& ctx, const date_interval& w, verdict_builder& b) {
    if (!e.distinct)
      return leaf(b, truth::unknown, "fewer than two EDSS assessments surely on different dates ", window_words<Window>(ctx, w));
    const truth value = imprecise_truth(e);
    const auto on = [&](std::size_t i) { return e.all[i].on; };
    if (e.firsts.size() == 1 && e.lasts.size() == 1) {
      // One first and one last whatever the days: as for days, with the dates' precision.
      const auto n = b.open();
      std::string& s = b.reason(n);
      append_part(s, "first EDSS on ");
      append_part(s, on(e.firsts[0]));
      append_part(s, ", last on ");
      append_part(s, on(e.lasts[0]));
      append_part(s, ": ");
      trialspec::append_change_reason<Table>(s, e.all[e.firsts[0]].score, e.all[e.lasts[0]].score, true);
      b.close(n, value);
      if (value == truth::unknown) b.mark_undecided_by_wording(n); // with both scores known, only a gap leaves it open
      return;
    }
    // "the first and the last depend on the days: EDSS 2.0 (2013-08 (day unknown)) -> 4.0 (...): ..."
    std::string s = value == truth::unknown ? "the change depends on the days the assessments were: "
                                            : "the first and the last assessment depend on the days, the change does not: ";
    bool next = false;
    for (std::size_t f : e.firsts)
      for (std::size_t l : e.lasts) {
        if (f == l) continue;
        if (next) s += "; ";
        next = true;
        append_part(s, "from ");
        append_part(s, on(f));
        append_part(s, " to ");
        append_part(s, on(l));
        append_part(s, ", ");
        trialspec::append_change_reason<Table>(s, e.all[f].score, e.all[l].score, true);
      }
    return leaf(b, value, s);
  }
};

} // namespace trialspec::eligibility
