// trialspec/eligibility/criteria/background_therapy.hpp - the background (maintenance) therapy a
// patient is on at screening: how many of some agents are ongoing (concurrent_agents), and whether
// their doses have been stable (stable_dose).
//
//   // "one of the following drugs at a stable dose is required as monotherapy: azathioprine,
//   //  mycophenolate mofetil or oral corticosteroids"
//   inline constexpr agent_set baseline{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil,
//                                       therapy_agent::oral_corticosteroid};
//   using monotherapy = all_of<concurrent_agents<baseline, comparison::equal, 1>, stable_dose<baseline, days{0}>>;
//   // "if receiving IST ..., on it at a stable dose": none ongoing, or the ongoing ones stable
//   using no_ist = concurrent_agents<ist, comparison::equal, 0>;
//
// A course is ongoing on a day when it started on or before it and has no end or ends on or after
// it. The number of agents is known only as a range, as relapse counts are: a course naming no
// agent whose class fits a listed agent may be one more, and a therapy history not documented as
// complete on that day may omit any number. `stable_since` is a course's last dose change.
// A course whose start or end is known only to the month or the year is ongoing on a day when it
// is on every day its dates can be (clinical/therapy.hpp, surely_ongoing_on); when it is on some
// of them only, its agent may be one more, as a course naming no agent may, and its dose
// stability decides nothing unless it is stable either way. A last dose change known only to the
// month or year is before the latest stable date when its last possible day is, after it when its
// first possible day is, and leaves the answer unknown otherwise.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/agents.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <bit>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::eligibility {

namespace detail {
/// Whether a therapy list complete from `since` covers the day `d`.
inline bool history_covers_day(const std::optional<date>& since, date d) { return since && *since <= d; }

struct agent_tally {
  agent_set found;      // listed agents with an ongoing course
  agent_set maybe;      // listed agents with a course that may be ongoing (imprecise dates)
  long possible = 0;    // ongoing courses naming no agent whose class fits a listed agent
  bool complete = false;
  [[nodiscard]] long low() const noexcept { return std::popcount(found.bits); }
  /// The listed agents that may be ongoing and are not surely.
  [[nodiscard]] agent_set only_maybe() const noexcept {
    agent_set s;
    s.bits = maybe.bits & ~found.bits;
    return s;
  }
  [[nodiscard]] long high(agent_set agents) const noexcept {
    if (!complete) return unbounded_count;
    const long room = std::popcount(agents.bits) - low();
    const long more = possible + std::popcount(only_maybe().bits);
    return low() + (more < room ? more : room);
  }
};

/// concurrent_agents' boundary probes, with a therapy history complete from well before: 0 to
/// Count + 1 listed agents ongoing on the reference date (as many as the set has); one course of
/// a listed agent ending the day before (0) and one starting the day after (0); a course naming
/// no agent of a fitting class (0 to 1); and none with the history not documented.
inline void concurrent_probes(probe_writer& p, reference_point point, agent_set agents, comparison op, int count) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date on = *ref;
  const date since = add(on, -calendar_duration(years{5}));
  std::vector<therapy_agent> listed;
  for (unsigned i = 0; i < therapy_agent_count; ++i)
    if (agents.contains(static_cast<therapy_agent>(i))) listed.push_back(static_cast<therapy_agent>(i));
  const auto with = [&](std::vector<therapy> courses) {
    patient r = p.base();
    r.therapies = std::move(courses);
    r.therapies_recorded_since = since;
    return r;
  };
  for (int n = 0; n <= count + 1 && n <= static_cast<int>(listed.size()); ++n) {
    std::vector<therapy> courses;
    for (int i = 0; i < n; ++i) courses.push_back(agent_course(listed[static_cast<std::size_t>(i)], add(on, -calendar_duration(years{1})), std::nullopt));
    p.add(trialspec::detail::cat(counted(n, "listed agent"), " ongoing on ", to_iso(on), " (threshold ", std::to_string(count), ")"), with(std::move(courses)),
          compare_range(op, n, n, count));
  }
  const therapy_agent a = listed.front();
  p.add(trialspec::detail::cat(to_string(a), " ending the day before, ", to_iso(shift_days(on, -1))),
        with({agent_course(a, add(on, -calendar_duration(years{1})), shift_days(on, -1))}), compare_range(op, 0, 0, count));
  p.add(trialspec::detail::cat(to_string(a), " starting the day after, ", to_iso(shift_days(on, 1))),
        with({agent_course(a, shift_days(on, 1), std::nullopt)}), compare_range(op, 0, 0, count));
  p.add(trialspec::detail::cat("an ongoing ", std::string(to_string(default_class(a))), " course naming no agent"),
        with({therapy{"unnamed course", default_class(a), add(on, -calendar_duration(years{1})), std::nullopt}}), compare_range(op, 0, 1, count));
  patient r = with({});
  r.therapies_recorded_since.reset();
  p.add("no course recorded, therapy history not documented", std::move(r), compare_range(op, 0, unbounded_count, count));
}
} // namespace detail

