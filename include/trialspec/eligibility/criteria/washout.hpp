// trialspec/eligibility/criteria/washout.hpp - use of named agents in a window (agent_exposure),
// and a washout table: agents, each with its own window, as one criterion (washout_table).
//
//   // "Use of rituximab or mitoxantrone within 3 months prior to Screening", "Use of IV
//   //  immunoglobulin within 3 weeks prior to Screening"
//   using washout = washout_table<agent_exposure<agent_set{therapy_agent::rituximab, therapy_agent::mitoxantrone},
//                                                within_before(months{3})>,
//                                 agent_exposure<agent_set{therapy_agent::ivig}, within_before(weeks{3})>>;
//   washout::table();  // the rows as a table: agents | window
//
// "Use" is a course that overlaps the window (a course with no end is ongoing). A course that
// names no agent may be any agent its class fits (clinical/therapy.hpp, class_fits): it leaves
// the answer unknown when it overlaps the window, unless a named course already decides it. A
// therapy history proves an absence only over the part it is documented as complete for
// (therapies_recorded_since); a window reaching back without bound ("ever treated") is covered
// by any documented history. A course whose start or end is known only to the month or year
// (clinical/therapy.hpp) overlaps the window when it does on every day its dates can be, and
// may overlap it when it does on some: such a course of a listed agent leaves the answer unknown
// (unless another course decides it), as a course naming no agent does.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/agents.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace trialspec::eligibility {

/// Agents a criterion names.
using agent_set = flag_set<therapy_agent>;
/// The complement inhibitors of the vocabulary.
inline constexpr agent_set complement_inhibitors{therapy_agent::eculizumab, therapy_agent::ravulizumab};

/// The agents of group `g` (clinical/agents.hpp, in_group).
constexpr agent_set agents_in(agent_group g) noexcept {
  agent_set s;
  for (unsigned i = 0; i < therapy_agent_count; ++i)
    if (in_group(static_cast<therapy_agent>(i), g)) s.insert(static_cast<therapy_agent>(i));
  return s;
}
/// B-cell targeted therapies and lymphocyte trafficking blockers (agents.hpp lists the members).
inline constexpr agent_set b_cell_targeted_agents = agents_in(agent_group::b_cell_targeted);
inline constexpr agent_set lymphocyte_trafficking_blockers = agents_in(agent_group::lymphocyte_trafficking_blocker);

/// "rituximab or mitoxantrone" (`conjunction` between the last two).
inline std::string agent_words(agent_set agents, std::string_view conjunction = "or") {
  return join_words(agents, therapy_agent::investigational, conjunction);
}

