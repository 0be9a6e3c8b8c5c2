// trialspec/progression/result.hpp - what the confirmed-progression search finds for one patient:
// confirmed events (worsening or improvement, RAW / PIRA / undefined), the milestone, counts, and
// the explanation of each decision.
#pragma once

#include <trialspec/edss.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// Direction of a confirmed change.
enum class change_kind : std::uint8_t { worsening, improvement };

/// Relapse relation of a confirmed worsening.
enum class worsening_class : std::uint8_t {
  /// Relapse-associated worsening: onset within `relapse_association` days after a relapse.
  raw,
  /// Progression independent of relapse activity.
  pira,
  /// Neither RAW nor PIRA (e.g. a relapse shortly after the event or around the confirmation).
  undefined
};

/// Words (also the tokens) of each direction and class (trialspec/enum_names.hpp).
inline constexpr auto change_kind_names = name_table<change_kind::improvement>({
    {change_kind::worsening, "worsening"},
    {change_kind::improvement, "improvement"},
});
inline constexpr auto worsening_class_names = name_table<worsening_class::undefined>({
    {worsening_class::raw, "RAW"},
    {worsening_class::pira, "PIRA"},
    {worsening_class::undefined, "undefined"},
});
constexpr const auto& names_of(change_kind) noexcept { return change_kind_names; }
constexpr const auto& names_of(worsening_class) noexcept { return worsening_class_names; }
constexpr std::string_view to_string(change_kind k) noexcept { return change_kind_names.words(k); }
constexpr std::string_view to_string(worsening_class c) noexcept { return worsening_class_names.words(c); }
inline std::ostream& operator<<(std::ostream& os, change_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, worsening_class c) { return os << to_string(c); }

/// One confirmed (and, if required, sustained) change.
struct confirmed_event {
  change_kind kind{};
  /// RAW / PIRA / undefined for a worsening; empty for an improvement.
  std::optional<worsening_class> classification;
  edss_assessment baseline;
  edss_assessment event;
  edss_assessment confirmation;
  /// event.on - baseline.on in days.
  long days_from_baseline = 0;
  friend bool operator==(const confirmed_event&, const confirmed_event&) = default;
};

/// The first confirmed reaching of the milestone score.
struct confirmed_milestone {
  edss_assessment event;
  edss_assessment confirmation;
  /// event.on - first assessment in days.
  long days_from_first_assessment = 0;
  friend bool operator==(const confirmed_milestone&, const confirmed_milestone&) = default;
};

/// Everything found for one patient.
struct progression_result {
  /// Reported events in date order.
  std::vector<confirmed_event> events;
  /// Assessments used (after same-date duplicates are dropped).
  std::size_t assessments = 0;
  /// Last minus first assessment date in days; empty without assessments.
  std::optional<long> follow_up_days;
  std::size_t worsening = 0;
  std::size_t improvement = 0;
  std::size_t raw = 0;
  std::size_t pira = 0;
  std::size_t undefined = 0;
  std::optional<confirmed_milestone> milestone;
  /// The baseline at which the search stopped undecided: the table defines no threshold for its
  /// score, and a change from it counts under some of the thresholds the gap could take and not
  /// under others (possible_thresholds). Empty when every change was decided, including changes
  /// from a gap baseline that count, or do not, whatever the gap means.
  std::optional<edss_assessment> uncovered_baseline;

  /// Empties the result, keeping the capacity of `events`.
  void clear() noexcept {
    events.clear();
    assessments = worsening = improvement = raw = pira = undefined = 0;
    follow_up_days.reset();
    milestone.reset();
    uncovered_baseline.reset();
  }
};

/// Why each candidate was or was not confirmed, in the order the search examined them.
struct progression_explanation {
  progression_result result;
  /// Baseline choices and candidate changes, in order. Met: a reported event or a baseline in
  /// use; not met: rejected, with the reason; unknown: a change the table's gap leaves undecided.
  std::vector<verdict> steps;
  /// Whether (and how) the milestone was reached, with each rejected candidate as a child.
  verdict milestone;

  /// All steps, then the milestone, as indented text.
  [[nodiscard]] std::string render() const {
    std::string s;
    for (const auto& v : steps) s += trialspec::render(v);
    s += trialspec::render(milestone);
    return s;
  }
};

} // namespace trialspec
