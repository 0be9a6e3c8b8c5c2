// trialspec/protocol/cell_therapy/order_sheet.hpp - premedication and infusion for one patient
// as an order sheet (clock times and doses for a weight), and a chart checked against it.
//
// Clock times are boost::posix_time::ptime (`date_time`). This header is apart from the protocol
// so that screening code does not compile Boost's time library.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <trialspec/protocol/cell_therapy/cell_dose.hpp>
#include <trialspec/protocol/cell_therapy/protocol.hpp>
#include <trialspec/protocol/route.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trialspec::cell_therapy {

// -----------------------------------------------------------------------------------------------
// Order sheet
// -----------------------------------------------------------------------------------------------

using date_time = boost::posix_time::ptime;

/// "2014-03-03 09:30"
inline std::string to_iso_minutes(const date_time& t) {
  if (t.is_special()) return "not-a-time";
  const auto tod = t.time_of_day();
  std::string s = trialspec::detail::cat(to_iso(t.date()), " ");
  append_zero_padded(s, static_cast<long>(tod.hours()), 2);
  s += ':';
  append_zero_padded(s, static_cast<long>(tod.minutes()), 2);
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
    std::string s = trialspec::detail::cat("Order sheet: cells start ", to_iso_minutes(cells_start), ", body weight ",
                    (weight_kg ? trialspec::detail::cat(body_weight::number_text(*weight_kg), " kg") : std::string("not recorded")), "\n");
    for (const auto& l : lines) {
      s += trialspec::detail::cat("  ", to_iso_minutes(l.start));
      s += l.duration_minutes > 0 ? trialspec::detail::cat(" to ", to_iso_minutes(l.end).substr(11)) : std::string(9, ' ');
      s += trialspec::detail::cat("  ", l.name, " ", l.dose, " ", abbreviation(l.via));
      if (l.duration_minutes > 0) s += trialspec::detail::cat(" over ", std::to_string(l.duration_minutes), " min");
      if (l.start_minute < 0) s += trialspec::detail::cat(" (", std::to_string(-l.start_minute), " min before cells)");
      s += "\n";
    }
    return s;
  }
};

namespace detail {
inline std::string amount_text(double amount, amount_unit u) {
  return trialspec::detail::cat(body_weight::number_text(amount), " ", to_string(u));
}
} // namespace detail

/// The order sheet for a patient of `weight_kg` (absent: the cells dose is left uncomputed) whose
/// cells start at `cells_start`. Throws invalid_input for an implausible weight.
template <CellDose Dose, Premedication Pre, InfusionPlan Inf>
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
          l.dose += trialspec::detail::cat(" (", Dose::describe(), " x ", body_weight::number_text(*weight_kg), " kg)");
      } else {
        l.dose = trialspec::detail::cat("dose not computable: body weight not recorded (", Dose::describe(), ")");
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
inline std::string signed_minutes(long m) {
  // Appended in place: "+" + std::string makes g++ 12 at -O3 report a false -Wrestrict.
  std::string s = m > 0 ? "+" : "";
  s += std::to_string(m);
  s += " min";
  return s;
}
} // namespace detail

/// Checks a chart against the order sheet, one child verdict per order line: met when the line was
/// given within `tolerance_minutes` of its planned start (and, for an infusion with a charted end,
/// of its planned duration) with the planned amount (within 1%); not met when it was charted
/// otherwise; unknown when the chart has no record of it or the planned amount is not known.
/// Throws invalid_input for a negative tolerance.
inline verdict check_administration(const order_sheet& plan, const std::vector<administration_record>& chart,
                                    int tolerance_minutes = 10) {
  if (tolerance_minutes < 0)
    throw invalid_input("tolerance", trialspec::detail::cat(std::to_string(tolerance_minutes), " min"), "must not be negative");
  std::vector<verdict> parts;
  truth all = truth::met;
  for (const auto& line : plan.lines) {
    const administration_record* given = nullptr;
    for (const auto& r : chart)
      if (r.name == line.name) given = &r;
    verdict v;
    if (!given) {
      v = verdict::unknown(trialspec::detail::cat(line.name, ": not charted"));
    } else {
      const long off = detail::minutes_between(line.start, given->start);
      std::string why = trialspec::detail::cat(line.name, " started ", to_iso_minutes(given->start), ", planned ", to_iso_minutes(line.start),
                        " (", detail::signed_minutes(off), ")");
      truth t = to_truth(off <= tolerance_minutes && -off <= tolerance_minutes);
      if (line.duration_minutes > 0 && given->end) {
        const long lasted = detail::minutes_between(given->start, *given->end);
        why += trialspec::detail::cat(", ran ", std::to_string(lasted), " of ", std::to_string(line.duration_minutes), " min");
        const long diff = lasted - line.duration_minutes;
        t = t && to_truth(diff <= tolerance_minutes && -diff <= tolerance_minutes);
      }
      if (given->amount) {
        if (line.amount) {
          const bool same = std::fabs(*given->amount - *line.amount) <= 0.01 * *line.amount;
          why += trialspec::detail::cat(", amount ", detail::amount_words(*given->amount, line.unit), (same ? " as ordered" : trialspec::detail::cat(" differs from ", line.dose)));
          t = t && to_truth(same);
        } else {
          why += trialspec::detail::cat(", amount not checkable: ", line.dose);
          t = t && truth::unknown;
        }
      }
      v = verdict(t, why);
    }
    all = all && v.value();
    parts.push_back(std::move(v));
  }
  return {all, trialspec::detail::cat("administered as ordered (within ", std::to_string(tolerance_minutes), " min)"), std::move(parts)};
}

/// The order sheet of a cell-therapy protocol for a patient of `weight_kg` whose cells start at
/// `cells_start`: make_order_sheet with the protocol's dose, premedication and infusion.
template <CellTherapyProtocol P>
order_sheet order_sheet_for(std::optional<double> weight_kg, date_time cells_start) {
  return make_order_sheet<typename P::dose, typename P::premedication, typename P::infusion>(weight_kg, cells_start);
}

} // namespace trialspec::cell_therapy