namespace detail {
/// Whether a course that names no agent could be one of `agents` (its class fits one of them).
inline bool could_be(const therapy& t, agent_set agents) {
  for (unsigned i = 0; i < therapy_agent_count; ++i) {
    const auto a = static_cast<therapy_agent>(i);
    if (agents.contains(a) && class_fits(a, t.kind)) return true;
  }
  return false;
}
/// The first agent of `agents` (for probes).
inline therapy_agent first_agent(agent_set agents) {
  for (unsigned i = 0; i < therapy_agent_count; ++i)
    if (agents.contains(static_cast<therapy_agent>(i))) return static_cast<therapy_agent>(i);
  return therapy_agent::investigational;
}
/// An agent outside `agents`, if there is one (for probes).
inline std::optional<therapy_agent> agent_outside(agent_set agents) {
  for (unsigned i = 0; i < therapy_agent_count; ++i)
    if (!agents.contains(static_cast<therapy_agent>(i)) && static_cast<therapy_agent>(i) != therapy_agent::investigational)
      return static_cast<therapy_agent>(i);
  return std::nullopt;
}
/// A probe course of agent `a` (named as the agent, of its default class).
inline therapy agent_course(therapy_agent a, date start, std::optional<date> end) {
  therapy t{std::string(to_string(a)), default_class(a), start, end};
  t.agent = a;
  return t;
}
/// "rituximab (immunosuppressant) from 2013-01-01 to 2013-06-01", written in place.
inline auto agent_course_words(const therapy& t) {
  using namespace std::string_view_literals;
  return [&t](std::string& s) {
    if (t.agent) s.append(to_string(*t.agent));
    else s.append(t.name.empty() ? std::string_view("unnamed course") : std::string_view(t.name)).append(", agent not recorded"sv);
    s.append(" ("sv).append(to_string(t.kind)).append(") from "sv);
    append_part(s, t.start);
    if (!t.end) return static_cast<void>(s.append(", ongoing"sv));
    s.append(" to "sv);
    append_part(s, *t.end);
  };
}

/// agent_exposure's boundary probes, with a therapy history complete from well before: a 30-day
/// course of a listed agent ending on the window's first day (met) and the day before it (not
/// met), one starting on its last day (met) and the day after it (not met); a course of another
/// agent in the window (not met); a course of a fitting class naming no agent (unknown); and no
/// course with the history not documented (unknown).
inline void agent_exposure_probes(probe_writer& p, reference_point point, const relative_window& window, agent_set agents) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const therapy_agent a = first_agent(agents);
  const date since = w.first().is_special() ? probe_history_start(p.base(), *ref) : add(w.first(), -calendar_duration(years{2}));
  const auto with = [&](therapy t) {
    patient r = p.base();
    r.therapies = {t};
    r.therapies_recorded_since = since < t.start.earliest() ? since : shift_days(t.start.earliest(), -1);
    return r;
  };
  const std::string name(to_string(a));
  if (!w.first().is_special()) {
    p.add(trialspec::detail::cat(name, " course ending on the window's first day ", to_iso(w.first())), with(agent_course(a, shift_days(w.first(), -30), w.first())),
          truth::met);
    p.add(trialspec::detail::cat(name, " course ending one day before the window, ", to_iso(shift_days(w.first(), -1))),
          with(agent_course(a, shift_days(w.first(), -31), shift_days(w.first(), -1))), truth::not_met);
  }
  if (!w.last().is_special()) {
    p.add(trialspec::detail::cat(name, " course starting on the window's last day ", to_iso(w.last())), with(agent_course(a, w.last(), shift_days(w.last(), 30))),
          truth::met);
    p.add(trialspec::detail::cat(name, " course starting one day after the window, ", to_iso(shift_days(w.last(), 1))),
          with(agent_course(a, shift_days(w.last(), 1), shift_days(w.last(), 31))), truth::not_met);
  }
  const date in = inside_day(w, *ref);
  if (const auto other = agent_outside(agents))
    p.add(trialspec::detail::cat("a course of ", to_string(*other), " (not listed) on ", to_iso(in)), with(agent_course(*other, in, in)), truth::not_met);
  {
    therapy t{"unnamed course", default_class(a), in, in};
    const std::string_view kind = to_string(t.kind); // "immunomodulator", "corticosteroid", ...
    const bool vowel = !kind.empty() && std::string_view("aeiou").find(kind.front()) != std::string_view::npos;
    p.add(trialspec::detail::cat(vowel ? "an " : "a ", kind, " course naming no agent on ", to_iso(in)), with(t), truth::unknown);
  }
  {
    patient r = p.base();
    r.therapies.clear();
    r.therapies_recorded_since.reset();
    p.add("no course recorded, therapy history not documented", std::move(r), truth::unknown);
  }
}
} // namespace detail

/// Some course of one of Agents overlaps Window: agent_exposure<agent_set{therapy_agent::ivig},
/// within_before(weeks{3})> is "use of IV immunoglobulin within 3 weeks before screening";
/// agent_exposure<complement_inhibitors, on_or_before_reference> is "use of eculizumab or
/// ravulizumab up to screening" (ever treated).
template <agent_set Agents, relative_window Window, reference_point Ref = reference_point::screening>
struct agent_exposure : criterion_base {
  static_assert(!Agents.empty(), "an agent criterion needs at least one agent");
  static constexpr std::string_view kind = "agent_exposure";
  static constexpr agent_set agents = Agents;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: courses on and beyond the window's edges, another agent, a course naming no
  /// agent, and an undocumented history.
  void boundary_probes(probe_writer& p) const { detail::agent_exposure_probes(p, Ref, Window, Agents); }
  /// Its SQL (trialspec/sql/, writer::agent_exposure): at screening only; the window resolved
  /// against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.agent_exposure(Agents, Window.resolve(q.as_of()));
  }

  /// "rituximab or mitoxantrone"
  static std::string agent_text() { return agent_words(Agents); }
  /// "within 3 months before screening"
  static std::string window_text() { return Window.describe(to_string(Ref)); }
  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("use of ", agent_text(), " ", window_text()); }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    return facts<false>(r, *w).value;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto f = facts<true>(r, *w);
    const std::string& what = fixed_phrase([] { return agent_words(Agents); });
    if (f.value == truth::met) return leaf(b, truth::met, detail::agent_course_words(*f.course), " overlaps ", window_words<Window>(ctx, *w));
    if (f.value == truth::not_met) return leaf(b, truth::not_met, "no ", what, " ", window_words<Window>(ctx, *w));
    if (f.course && f.course->agent)
      return leaf(b, truth::unknown, detail::agent_course_words(*f.course), " may overlap ", window_words<Window>(ctx, *w),
                  ", depending on the days");
    if (f.course)
      return leaf(b, truth::unknown, detail::agent_course_words(*f.course), f.partly ? " may overlap "sv : " overlaps "sv,
                  window_words<Window>(ctx, *w), " and may be ", what);
    return leaf(b, truth::unknown, "no ", what, " recorded ", window_words<Window>(ctx, *w), "; ",
                history_part("therapy", therapies_recorded_since(r)));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> using kept = kept_t<therapy, decltype(record_traits<R>::therapies(std::declval<const R&>()))>;
  template <bool Keep, class R> struct exposure_facts {
    truth value = truth::unknown;
    std::conditional_t<Keep, kept<R>, bool> course{}; // the deciding course, or the undecided one
    bool partly = false; // the undecided course may overlap the window (its dates are imprecise)
  };
  template <bool Keep, class R> static exposure_facts<Keep, R> facts(const R& r, const date_interval& w) {
    static_assert(RecordWithTherapies<R>, "therapy criteria read therapies: record_traits<R> needs "
                                          "`static <range of therapy> therapies(const R&)`");
    exposure_facts<Keep, R> f;
    bool possible = false;
    for (const therapy& t : record_traits<R>::therapies(r)) {
      if (!t.may_overlap(w)) continue;
      const bool sure = t.surely_overlaps(w);
      if (t.agent ? Agents.contains(*t.agent) : false) {
        if (sure) {
          f.value = truth::met;
          if constexpr (Keep) f.course = keep<kept<R>>(t);
          return f;
        }
        // A listed agent whose imprecise dates may or may not reach the window.
        if (!possible) {
          possible = true;
          f.partly = true;
          if constexpr (Keep) f.course = keep<kept<R>>(t);
        }
        continue;
      }
      if (!t.agent && !possible && detail::could_be(t, Agents)) {
        possible = true;
        f.partly = !sure;
        if constexpr (Keep) f.course = keep<kept<R>>(t);
      }
    }
    if (!possible && history_covers(therapies_recorded_since(r), w, history_origin(r))) f.value = truth::not_met;
    return f;
  }
};

