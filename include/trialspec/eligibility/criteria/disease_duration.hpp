// trialspec/eligibility/criteria/disease_duration.hpp - disease duration from the first MS
// symptoms, and a condition -> requirement table that makes the duration required depend on the
// EDSS, checked at compile time.
//
//   // ORATORIO, as the protocol means it: "< 15 years if EDSS > 5.0, < 10 years if EDSS <= 5.0"
//   using duration = disease_duration_by_edss<
//       edss_row(comparison::greater, 5.0_edss, comparison::less, 15),
//       edss_row(comparison::less_equal, 5.0_edss, comparison::less, 10)>;
//
// The table's conditions must partition the EDSS scale: every score 0 to 10 satisfies exactly
// one row. Two rows that hold for the same score (the registry's "< 15 years if EDSS > 5.0, < 10
// years if EDSS >= 5.0") or a score no row covers fail to compile with a message stating the
// rule, as threshold tables reject overlapping rows (progression/thresholds.hpp). A part of the
// scale where the text sets no requirement is a row of its own (edss_row_fixed), so that a
// silence of the text is written down, never assumed.
//
// Duration is calendar arithmetic from the first symptom (HL7 CQL clamping): "less than 15
// years" holds on the screening date when the 15th anniversary of the first symptom is after
// it; "more than 10 years" when the 10th anniversary is before it.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

namespace detail {
/// The date `n` years after `d` (clamped to the month's last day).
inline date anniversary(date d, int n) { return add(d, calendar_duration(years{n})); }
/// Completed years from `from` to `to` (negative when `to` is before `from`: minus the completed
/// years from `to` to `from`).
inline int completed_years(date from, date to) {
  int n = static_cast<int>(to.year()) - static_cast<int>(from.year());
  if (n < 0) return -completed_years(to, from);
  while (n > 0 && anniversary(from, n) > to) --n;
  return n;
}
/// Whether a duration from `first` to `ref` compares with `years` by `op` (only the four
/// orderings: a duration is never "exactly" a whole number of years for more than a day).
inline bool duration_compares(comparison op, date first, date ref, int years) {
  const date a = anniversary(first, years);
  switch (op) {
  case comparison::less: return ref < a;
  case comparison::less_equal: return ref <= a;
  case comparison::greater: return ref > a;
  case comparison::greater_equal: return ref >= a;
  default: return false;
  }
}
constexpr bool is_ordering(comparison op) noexcept {
  return op == comparison::less || op == comparison::less_equal || op == comparison::greater || op == comparison::greater_equal;
}
/// "disease duration below 15 years".
inline std::string duration_words(comparison op, int years) {
  return trialspec::detail::cat("disease duration from the first MS symptoms ", to_words(op), " ", std::to_string(years), " years");
}
/// The first symptom with the reason it is unknown.
template <class R> std::optional<partial_date> first_symptom_of(const R& r) { return diagnosis_of(r).first_symptom; }
/// duration_compares for a first symptom known to the day, month or year: the comparison is
/// monotone in the first day, so the first and last day it can be decide (met or not met when
/// they agree, unknown otherwise).
inline truth duration_truth(comparison op, const partial_date& first, date ref, int years) {
  const bool early = duration_compares(op, first.earliest(), ref, years);
  if (first.is_exact()) return to_truth(early);
  return early == duration_compares(op, first.latest(), ref, years) ? to_truth(early) : truth::unknown;
}
/// "first MS symptoms 2009-06-30, 4 full years on 2014-01-05", "first MS symptoms 2009 (month and
/// day unknown): 4 or 5 full years on 2014-01-05" (`sep` between the two; no ref, no years).
template <class Text> void append_since(Text& s, const partial_date& first, const std::optional<date>& ref, std::string_view sep) {
  s.append("first MS symptoms ");
  append_part(s, first);
  if (!ref) return;
  s.append(sep);
  const int most = completed_years(first.earliest(), *ref), least = completed_years(first.latest(), *ref);
  if (least != most) s.append(std::to_string(least)).append(" or "); // a month or a year: two values at most
  s.append(std::to_string(most)).append(" full years on ");
  append_part(s, *ref);
}

/// disease_duration's probes: the first symptom just under, exactly and just over `years`
/// before the reference date (expected from the comparison alone), and no first symptom.
template <class Extra>
void duration_probes(probe_writer& p, date ref, comparison op, int years, const std::string& where, Extra&& extra) {
  const date exactly = anniversary(ref, -years);
  // Just under: the anniversary falls the day after the reference date; just over: the day before.
  const auto with = [&](date first) {
    return [first, &extra](patient& r) {
      r.diagnosis.first_symptom = first;
      extra(r);
    };
  };
  const bool under = op == comparison::less || op == comparison::less_equal;
  const bool at = op == comparison::less_equal || op == comparison::greater_equal;
  const bool over = op == comparison::greater || op == comparison::greater_equal;
  const std::string n = std::to_string(years);
  p.add(trialspec::detail::cat(where, "first symptom ", to_iso(shift_days(exactly, 1)), ": ", n, " years less a day at ", to_iso(ref)), to_truth(under),
        with(shift_days(exactly, 1)));
  p.add(trialspec::detail::cat(where, "first symptom ", to_iso(exactly), ": exactly ", n, " years at ", to_iso(ref)), to_truth(at), with(exactly));
  p.add(trialspec::detail::cat(where, "first symptom ", to_iso(shift_days(exactly, -1)), ": ", n, " years and a day at ", to_iso(ref)), to_truth(over),
        with(shift_days(exactly, -1)));
}
} // namespace detail

