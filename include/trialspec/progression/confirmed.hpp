// trialspec/progression/confirmed.hpp - confirmed disability worsening and improvement from an
// EDSS history, relapse-associated worsening (RAW), progression independent of relapse activity
// (PIRA), and time to a confirmed disability milestone.
//
// Definitions (defaults in progression/options.hpp):
//  - Kappos L et al. Contribution of relapse-independent progression vs relapse-associated
//    worsening to overall confirmed disability accumulation in typical relapsing multiple
//    sclerosis. JAMA Neurol 2020;77:1132-40.
//  - Mueller J et al. Harmonizing definitions for progression independent of relapse activity in
//    multiple sclerosis: a systematic review. JAMA Neurol 2023;80:1232-45.
//  - The msprog R package (Montobbio et al., Mult Scler 2024;30:1185), function MSprog(), whose
//    documented options these follow where the papers are silent.
//
// The search, for one patient:
//  1. Assessments are sorted by date. Two assessments on the same date: the later one in input
//     order is kept and the earlier one is ignored (a correction overrides the first record).
//  2. Baseline: the first assessment at least `relapse_to_baseline` days after the last relapse
//     onset on or before it; otherwise the next assessment is tried.
//  3. A candidate change is the first later assessment whose score differs from the baseline by
//     at least the table's threshold for the baseline score (up: worsening; down: improvement)
//     and that is at least `relapse_to_event` days after the last relapse onset.
//  4. It is confirmed at the confirmation assessment: the first assessment in
//     [event + confirm_days - tolerance_before, event + confirm_days + tolerance_after] that is
//     at least `relapse_to_confirmation` days after the last relapse onset. With
//     `check_intermediate` the change must hold at every assessment after the event up to and
//     including the confirmation (relapse-invalid ones too); without it, at the confirmation only.
//     A confirmed change must then be sustained when `sustain` asks for it: with
//     `check_intermediate`, the change must hold at every assessment up to `sustain.days` after
//     the event (one exactly at that day included), or until the last assessment; without it,
//     at the first assessment at least `sustain.days` after the event (the last assessment when
//     follow-up is shorter). A change that holds to the end of follow-up is always sustained.
//  5. A confirmed worsening is RAW when its event assessment is at most `relapse_association`
//     days after a relapse onset; PIRA when it is not RAW and at least one valid confirmation
//     assessment (in the window, and before the change first stops holding) has no relapse onset
//     in [event - pira_free_before, event + pira_free_after] nor in
//     [confirmation - pira_free_before, confirmation + pira_free_after]; otherwise undefined.
//  6. After a confirmed change the search resumes after the confirmation assessment. Roving: the
//     baseline moves there first. Fixed: the baseline stays (so a lasting change can be found
//     again from the same baseline; use roving for multiple-event analyses). A confirmed change
//     that is not sustained is not reported; roving still moves the baseline, fixed resumes
//     after the event. In first-worsening mode the search stops at the first kept worsening;
//     with a fixed baseline improvements are not sought at all, with roving they move the
//     baseline without being reported.
//  7. A baseline the threshold table does not cover (e.g. 5.0 or 5.5 under
//     nct02249676::protocol_thresholds) is judged over every threshold its gap could take
//     (possible_thresholds: +0.5 up to the larger neighbouring threshold). Changes that count,
//     or do not, under all of them are decided as usual; at the first change whose candidacy,
//     confirmation, sustain or class differs between them the search stops and the result
//     names that baseline (uncovered_baseline).
//  8. Milestone: the first assessment with score >= `milestone` (and at least
//     `relapse_to_event` days after a relapse) that is confirmed and sustained under the same
//     rules, with "holds" meaning the score stays >= milestone. It does not depend on baseline.
//
// Where msprog differs, the papers are followed:
//  - msprog drops relapses more than `relapse_to_bl` days before the first assessment before it
//    measures anything; a relapse 60 days before the first assessment then cannot make a later
//    worsening RAW or break a PIRA window. Here every relapse counts, as the papers' windows are
//    defined on calendar time around each assessment.
//  - msprog's sustained-improvement check accepts the first non-holding assessment exactly
//    `sustain.days` after the event while its worsening check does not; here both follow its
//    documented rule ("confirmed at all visits occurring in the specified period"): an
//    assessment exactly at the end of the period must hold.
//  - msprog's default PIRA definition skips a relapse-free interval of zero length; here the
//    intervals are closed, so pira_free_before = pira_free_after = 0 still excludes a relapse
//    on the event or confirmation day.
//
// Cost: assessments and relapse onsets already in date order (the usual case) are read once and
// not sorted; day numbers and distances from relapses are computed in that pass. After it, the
// candidate scan and the "does the change still hold" cursors used for sustain and PIRA only
// move forward while the baseline stays (plus log(relapses) per PIRA check); when a roving
// baseline moves, the assessments after it that were read for the previous change are read again
// once. Each candidate's confirmation is sought in one pass from the event to the confirmation
// (or to the first assessment where the change fails or the window ends), so a candidate costs
// at most the assessments in its confirmation window; explain_progression, which must say why a
// candidate failed, then looks again with forward-only window and validity pointers. Nothing is
// allocated per assessment: pass a progression_scratch and a progression_result to reuse their
// buffers across patients.
//
// The search itself is in detail/search.hpp; explain_progression runs the same search with a sink
// that writes a verdict for each decision (detail/explanation.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/detail/explanation.hpp>
#include <trialspec/progression/detail/prepare.hpp>
#include <trialspec/progression/detail/search.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/progression/scratch.hpp>
#include <trialspec/progression/thresholds.hpp>

