// trialspec/eligibility/criteria/rescue_therapy.hpp - the number of relapses (attacks) in a
// window that were treated with rescue therapy (IV corticosteroids, plasma exchange, IV
// immunoglobulin), compared with a count: "at least one attack requiring rescue therapy in the
// last year".
//
// A relapse counts when the record says it was treated with rescue therapy (`rescue_therapy`
// true); one the record says was not treated does not count; one whose treatment is not recorded
// may or may not count. As with relapse_count, the count is known only as a range: the relapses
// of unknown treatment, and, when the relapse history is not documented as complete over the
// window, any number of relapses not recorded. The comparison is met when it holds over the whole
// range, not met when it holds nowhere in it, and unknown otherwise.
//
// An onset known only to the month or the year (partial_date) counts as above when every day it
// can be is in the window; when only some are, the relapse may or may not be in it and widens the
// range by one if it was treated or its treatment is not recorded (named in the reason with its
// precision and "may be outside").
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace trialspec::eligibility {

namespace detail {
struct rescue_tally {
  long treated = 0;   // rescue therapy recorded
  long untreated = 0; // recorded as not treated
  long unrecorded = 0; // treatment not recorded
  long partly = 0;     // treated or not recorded, onset perhaps outside the window (month or year only)
  bool complete = false;
  [[nodiscard]] long high() const noexcept { return complete ? treated + unrecorded + partly : unbounded_count; }
};

/// rescue_treated_relapse_count's boundary probes, with a complete relapse history: Count - 1,
/// Count and Count + 1 treated relapses at the window's end; one relapse recorded as untreated
/// (counts 0) and one whose treatment is not recorded (0 to 1); the max(Count, 1)-th treated
/// relapse on and beyond each bounded window edge; and Count treated relapses with the history
/// not documented (more may be missing).
inline void rescue_count_probes(probe_writer& p, reference_point point, const relative_window& window, comparison op, int count) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const date since = w.first().is_special() ? probe_history_start(p.base(), *ref) : shift_days(w.first(), -1);
  const date end = inside_day(w, *ref);
  const auto with = [&](int n, std::optional<date> extra, std::optional<bool> extra_treated = true) {
    patient r = p.base();
    r.relapses.clear();
    for (int i = 0; i < n; ++i) r.relapses.push_back({shift_days(end, -i), relapse_severity::unknown, std::nullopt, true});
    if (extra) r.relapses.push_back({*extra, relapse_severity::unknown, std::nullopt, extra_treated});
    r.relapses_recorded_since = since;
    return r;
  };
  const long room = w.first().is_special() || w.last().is_special() ? 1000000L : w.length_in_days();
  if (room < count + 2) return p.not_generated(trialspec::detail::cat("window too short for ", std::to_string(count + 1), " relapses"));
  for (int n = count - 1; n <= count + 1; ++n) {
    if (n < 0) continue;
    p.add(trialspec::detail::cat(counted(n, "relapse"), " treated with rescue therapy, history complete (threshold ", std::to_string(count), ")"),
          with(n, std::nullopt), compare_range(op, n, n, count));
  }
  p.add("1 relapse recorded as not treated with rescue therapy", with(0, end, false), compare_range(op, 0, 0, count));
  p.add("1 relapse whose rescue therapy is not recorded", with(0, end, std::nullopt), compare_range(op, 0, 1, count));
  {
    patient r = with(count, std::nullopt);
    r.relapses_recorded_since.reset();
    p.add(trialspec::detail::cat(counted(count, "treated relapse"), ", relapse history not documented as complete"), std::move(r),
          compare_range(op, count, unbounded_count, count));
  }
  const int m = count > 0 ? count : 1;
  if (!w.first().is_special()) {
    p.add(trialspec::detail::cat("treated relapse ", std::to_string(m), " on the window's first day ", to_iso(w.first())), with(m - 1, w.first()),
          compare_range(op, m, m, count));
    p.add(trialspec::detail::cat("treated relapse ", std::to_string(m), " one day before the window, ", to_iso(shift_days(w.first(), -1))),
          with(m - 1, shift_days(w.first(), -1)), compare_range(op, m - 1, m - 1, count));
  }
  if (!w.last().is_special())
    p.add(trialspec::detail::cat("treated relapse ", std::to_string(m), " one day after the window, ", to_iso(shift_days(w.last(), 1))),
          with(m - 1, shift_days(w.last(), 1)), compare_range(op, m - 1, m - 1, count));
}
} // namespace detail

