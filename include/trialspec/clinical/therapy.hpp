// trialspec/clinical/therapy.hpp - disease-modifying and other therapies, with their course.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>
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

/// Words (also the file tokens) of each class (trialspec/enum_names.hpp).
inline constexpr auto therapy_class_names = name_table<therapy_class::other>({
    {therapy_class::immunosuppressant, "immunosuppressant"},
    {therapy_class::immunomodulator, "immunomodulator"},
    {therapy_class::corticosteroid, "corticosteroid"},
    {therapy_class::other, "other"},
});
constexpr const auto& names_of(therapy_class) noexcept { return therapy_class_names; }
constexpr std::string_view to_string(therapy_class c) noexcept { return therapy_class_names.words(c); }
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
