// trialspec/eligibility/report.hpp - screening one record: the outcome, every criterion's
// verdict with its reason, and for an undetermined outcome the data that would decide it.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria_set.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// One top-level criterion's result. `result` is the verdict of the criterion's encoding (for a
/// named criterion, of the criterion inside the name).
struct criterion_result {
  criterion_role role = criterion_role::inclusion;
  std::string id;
  std::string wording;
  verdict result;

  /// Whether this result lets the patient through (inclusion met / exclusion not met).
  [[nodiscard]] truth passed() const noexcept { return passes(role, result.value()); }
};

/// The screening of one record.
struct screening_report {
  std::string record_id;
  date as_of;
  screening_outcome outcome = screening_outcome::undetermined;
  std::vector<criterion_result> criteria;
  /// For an undetermined outcome: each unknown finding that keeps it open, as
  /// "I3: no EDSS assessment up to 2014-01-05". Empty when the outcome is decided.
  std::vector<std::string> deciding_data;
};

namespace detail {
inline void collect_unknown_leaves(const verdict& v, const std::string& prefix, std::vector<std::string>& out) {
  if (!v.is_unknown()) return;
  if (v.children().empty()) {
    out.push_back(prefix + v.reason());
    return;
  }
  for (const auto& c : v.children()) collect_unknown_leaves(c, prefix, out);
}
} // namespace detail

/// Screens `r` against `set` at `ctx`, evaluating every criterion (nothing is skipped, so the
/// report shows all of them).
template <class Is, class Es, class R>
screening_report screen(const eligibility_criteria<Is, Es>& set, const R& r, const evaluation_context& ctx) {
  static_assert(Record<R>, "screen() needs a record type: specialise trialspec::record_traits<R> with at least "
                           "`static std::string_view id(const R&)`");
  screening_report rep;
  rep.record_id = std::string(record_traits<R>::id(r));
  rep.as_of = ctx.as_of;
  truth overall = truth::met;
  rep.criteria.reserve(Is::size + Es::size);
  for_each_criterion(set, [&](const auto& c, criterion_role role, std::size_t position) {
    criterion_result row;
    row.role = role;
    row.id = criterion_id(c, role, position);
    row.wording = criterion_wording(c);
    if constexpr (NamedNode<std::remove_cvref_t<decltype(c)>>) row.result = c.criterion().evaluate(r, ctx);
    else row.result = c.evaluate(r, ctx);
    overall = overall && row.passed();
    rep.criteria.push_back(std::move(row));
  });
  rep.outcome = to_outcome(overall);
  if (rep.outcome == screening_outcome::undetermined)
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown) detail::collect_unknown_leaves(row.result, row.id + ": ", rep.deciding_data);
  return rep;
}

/// The report as indented text:
///   P-001 as of 2014-01-05: undetermined
///   inclusion I1 [met] Clinically definite NMO or NMOSD
///     [met] diagnosis NMO is one of NMO, NMOSD
///   ...
///   to decide:
///     I3: no EDSS assessment up to 2014-01-05
inline std::string render(const screening_report& rep) {
  std::string out = rep.record_id + " as of " + to_iso(rep.as_of) + ": " + std::string(to_string(rep.outcome)) + "\n";
  for (const auto& row : rep.criteria) {
    out += std::string(to_string(row.role)) + " " + row.id + " [" + std::string(to_string(row.result.value())) + "] " +
           row.wording + "\n";
    trialspec::detail::render_into(out, row.result, 1);
  }
  if (!rep.deciding_data.empty()) {
    out += "to decide:\n";
    for (const auto& d : rep.deciding_data) out += "  " + d + "\n";
  }
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const screening_report& rep) { return os << render(rep); }

} // namespace trialspec::eligibility