/// The number of distinct agents of Agents with a course ongoing on the reference date, compared
/// with Count: concurrent_agents<baseline, comparison::equal, 1> is "exactly 1 of azathioprine,
/// mycophenolate mofetil or oral corticosteroid ongoing at screening".
template <agent_set Agents, comparison Op, int Count, reference_point Ref = reference_point::screening>
struct concurrent_agents : criterion_base {
  static_assert(!Agents.empty(), "an agent criterion needs at least one agent");
  static_assert(Count >= 0, "a count of agents cannot be negative");
  static constexpr std::string_view kind = "concurrent_agents";
  static constexpr agent_set agents = Agents;
  static constexpr comparison op = Op;
  static constexpr int count = Count;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: 0 to Count + 1 ongoing agents, courses ending or starting next to the day,
  /// a course naming no agent, and an undocumented history.
  void boundary_probes(probe_writer& p) const { detail::concurrent_probes(p, Ref, Agents, Op, Count); }
  /// Its SQL (trialspec/sql/, writer::concurrent_agents): at screening only.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.concurrent_agents(Agents, Op, Count);
  }

  [[nodiscard]] std::string describe() const {
    if (Op == comparison::equal && Count == 0) return trialspec::detail::cat("none of ", agent_words(Agents), " ongoing at ", to_string(Ref));
    return trialspec::detail::cat(to_words(Op), " ", std::to_string(Count), " of ", agent_words(Agents), " ongoing at ",
           to_string(Ref));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const auto on = reference_date(ctx, Ref, r);
    if (!on) return truth::unknown;
    const auto t = tally(r, *on);
    return compare_range(Op, t.low(), t.high(Agents), Count);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const auto on = reference_date(ctx, Ref, r);
    if (!on) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto t = tally(r, *on);
    const auto n = b.open();
    std::string& s = b.reason(n);
    append_part(s, t.low());
    s.append(" of "sv).append(fixed_phrase([] { return agent_words(Agents); })).append(" ongoing on "sv);
    append_iso(s, *on);
    if (!t.found.empty()) s.append(" ("sv).append(agent_words(t.found, "and")).append(")"sv);
    if (const agent_set m = t.only_maybe(); !m.empty())
      s.append("; "sv).append(agent_words(m, "and")).append(" may be ongoing"sv)
          .append(" (course dates known only to the month or year)"sv);
    if (t.possible) {
      s.append("; "sv);
      append_part(s, t.possible);
      s.append(t.possible == 1 ? " ongoing course naming no agent"sv : " ongoing courses naming no agent"sv);
    }
    if (!t.complete) {
      s.append("; "sv);
      append_history_words(s, "therapy", therapies_recorded_since(r));
    }
    s.append(fixed_phrase([] { return trialspec::detail::cat("; required: ", to_words(Op), " ", std::to_string(Count)); }));
    b.close(n, compare_range(Op, t.low(), t.high(Agents), Count));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static detail::agent_tally tally(const R& r, date on) {
    static_assert(RecordWithTherapies<R>, "therapy criteria read therapies: record_traits<R> needs "
                                          "`static <range of therapy> therapies(const R&)`");
    detail::agent_tally t;
    for (const therapy& c : record_traits<R>::therapies(r)) {
      if (!c.may_be_ongoing_on(on)) continue;
      if (c.agent) {
        if (Agents.contains(*c.agent)) {
          if (c.surely_ongoing_on(on)) t.found.insert(*c.agent);
          else t.maybe.insert(*c.agent);
        }
      } else if (detail::could_be(c, Agents)) {
        ++t.possible;
      }
    }
    t.complete = detail::history_covers_day(therapies_recorded_since(r), on);
    return t;
  }
};

