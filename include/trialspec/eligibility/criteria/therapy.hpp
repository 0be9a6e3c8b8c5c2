// trialspec/eligibility/criteria/therapy.hpp - exposure to a class of therapy in a window, and
// the duration of therapy.
//
// A course with no end date is ongoing. A therapy history proves an absence only over the part
// it is documented as complete for (record_traits' therapies_recorded_since): a list complete from
// S shows every course given on or after S, so a course it does not show ended before S. Where
// the window (or a look-back without bound, which starts at the birth date when the record has
// one) reaches before S and such a course could change the answer, the answer is unknown.
//
// A course whose start or end is known only to the month or the year (clinical/therapy.hpp) is
// every course those days allow: it overlaps a window, or lasts a duration in it, when it does on
// every day its dates can be, and leaves the answer unknown when it does on some of them only
// (unless another course decides it). The duration is judged from the latest start and earliest
// end it can have (met) and from the earliest start and latest end (possible), never from a guess.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace trialspec::eligibility {

/// Therapy classes a criterion accepts.
using therapy_class_set = flag_set<therapy_class>;
inline constexpr therapy_class_set immunotherapy{therapy_class::immunosuppressant, therapy_class::immunomodulator};
inline constexpr therapy_class_set any_therapy{therapy_class::immunosuppressant, therapy_class::immunomodulator,
                                               therapy_class::corticosteroid, therapy_class::other};

namespace detail {
template <class R> constexpr void require_therapy_facet() {
  static_assert(RecordWithTherapies<R>, "therapy criteria read therapies: record_traits<R> needs "
                                        "`static <range of therapy> therapies(const R&)`");
}
/// "azathioprine (immunosuppressant) from 2011-01-01 to 2013-09-01", as a reason piece written in
/// place.
inline auto course_words(const therapy& t) {
  using namespace std::string_view_literals;
  return [&t](std::string& s) {
    s.append(t.name).append(" ("sv).append(to_string(t.kind)).append(") from "sv);
    append_part(s, t.start);
    if (!t.end) return static_cast<void>(s.append(", ongoing"sv));
    s.append(" to "sv);
    append_part(s, *t.end);
  };
}
} // namespace detail

namespace detail {
/// The first class `classes` accepts, for a probe's course.
inline therapy_class probe_class(therapy_class_set classes) {
  for (therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other})
    if (classes.contains(c)) return c;
  return therapy_class::other;
}
/// therapy_exposure's boundary probes, with a therapy history complete from well before: a
/// 30-day course ending on the window's first day (met) and the day before it (not met), one
/// starting on its last day (met) and the day after it (not met).
inline void therapy_exposure_probes(probe_writer& p, reference_point point, const relative_window& window, therapy_class_set classes) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const therapy_class cls = probe_class(classes);
  const date since = w.first().is_special() ? probe_history_start(p.base(), *ref) : add(w.first(), -calendar_duration(years{2}));
  const auto course = [&](date start, date end) {
    patient r = p.base();
    r.therapies = {{"probe course", cls, start, end}};
    r.therapies_recorded_since = since < start ? since : shift_days(start, -1);
    return r;
  };
  if (!w.first().is_special()) {
    p.add(trialspec::detail::cat("course ending on the window's first day ", to_iso(w.first())), course(shift_days(w.first(), -30), w.first()), truth::met);
    p.add(trialspec::detail::cat("course ending one day before the window, ", to_iso(shift_days(w.first(), -1))),
          course(shift_days(w.first(), -31), shift_days(w.first(), -1)), truth::not_met);
  }
  if (!w.last().is_special()) {
    p.add(trialspec::detail::cat("course starting on the window's last day ", to_iso(w.last())), course(w.last(), shift_days(w.last(), 30)), truth::met);
    p.add(trialspec::detail::cat("course starting one day after the window, ", to_iso(shift_days(w.last(), 1))),
          course(shift_days(w.last(), 1), shift_days(w.last(), 31)), truth::not_met);
  }
}
/// therapy_duration's boundary probes, with a therapy history complete over the window: one
/// course ending on the window's last day that lasts exactly the minimum duration (met), a day
/// less (not met) and a day more (met).
inline void therapy_duration_probes(probe_writer& p, reference_point point, const relative_window& window, therapy_class_set classes,
                                    calendar_duration min_duration) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const therapy_class cls = probe_class(classes);
  const date end = w.last();
  const date exact = add(end, -min_duration);
  if (!w.first().is_special() && shift_days(exact, -1) < w.first()) return p.not_generated("the window is shorter than the minimum duration");
  const auto course = [&](date start) {
    patient r = p.base();
    r.therapies = {{"probe course", cls, start, end}};
    r.therapies_recorded_since = w.first().is_special() ? probe_history_start(p.base(), *ref) : shift_days(w.first(), -1);
    if (*r.therapies_recorded_since > start) r.therapies_recorded_since = start;
    return r;
  };
  const std::string len = to_string(min_duration);
  p.add(trialspec::detail::cat("one course of exactly ", len, ", ", to_iso(exact), " to ", to_iso(end)), course(exact), truth::met);
  p.add(trialspec::detail::cat("one course a day short of ", len, ", ", to_iso(shift_days(exact, 1)), " to ", to_iso(end)), course(shift_days(exact, 1)),
        truth::not_met);
  p.add(trialspec::detail::cat("one course a day longer than ", len, ", ", to_iso(shift_days(exact, -1)), " to ", to_iso(end)), course(shift_days(exact, -1)),
        truth::met);
}
} // namespace detail

