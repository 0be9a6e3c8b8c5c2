// trialspec/progression/options.hpp - the settings of confirmed disability worsening and
// improvement (see confirmed.hpp), each with the default of Kappos et al. 2020 (JAMA Neurol
// 77:1132), Mueller et al. 2023 (JAMA Neurol 80:1232) and the msprog R package.
#pragma once

#include <trialspec/edss.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace trialspec {

/// Which assessment changes are measured from.
enum class baseline_scheme : std::uint8_t {
  /// The first eligible assessment, for the whole follow-up.
  fixed,
  /// Moves to the confirmation assessment after each confirmed event (worsening or
  /// improvement); the search resumes after it.
  roving
};

/// Which events are reported.
enum class event_selection : std::uint8_t {
  /// The first confirmed worsening only.
  first_worsening,
  /// Every confirmed worsening and improvement, in order.
  all
};

/// Words (also the option tokens) of each scheme and selection (trialspec/enum_names.hpp).
inline constexpr auto baseline_scheme_names = name_table<baseline_scheme::roving>({
    {baseline_scheme::fixed, "fixed"},
    {baseline_scheme::roving, "roving"},
});
inline constexpr auto event_selection_names = name_table<event_selection::all>({
    {event_selection::first_worsening, "first"},
    {event_selection::all, "all"},
});
constexpr const auto& names_of(baseline_scheme) noexcept { return baseline_scheme_names; }
constexpr const auto& names_of(event_selection) noexcept { return event_selection_names; }
constexpr std::string_view to_string(baseline_scheme b) noexcept { return baseline_scheme_names.words(b); }
constexpr std::string_view to_string(event_selection e) noexcept { return event_selection_names.words(e); }

/// How long a confirmed change must go on holding to be kept as an event: not at all (0 days,
/// the default), for N days from the event, or until the last assessment.
struct sustain_requirement {
  long days = 0;
  bool to_end_of_follow_up = false;

  static constexpr sustain_requirement none() noexcept { return {}; }
  static constexpr sustain_requirement for_days(long n) noexcept { return {n, false}; }
  static constexpr sustain_requirement to_end() noexcept { return {0, true}; }
  [[nodiscard]] constexpr bool required() const noexcept { return to_end_of_follow_up || days > 0; }
  friend constexpr bool operator==(const sustain_requirement&, const sustain_requirement&) = default;
};

/// All settings of the confirmed-change search. Distances are in days; "from a relapse" is
/// from its onset.
struct progression_options {
  baseline_scheme baseline = baseline_scheme::fixed;
  event_selection events = event_selection::first_worsening;
  /// The confirmation assessment is the first valid one in
  /// [event + confirm_days - tolerance_before, event + confirm_days + tolerance_after].
  long confirm_days = 84;
  double confirm_tolerance_before = 7.0;
  /// May be +infinity (confirmation window unbounded on the right).
  double confirm_tolerance_after = 730.5;
  /// The change must hold at every assessment from the event to the confirmation (and, when a
  /// sustain period is required, throughout it); off: only at the confirmation (and at the end
  /// of the sustain period).
  bool check_intermediate = true;
  sustain_requirement sustain{};
  /// A baseline must be at least this long after the last relapse onset (else the next
  /// assessment is tried).
  long relapse_to_baseline = 30;
  /// An event assessment must be at least this long after the last relapse onset.
  long relapse_to_event = 0;
  /// A confirmation assessment must be at least this long after the last relapse onset.
  long relapse_to_confirmation = 30;
  /// A worsening whose onset is at most this long after a relapse onset is relapse-associated.
  long relapse_association = 90;
  /// PIRA needs no relapse onset in [event - before, event + after] nor in
  /// [confirmation - before, confirmation + after].
  long pira_free_before = 90;
  long pira_free_after = 30;
  /// The disability milestone whose confirmed first reaching is reported.
  edss milestone = edss::from_half_steps(12);

  /// Throws invalid_input naming the first setting that breaks its rule.
  void validate() const {
    // Settings are checked on every search, so the valid case is one branch-light test; the
    // per-setting checks below only run to name what is wrong. An OR of longs is negative iff
    // one of them is; NaN fails every comparison.
    if (confirm_days > 0 && confirm_tolerance_before >= 0.0 &&
        confirm_tolerance_before < std::numeric_limits<double>::infinity() &&
        confirm_tolerance_after >= 0.0 &&
        (sustain.days | relapse_to_baseline | relapse_to_event | relapse_to_confirmation |
         relapse_association | pira_free_before | pira_free_after) >= 0) [[likely]]
      return;
    explain_invalid();
  }

  /// Earliest and latest day offsets from the event of a confirmation assessment.
  [[nodiscard]] double confirm_window_first() const noexcept {
    return static_cast<double>(confirm_days) - confirm_tolerance_before;
  }
  [[nodiscard]] double confirm_window_last() const noexcept {
    return static_cast<double>(confirm_days) + confirm_tolerance_after;
  }

private:
  [[noreturn]] void explain_invalid() const {
    auto non_negative = [](std::string_view field, long v) {
      if (v < 0) throw invalid_input(field, std::to_string(v), "must not be negative");
    };
    if (confirm_days <= 0)
      throw invalid_input("confirm_days", std::to_string(confirm_days), "must be positive");
    if (!(confirm_tolerance_before >= 0.0) || std::isinf(confirm_tolerance_before))
      throw invalid_input("confirm_tolerance_before", std::to_string(confirm_tolerance_before),
                          "must be a finite number of days, not negative");
    if (!(confirm_tolerance_after >= 0.0))
      throw invalid_input("confirm_tolerance_after", std::to_string(confirm_tolerance_after),
                          "must not be negative");
    non_negative("sustain days", sustain.days);
    non_negative("relapse_to_baseline", relapse_to_baseline);
    non_negative("relapse_to_event", relapse_to_event);
    non_negative("relapse_to_confirmation", relapse_to_confirmation);
    non_negative("relapse_association", relapse_association);
    non_negative("pira_free_before", pira_free_before);
    non_negative("pira_free_after", pira_free_after);
    // Unreachable: validate() only calls this when a check above fails.
    throw invalid_input("progression options", "", "must be valid");
  }
};

} // namespace trialspec
