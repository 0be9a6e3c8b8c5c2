// Screening a whole cohort against one criteria set, as the `screen` subcommand reports it: one
// row per record (status, failed and unknown criterion ids, the rendered report when asked for)
// and the attrition table. Shared by the seed protocol's readings (screen_readings.cpp) and the
// other bundled trials (trials_*.cpp, trials.cpp); each instantiates it for its own criteria sets only.
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
#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli {

/// Screens every record of `cohort` against `criteria` as of `as_of` into `out`, whose memory is
/// reused: a caller screening a cohort in chunks passes the same `out` each time, so that the
/// records' lists and the attrition table's rows are not allocated again for every chunk. `out`
/// ends with one record per patient and the attrition of `cohort` alone. A record the library
/// cannot evaluate (invalid_input) stops the run as a record_error naming its position and id
/// (`out` then holds part of the screening).
///
/// Without `explain` the verdicts alone are computed (criteria.test per criterion, no reasons),
/// once per record for both the row and the attrition table: the same verdicts screen() gives,
/// as screen_cohort() counts them. With `explain` each record's report is rendered too.
template <class Criteria>
void screen_cohort_into(const Criteria& criteria, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain,
                        nct02249676_readings::cohort_screening& out) {
  namespace el = trialspec::eligibility;
  el::screening_memo memo;
  const el::evaluation_context ctx{as_of, std::nullopt, &memo};
  auto& rep = out.attrition;
  std::size_t criteria_count = 0;
  el::for_each_criterion(criteria, [&](const auto&, el::criterion_role, std::size_t) { ++criteria_count; });
  if (rep.rows.size() == criteria_count) { // these criteria's rows, from the chunk before: counts to zero
    for (auto& row : rep.rows) row = el::cohort_row{row.role, std::move(row.id), std::move(row.wording)};
  } else {
    rep.rows.clear();
    el::for_each_criterion(criteria, [&](const auto& c, el::criterion_role role, std::size_t position) {
      el::cohort_row row;
      row.role = role;
      row.id = el::criterion_id(c, role, position);
      row.wording = el::criterion_wording(c);
      rep.rows.push_back(std::move(row));
    });
  }
  rep.total = rep.eligible = rep.ineligible = rep.undetermined = 0;
  if (out.records.size() > cohort.size()) out.records.resize(cohort.size());
  out.records.reserve(cohort.size());
  // A record's failed and unknown ids gathered here first, then copied into the record's lists:
  // at most one allocation per list (none when the list, reused, is long enough).
  std::vector<std::string> failed, unknown;
  for (std::size_t i = 0; i < cohort.size(); ++i) {
    const auto& p = cohort[i];
    if (out.records.size() == i) out.records.emplace_back();
    nct02249676_readings::screened_record& row = out.records[i];
    row.id = p.id;
    row.report.clear();
    failed.clear();
    unknown.clear();
    bool ruled_out = false;
    bool all_passed = true;
    try {
      std::size_t k = 0;
      el::for_each_criterion(criteria, [&](const auto& c, el::criterion_role role, std::size_t) {
        el::cohort_row& counts = rep.rows[k];
        const trialspec::truth t = c.test(p, ctx);
        (t == trialspec::truth::met ? counts.met : t == trialspec::truth::not_met ? counts.not_met : counts.unknown) += 1;
        const trialspec::truth pass = el::passes(role, t);
        if (pass == trialspec::truth::not_met) failed.push_back(counts.id);
        if (pass == trialspec::truth::unknown) unknown.push_back(counts.id);
        if (!ruled_out && pass == trialspec::truth::not_met) {
          ruled_out = true;
          ++counts.removed;
        }
        if (!ruled_out) ++counts.remaining;
        all_passed = all_passed && pass == trialspec::truth::met;
        if (all_passed) ++counts.passing;
        ++k;
      });
      row.failed.assign(failed.begin(), failed.end());
      row.unknown.assign(unknown.begin(), unknown.end());
      if (explain) row.report = el::render(el::screen(criteria, p, ctx));
    } catch (const trialspec::invalid_input& e) {
      throw nct02249676_readings::record_error(i, p.id, e.what());
    }
    ++rep.total;
    row.status = ruled_out ? el::screening_outcome::ineligible
                 : all_passed ? el::screening_outcome::eligible
                              : el::screening_outcome::undetermined;
    (ruled_out ? rep.ineligible : all_passed ? rep.eligible : rep.undetermined) += 1;
  }
}

/// screen_cohort_into() into a new screening.
template <class Criteria>
nct02249676_readings::cohort_screening screen_cohort_with(const Criteria& criteria, const std::vector<trialspec::patient>& cohort,
                                                          trialspec::date as_of, bool explain) {
  nct02249676_readings::cohort_screening out;
  screen_cohort_into(criteria, cohort, as_of, explain, out);
  return out;
}

} // namespace trialspec_cli