/// Some course of a therapy whose class is in Classes overlaps Window: therapy_exposure<
/// immunotherapy, within_before(months{3})> is "immunosuppressant or immunomodulator therapy
/// within 3 months before screening".
template <therapy_class_set Classes, relative_window Window, reference_point Ref = reference_point::screening>
struct therapy_exposure : criterion_base {
  static_assert(!Classes.empty(), "a therapy class filter needs at least one class");
  static constexpr std::string_view kind = "therapy_exposure";
  static constexpr therapy_class_set classes = Classes;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: courses ending and starting on and beyond the window's edges.
  void boundary_probes(probe_writer& p) const { detail::therapy_exposure_probes(p, Ref, Window, Classes); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.therapy_exposure(Classes, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat(join_words(Classes, therapy_class::other), " therapy ", Window.describe(to_string(Ref)));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto f = find<false>(r, *w);
    if (f.course) return f.sure ? truth::met : truth::unknown;
    return history_covers(therapies_recorded_since(r), *w, history_origin(r)) ? truth::not_met : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const std::string& what = join_words_of<Classes, therapy_class::other>();
    if (const auto f = find<true>(r, *w); f.course) {
      if (f.sure) return leaf(b, truth::met, detail::course_words(*f.course), " overlaps ", window_words<Window>(ctx, *w));
      return leaf(b, truth::unknown, detail::course_words(*f.course), " may overlap ", window_words<Window>(ctx, *w), ", depending on the days");
    }
    if (history_covers(therapies_recorded_since(r), *w, history_origin(r)))
      return leaf(b, truth::not_met, "no ", what, " therapy ", window_words<Window>(ctx, *w));
    return leaf(b, truth::unknown, "no ", what, " therapy recorded ", window_words<Window>(ctx, *w), "; ",
        history_part("therapy", therapies_recorded_since(r)));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> using kept = kept_t<therapy, decltype(record_traits<R>::therapies(std::declval<const R&>()))>;
  template <bool Keep, class R> struct found {
    std::conditional_t<Keep, kept<R>, bool> course{}; // the overlapping course, else one that may overlap
    bool sure = false;                                  // it overlaps on every day its dates can be
  };
  // The overlapping course (else the first that may overlap); with Keep = false only whether there
  // is one (test() copies no therapy, whose name may allocate).
  template <bool Keep, class R> static found<Keep, R> find(const R& r, const date_interval& w) {
    detail::require_therapy_facet<R>();
    found<Keep, R> f;
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!Classes.contains(t.kind) || !t.may_overlap(w)) continue;
      const bool sure = t.surely_overlaps(w);
      if (!sure && f.course) continue;
      if constexpr (Keep) f.course = keep<kept<R>>(t);
      else f.course = true;
      f.sure = sure;
      if (sure) break;
    }
    return f;
  }
};

/// How therapy duration is measured: the length of one continuous course, or the time from the
/// first start of any qualifying course to the end of the window (gaps included).
enum class duration_rule : std::uint8_t { continuous_course, since_first_start };

/// At least MinDuration of therapy of a class in Classes, within Window (whose end must be
/// bounded, e.g. the default "on or before screening"). Courses are clipped to the window.
template <calendar_duration MinDuration, therapy_class_set Classes, duration_rule Rule = duration_rule::continuous_course,
          relative_window Window = on_or_before_reference, reference_point Ref = reference_point::screening>
