// Screening a whole cohort against one criteria set, as the `screen` subcommand reports it: one
// row per record (status, failed and unknown criterion ids, the rendered report when asked for)
// and the attrition table. Shared by the seed protocol's readings (screen_readings.cpp) and the
// other bundled trials (trials.cpp); each instantiates it for its own criteria sets only.
#pragma once

#include "screen_readings.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/error.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace trialspec_cli {

/// Screens every record of `cohort` against `criteria` as of `as_of`. A record the library cannot
/// evaluate (invalid_input) stops the run as a record_error naming its position and id.
template <class Criteria>
nct02249676_readings::cohort_screening screen_cohort_with(const Criteria& criteria, const std::vector<trialspec::patient>& cohort,
                                                          trialspec::date as_of, bool explain) {
  namespace el = trialspec::eligibility;
  const el::evaluation_context ctx{as_of, std::nullopt};
  nct02249676_readings::cohort_screening out;
  out.records.reserve(cohort.size());
  for (std::size_t i = 0; i < cohort.size(); ++i) {
    const auto& p = cohort[i];
    std::optional<el::screening_report> screened;
    try {
      screened.emplace(el::screen(criteria, p, ctx));
    } catch (const trialspec::invalid_input& e) {
      throw nct02249676_readings::record_error(i, p.id, e.what());
    }
    const auto& rep = *screened;
    nct02249676_readings::screened_record row{rep.record_id, rep.outcome, {}, {}, {}};
    for (const auto& c : rep.criteria) {
      if (c.passed() == trialspec::truth::not_met) row.failed.emplace_back(c.id);
      if (c.passed() == trialspec::truth::unknown) row.unknown.emplace_back(c.id);
    }
    if (explain) row.report = el::render(rep);
    out.records.push_back(std::move(row));
  }
  out.attrition = el::screen_cohort(criteria, cohort, ctx);
  return out;
}

} // namespace trialspec_cli