/// Disease duration from the recorded first MS symptoms (diagnosis.first_symptom) to the reference
/// date compared with Years: disease_duration<comparison::greater, 10> is "disease duration of
/// more than 10 years". Unknown when the first symptom is not recorded.
template <comparison Op, int Years, reference_point Ref = reference_point::screening>
struct disease_duration : criterion_base {
  static_assert(detail::is_ordering(Op), "a disease duration is compared with <, <=, > or >=");
  static_assert(Years >= 0 && Years <= 100, "a disease duration threshold must be 0 to 100 years");
  static constexpr std::string_view kind = "disease_duration";
  static constexpr comparison op = Op;
  static constexpr int years = Years;
  /// Its SQL (trialspec/sql/), at screening only: another reference point is rejected at compile time.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const
    requires(Ref == reference_point::screening)
  {
    return q.disease_duration(Op, Years);
  }
  /// Boundary probes: the first symptom Years before the reference date, a day either side, and none.
  void boundary_probes(probe_writer& p) const {
    const auto ref = p.reference(Ref);
    if (!ref) return;
    detail::duration_probes(p, *ref, Op, Years, "", [](patient&) {});
    p.add("first symptom not recorded", truth::unknown, [](patient& r) { r.diagnosis.first_symptom.reset(); });
  }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat(detail::duration_words(Op, Years), " at ", to_string(Ref)); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const auto first = detail::first_symptom_of(r);
    const auto ref = reference_date(ctx, Ref, r);
    if (!first || !ref) return truth::unknown;
    return detail::duration_truth(Op, *first, *ref, Years);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto first = detail::first_symptom_of(r);
    const auto ref = reference_date(ctx, Ref, r);
    if (!ref) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    if (!first) return static_leaf(b, truth::unknown, "date of the first MS symptoms not recorded");
    const truth t = detail::duration_truth(Op, *first, *ref, Years);
    return leaf(b, t, [&](auto& s) { detail::append_since(s, *first, ref, ": "); },
                t == truth::met ? " (" : t == truth::not_met ? " (not " : " (the day decides whether ",
                fixed_phrase([] { return trialspec::detail::cat(to_words(Op), " ", std::to_string(Years), " years)"); }));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// One row of a disease_duration_by_edss table: a condition on the EDSS ("EDSS > 5.0") and what
/// it requires, a disease duration ("< 15 years") or a fixed answer (the text sets nothing for
/// these scores). Structural, so rows are template arguments; build rows with edss_row and
/// edss_row_fixed.
struct duration_row {
  enum class requirement : std::uint8_t { duration, fixed };
  comparison edss_op = comparison::less_equal;
  int edss_half_steps = 0;
  requirement what = requirement::fixed;
  comparison duration_op = comparison::less;
  int years = 0;
  truth fixed = truth::not_met;

