// trialspec/clinical/labs.hpp - laboratory results that eligibility criteria read.
#pragma once

#include <trialspec/calendar.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Tests with a qualitative result.
enum class lab_test : std::uint8_t { hiv, tumour_marker, other };

/// A qualitative result. `indeterminate` is a result that decides nothing (equivocal assay).
enum class lab_outcome : std::uint8_t { negative, positive, indeterminate };

constexpr std::string_view to_string(lab_test t) noexcept {
  switch (t) {
  case lab_test::hiv: return "HIV";
  case lab_test::tumour_marker: return "tumour marker";
  case lab_test::other: return "other test";
  }
  return "invalid";
}
constexpr std::string_view to_string(lab_outcome o) noexcept {
  switch (o) {
  case lab_outcome::negative: return "negative";
  case lab_outcome::positive: return "positive";
  case lab_outcome::indeterminate: return "indeterminate";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, lab_test t) { return os << to_string(t); }
inline std::ostream& operator<<(std::ostream& os, lab_outcome o) { return os << to_string(o); }

/// One laboratory result.
struct lab_result {
  lab_test test = lab_test::other;
  lab_outcome outcome = lab_outcome::indeterminate;
  date on{};
  friend bool operator==(const lab_result&, const lab_result&) = default;
};

} // namespace trialspec