namespace detail {
/// stable_dose's boundary probes, with a therapy history complete from well before and one
/// ongoing course of a listed agent: its last dose change exactly MinStable before the
/// reference date (met), a day later (not met); the change not recorded (unknown); no listed
/// course ongoing (met).
inline void stable_probes(probe_writer& p, reference_point point, agent_set agents, calendar_duration min_stable) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date on = *ref;
  const therapy_agent a = first_agent(agents);
  const date start = add(on, -calendar_duration(years{3}));
  const date edge = min_stable.count == 0 ? shift_days(on, -1) : add(on, -min_stable);
  const auto with = [&](std::optional<date> changed) {
    patient r = p.base();
    therapy t = agent_course(a, start, std::nullopt);
    t.stable_since = changed;
    r.therapies = {t};
    r.therapies_recorded_since = shift_days(start, -1);
    return r;
  };
  const std::string name(to_string(a));
  p.add(trialspec::detail::cat(name, " ongoing, last dose change on ", to_iso(edge), " (the latest stable date)"), with(edge), truth::met);
  p.add(trialspec::detail::cat(name, " ongoing, last dose change on ", to_iso(shift_days(edge, 1)), " (one day too late)"), with(shift_days(edge, 1)), truth::not_met);
  p.add(trialspec::detail::cat(name, " ongoing, last dose change not recorded"), with(std::nullopt), truth::unknown);
  patient none = with(std::nullopt);
  none.therapies.clear();
  p.add("no course ongoing, history complete", std::move(none), truth::met);
}
} // namespace detail

