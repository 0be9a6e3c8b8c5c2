// static_assert-only tests of the progression settings: defaults are the published ones and the
// vocabulary is usable at compile time.
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>

#include <span>
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
} // namespace
