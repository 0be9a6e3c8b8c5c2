// trialspec/protocol/protocol.hpp - a trial protocol as a type: identity, eligibility criteria,
// arms with their interventions and dose schedules, observation windows, follow-up visits and
// outcome measures, fixed at compile time and checked there.
//
// A protocol is described by a design type with named members:
//
//   struct design {
//     static constexpr std::string_view id = "NCT01892345", title = "...";
//     using criteria = ...;                       // what the eligibility layer composes (carried as is)
//     static constexpr std::array<arm, 2> arms{...};
//     using outcomes = outcome_set<...>;          // at least one primary outcome
//     // optional: the reference date's name and what is counted from it
//     static constexpr std::string_view reference = "randomisation";
//     using windows = observation_windows<...>;   // any WindowSet
//     using visits = visit_schedule<...>;         // any VisitSchedule
//   };
//   using trial = trialspec::protocol<design>;
//
// Doses given on a schedule belong to an arm's interventions (arm.hpp, dose_schedule.hpp). What
// only some trials have lives beside this layer: cell_therapy/ adds a cells/kg dose,
// premedication and the infusion order sheet.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/visits.hpp>
#include <trialspec/protocol/windows.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// Registry identifier and title: `static constexpr std::string_view id, title`.
template <class T>
concept ProtocolIdentity = requires {
  { T::id } -> std::convertible_to<std::string_view>;
  { T::title } -> std::convertible_to<std::string_view>;
};

/// The arms: `static constexpr std::array<arm, N> arms`.
template <class T>
concept ArmSet = requires {
  { T::arms.size() } -> std::convertible_to<std::size_t>;
  { T::arms[0] } -> std::convertible_to<arm>;
};

/// What every protocol design has: identity, criteria, arms and outcomes.
template <class D>
concept ProtocolDesign = ProtocolIdentity<D> && ArmSet<D> && requires {
  typename D::criteria;
  typename D::outcomes;
} && OutcomeSet<typename D::outcomes>;

namespace detail {
template <class D> concept has_reference = requires {
  { D::reference } -> std::convertible_to<std::string_view>;
};
template <class D> concept has_windows = requires { typename D::windows; };
template <class D> concept has_visits = requires { typename D::visits; };
template <class D> struct windows_of { using type = void; };
template <has_windows D> struct windows_of<D> { using type = typename D::windows; };
template <class D> struct visits_of { using type = void; };
template <has_visits D> struct visits_of<D> { using type = typename D::visits; };

template <std::size_t N> constexpr bool distinct_arm_names(const std::array<arm, N>& arms) {
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = i + 1; j < N; ++j)
      if (arms[i].name == arms[j].name) return false;
  return true;
}
} // namespace detail

/// A protocol composed at compile time from a design (see the banner).
template <ProtocolDesign D>
struct protocol {
  static_assert(D::arms.size() >= 1, "a protocol needs at least one arm");
  static_assert(detail::distinct_arm_names(D::arms), "the arms of a protocol must have distinct names");
  static_assert(D::outcomes::measures.size() >= 1, "a protocol needs at least one outcome measure");
  static_assert(!(detail::has_windows<D> || detail::has_visits<D>) || detail::has_reference<D>,
                "a protocol with windows or visits must name its reference date: static constexpr std::string_view "
                "reference = \"the infusion\" (or \"randomisation\", \"the first dose\" ...)");
  static_assert(!detail::has_windows<D> || WindowSet<typename detail::windows_of<D>::type>,
                "a protocol's windows must have `static std::string describe(std::string_view reference)`");
  static_assert(!detail::has_visits<D> || VisitSchedule<typename detail::visits_of<D>::type>,
                "a protocol's visits must be a VisitSchedule (visit_schedule<months...>)");

  using design = D;
  using criteria = typename D::criteria;
  using outcomes = typename D::outcomes;
  /// The windows and the visit schedule, or void when the design has none.
  using windows = typename detail::windows_of<D>::type;
  using schedule = typename detail::visits_of<D>::type;

  static constexpr std::string_view id = D::id;
  static constexpr std::string_view title = D::title;
  static constexpr auto arms = D::arms;

  /// The follow-up visit dates after the reference date `r`.
  static std::vector<scheduled_visit> visits(date r)
    requires detail::has_visits<D>
  {
    return schedule::dates(r);
  }

  /// The design in words (the criteria are printed by the eligibility layer): identity, arms,
  /// windows, visits and outcomes.
  static std::string describe_design() { return trialspec::detail::cat(describe_identity_and_arms(), describe_follow_up()); }

protected:
  /// "NCT...: title\nArms:\n  - ...\n"
  static std::string describe_identity_and_arms() {
    std::string s = trialspec::detail::cat(id, ": ", title, "\n");
    s += "Arms:\n";
    for (const auto& a : arms) s += trialspec::detail::cat("  - ", describe(a), "\n");
    return s;
  }
  /// "Windows: ...\nFollow-up visits: ...\nOutcomes:\n..." (windows and visits when present)
  static std::string describe_follow_up() {
    std::string s;
    if constexpr (detail::has_windows<D>) s += trialspec::detail::cat("Windows: ", windows::describe(D::reference), "\n");
    if constexpr (detail::has_visits<D>) s += trialspec::detail::cat("Follow-up visits: ", schedule::describe(D::reference), "\n");
    return trialspec::detail::cat(s, "Outcomes:\n", outcomes::describe());
  }
};

} // namespace trialspec