/// Every course of Agents ongoing on the reference date has had its dose unchanged for at least
/// MinStable before it (its last dose change, `stable_since`, on or before the reference date
/// minus MinStable, and before the reference date): stable_dose<ist, weeks{8}>. With none ongoing
/// it is met (nothing to be stable), provided the history is documented on that day. A course
/// whose last dose change is not recorded, or a course naming no agent whose class fits, leaves it
/// unknown unless another course already fails it.
template <agent_set Agents, calendar_duration MinStable, reference_point Ref = reference_point::screening>
struct stable_dose : criterion_base {
  static_assert(!Agents.empty(), "an agent criterion needs at least one agent");
  static_assert(MinStable.count >= 0, "a minimum stable duration cannot be negative");
  static constexpr std::string_view kind = "stable_dose";
  static constexpr agent_set agents = Agents;
  static constexpr calendar_duration min_stable = MinStable;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: the last dose change on and one day after the latest stable date, not
  /// recorded, and no course ongoing.
  void boundary_probes(probe_writer& p) const { detail::stable_probes(p, Ref, Agents, MinStable); }
  /// Its SQL (trialspec/sql/, writer::stable_dose): at screening only.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.stable_dose(Agents, latest_stable(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("any ongoing ", agent_words(Agents), " at a dose unchanged ",
           (MinStable.count == 0 ? std::string("since before ") : trialspec::detail::cat("for at least ", to_string(MinStable), " before ")),
           to_string(Ref));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const auto on = reference_date(ctx, Ref, r);
    if (!on) return truth::unknown;
    return facts<false>(r, *on).value;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const auto on = reference_date(ctx, Ref, r);
    if (!on) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto f = facts<true>(r, *on);
    const date latest = latest_stable(*on);
    if (f.course) {
      const therapy& t = *f.course;
      const bool ongoing = t.surely_ongoing_on(*on);
      if (!t.agent)
        return leaf(b, truth::unknown, detail::agent_course_words(t), ongoing ? " is ongoing"sv : " may be ongoing on "sv,
                    [&](std::string& s) { if (!ongoing) append_iso(s, *on); }, " and may be one of the listed agents");
      if (!t.stable_since) return leaf(b, truth::unknown, detail::agent_course_words(t), ": last dose change not recorded");
      if (f.value == truth::unknown && latest < t.stable_since->earliest())
        return leaf(b, truth::unknown, detail::agent_course_words(t), " may be ongoing on ", *on, "; last dose change on ",
                    *t.stable_since, ", after ", latest);
      if (f.value == truth::unknown)
        return leaf(b, truth::unknown, detail::agent_course_words(t), ": last dose change on ", *t.stable_since, ", which may be after ",
                    latest);
      return leaf(b, f.value, detail::agent_course_words(t), ": last dose change on ", *t.stable_since,
                  f.value == truth::not_met ? ", after "sv : ", on or before "sv, latest);
    }
    const std::string& what = fixed_phrase([] { return agent_words(Agents); });
    if (f.value == truth::met) {
      if (f.any) return leaf(b, truth::met, "every ongoing ", what, " course unchanged since on or before ", latest);
      return leaf(b, truth::met, "no ", what, " ongoing on ", *on);
    }
    if (f.any)
      return leaf(b, truth::unknown, "every recorded ongoing ", what, " course unchanged since on or before ", latest, "; ",
                  history_part("therapy", therapies_recorded_since(r)));
    return leaf(b, truth::unknown, "no ", what, " recorded ongoing on ", *on, "; ", history_part("therapy", therapies_recorded_since(r)));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  /// The latest last-dose-change date that counts as stable.
  static date latest_stable(date on) { return MinStable.count == 0 ? shift_days(on, -1) : add(on, -MinStable); }
  template <class R> using kept = kept_t<therapy, decltype(record_traits<R>::therapies(std::declval<const R&>()))>;
  template <bool Keep, class R> struct stable_facts {
    truth value = truth::met;
    bool any = false; // some listed course is ongoing
    std::conditional_t<Keep, kept<R>, bool> course{}; // the course that decides or leaves it unknown
  };
  template <bool Keep, class R> static stable_facts<Keep, R> facts(const R& r, date on) {
    static_assert(RecordWithTherapies<R>, "therapy criteria read therapies: record_traits<R> needs "
                                          "`static <range of therapy> therapies(const R&)`");
    stable_facts<Keep, R> f;
    const date latest = latest_stable(on);
    bool undecided = false;
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!t.may_be_ongoing_on(on)) continue;
      const bool listed = t.agent && Agents.contains(*t.agent);
      if (!listed && !(!t.agent && detail::could_be(t, Agents))) continue;
      f.any = f.any || listed;
      if (listed && t.stable_since && t.stable_since->earliest() > latest && t.surely_ongoing_on(on)) {
        f.value = truth::not_met;
        if constexpr (Keep) f.course = keep<kept<R>>(t);
        return f;
      }
      // Stable on every day its last dose change can be; otherwise undecided (a change that may
      // be after the latest stable date, or one after it on a course that may not be ongoing).
      if (!listed || !t.stable_since || t.stable_since->latest() > latest) {
        if constexpr (Keep)
          if (!undecided) f.course = keep<kept<R>>(t);
        undecided = true;
      }
    }
    if (undecided || !detail::history_covers_day(therapies_recorded_since(r), on)) f.value = truth::unknown;
    return f;
  }
};

} // namespace trialspec::eligibility