/// The number of relapses with onset in Window that were treated with rescue therapy, compared
/// with Count: rescue_treated_relapse_count<comparison::greater_equal, 1, within_before(years{1})>
/// is "at least 1 relapse treated with rescue therapy within 1 year before screening".
template <comparison Op, int Count, relative_window Window, reference_point Ref = reference_point::screening>
struct rescue_treated_relapse_count : criterion_base {
  static_assert(Count >= 0, "a relapse count threshold cannot be negative");
  static constexpr std::string_view kind = "rescue_treated_relapse_count";
  static constexpr comparison op = Op;
  static constexpr int count = Count;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: counts around Count, an untreated and an unrecorded relapse, an undocumented
  /// history, and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::rescue_count_probes(p, Ref, Window, Op, Count); }
  /// Its SQL (trialspec/sql/, writer::rescue_treated_count): at screening only; the window
  /// resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.rescue_treated_count(Op, Count, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat(to_words(Op), " ", std::to_string(Count), (Count == 1 ? " relapse" : " relapses"),
           " treated with rescue therapy ", Window.describe(to_string(Ref)));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto t = tally(r, *w);
    return compare_range(Op, t.treated, t.high(), Count);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto t = tally(r, *w);
    const truth v = compare_range(Op, t.treated, t.high(), Count);
    const auto n = b.open();
    std::string& s = b.reason(n);
    append_part(s, t.treated);
    s.append(t.treated == 1 ? " relapse treated with rescue therapy "sv : " relapses treated with rescue therapy "sv);
    s.append(window_words<Window>(ctx, *w));
    bool any_dates = false;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      const overlap where = overlap_of(x.onset, *w);
      if (where == overlap::outside) continue;
      s += any_dates ? ", "sv : " ("sv;
      any_dates = true;
      append_part(s, x.onset);
      if (where == overlap::partly) s.append(" (may be outside)"sv);
      s.append(!x.rescue_therapy ? " rescue therapy not recorded"sv : *x.rescue_therapy ? " treated"sv : " not treated"sv);
    }
    if (any_dates) s.append(")"sv);
    if (!t.complete) {
      s.append("; "sv);
      append_history_words(s, "relapse", relapses_recorded_since(r));
    }
    s.append(fixed_phrase([] { return trialspec::detail::cat("; required: ", to_words(Op), " ", std::to_string(Count)); }));
    b.close(n, v);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static detail::rescue_tally tally(const R& r, const date_interval& w) {
    static_assert(RecordWithRelapses<R>, "relapse criteria read relapses: record_traits<R> needs "
                                         "`static <range of relapse> relapses(const R&)`");
    detail::rescue_tally t;
    for (const relapse& x : record_traits<R>::relapses(r)) {
      const overlap where = overlap_of(x.onset, w);
      if (where == overlap::outside) continue;
      if (where == overlap::partly) {
        if (!x.rescue_therapy || *x.rescue_therapy) ++t.partly;
        continue;
      }
      if (!x.rescue_therapy) ++t.unrecorded;
      else if (*x.rescue_therapy) ++t.treated;
      else ++t.untreated;
    }
    t.complete = history_covers(relapses_recorded_since(r), w, history_origin(r));
    return t;
  }
};

} // namespace trialspec::eligibility
