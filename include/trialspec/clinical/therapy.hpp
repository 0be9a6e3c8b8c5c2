// trialspec/clinical/therapy.hpp - disease-modifying and other therapies, with their course.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

/// Broad class of a therapy, as eligibility criteria name them ("immunosuppressive or
/// immunomodulating therapy").
enum class therapy_class : std::uint8_t { immunosuppressant, immunomodulator, corticosteroid, other };

constexpr std::string_view to_string(therapy_class c) noexcept {
  switch (c) {
  case therapy_class::immunosuppressant: return "immunosuppressant";
  case therapy_class::immunomodulator: return "immunomodulator";
  case therapy_class::corticosteroid: return "corticosteroid";
  case therapy_class::other: return "other";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, therapy_class c) { return os << to_string(c); }

/// One course of a therapy. No `end` means the course is ongoing.
struct therapy {
  std::string name{};
  therapy_class kind = therapy_class::other;
  date start{};
  std::optional<date> end{};

  /// Throws invalid_input when the course ends before it starts.
  void validate() const {
    if (end && *end < start)
      throw invalid_input("therapy end", to_iso(*end), "ends before its start " + to_iso(start) + " (" + name + ")");
  }
  friend bool operator==(const therapy&, const therapy&) = default;
};

} // namespace trialspec
