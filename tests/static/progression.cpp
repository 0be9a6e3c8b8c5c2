// static_assert-only tests of the progression settings: defaults are the published ones and the
// vocabulary is usable at compile time.
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace {
using namespace trialspec;
using namespace trialspec::literals;

// Defaults of Kappos 2020 / Mueller 2023 / msprog: 12 weeks, tolerance 7 days before and two
// years after, relapse influence 30 days, RAW within 90 days, PIRA windows [-90, +30].
constexpr progression_options defaults{};
static_assert(defaults.baseline == baseline_scheme::fixed);
static_assert(defaults.events == event_selection::first_worsening);
static_assert(defaults.confirm_days == 84 && defaults.confirm_tolerance_before == 7.0 &&
              defaults.confirm_tolerance_after == 730.5);
static_assert(defaults.check_intermediate && !defaults.sustain.required());
static_assert(defaults.relapse_to_baseline == 30 && defaults.relapse_to_event == 0 &&
              defaults.relapse_to_confirmation == 30 && defaults.relapse_association == 90);
static_assert(defaults.pira_free_before == 90 && defaults.pira_free_after == 30);
static_assert(defaults.milestone == 6.0_edss);

static_assert(sustain_requirement::to_end().required() && sustain_requirement::for_days(1).required() &&
              !sustain_requirement::for_days(0).required());
static_assert(to_string(worsening_class::pira) == "PIRA" && to_string(worsening_class::raw) == "RAW" &&
              to_string(change_kind::improvement) == "improvement");

// Relapses may be given as onset dates or as relapse records, in any range.
static_assert(RelapseOnsetRange<std::vector<date>> && RelapseOnsetRange<std::span<const relapse>>);
static_assert(!RelapseOnsetRange<std::vector<int>> && !RelapseOnsetRange<progression_options>);

// A threshold_table's possible thresholds are worked out at compile time, a table whose threshold()
// is not constexpr is searched at run time; both give the same answers (by hand: the standard
// table asks +1.5 from 0, +1.0 from 1.0 to 5.0, +0.5 from 5.5; edss_change counts half points).
struct runtime_gap_table {
  static std::optional<edss_change> threshold(edss baseline) {
    if (baseline.half_steps() == 10) return std::nullopt;
    return edss_change(baseline.half_steps() <= 10 ? 2 : 1);
  }
  static constexpr bool complete = false;
  static std::string describe() { return "run-time table with a gap at 5.0"; }
};
static_assert(detail::constant_thresholds<standard_thresholds> && !detail::constant_thresholds<runtime_gap_table>);
static_assert(thresholds_for<standard_thresholds>(5.5_edss).most == edss_change(1) && thresholds_for<standard_thresholds>(5.5_edss).defined);
static_assert(thresholds_for<standard_thresholds>(0_edss).least == edss_change(3) && thresholds_for<standard_thresholds>(5.0_edss).most == edss_change(2));
} // namespace
