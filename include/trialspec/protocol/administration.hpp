// trialspec/protocol/administration.hpp - premedication and infusion as timed administration
// steps relative to the start of the cell infusion, checked at compile time, and an order sheet
// for a given weight and start time.
//
// Every step has a start in minutes relative to the start of the cells (negative = before) and a
// duration (0 for a single dose given at once). The cells step takes its amount from the
// protocol's dose rule.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/protocol/dosing.hpp>
#include <trialspec/verdict.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// Route of administration.
enum class route : std::uint8_t { oral, intravenous, intramuscular, subcutaneous };

/// "PO", "IV", "IM", "SC" as written on order sheets.
constexpr std::string_view abbreviation(route r) noexcept {
  switch (r) {
  case route::oral: return "PO";
  case route::intravenous: return "IV";
  case route::intramuscular: return "IM";
  case route::subcutaneous: return "SC";
  }
  return "?";
}

inline std::ostream& operator<<(std::ostream& os, route r) { return os << abbreviation(r); }

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

// -----------------------------------------------------------------------------------------------
// Order sheet
// -----------------------------------------------------------------------------------------------

using date_time = boost::posix_time::ptime;

/// "2014-03-03 09:30"
inline std::string to_iso_minutes(const date_time& t) {
  if (t.is_special()) return "not-a-time";
  const auto tod = t.time_of_day();
  std::string s = to_iso(t.date()) + " ";
  detail::append_padded(s, static_cast<long>(tod.hours()), 2);
  s += ':';
  detail::append_padded(s, static_cast<long>(tod.minutes()), 2);
  return s;
}

/// One line of an order sheet.
struct order_line {
  std::string name;
  std::string dose;                 ///< "10 mg", "1.4 x 10^8 cells", or why it is missing
  std::optional<double> amount;     ///< in `unit`; absent when the dose cannot be computed
  amount_unit unit = amount_unit::mg;
  route via = route::intravenous;
  int start_minute = 0;             ///< relative to the start of the cells
  int duration_minutes = 0;
  date_time start;
  date_time end;
};

/// Premedication and infusion for one patient, in time order.
struct order_sheet {
  std::optional<double> weight_kg;
  date_time cells_start;
  std::vector<order_line> lines;

  /// Whether every dose could be computed (false when the weight is missing for a per-kg dose).
  [[nodiscard]] bool complete() const noexcept {
    for (const auto& l : lines)
      if (!l.amount) return false;
    return true;
  }

  /// Plain text, one line per step:
  /// "2014-03-03 09:00  chlorpheniramine 10 mg PO (30 min before cells)".
  [[nodiscard]] std::string render() const {
    std::string s = "Order sheet: cells start " + to_iso_minutes(cells_start) + ", body weight " +
                    (weight_kg ? body_weight::number_text(*weight_kg) + " kg" : std::string("not recorded")) + "\n";
    for (const auto& l : lines) {
      s += "  " + to_iso_minutes(l.start);
      s += l.duration_minutes > 0 ? " to " + to_iso_minutes(l.end).substr(11) : std::string(9, ' ');
      s += "  " + l.name + " " + l.dose + " " + std::string(abbreviation(l.via));
      if (l.duration_minutes > 0) s += " over " + std::to_string(l.duration_minutes) + " min";
      if (l.start_minute < 0) s += " (" + std::to_string(-l.start_minute) + " min before cells)";
      s += "\n";
    }
    return s;
  }
};

namespace detail {
inline std::string amount_text(double amount, amount_unit u) {
  return body_weight::number_text(amount) + " " + std::string(to_string(u));
}
} // namespace detail

