// trialspec/protocols/oratorio/design.hpp - ORATORIO's design apart from its criteria
// (NCT01194570, ocrelizumab in primary progressive MS, Hoffmann-La Roche): identity, the arms with
// their dose schedule, the primary outcome with its threshold table, and its window.
//
// Record: randomized 2:1, parallel, double-masked, enrollment 735 (943 screened, 732 randomized);
// blinded treatment at least 120 weeks. The primary outcome's registry text was not seen: the UT
// Southwestern study page gives "disability progression defined as an increase of >= 1.0 point
// from the baseline EDSS ... if baseline EDSS <= 5.5; increase of >= 0.5 point ... if baseline
// EDSS > 5.5" (symbols garbled in the source); the confirmation interval, 12 weeks, is the
// issue's, as the source gives none.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace trialspec::protocols::oratorio {

using trialspec::literals::operator""_mg;
using trialspec::literals::operator""_edss;

struct identity {
  static constexpr std::string_view id = "NCT01194570";
  static constexpr std::string_view acronym = "ORATORIO";
  static constexpr std::string_view title = "A Study of Ocrelizumab in Participants With Primary Progressive Multiple Sclerosis";
};

/// A dose phase (protocol/dose_schedule.hpp, DosePhase) of two doses `Apart` days apart, repeated
/// every `Cycle` from the first dose without end: "two IV infusions of 300 mg separated by 14 days
/// at a scheduled interval of every 24 weeks".
template <DoseValue auto Dose, int Apart, int CycleWeeks>
struct paired_every {
  static_assert(Apart > 0 && Apart < 7 * CycleWeeks, "the second dose of a pair must come after the first and within the cycle");
  static constexpr auto dose = Dose;
  static constexpr bool open_ended = true;
  static constexpr dose_offset cycle = 7L * CycleWeeks;
  static constexpr dose_offset first_offset(dose_offset previous) noexcept {
    return previous == no_dose_offset ? 0 : (previous / cycle + 1) * cycle;
  }
  static constexpr dose_offset last_offset(dose_offset) noexcept { return open_end_offset; }
  static constexpr dose_offset next_offset(dose_offset after, dose_offset first) noexcept {
    if (after < first) return first;
    const dose_offset start = first + (after - first) / cycle * cycle;
    return after < start + Apart ? start + Apart : start + cycle;
  }
  /// "300 mg IV on days 1 and 15 of every 24 weeks"
  static std::string words(std::string_view dose, dose_offset first) {
    return trialspec::detail::cat(dose, " on days 1 and ", std::to_string(Apart + 1), " of every ", std::to_string(CycleWeeks), " weeks, from day ",
           std::to_string(first + 1));
  }
};

/// "two IV infusions of 300 mg separated by 14 days at a scheduled interval of every 24 weeks".
using ocrelizumab_schedule = dose_schedule<route::intravenous, paired_every<300_mg, 14, 24>>;

inline constexpr std::array<intervention, 1> ocrelizumab_interventions{
    {{intervention_kind::drug, "Ocrelizumab", "two IV infusions of 300 mg separated by 14 days every 24 weeks", &schedule_of<ocrelizumab_schedule>}}};
inline constexpr std::array<intervention, 1> placebo_interventions{
    {{intervention_kind::other, "Placebo", "matched to ocrelizumab at a schedule interval of 24 weeks", &schedule_of<ocrelizumab_schedule>}}};

struct design_arms {
  static constexpr std::array<arm, 2> arms{{
      {"Ocrelizumab 600 mg", arm_role::experimental,
       "Participants with PPMS received ocrelizumab as two IV infusions of 300 mg separated by 14 days at a scheduled interval of every "
       "24 weeks up to at least 120 weeks.",
       ocrelizumab_interventions},
      {"Placebo", arm_role::placebo_comparator,
       "Participants with primary progressive multiple sclerosis (PPMS) received placebo matched to ocrelizumab at a schedule interval "
       "of 24 weeks up to at least 120 weeks.",
       placebo_interventions},
  }};
};

/// Disability progression thresholds (UT Southwestern outcome wording): +1.0 from baselines 0 to
/// 5.5, +0.5 from baselines above 5.5. Complete: every baseline has a threshold.
using progression_thresholds = threshold_table<threshold_row(0_edss, 5.5_edss, edss_change(2)), threshold_row(6.0_edss, 10_edss, edss_change(1))>;
static_assert(progression_thresholds::complete);

/// The primary outcome's window: the blinded treatment period, at least 120 weeks.
struct windows {
  static constexpr relative_window primary = within_after(weeks{120});
  static std::string describe(std::string_view reference) { return trialspec::detail::cat("EDSS assessments ", primary.describe(reference), " (at least)"); }
};

/// The primary outcome's computation, defined in analysis.hpp (the progression search is not
/// needed to screen, so a file including only the protocol does not pay for it).
struct cdp12_analysis;

/// Primary: disability progression confirmed at 12 weeks, from the search of
/// progression/confirmed.hpp under progression_thresholds (cdp12_analysis).
struct primary_outcome {
  static constexpr outcome_measure measure{
      outcome_kind::primary,
      "Disability progression: EDSS increase >= 1.0 from baseline <= 5.5, >= 0.5 from baseline > 5.5 (registry outcome not seen; UT "
      "Southwestern study page), confirmed at 12 weeks",
      "blinded treatment period, at least 120 weeks", "trialspec::assess_progression (12-week confirmation)"};
  using analysis = cdp12_analysis;
};

using outcomes = outcome_set<primary_outcome>;

} // namespace trialspec::protocols::oratorio