/// A row of a washout table: an agent_exposure (agents and their window).
template <class C>
concept WashoutRow = CriterionNode<C> && requires {
  { C::agents } -> std::convertible_to<agent_set>;
  { C::window } -> std::convertible_to<relative_window>;
  { C::agent_text() } -> std::convertible_to<std::string>;
  { C::window_text() } -> std::convertible_to<std::string>;
};

namespace detail {
/// A washout row that states its SQL for writer `Sql` (agent_exposure at screening).
template <class C, class Sql>
concept washout_row_sql = requires(const C& c, const Sql& q) {
  { c.sql(q) } -> std::convertible_to<std::string>;
};
} // namespace detail

/// Use of any agent of a row within that row's window: met when some row is met, not met when
/// every row is not met (Kleene "or", as any_of). Its rows are its parts (each with its own
/// verdict and boundary probes); table() lists them as agent | window.
template <WashoutRow... Rows> struct washout_table : criterion_base {
  static_assert(sizeof...(Rows) >= 1, "a washout table needs at least one row");
  static constexpr std::string_view kind = "washout_table";
  std::tuple<Rows...> parts;

  constexpr washout_table() = default;
  [[nodiscard]] constexpr const std::tuple<Rows...>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return "use of any agent within its washout window"; }
  /// Its SQL (trialspec/sql/): the rows' SQL joined by OR, which is Kleene's "or" on TRUE / FALSE /
  /// NULL as test() is; only when every row has SQL (at screening).
  template <class Sql>
    requires(detail::washout_row_sql<Rows, Sql> && ...)
  [[nodiscard]] std::string sql(const Sql& q) const {
    // Built by append: g++ 12 -O3 reports a false -Wrestrict on "literal" + std::string.
    std::string s = "(";
    bool first = true;
    std::apply([&](const auto&... c) { ((s.append(first ? "" : " OR ").append(c.sql(q)), first = false), ...); }, parts);
    s += ')';
    return s;
  }

  /// The rows as an aligned two-column table, one row a line, each line indented by `indent`:
  ///   "agent                     | window\n" "rituximab or mitoxantrone | within 3 months before screening\n"
  static std::string table(std::size_t indent = 0) {
    std::size_t width = 5; // "agent"
    ((width = Rows::agent_text().size() > width ? Rows::agent_text().size() : width), ...); // no <algorithm> for std::max
    const std::string pad(indent, ' ');
    const auto line = [&](const std::string& a, const std::string& w) { return trialspec::detail::cat(pad, a, std::string(width - a.size(), ' '), " | ", w, "\n"); };
    std::string s = line("agent", "window");
    ((s += line(Rows::agent_text(), Rows::window_text())), ...);
    return s;
  }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    truth acc = truth::not_met;
    std::apply([&](const auto&... c) { static_cast<void>((((acc = acc || c.test(r, ctx)) != truth::met) && ...)); }, parts);
    return acc;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    detail::explain_combinator<washout_table>([] { return "washout table"sv; }, parts, r, ctx, b, [](const truth_counts& c) {
      return c.met ? truth::met : c.unknown ? truth::unknown : truth::not_met;
    });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