struct therapy_duration : criterion_base {
  static_assert(MinDuration.count > 0, "a minimum therapy duration must be positive");
  static_assert(!Classes.empty(), "a therapy class filter needs at least one class");
  static_assert(Window.to.type == window_edge::kind::offset, "a therapy duration window needs a bounded end");
  static constexpr std::string_view kind = "therapy_duration";
  static constexpr calendar_duration min_duration = MinDuration;
  static constexpr therapy_class_set classes = Classes;
  static constexpr duration_rule rule = Rule;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: one course of exactly MinDuration, a day less and a day more.
  void boundary_probes(probe_writer& p) const { detail::therapy_duration_probes(p, Ref, Window, Classes, MinDuration); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening
  /// date. Since the first start, the latest first start that completes MinDuration by its last
  /// day is worked out here with the library's calendar; one continuous course adds MinDuration
  /// to each course's clipped start in SQL (the dialect's calendar arithmetic).
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    const date_interval w = Window.resolve(q.as_of());
    if constexpr (Rule == duration_rule::since_first_start) return q.therapy_duration_since_first_start(Classes, w, latest_fitting_start(w.last()));
    else return q.therapy_duration_continuous(Classes, MinDuration, w);
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("at least ", to_string(MinDuration), " of ", join_words(Classes, therapy_class::other), " therapy",
           (Rule == duration_rule::continuous_course ? " in one continuous course" : " since its first start"), " ",
           Window.describe(to_string(Ref)));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    if constexpr (Rule == duration_rule::since_first_start) {
      if (ctx.memo) { // the latest start that still fits, found once per window and screening
        const date latest = remember<latest_start_tag>(ctx, w->last(), [&] { return latest_fitting_start(w->last()); });
        const truth by = first_start_by(r, *w, latest);
        if (by != truth::not_met) return by;
        return unlisted_could_qualify(r, *w) ? truth::unknown : truth::not_met;
      }
    }
    const auto f = find<false>(r, *w);
    if (f.course) return f.sure ? truth::met : truth::unknown;
    return unlisted_could_qualify(r, *w) ? truth::unknown : truth::not_met;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const std::string& what = join_words_of<Classes, therapy_class::other>();
    static const std::string duration = to_string(MinDuration);
    const char* const how = Rule == duration_rule::continuous_course ? " in one course " : " since a first start ";
    const auto f = find<true>(r, *w);
    if (f.course && !f.sure)
      return leaf(b, truth::unknown, detail::course_words(*f.course), " may give ", duration, " of ", what, " therapy", how,
                  window_words<Window>(ctx, *w), ", depending on the days");
    if (const auto& t = f.course) {
      if (Rule == duration_rule::continuous_course)
        return leaf(b, truth::met, detail::course_words(*t), " lasted at least ", duration, " ", window_words<Window>(ctx, *w));
      const std::string& started = fixed_phrase([] { return trialspec::detail::cat(join_words_of<Classes, therapy_class::other>(), " therapy first started "); });
      const std::string& before = fixed_phrase([] { return trialspec::detail::cat("), at least ", to_string(MinDuration), " before "); });
      return leaf(b, truth::met, started, t->start, " (", t->name, before, w->last());
    }
    if (!unlisted_could_qualify(r, *w))
      return leaf(b, truth::not_met, "no ", duration, " of ", what, " therapy", how, window_words<Window>(ctx, *w));
    return leaf(b, truth::unknown, "no ", duration, " of ", what, " therapy", how, window_words<Window>(ctx, *w),
        " recorded; ", history_part("therapy", therapies_recorded_since(r)));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  struct latest_start_tag {};
  // The latest day d with add(d, MinDuration) <= last. add is non-decreasing in its start (a month
  // end clamps: 2012-02-29 + 12 months = 2013-02-28), so "add(start, MinDuration) <= last" is
  // "start <= latest_fitting_start(last)"; the candidate add(last, -MinDuration) is off by at most
  // the few days a month end clamps away, and is moved to the exact day.
  static date latest_fitting_start(date last) {
    date d = add(last, -MinDuration);
    while (add(d, MinDuration) > last) d = shift_days(d, -1);
    while (add(shift_days(d, 1), MinDuration) <= last) d = shift_days(d, 1);
    return d;
  }
  // A course of a listed class that may overlap the window.
  static bool counts_in(const therapy& t, const date_interval& w) { return Classes.contains(t.kind) && t.may_overlap(w); }
  static date later(date a, date b) { return a < b ? b : a; }
  static date earlier(date a, date b) { return b < a ? b : a; }
  // find<false> for since_first_start, with the window's latest fitting start given: met when a
  // course surely in the window surely started by then, unknown when one may have.
  template <class R> static truth first_start_by(const R& r, const date_interval& w, date latest) {
    detail::require_therapy_facet<R>();
    truth value = truth::not_met;
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!counts_in(t, w)) continue;
      // the first start is at most this course's start
      if (t.surely_overlaps(w) && later(t.latest_start(), w.first()) <= latest) return truth::met;
      if (later(t.earliest_start(), w.first()) <= latest) value = truth::unknown;
    }
    return value;
  }
  // Whether one continuous course fills MinDuration of the window: on its latest start and
  // earliest end (Sure), or on its earliest start and latest end.
  template <bool Sure> static bool lasts(const therapy& t, const date_interval& w) {
    const date from = later(Sure ? t.latest_start() : t.earliest_start(), w.first());
    const date to = !t.end ? w.last() : earlier(Sure ? t.earliest_end() : t.latest_end(), w.last());
    return add(from, MinDuration) <= to;
  }
  // Whether a course the list does not show (one that ended before therapies_recorded_since, on
  // or after the birth date) could meet the duration inside the window.
  template <class R> static bool unlisted_could_qualify(const R& r, const date_interval& w) {
    const std::optional<date> since = therapies_recorded_since(r);
    if (!since) return true;
    std::optional<date> from;
    if (!w.first().is_neg_infinity()) from = w.first();
    if (const std::optional<date> origin = history_origin(r); origin && (!from || *origin > *from)) from = origin;
    if (!from) return true; // a look-back without bound reaches before the list
    if (*since <= *from) return false;
    // One continuous course must fit before `since`; a first start only needs to be a year before the window's end.
    date last = w.last();
    if (Rule == duration_rule::continuous_course && shift_days(*since, -1) < last) last = shift_days(*since, -1);
    return add(*from, MinDuration) <= last;
  }
  template <class R> using kept = kept_t<therapy, decltype(record_traits<R>::therapies(std::declval<const R&>()))>;
  // The qualifying course (continuous) or the first-started course (since first start); with
  // Keep = false only whether there is one, copying no therapy.
  template <bool Keep, class R> struct found {
    std::conditional_t<Keep, kept<R>, bool> course{}; // the qualifying course, else one that may qualify
    bool sure = false;                                  // it qualifies on every day its dates can be
  };
  template <bool Keep, class R> static void take(found<Keep, R>& f, const therapy& t, bool sure) {
    if constexpr (Keep) f.course = keep<kept<R>>(t);
    else f.course = true;
    f.sure = sure;
  }
  template <bool Keep, class R> static found<Keep, R> find(const R& r, const date_interval& w) {
    detail::require_therapy_facet<R>();
    found<Keep, R> f;
    std::optional<date> best;                          // the earliest latest start of a course surely in the window
    [[maybe_unused]] std::conditional_t<Keep, kept<R>, bool> first{}; // that course
    std::optional<date> earliest;                      // the earliest start any course may have
    [[maybe_unused]] std::conditional_t<Keep, kept<R>, bool> may_be_first{}; // that course
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!counts_in(t, w)) continue;
      if constexpr (Rule == duration_rule::continuous_course) {
        if (lasts<true>(t, w)) {
          take(f, t, true);
          return f;
        }
        // A day-precise course lasts the same either way.
        if (!f.course && !(t.start.is_exact() && (!t.end || t.end->is_exact())) && lasts<false>(t, w)) take(f, t, false);
      } else {
        if (t.surely_overlaps(w) && (!best || t.latest_start() < *best)) {
          best = t.latest_start();
          if constexpr (Keep) first = keep<kept<R>>(t);
        }
        if (!earliest || t.earliest_start() < *earliest) {
          earliest = t.earliest_start();
          if constexpr (Keep) may_be_first = keep<kept<R>>(t);
        }
      }
    }
    if constexpr (Rule == duration_rule::since_first_start) {
      if (best && add(later(*best, w.first()), MinDuration) <= w.last()) {
        if constexpr (Keep) f.course = std::move(first);
        else f.course = true;
        f.sure = true;
      } else if (earliest && (!best || *earliest < *best) && add(later(*earliest, w.first()), MinDuration) <= w.last()) {
        if constexpr (Keep) f.course = std::move(may_be_first);
        else f.course = true;
      }
    }
    return f;
  }
};

} // namespace trialspec::eligibility
