// trialspec/protocol/cell_therapy/cell_dose.hpp - cell doses per kilogram of body weight or fixed.
//
// A cell dose rule turns a body weight into a number of cells. Weights go through body_weight
// (20 to 250 kg, anything else is rejected with invalid_input naming it, never clamped); a missing
// weight gives no dose (std::nullopt), not zero. Rates are integers of cells per kilogram so a
// rule is a type (clang 14 has no floating-point template arguments).
#pragma once

#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>

namespace trialspec::cell_therapy {

/// A number of cells. Doubles hold every count a weight-based dose can produce to within a cell.
struct cell_count {
  double cells = 0;

  /// Scientific notation as protocols write doses: "1.4 x 10^8 cells", "2.0 x 10^6 cells".
  [[nodiscard]] std::string to_string() const { return trialspec::detail::cat(scientific(cells), " cells"); }

  /// "1.41 x 10^8": at most 3 decimals of mantissa, at least 1.
  static std::string scientific(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3e", v);
    std::string s(buf);
    const auto e = s.find('e');
    std::string mantissa = s.substr(0, e);
    while (mantissa.size() > 3 && mantissa.back() == '0') mantissa.pop_back();
    const int exponent = std::stoi(s.substr(e + 1));
    return trialspec::detail::cat(mantissa, " x 10^", std::to_string(exponent));
  }
  friend bool operator==(cell_count, cell_count) = default;
  friend std::ostream& operator<<(std::ostream& os, cell_count c) { return os << c.to_string(); }
};

/// A dose of `CellsPerKg` cells per kilogram of body weight.
template <std::int64_t CellsPerKg>
struct per_kilogram_dose {
  static_assert(CellsPerKg > 0, "a dose per kilogram must be positive");
  static constexpr std::int64_t cells_per_kg = CellsPerKg;
  static constexpr bool needs_weight = true;

  /// CellsPerKg x weight.
  static cell_count total(body_weight w) { return {static_cast<double>(CellsPerKg) * w.kilograms()}; }
  /// No dose without a weight; an implausible weight throws invalid_input.
  static std::optional<cell_count> total(std::optional<double> weight_kg) {
    if (!weight_kg) return std::nullopt;
    return total(body_weight(*weight_kg));
  }
  /// "2.0 x 10^6 cells/kg body weight"
  static std::string describe() {
    return trialspec::detail::cat(cell_count::scientific(static_cast<double>(CellsPerKg)), " cells/kg body weight");
  }
};

/// A fixed dose of `Cells` cells whatever the weight.
template <std::int64_t Cells>
struct fixed_cell_dose {
  static_assert(Cells > 0, "a fixed dose must be positive");
  static constexpr std::int64_t cells = Cells;
  static constexpr bool needs_weight = false;

  static cell_count total(body_weight) { return {static_cast<double>(Cells)}; }
  /// The weight is not needed (and not checked): the dose is always known.
  static std::optional<cell_count> total(std::optional<double>) { return cell_count{static_cast<double>(Cells)}; }
  /// "1.0 x 10^8 cells (fixed dose)"
  static std::string describe() { return trialspec::detail::cat(cell_count::scientific(static_cast<double>(Cells)), " cells (fixed dose)"); }
};

/// A cell dose rule: total dose from an optional weight, and words for it.
template <class T>
concept CellDose = requires(std::optional<double> weight) {
  { T::total(weight) } -> std::same_as<std::optional<cell_count>>;
  { T::describe() } -> std::convertible_to<std::string>;
  { T::needs_weight } -> std::convertible_to<bool>;
};

} // namespace trialspec::cell_therapy
