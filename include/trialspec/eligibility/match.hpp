// trialspec/eligibility/match.hpp - one record against several trials in one pass: the outcome
// (or the report) of each criteria set, the sets sharing one screening memo so that what they
// have in common (a window resolved around the screening date, an age) is worked out once.
//
//   const auto outcomes = match(patient, ctx, prevent::criteria<>{}, champion_nmosd::criteria<>{});
//   // outcomes[0], outcomes[1]: each trial's eligible / ineligible / undetermined
//   const auto reports = match_reports(patient, ctx, prevent::criteria<>{}, champion_nmosd::criteria<>{});
//   // for an undetermined trial, reports[i].criteria say which criteria are unknown and why
//
// The verdicts are the same as screening each set alone (the memo holds no verdict).
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/eligibility/report.hpp>

#include <array>

namespace trialspec::eligibility {

/// Each set's outcome for `r`, in the order given; the sets share the context's memo, or one of
/// this call's own when the context has none.
template <Record R, class... Sets>
std::array<screening_outcome, sizeof...(Sets)> match(const R& r, const evaluation_context& ctx, const Sets&... sets) {
  screening_memo own;
  evaluation_context c = ctx;
  if (!c.memo) c.memo = &own;
  return {sets.test(r, c)...};
}

/// Each set's screening report for `r` (reasons for every criterion), in the order given, with
/// one shared memo as in match().
template <Record R, class... Sets>
std::array<screening_report, sizeof...(Sets)> match_reports(const R& r, const evaluation_context& ctx, const Sets&... sets) {
  screening_memo own;
  evaluation_context c = ctx;
  if (!c.memo) c.memo = &own;
  return {screen(sets, r, c)...};
}

} // namespace trialspec::eligibility