/// The order sheet for a patient of `weight_kg` (absent: the cells dose is left uncomputed) whose
/// cells start at `cells_start`. Throws invalid_input for an implausible weight.
template <DoseRule Dose, Premedication Pre, InfusionPlan Inf>
order_sheet make_order_sheet(std::optional<double> weight_kg, date_time cells_start) {
  if (cells_start.is_special())
    throw invalid_input("infusion start", "not-a-time", "the start of the cells must be a date and time");
  order_sheet sheet{weight_kg, cells_start, {}};
  const std::optional<cell_count> cells = Dose::total(weight_kg);
  auto add = [&](const administration_step& s) {
    order_line l;
    l.name = std::string(s.name);
    l.unit = s.unit;
    l.via = s.via;
    l.start_minute = s.start_minute;
    l.duration_minutes = s.duration_minutes;
    l.start = cells_start + boost::posix_time::minutes(s.start_minute);
    l.end = cells_start + boost::posix_time::minutes(s.end_minute());
    if (s.is_cells()) {
      if (cells) {
        l.amount = cells->cells;
        l.dose = cells->to_string();
        if (Dose::needs_weight)
          l.dose += " (" + Dose::describe() + " x " + body_weight::number_text(*weight_kg) + " kg)";
      } else {
        l.dose = "dose not computable: body weight not recorded (" + Dose::describe() + ")";
      }
    } else {
      l.amount = s.amount;
      l.dose = detail::amount_text(s.amount, s.unit);
    }
    sheet.lines.push_back(std::move(l));
  };
  for (const auto& s : Pre::steps) add(s);
  for (const auto& s : Inf::steps) add(s);
  return sheet;
}

// -----------------------------------------------------------------------------------------------
// Checking what was given against the order sheet
// -----------------------------------------------------------------------------------------------

/// One administration as charted: what, when it started, when it ended (infusions), how much.
struct administration_record {
  std::string name;
  date_time start;
  std::optional<date_time> end;
  std::optional<double> amount;  ///< in the unit of the order line
};

namespace detail {
inline long minutes_between(const date_time& from, const date_time& to) {
  return static_cast<long>((to - from).total_seconds() / 60);
}
inline std::string amount_words(double amount, amount_unit u) {
  return u == amount_unit::cells ? cell_count{amount}.to_string() : amount_text(amount, u);
}
inline std::string signed_minutes(long m) { return (m > 0 ? "+" : "") + std::to_string(m) + " min"; }
} // namespace detail

/// Checks a chart against the order sheet, one child verdict per order line: met when the line was
/// given within `tolerance_minutes` of its planned start (and, for an infusion with a charted end,
/// of its planned duration) with the planned amount (within 1%); not met when it was charted
/// otherwise; unknown when the chart has no record of it or the planned amount is not known.
/// Throws invalid_input for a negative tolerance.
inline verdict check_administration(const order_sheet& plan, const std::vector<administration_record>& chart,
                                    int tolerance_minutes = 10) {
  if (tolerance_minutes < 0)
    throw invalid_input("tolerance", std::to_string(tolerance_minutes) + " min", "must not be negative");
  std::vector<verdict> parts;
  truth all = truth::met;
  for (const auto& line : plan.lines) {
    const administration_record* given = nullptr;
    for (const auto& r : chart)
      if (r.name == line.name) given = &r;
    verdict v;
    if (!given) {
      v = verdict::unknown(line.name + ": not charted");
    } else {
      const long off = detail::minutes_between(line.start, given->start);
      std::string why = line.name + " started " + to_iso_minutes(given->start) + ", planned " + to_iso_minutes(line.start) +
                        " (" + detail::signed_minutes(off) + ")";
      truth t = to_truth(off <= tolerance_minutes && -off <= tolerance_minutes);
      if (line.duration_minutes > 0 && given->end) {
        const long lasted = detail::minutes_between(given->start, *given->end);
        why += ", ran " + std::to_string(lasted) + " of " + std::to_string(line.duration_minutes) + " min";
        const long diff = lasted - line.duration_minutes;
        t = t && to_truth(diff <= tolerance_minutes && -diff <= tolerance_minutes);
      }
      if (given->amount) {
        if (line.amount) {
          const bool same = std::fabs(*given->amount - *line.amount) <= 0.01 * *line.amount;
          why += ", amount " + detail::amount_words(*given->amount, line.unit) + (same ? " as ordered" : " differs from " + line.dose);
          t = t && to_truth(same);
        } else {
          why += ", amount not checkable: " + line.dose;
          t = t && truth::unknown;
        }
      }
      v = verdict(t, why);
    }
    all = all && v.value();
    parts.push_back(std::move(v));
  }
  return {all, "administered as ordered (within " + std::to_string(tolerance_minutes) + " min)", std::move(parts)};
}

} // namespace trialspec
