// trialspec/protocol/cell_therapy/administration.hpp - premedication and infusion as timed
// administration steps relative to the start of the cells, checked at compile time.
//
// Every step has a start in minutes relative to the start of the cells (negative = before) and a
// duration (0 for a single dose given at once). The cells step takes its amount from the
// protocol's cell dose rule. The order sheet for a patient (clock times) is order_sheet.hpp.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/protocol/route.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace trialspec::cell_therapy {

/// Unit of a fixed amount; `cells` means the amount comes from the protocol's dose rule.
enum class amount_unit : std::uint8_t { mg, mL, cells };

/// Symbols (also the tokens) of each unit (trialspec/enum_names.hpp).
inline constexpr auto amount_unit_names = name_table<amount_unit::cells>({
    {amount_unit::mg, "mg"},
    {amount_unit::mL, "mL"},
    {amount_unit::cells, "cells"},
});
constexpr const auto& names_of(amount_unit) noexcept { return amount_unit_names; }
constexpr std::string_view to_string(amount_unit u) noexcept { return amount_unit_names.words(u); }

/// One administration step of a protocol, timed relative to the start of the cells.
struct administration_step {
  std::string_view name;          ///< "chlorpheniramine", "autologous MSC", "normal saline"
  double amount = 0;              ///< in `unit`; ignored for cells (the dose rule decides)
  amount_unit unit = amount_unit::mg;
  route via = route::intravenous;
  int start_minute = 0;           ///< minutes from the start of the cells; negative = before
  int duration_minutes = 0;       ///< 0 for a single dose
  [[nodiscard]] constexpr int end_minute() const noexcept { return start_minute + duration_minutes; }
  [[nodiscard]] constexpr bool is_cells() const noexcept { return unit == amount_unit::cells; }
};

/// A type holding `static constexpr std::array<administration_step, N> steps`.
template <class T>
concept AdministrationPlan = requires {
  { T::steps.size() } -> std::convertible_to<std::size_t>;
  { T::steps[0] } -> std::convertible_to<administration_step>;
};

namespace detail {
template <class Plan> constexpr bool all_before_cells() {
  for (const auto& s : Plan::steps)
    if (s.is_cells() || s.end_minute() > 0 || s.duration_minutes < 0) return false;
  return true;
}
template <class Plan> constexpr std::size_t cell_steps() {
  std::size_t n = 0;
  for (const auto& s : Plan::steps) n += s.is_cells() ? 1 : 0;
  return n;
}
template <class Plan> constexpr bool cells_start_at_zero() {
  for (const auto& s : Plan::steps)
    if (s.is_cells() && s.start_minute != 0) return false;
  return true;
}
template <class Plan> constexpr bool sequential_without_overlap() {
  for (std::size_t i = 1; i < Plan::steps.size(); ++i)
    if (Plan::steps[i].start_minute < Plan::steps[i - 1].end_minute()) return false;
  for (const auto& s : Plan::steps)
    if (s.duration_minutes < 0 || (!s.is_cells() && !(s.amount > 0))) return false;
  return true;
}
} // namespace detail

/// Premedication: every step ends no later than the start of the cells.
template <class T>
concept Premedication = AdministrationPlan<T> && detail::all_before_cells<T>();

/// The infusion: exactly one cells step, starting at minute 0, and the steps follow each other
/// without overlapping (the saline runs after the cells).
template <class T>
concept InfusionPlan = AdministrationPlan<T> && detail::cell_steps<T>() == 1 &&
                       detail::cells_start_at_zero<T>() && detail::sequential_without_overlap<T>();

/// Compile-time checks with messages that state the rule (use in a protocol's definition).
template <AdministrationPlan Pre, AdministrationPlan Inf> constexpr void check_administration() {
  // Each rule is on the static_assert's own line so both compilers echo it.
  static_assert(detail::all_before_cells<Pre>(), "premedication must contain no cells and end no later than the start of the cells (minute 0)");
  static_assert(detail::cell_steps<Inf>() == 1, "the infusion must contain exactly one cells step");
  static_assert(detail::cells_start_at_zero<Inf>(), "the cells step defines minute 0 and must start there");
  static_assert(detail::sequential_without_overlap<Inf>(), "infusion steps must follow each other without overlapping, with positive amounts");
}

/// The steps in words, the cells step given as `cells_dose`: "chlorpheniramine 10 mg PO 30 min
/// before the cells, hydrocortisone 100 mg IV 30 min before the cells", "autologous MSC 2.0 x 10^6
/// cells/kg body weight IV over 15 min, then normal saline 500 mL IV over 240 min".
inline std::string steps_text(std::span<const administration_step> steps, std::string_view cells_dose) {
  std::string s;
  const administration_step* previous = nullptr;
  for (const auto& st : steps) {
    // Steps given together are listed with commas; a step that starts later follows with "then".
    if (previous) s += st.start_minute > previous->start_minute ? ", then " : ", ";
    previous = &st;
    // Appended piece by piece: "text" + std::string at -O3 makes g++ 12 report a false -Wrestrict.
    s.append(st.name).append(" ");
    if (st.is_cells()) s.append(cells_dose);
    else s.append(body_weight::number_text(st.amount)).append(" ").append(to_string(st.unit));
    s.append(" ").append(abbreviation(st.via));
    if (st.duration_minutes > 0) s.append(" over ").append(std::to_string(st.duration_minutes)).append(" min");
    if (st.start_minute < 0) s.append(" ").append(std::to_string(-st.start_minute)).append(" min before the cells");
  }
  return s;
}

} // namespace trialspec::cell_therapy
