// trialspec/clinical/fs_assessment.hpp - a dated Neurostatus functional-system assessment, with
// whether the pyramidal grade is due to lower-limb findings, and its record facet.
//
// MS trials set thresholds on single systems ("a score of >= 2.0 on the Functional Systems scale
// for the pyramidal system that is due to lower extremity findings"). The grades are those of
// clinical/functional_systems.hpp (as recorded, unconverted); the lower-limb attribution is the
// examiner's, recorded as a flag, absent when not recorded. The facet of record_traits<R>:
//   functional_system_assessments(const R&) -> range of fs_assessment
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/error.hpp>

#include <optional>

namespace trialspec {

/// One functional-system assessment. The date may be known only to the month or the year (a
/// partial_date: the days it can be; a date converts to it).
struct fs_assessment {
  partial_date on{date{}};
  functional_systems grades{};
  /// The pyramidal grade is due to lower-limb (lower extremity) findings.
  std::optional<bool> pyramidal_lower_limb{};

  /// Throws invalid_input naming the system for a grade out of its range (functional_systems.hpp).
  void validate() const { trialspec::validate(grades); }
  friend bool operator==(const fs_assessment&, const fs_assessment&) = default;
};

template <class R>
concept RecordWithFunctionalSystems = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::functional_system_assessments(r) } -> detail::range_of<fs_assessment>;
};

} // namespace trialspec
