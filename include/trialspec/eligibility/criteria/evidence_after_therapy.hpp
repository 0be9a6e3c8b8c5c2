// trialspec/eligibility/criteria/evidence_after_therapy.hpp - evidence dated after a duration of
// therapy was complete ("progression ... after at least a year of attempted therapy"):
// evidence_after_therapy<MinDuration, Classes, Rule, Evidence> judges Evidence with its windows
// starting no earlier than the day MinDuration of therapy of Classes was complete.
//
// The day the duration was complete: under duration_rule::since_first_start, MinDuration after the
// first start of a course of Classes; under continuous_course, MinDuration after the start of the
// first course that lasted that long. It must be on or before screening. A therapy history
// complete only from S (therapies_recorded_since) may hide a course that ended before S, which
// could have completed the duration earlier: the day is then known only to lie in a range (from
// MinDuration after the birth date, or without bound, to the day the listed courses give), and the
// criterion is met (not met) only when Evidence is met (not met) for every day of that range the
// evidence's windows can tell apart; otherwise unknown. A course whose start or end is known only
// to the month or the year (clinical/therapy.hpp) completes the duration by MinDuration after its
// latest start at the latest, when it does on every day its dates can be, and may complete it
// from MinDuration after its earliest start: the day is again known only to lie in a range, judged
// the same way (never a guessed day).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace trialspec::eligibility {

namespace detail {
/// Whether every window under E is relative to screening and ends on or after it (so that a
/// not_before on or before screening never empties one).
template <class E> consteval bool windows_end_at_or_after_screening() {
  bool ok = true;
  visit(E{}, [&](const auto& n, std::size_t) {
    using N = std::remove_cvref_t<decltype(n)>;
    if constexpr (requires { N::window; N::reference; }) {
      constexpr relative_window w = N::window;
      ok = ok && N::reference == reference_point::screening &&
           (w.to.type == window_edge::kind::unbounded_future || (w.to.type == window_edge::kind::offset && w.to.offset.count >= 0));
    }
  });
  return ok;
}
/// The earliest first day of E's windows as of `as_of`, or nothing when one reaches back without
/// bound (or E has none).
template <class E> std::optional<date> earliest_window_start(date as_of) {
  std::optional<date> first;
  bool unbounded = false;
  bool any = false;
  visit(E{}, [&](const auto& n, std::size_t) {
    using N = std::remove_cvref_t<decltype(n)>;
    if constexpr (requires { N::window; N::reference; }) {
      any = true;
      const date f = N::window.resolve(as_of).first();
      if (f.is_neg_infinity()) unbounded = true;
      else if (!first || f < *first) first = f;
    }
  });
  if (unbounded || !any) return std::nullopt;
  return first;
}
} // namespace detail

/// When MinDuration of therapy was complete, as far as the record tells (see the file comment).
struct therapy_completion {
  /// The day the listed courses complete it (on or before screening), if they do.
  std::optional<date> listed;
  /// The earliest day it can have been complete: `listed` when no unlisted course could have
  /// completed it earlier; MinDuration after the birth date otherwise; nothing when unbounded.
  std::optional<date> earliest;
  /// The latest day it can have been complete on (on or before screening), or nothing when it
  /// cannot have been complete by screening.
  std::optional<date> latest;
  /// Whether an unlisted course could have completed it.
  bool unlisted_possible = false;
  /// Whether a listed course with a start or end known only to the month or year could have
  /// completed it on another day than `listed` (or at all, when nothing is listed).
  bool imprecise = false;
};

/// Evidence (any criterion whose windows are relative to screening and end on or after it) dated
/// on or after the day MinDuration of therapy of Classes was complete.
template <calendar_duration MinDuration, therapy_class_set Classes, duration_rule Rule, CriterionNode Evidence>
struct evidence_after_therapy : criterion_base {
  static_assert(MinDuration.count > 0, "a minimum therapy duration must be positive");
  static_assert(!Classes.empty(), "a therapy class filter needs at least one class");
  static_assert(detail::windows_end_at_or_after_screening<Evidence>(),
                "evidence_after_therapy: the evidence's windows must be relative to screening and end on or after it");
  static constexpr std::string_view kind = "evidence_after_therapy";
  static constexpr calendar_duration min_duration = MinDuration;
  static constexpr therapy_class_set classes = Classes;
  static constexpr duration_rule rule = Rule;
  std::tuple<Evidence> parts;