  /// Whether the condition holds for `e`.
  [[nodiscard]] constexpr bool holds(edss e) const noexcept { return compare(edss_op, e.half_steps(), edss_half_steps); }
  /// "EDSS > 5.0".
  [[nodiscard]] std::string condition_text() const {
    return trialspec::detail::cat("EDSS ", to_symbol(edss_op), " ", edss::from_half_steps(edss_half_steps).to_string());
  }
  /// "disease duration from the first MS symptoms below 15 years", or "not met (the text sets no
  /// requirement)".
  [[nodiscard]] std::string requirement_text() const {
    if (what == requirement::duration) return detail::duration_words(duration_op, years);
    return trialspec::detail::cat(to_string(fixed), " (the text sets no requirement)");
  }
};

/// A row "if EDSS `edss_op` `at`: disease duration `duration_op` `years` years".
consteval duration_row edss_row(comparison edss_op, edss at, comparison duration_op, int years) {
  if (!detail::is_ordering(edss_op) || !detail::is_ordering(duration_op)) throw "rows compare with <, <=, > or >=";
  if (years < 0 || years > 100) throw "a disease duration threshold must be 0 to 100 years";
  return {edss_op, at.half_steps(), duration_row::requirement::duration, duration_op, years, truth::unknown};
}
/// A row "if EDSS `edss_op` `at`: `value`" for the scores where the text sets no requirement.
consteval duration_row edss_row_fixed(comparison edss_op, edss at, truth value) {
  if (!detail::is_ordering(edss_op)) throw "rows compare with <, <=, > or >=";
  return {edss_op, at.half_steps(), duration_row::requirement::fixed, comparison::less, 0, value};
}

namespace detail {
/// How many rows hold for the score at scale index i.
template <std::size_t N> constexpr int rows_holding(const std::array<duration_row, N>& rows, int i) {
  int n = 0;
  for (const auto& row : rows) n += row.holds(edss_at(i)) ? 1 : 0;
  return n;
}
template <std::size_t N> constexpr bool conditions_never_overlap(const std::array<duration_row, N>& rows) {
  for (int i = 0; i < edss_scale_size; ++i)
    if (rows_holding(rows, i) > 1) return false;
  return true;
}
template <std::size_t N> constexpr bool conditions_cover_scale(const std::array<duration_row, N>& rows) {
  for (int i = 0; i < edss_scale_size; ++i)
    if (rows_holding(rows, i) == 0) return false;
  return true;
}
} // namespace detail

/// A conditional criterion: the latest EDSS on or before the reference date selects the row whose
/// condition holds, and that row's requirement decides. Without an EDSS every row is evaluated:
/// the answer is theirs when they all agree, otherwise unknown.
template <duration_row... Rows>
struct disease_duration_by_edss : criterion_base {
  static constexpr std::array<duration_row, sizeof...(Rows)> rows{Rows...};
  static_assert(sizeof...(Rows) >= 1, "a conditional table needs at least one row");
  static_assert(detail::conditions_never_overlap(rows),
                "conditional table: the conditions overlap (two rows hold for the same EDSS score); the conditions of a "
                "condition -> requirement table must not overlap");
  static_assert(detail::conditions_cover_scale(rows),
                "conditional table: a gap (no row holds for some EDSS score); the conditions of a condition -> requirement "
                "table must cover every EDSS score 0 to 10 (write a fixed row where the text sets no requirement)");

  static constexpr std::string_view kind = "disease_duration_by_edss";
  static constexpr reference_point reference = reference_point::screening;
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.disease_duration_by_edss(rows); }

