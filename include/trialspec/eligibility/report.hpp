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
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// One top-level criterion's result. `result` is the verdict of the criterion's encoding (for a
/// named criterion, of the criterion inside the name).
///
/// `id` and `wording` are the protocol's own (static text) for a named criterion; for an unnamed
/// one they are "I<n>"/"E<n>" and its description, held by `text` so that they stay valid for as
/// long as the result or any copy of it lives.
struct criterion_result {
  criterion_role role = criterion_role::inclusion;
  std::string_view id;
  std::string_view wording;
  verdict result;
  std::shared_ptr<const std::string> text;

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
/// Calls f(leaf) for each unknown verdict without parts reached through unknown verdicts: the
/// findings that keep an unknown verdict open.
template <class F> void for_each_unknown_leaf(const verdict& v, F&& f) {
  if (!v.is_unknown()) return;
  const auto parts = v.children();
  if (parts.empty()) return static_cast<void>(f(v));
  for (const auto& c : parts) for_each_unknown_leaf(c, f);
}
/// Sizes of the last report built on this thread, to reserve room for the next one.
struct report_size_hint {
  std::size_t nodes = 16;
  std::size_t text = 512;
};
inline report_size_hint& last_report_size() {
  thread_local report_size_hint h;
  return h;
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
  // Every criterion's reason tree goes into one builder: one block of nodes and one of text for
  // the whole report.
  auto& hint = detail::last_report_size();
  verdict_builder b(hint.nodes, hint.text);
  for_each_criterion(set, [&](const auto& c, criterion_role role, std::size_t position) {
    using C = std::remove_cvref_t<decltype(c)>;
    criterion_result row;
    row.role = role;
    truth t;
    if constexpr (NamedNode<C>) {
      row.id = C::id;
      row.wording = C::wording;
      t = explain(c.criterion(), r, ctx, b);
    } else {
      const std::string id = criterion_id(c, role, position);
      auto text = std::make_shared<std::string>(id + c.describe());
      row.id = std::string_view(*text).substr(0, id.size());
      row.wording = std::string_view(*text).substr(id.size());
      row.text = std::move(text);
      t = explain(c, r, ctx, b);
    }
    overall = overall && passes(role, t);
    rep.criteria.push_back(std::move(row));
  });
  hint = {b.size() + b.size() / 4, b.text_size() + b.text_size() / 4};
  std::size_t i = 0;
  b.finish_forest([&](verdict v) { rep.criteria[i++].result = std::move(v); });
  rep.outcome = to_outcome(overall);
  if (rep.outcome == screening_outcome::undetermined) {
    std::size_t lines = 0;
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown) detail::for_each_unknown_leaf(row.result, [&](const verdict&) { ++lines; });
    rep.deciding_data.reserve(lines);
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown)
        detail::for_each_unknown_leaf(row.result, [&](const verdict& leaf) {
          std::string line;
          line.reserve(row.id.size() + 2 + leaf.reason().size());
          line.append(row.id).append(": ").append(leaf.reason());
          rep.deciding_data.push_back(std::move(line));
        });
  }
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
    out.append(to_string(row.role)).append(" ").append(row.id).append(" [").append(to_string(row.result.value())).append("] ");
    out.append(row.wording).append("\n");
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