  constexpr evidence_after_therapy() = default;
  constexpr explicit evidence_after_therapy(Evidence e) : parts(std::move(e)) {}
  [[nodiscard]] constexpr const std::tuple<Evidence>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("dated on or after the day ", to_string(MinDuration), " of ", join_words(Classes, therapy_class::other),
           " therapy was complete (",
           (Rule == duration_rule::continuous_course ? "one continuous course" : "counted from its first start"), ")");
  }

  /// When the duration was complete for `r`, as of `as_of`.
  template <class R> static therapy_completion completion(const R& r, date as_of) {
    detail::require_therapy_facet<R>();
    therapy_completion c;
    std::optional<date> may_first; // the earliest day a course of imprecise dates may complete it
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!Classes.contains(t.kind) || t.earliest_start() > as_of) continue;
      if (!t.start.is_exact() || (t.end && !t.end->is_exact())) {
        // Completed by add(latest start) when that is within the course (continuous) on every
        // day its dates can be; possibly from add(earliest start) on.
        const auto complete_by = [&](date start, std::optional<date> end) -> std::optional<date> {
          const date done = add(start, MinDuration);
          const date until = end && *end < as_of ? *end : as_of;
          if (start > as_of || done > (Rule == duration_rule::continuous_course ? until : as_of)) return std::nullopt;
          return done;
        };
        const auto sure = complete_by(t.latest_start(), t.end ? std::optional<date>(t.earliest_end()) : std::nullopt);
        const auto may = complete_by(t.earliest_start(), t.end ? std::optional<date>(t.latest_end()) : std::nullopt);
        if (sure && (!c.listed || *sure < *c.listed)) c.listed = sure;
        if (may && (!may_first || *may < *may_first)) may_first = may;
        if (may && (!sure || *may != *sure)) c.imprecise = true;
        continue;
      }
      const date done = add(t.start.earliest(), MinDuration);
      const date until = t.end && t.end->earliest() < as_of ? t.end->earliest() : as_of;
      if (done > (Rule == duration_rule::continuous_course ? until : as_of)) continue;
      if (!c.listed || done < *c.listed) c.listed = done;
      if (!may_first || done < *may_first) may_first = done;
    }
    // A course of imprecise dates that may complete it earlier than the listed day, or when
    // nothing surely does: the day lies between the earliest it can be and the listed day (or
    // screening).
    if (c.imprecise && (!may_first || (c.listed && *may_first >= *c.listed))) c.imprecise = false;
    // A course the list does not show ended before `since` (and started on or after the origin).
    const std::optional<date> since = therapies_recorded_since(r);
    const std::optional<date> origin = history_origin(r);
    std::optional<date> unlisted_latest;
    if (!since) {
      unlisted_latest = as_of;
    } else if (!origin || *origin < *since) {
      const date last_day = shift_days(*since, -1);
      date u = Rule == duration_rule::continuous_course ? last_day : add(last_day, MinDuration);
      if (u > as_of) u = as_of;
      if (!origin || add(*origin, MinDuration) <= u) unlisted_latest = u;
    }
    c.unlisted_possible = unlisted_latest.has_value();
    if (c.unlisted_possible) {
      if (origin) c.earliest = add(*origin, MinDuration);
      if (c.listed && c.earliest && *c.earliest > *c.listed) c.earliest = c.listed;
    } else {
      c.earliest = c.listed;
    }
    c.latest = c.listed ? c.listed : unlisted_latest;
    if (c.imprecise) {
      if (!c.unlisted_possible || (c.earliest && *may_first < *c.earliest)) c.earliest = may_first;
      if (!c.listed) c.latest = as_of; // it may have come on any day up to screening, or not at all
    }
    return c;
  }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    return judge(r, ctx, completion(r, ctx.as_of)).value;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const therapy_completion c = completion(r, ctx.as_of);
    const std::string& what = fixed_phrase([] { return trialspec::detail::cat(to_string(MinDuration), " of ", join_words(Classes, therapy_class::other), " therapy"); });
    if (!c.latest)
      return leaf(b, truth::not_met, "no ", what, " complete by screening (", ctx.as_of, "): no evidence can follow it");
    const judgement j = judge(r, ctx, c);
    const auto n = b.open();
    evaluation_context shown = ctx;
    shown.not_before = j.shown_from;
    (void)eligibility::explain(std::get<0>(parts), r, shown, b);
    std::string& s = b.reason(n);
    const auto why = [&] {
      if (c.imprecise) s.append("course dates known only to the month or year"sv).append(c.unlisted_possible ? "; "sv : ""sv);
      if (c.unlisted_possible) append_history_words(s, "therapy", therapies_recorded_since(r));
    };
    if (c.listed && !c.unlisted_possible && !c.imprecise) {
      s.append("evidence on or after "sv);
      append_iso(s, *c.listed);
      s.append(", when "sv).append(what).append(" was complete"sv);
    } else if (j.value == truth::met) {
      s.append("evidence on or after "sv);
      append_iso(s, *c.latest);
      s.append(", by when "sv).append(what).append(" was complete at the latest ("sv);
      why();
      s.append(")"sv);
    } else {
      s.append(what).append(c.listed ? " was complete on a day not known, by "sv : " may have been complete by "sv);
      append_iso(s, *c.latest);
      s.append(c.listed ? " at the latest ("sv : c.imprecise ? " ("sv : " (none listed; "sv);
      why();
      s.append(")"sv);
      if (j.value == truth::not_met) s.append(": no evidence even from the earliest day it can have been complete, "sv);
      else s.append(": the evidence depends on the day; shown from "sv);
      if (j.shown_from) append_iso(s, *j.shown_from);
      else s.append("the first day of its windows"sv);
    }
    b.close(n, j.value);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  struct judgement {
    truth value;
    std::optional<date> shown_from; // the not_before the explained evidence is judged with
  };
  template <class R> truth evidence_from(const R& r, const evaluation_context& ctx, std::optional<date> from) const {
    evaluation_context c = ctx;
    c.not_before = from;
    return std::get<0>(parts).test(r, c);
  }
  template <class R> judgement judge(const R& r, const evaluation_context& ctx, const therapy_completion& c) const {
    if (!c.latest) return {truth::not_met, std::nullopt};
    if (c.listed && !c.unlisted_possible && !c.imprecise) return {evidence_from(r, ctx, c.listed), c.listed};
    // The day lies between c.earliest (or without bound) and c.latest, or (nothing listed) it may
    // not have come at all: met only when the evidence holds from every possible day on.
    const truth late = evidence_from(r, ctx, c.latest);
    std::optional<date> from = c.earliest;
    // Before the evidence's earliest window start, an earlier day changes nothing.
    const std::optional<date> window_start = detail::earliest_window_start<Evidence>(ctx.as_of);
    if (window_start && (!from || *from < *window_start)) from = *window_start < *c.latest ? *window_start : *c.latest;
    const truth early = evidence_from(r, ctx, from);
    if (late != early) return {truth::unknown, from};
    if (late == truth::unknown) return {truth::unknown, from};
    // Both ends agree: every day between must agree too (first-to-last EDSS changes and exact
    // counts do not move one way as the window shrinks). Without a bounded start, stay unknown.
    if (!from) return {truth::unknown, from};
    for (date d = shift_days(*from, 1); d < *c.latest; d = shift_days(d, 1))
      if (evidence_from(r, ctx, d) != late) return {truth::unknown, from};
    if (late == truth::met && !c.listed) return {truth::unknown, from}; // the duration itself may never have been complete
    return {late, late == truth::met ? c.latest : from};
  }
};

} // namespace trialspec::eligibility
