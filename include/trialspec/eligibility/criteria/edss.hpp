// trialspec/eligibility/criteria/edss.hpp - the latest EDSS compared with a threshold, and EDSS
// worsening over a window judged by a threshold table.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/verdict.hpp>

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

  [[nodiscard]] std::string describe() const {
    return "latest EDSS " + Window.describe(to_string(Ref)) + " " + std::string(to_words(Op)) + " " + threshold.to_string();
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
    const std::string& is = fixed_phrase([] { return " is " + std::string(to_words(Op)) + " " + std::string(threshold.text()); });
    const std::string& is_not =
        fixed_phrase([] { return " is not " + std::string(to_words(Op)) + " " + std::string(threshold.text()); });
    return leaf(b, to_truth(ok), "last EDSS ", a->score.text(), " on ", a->on, ok ? is : is_not);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// EDSS worsening within Window: the first assessment in the window is the baseline, the last is
/// compared with it, and Table gives the change required from that baseline (thresholds.hpp).
/// Fewer than two assessments in the window, or a baseline the table leaves undefined, is
/// unknown.
template <relative_window Window, ThresholdTable Table = standard_thresholds,
          reference_point Ref = reference_point::screening>
struct edss_worsening : criterion_base {
  static constexpr std::string_view kind = "edss_worsening";
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  using table = Table;

  [[nodiscard]] std::string describe() const {
    return "EDSS worsening " + Window.describe(to_string(Ref)) +
           " (first to last assessment) by at least " + Table::describe();
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
    detail::require_edss_facet<R>();
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto [first, last] = detail::edss_span(r, *w);
    if (!first || !last || first->on == last->on)
      return leaf(b, truth::unknown, "fewer than two EDSS assessments on different dates ", window_words<Window>(ctx, *w));
    const auto n = b.open();
    std::string& s = b.reason(n);
    s.append("first EDSS on "sv);
    append_iso(s, first->on);
    s.append(", last on "sv);
    append_iso(s, last->on);
    s.append(": "sv);
    b.close(n, trialspec::append_change_reason<Table>(s, first->score, last->score, true));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