#include <concepts>
#include <ranges>
#include <span>

namespace trialspec {

/// A range of relapse onsets: dates, or `relapse` records (their onset is used).
template <class R>
concept RelapseOnsetRange =
    std::ranges::input_range<R> &&
    (std::convertible_to<std::ranges::range_reference_t<R>, date> ||
     std::convertible_to<std::ranges::range_reference_t<R>, const relapse&>);

/// Confirmed worsening and improvement events of one patient, reusing `scratch` and `out` (no
/// allocation once their buffers are large enough). `relapses`: onset dates or `relapse`
/// records, in any order. Throws invalid_input for invalid options or a non-calendar date.
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
void assess_progression(std::span<const edss_assessment> assessments, const Relapses& relapses,
                        const progression_options& options, progression_scratch& scratch,
                        progression_result& out) {
  options.validate();
  detail::progression::prepare(assessments, relapses, scratch);
  detail::progression::no_sink sink;
  detail::progression::engine<Table, detail::progression::no_sink>(options, scratch, out, sink).run();
}

/// Confirmed worsening and improvement events of one patient (see the file comment).
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
progression_result assess_progression(std::span<const edss_assessment> assessments,
                                      const Relapses& relapses, const progression_options& options = {}) {
  progression_scratch scratch;
  progression_result out;
  assess_progression<Table>(assessments, relapses, options, scratch, out);
  return out;
}

/// The same without relapses.
template <ThresholdTable Table = standard_thresholds>
progression_result assess_progression(std::span<const edss_assessment> assessments,
                                      const progression_options& options = {}) {
  return assess_progression<Table>(assessments, std::span<const date>{}, options);
}

/// The same search, with a verdict for every baseline choice and every candidate change saying
/// why it was or was not confirmed, and one for the milestone. Its `result` equals what
/// assess_progression returns.
template <ThresholdTable Table = standard_thresholds, RelapseOnsetRange Relapses>
progression_explanation explain_progression(std::span<const edss_assessment> assessments,
                                            const Relapses& relapses,
                                            const progression_options& options = {}) {
  options.validate();
  progression_scratch scratch;
  progression_explanation why;
  detail::progression::prepare(assessments, relapses, scratch);
  detail::progression::explanation_sink<Table> sink(options, scratch, why);
  detail::progression::engine<Table, detail::progression::explanation_sink<Table>>(options, scratch, why.result, sink).run();
  return why;
}

/// The same without relapses.
template <ThresholdTable Table = standard_thresholds>
progression_explanation explain_progression(std::span<const edss_assessment> assessments,
                                            const progression_options& options = {}) {
  return explain_progression<Table>(assessments, std::span<const date>{}, options);
}

} // namespace trialspec
