// trialspec/eligibility/cohort.hpp - screening a cohort: per-criterion counts and sequential
// attrition in protocol order (as OHDSI Circe's inclusion report does), without allocating per
// record.
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <ostream>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

namespace trialspec::eligibility {

/// One top-level criterion over a cohort. `met`/`not_met`/`unknown` count the criterion's own
/// verdicts over every record. Attrition applies criteria in protocol order: `removed` records
/// are ruled out by this criterion for the first time (inclusion not met / exclusion met),
/// `remaining` are not ruled out by it or any earlier one, and `passing` are let through by it
/// and every earlier one definitely (no unknown so far).
struct cohort_row {
  criterion_role role = criterion_role::inclusion;
  std::string id;
  std::string wording;
  std::size_t met = 0;
  std::size_t not_met = 0;
  std::size_t unknown = 0;
  std::size_t removed = 0;
  std::size_t remaining = 0;
  std::size_t passing = 0;
};

struct cohort_report {
  std::size_t total = 0;
  std::size_t eligible = 0;
  std::size_t ineligible = 0;
  std::size_t undetermined = 0;
  std::vector<cohort_row> rows;
};

/// Screens every record of `records`. `context` is an evaluation_context shared by all records,
/// or a callable giving each record its own (e.g. its screening date). The criteria share one
/// screening_memo over the cohort (unless the context brings its own).
template <class Is, class Es, std::ranges::input_range Records, class Context>
cohort_report screen_cohort(const eligibility_criteria<Is, Es>& set, const Records& records, const Context& context) {
  using record_type = std::remove_cvref_t<std::ranges::range_reference_t<const Records&>>;
  static_assert(Record<record_type>, "screen_cohort() needs records whose type specialises trialspec::record_traits");
  static_assert(std::is_convertible_v<Context, evaluation_context> ||
                    std::is_invocable_r_v<evaluation_context, const Context&, const record_type&>,
                "the context of screen_cohort() is an evaluation_context or a callable taking a record and returning one");
  cohort_report rep;
  for_each_criterion(set, [&](const auto& c, criterion_role role, std::size_t position) {
    cohort_row row;
    row.role = role;
    row.id = criterion_id(c, role, position);
    row.wording = criterion_wording(c);
    rep.rows.push_back(std::move(row));
  });
  // One memo for the whole cohort: windows around a shared screening date are resolved once.
  screening_memo memo;
  for (const auto& r : records) {
    evaluation_context ctx;
    if constexpr (std::is_convertible_v<Context, evaluation_context>) ctx = context;
    else ctx = context(r);
    if (!ctx.memo) ctx.memo = &memo;
    ++rep.total;
    bool ruled_out = false;
    bool all_passed = true;
    std::size_t i = 0;
    for_each_criterion(set, [&](const auto& c, criterion_role role, std::size_t) {
      cohort_row& row = rep.rows[i++];
      const truth t = c.test(r, ctx);
      (t == truth::met ? row.met : t == truth::not_met ? row.not_met : row.unknown) += 1;
      const truth pass = passes(role, t);
      if (!ruled_out && pass == truth::not_met) {
        ruled_out = true;
        ++row.removed;
      }
      if (!ruled_out) ++row.remaining;
      all_passed = all_passed && pass == truth::met;
      if (all_passed) ++row.passing;
    });
    if (ruled_out) ++rep.ineligible;
    else if (all_passed) ++rep.eligible;
    else ++rep.undetermined;
  }
  return rep;
}

namespace detail {
inline void pad_right(std::string& out, const std::string& s, std::size_t width) {
  out += s;
  if (s.size() < width) out.append(width - s.size(), ' ');
}
inline void pad_left(std::string& out, const std::string& s, std::size_t width) {
  if (s.size() < width) out.append(width - s.size(), ' ');
  out += s;
}
} // namespace detail

/// The cohort report as a text table, one row per criterion in protocol order:
///   criterion      met  not met  unknown  removed  remaining  passing
///   I1               9        1        0        1          9        9
/// then "N records: E eligible, I ineligible, U undetermined".
inline std::string render(const cohort_report& rep) {
  std::size_t width = 9;
  for (const auto& row : rep.rows) width = row.id.size() > width ? row.id.size() : width;
  std::string out;
  detail::pad_right(out, "criterion", width);
  out += "      met  not met  unknown  removed  remaining  passing\n";
  for (const auto& row : rep.rows) {
    detail::pad_right(out, row.id, width);
    detail::pad_left(out, std::to_string(row.met), 9);
    detail::pad_left(out, std::to_string(row.not_met), 9);
    detail::pad_left(out, std::to_string(row.unknown), 9);
    detail::pad_left(out, std::to_string(row.removed), 9);
    detail::pad_left(out, std::to_string(row.remaining), 11);
    detail::pad_left(out, std::to_string(row.passing), 9);
    out += '\n';
  }
  out += trialspec::detail::cat(std::to_string(rep.total), " records: ", std::to_string(rep.eligible), " eligible, ",
         std::to_string(rep.ineligible), " ineligible, ", std::to_string(rep.undetermined), " undetermined\n");
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const cohort_report& rep) { return os << render(rep); }

} // namespace trialspec::eligibility
