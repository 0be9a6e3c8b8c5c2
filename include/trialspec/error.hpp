// trialspec/error.hpp - the library's error type for invalid input.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace trialspec {

/// Thrown for a value that breaks a rule of the library (an EDSS of 5.25, an interval that ends
/// before it starts, the text "2024-02-30" for a date). Missing data is never an error: it is
/// `unknown`. The message names the field, the value and the rule, e.g.
/// `invalid date "2024-02-30" (field: visit date): February 2024 has 29 days`.
class invalid_input : public std::invalid_argument {
public:
  invalid_input(std::string_view field, std::string_view value, std::string_view rule)
      : std::invalid_argument(compose(field, value, rule)), field_(field), value_(value),
        rule_(rule) {}

  /// The field the value was given for ("EDSS", "visit date", "pyramidal").
  [[nodiscard]] const std::string& field() const noexcept { return field_; }
  /// The offending value as text, exactly as received where it was text.
  [[nodiscard]] const std::string& value() const noexcept { return value_; }
  /// The rule the value breaks.
  [[nodiscard]] const std::string& rule() const noexcept { return rule_; }

private:
  static std::string compose(std::string_view field, std::string_view value,
                             std::string_view rule) {
    std::string m;
    m.reserve(field.size() + value.size() + rule.size() + 16);
    m.append(field).append(" \"").append(value).append("\": ").append(rule);
    return m;
  }

  std::string field_;
  std::string value_;
  std::string rule_;
};

} // namespace trialspec
