// trialspec/clinical/body_weight.hpp - a body weight in kilograms, checked against the plausible range.
//
// Weights must lie in the plausible adult range 20 to 250 kg: a value outside it is far more likely
// a unit or typing error (pounds, grams, a missing decimal point) than a patient, so it is
// rejected with invalid_input naming the weight, never clamped. Doses that depend on the weight
// (cells per kilogram, weight tiers) take it through this type.
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdio>
#include <string>

namespace trialspec {

/// A body weight in kilograms, validated to the plausible range [20, 250] kg.
class body_weight {
public:
  static constexpr double minimum_kg = 20.0;
  static constexpr double maximum_kg = 250.0;

  /// Throws invalid_input("body weight", value, rule) outside [20, 250] kg or for NaN.
  explicit body_weight(double kg) : kg_(kg) {
    if (!(kg >= minimum_kg && kg <= maximum_kg))
      throw invalid_input("body weight", trialspec::detail::cat(number_text(kg), " kg"),
                          "must be between 20 and 250 kg (plausible adult range; check the unit)");
  }
  [[nodiscard]] double kilograms() const noexcept { return kg_; }
  /// "70.5 kg"
  [[nodiscard]] std::string to_string() const { return trialspec::detail::cat(number_text(kg_), " kg"); }
  friend bool operator==(body_weight, body_weight) = default;

  /// A number with at most 3 decimals and no trailing zeros ("70.5", "70").
  static std::string number_text(double v) {
    if (v != v) return "NaN";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    std::string s(buf);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }

private:
  double kg_;
};

} // namespace trialspec