  /// Boundary probes: for each row, its lowest and highest EDSS score (one assessment on the
  /// reference date) with the first symptom around the row's duration (or anywhere, for a fixed
  /// row), and the first symptom not recorded.
  void boundary_probes(probe_writer& p) const {
    const auto ref = p.reference(reference_point::screening);
    if (!ref) return;
    for (const auto& row : rows) {
      int lo = -1, hi = -1;
      for (int i = 0; i < edss_scale_size; ++i)
        if (row.holds(edss_at(i))) {
          if (lo < 0) lo = i;
          hi = i;
        }
      if (lo < 0) continue; // a row no score satisfies ("EDSS > 10.0"): nothing to probe
      for (int i : {lo, hi}) {
        const edss score = edss_at(i);
        const auto set_edss = [score, d = *ref](patient& r) { r.edss = {edss_assessment{d, score}}; };
        const std::string where = trialspec::detail::cat(row.condition_text(), " row, EDSS ", score.to_string(), " on ", to_iso(*ref), ", ");
        if (row.what == duration_row::requirement::duration) {
          detail::duration_probes(p, *ref, row.duration_op, row.years, where, set_edss);
          p.add(trialspec::detail::cat(where, "first symptom not recorded"), truth::unknown, [&](patient& r) {
            set_edss(r);
            r.diagnosis.first_symptom.reset();
          });
        } else {
          p.add(trialspec::detail::cat(where, "any first symptom"), row.fixed, set_edss);
        }
        if (lo == hi) break;
      }
    }
  }

  [[nodiscard]] std::string describe() const {
    std::string s = "by the latest EDSS at screening:";
    for (const auto& row : rows) s += trialspec::detail::cat(" if ", row.condition_text(), ", ", row.requirement_text(), ";");
    s.pop_back();
    return s;
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const auto first = detail::first_symptom_of(r);
    const auto ref = reference_date(ctx, reference_point::screening, r);
    const auto l = latest(r, ctx, first, ref);
    // An assessment that may be the latest instead and selects a row answering otherwise leaves
    // it unknown; one that may or may not be in the window (no latest) leaves every row open.
    if (l.best) return l.rival ? truth::unknown : row_truth(row_for(l.best->score), first, ref);
    std::optional<truth> all;
    for (const auto& row : rows) {
      const truth t = row_truth(row, first, ref);
      if (all && *all != t) return truth::unknown;
      all = t;
    }
    return *all;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto first = detail::first_symptom_of(r);
    const auto ref = reference_date(ctx, reference_point::screening, r);
    std::string since;
    if (first) detail::append_since(since, *first, ref, ", ");
    else since = "date of the first MS symptoms not recorded";
    const auto l = latest(r, ctx, first, ref);
    const auto& a = l.best;
    const truth t = test(r, ctx);
    if (l.rival)
      return a ? leaf(b, t, "last EDSS ", a->score.text(), " on ", a->on, " (", row_for(a->score).condition_text(), "), but EDSS ",
                      l.rival->score.text(), " on ", l.rival->on, " (", row_for(l.rival->score).condition_text(),
                      ") may be the latest, and the rows answer differently; ", since)
               : leaf(b, t, "EDSS ", l.rival->score.text(), " on ", l.rival->on, " may or may not be on or before screening; over every row: ",
                      std::string(to_string(t)), "; ", since);
    if (!a) return leaf(b, t, "no EDSS on or before screening; over every row: ", std::string(to_string(t)), "; ", since);
    const auto& row = row_for(a->score);
    return leaf(b, t, "last EDSS ", a->score.text(), " on ", a->on, ": ", row.condition_text(), " requires ", row.requirement_text(),
                "; ", since);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

  /// The row whose condition holds for `score` (exactly one, by the static_asserts).
  static constexpr const duration_row& row_for(edss score) {
    for (const auto& row : rows)
      if (row.holds(score)) return row;
    return rows[0];
  }

private:
  // The latest assessment on or before screening, and one dated only to the month or year that
  // may be the latest instead and selects a row answering otherwise (latest_in).
  template <class R>
  static latest_dated<edss_assessment> latest(const R& r, const evaluation_context& ctx, const std::optional<partial_date>& first,
                                              const std::optional<date>& ref) {
    detail::require_edss_facet<R>();
    const detail::window_in<on_or_before_reference> w(ctx, reference_point::screening, r);
    if (!w) return {};
    return detail::latest_edss_in(r, *w, [&](const edss_assessment& x, const edss_assessment& best) {
      return row_truth(row_for(x.score), first, ref) != row_truth(row_for(best.score), first, ref);
    });
  }
  static truth row_truth(const duration_row& row, const std::optional<partial_date>& first, const std::optional<date>& ref) {
    if (row.what == duration_row::requirement::fixed) return row.fixed;
    if (!first || !ref) return truth::unknown;
    return detail::duration_truth(row.duration_op, *first, *ref, row.years);
  }
};

} // namespace trialspec::eligibility
