// trialspec/protocol/protocol.hpp - a protocol as a type: identity, eligibility criteria, arms,
// dosing, premedication, infusion, observation windows, visit schedule and outcome measures, all
// fixed at compile time and checked there (premedication before the cells, one cells step, at
// least one primary outcome ...).
//
// The criteria parameter is whatever the eligibility layer composes (a criteria set with
// inclusion and exclusion lists); the protocol only carries it, so this header does not depend on
// its shape.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/protocol/administration.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dosing.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/windows.hpp>

#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
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

namespace detail {
inline std::string steps_text(std::span<const administration_step> steps, std::string_view cells_dose) {
  std::string s;
  const administration_step* previous = nullptr;
  for (const auto& st : steps) {
    // Steps given together are listed with commas; a step that starts later follows with "then".
    if (previous) s += st.start_minute > previous->start_minute ? ", then " : ", ";
    previous = &st;
    s += std::string(st.name) + " ";
    s += st.is_cells() ? std::string(cells_dose) : body_weight::number_text(st.amount) + " " + std::string(to_string(st.unit));
    s += " " + std::string(abbreviation(st.via));
    if (st.duration_minutes > 0) s += " over " + std::to_string(st.duration_minutes) + " min";
    if (st.start_minute < 0) s += " " + std::to_string(-st.start_minute) + " min before the cells";
  }
  return s;
}
} // namespace detail

/// A protocol composed at compile time.
template <ProtocolIdentity Identity, class Criteria, ArmSet Arms, DoseRule Dose, AdministrationPlan Pre,
          AdministrationPlan Inf, ObservationWindows Windows, VisitSchedule Schedule, OutcomeSet Outcomes>
struct protocol {
  static_assert(Arms::arms.size() >= 1, "a protocol needs at least one arm");
  static_assert(Outcomes::measures.size() >= 1, "a protocol needs at least one outcome measure");
  static_assert((check_administration<Pre, Inf>(), true));

  using identity = Identity;
  using criteria = Criteria;
  using dose = Dose;
  using premedication = Pre;
  using infusion = Inf;
  using windows = Windows;
  using schedule = Schedule;
  using outcomes = Outcomes;

  static constexpr std::string_view id = Identity::id;
  static constexpr std::string_view title = Identity::title;
  static constexpr auto arms = Arms::arms;

  /// Premedication and infusion for a patient (see make_order_sheet).
  static order_sheet order_sheet_for(std::optional<double> weight_kg, date_time cells_start) {
    return make_order_sheet<Dose, Pre, Inf>(weight_kg, cells_start);
  }
  /// The follow-up visit dates after an infusion on `infusion`.
  static std::vector<scheduled_visit> visits(date infusion) { return Schedule::dates(infusion); }

  /// The design in words (the criteria are printed by the eligibility layer).
  static std::string describe_design() {
    std::string s = std::string(id) + ": " + std::string(title) + "\n";
    s += "Arms:\n";
    for (const auto& a : arms) s += "  - " + describe(a) + "\n";
    s += "Dose: " + Dose::describe() + "\n";
    s += "Premedication: " + detail::steps_text(Pre::steps, Dose::describe()) + "\n";
    s += "Infusion: " + detail::steps_text(Inf::steps, Dose::describe()) + "\n";
    s += "Windows: " + Windows::describe() + "\n";
    s += "Follow-up visits: " + Schedule::describe() + "\n";
    s += "Outcomes:\n" + Outcomes::describe();
    return s;
  }
};

} // namespace trialspec
