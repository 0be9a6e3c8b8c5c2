// trialspec/clinical/mri.hpp - MRI scans and the lesion counts read from them.
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

/// Gadolinium dose of a contrast-enhanced scan (0.1, 0.2 or 0.3 mmol/kg).
enum class gd_dose : std::uint8_t { single, double_dose, triple };

/// Words (also the file tokens) of each dose (trialspec/enum_names.hpp).
inline constexpr auto gd_dose_names = name_table<gd_dose::triple>({
    {gd_dose::single, "single"},
    {gd_dose::double_dose, "double"},
    {gd_dose::triple, "triple"},
});
constexpr const auto& names_of(gd_dose) noexcept { return gd_dose_names; }
constexpr std::string_view to_string(gd_dose d) noexcept { return gd_dose_names.words(d); }
inline std::ostream& operator<<(std::ostream& os, gd_dose d) { return os << to_string(d); }

/// One MRI scan. Every reading may be absent: a scan without contrast has no Gd-enhancing count
/// (not zero), a first scan has no new-T2 count. Counts are never negative (see validate()). The
/// date may be known only to the month or the year (a partial_date: the days it can be).
struct mri_scan {
  partial_date on = date{};
  std::optional<int> gd_enhancing_lesions{};
  std::optional<gd_dose> dose{};
  std::optional<int> new_t2_lesions{};

  /// Throws invalid_input for a negative lesion count.
  void validate() const {
    if (gd_enhancing_lesions && *gd_enhancing_lesions < 0)
      throw invalid_input("Gd-enhancing lesions", std::to_string(*gd_enhancing_lesions), "a lesion count cannot be negative");
    if (new_t2_lesions && *new_t2_lesions < 0)
      throw invalid_input("new T2 lesions", std::to_string(*new_t2_lesions), "a lesion count cannot be negative");
  }
  friend bool operator==(const mri_scan&, const mri_scan&) = default;
};

} // namespace trialspec
