// trialspec/eligibility/criteria/relapse_history.hpp - relapse histories over several windows,
// written so that the type reads like the registry sentence.
//
// A trial's relapse history is counting (relapse_count, rescue_treated_relapse_count) composed
// with the combinators (any_of, all_of). The names here only say the windows the way registries
// do ("in the last 12 months": the 12 months before screening, the screening day included):
//
//   // "at least 2 relapses in the last 12 months or 3 relapses in the last 24 months with at
//   //  least 1 relapse in the 12 months prior to the screening"
//   using history = any_of<relapses_in_last<2, months{12}>,
//                          all_of<relapses_in_last<3, months{24}>, relapses_in_last<1, months{12}>>>;
//   // "at least one attack requiring rescue therapy in the last year or two attacks requiring
//   //  rescue therapy in the last 2 years"
//   using rescue = any_of<rescue_treated_in_last<1, years{1}>, rescue_treated_in_last<2, years{2}>>;
//
// Every part keeps its own verdict and reason in a report, and its own boundary probes.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/criteria/rescue_therapy.hpp>

namespace trialspec::eligibility {

/// "at least N relapses in the last D" (of the severities in S; every relapse by default).
template <int N, calendar_duration Last, severity_set S = any_severity, reference_point Ref = reference_point::screening>
using relapses_in_last = relapse_count<comparison::greater_equal, N, within_before(Last), S, Ref>;

/// "at least N attacks requiring rescue therapy in the last D".
template <int N, calendar_duration Last, reference_point Ref = reference_point::screening>
using rescue_treated_in_last = rescue_treated_relapse_count<comparison::greater_equal, N, within_before(Last), Ref>;

} // namespace trialspec::eligibility
