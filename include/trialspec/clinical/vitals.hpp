// trialspec/clinical/vitals.hpp - blood pressure readings.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <string>

namespace trialspec {

/// One blood pressure reading in mmHg, dated to the day, the month or the year.
struct blood_pressure_reading {
  partial_date on = date{};
  int systolic = 0;
  int diastolic = 0;

  /// The highest pressure a reading may state (mmHg): far above any measured in a person, so that
  /// only a typing error (1250 for 125) is refused.
  static constexpr int max_mmhg = 500;

  /// Throws invalid_input for a pressure that is not positive or above max_mmhg, or a diastolic
  /// above the systolic.
  void validate() const {
    if (systolic <= 0) throw invalid_input("systolic pressure", std::to_string(systolic), "must be positive (mmHg)");
    if (diastolic <= 0) throw invalid_input("diastolic pressure", std::to_string(diastolic), "must be positive (mmHg)");
    if (systolic > max_mmhg) throw invalid_input("systolic pressure", std::to_string(systolic), "must be at most 500 mmHg");
    if (diastolic > max_mmhg) throw invalid_input("diastolic pressure", std::to_string(diastolic), "must be at most 500 mmHg");
    if (diastolic > systolic)
      throw invalid_input("blood pressure", trialspec::detail::cat(std::to_string(systolic), "/", std::to_string(diastolic)),
                          "the diastolic pressure cannot exceed the systolic");
  }
  friend bool operator==(const blood_pressure_reading&, const blood_pressure_reading&) = default;
};

} // namespace trialspec
