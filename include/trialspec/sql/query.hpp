// trialspec/sql/query.hpp - a whole criteria set as SQL: one row per person, and the counts and
// attrition `trialspec screen` prints.
//
// person_query(set, w) returns, ordered by person_id, the columns
//   person_source_value  the record's id
//   status               eligible | ineligible | undetermined
//   <id> ...             one per top-level criterion, named by its id (I1, ..., E7; unnamed
//                        criteria I<n> / E<n> as criterion_id names them): met | not_met | unknown
// The status is eligibility_criteria's rule in Kleene logic: the AND of every inclusion's value
// and the NOT of every exclusion's; TRUE eligible, FALSE ineligible, NULL undetermined.
//
// counts_query(set, w) returns one row per top-level criterion in protocol order, as
// eligibility::screen_cohort counts: criterion, role, met, not_met, unknown, removed (ruled out
// here and by no earlier criterion), remaining (not ruled out so far), passing (every criterion so
// far passed); then a row `total` whose met / not_met / unknown columns hold the eligible,
// ineligible and undetermined counts.
//
// Both are WITH l AS MATERIALIZED (each distinct leaf criterion once per person: a leaf shared by
// several criteria, or counted for met and for unknown by at_least, is evaluated once), v (each
// top-level criterion over l), then the select over v.
#pragma once

#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/sql/expression.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace trialspec::sql {

namespace detail {
struct column {
  std::string id;
  eligibility::criterion_role role;
  std::string expression;
};
/// The WITH clause shared by both queries: l, each distinct leaf criterion once per person
/// (materialised), and v, each top-level criterion (c1, c2, ...) over l.
template <class Is, class Es, class W>
std::string with_values(const eligibility::eligibility_criteria<Is, Es>& set, const W& w, std::vector<column>& cols) {
  using D = typename W::dialect;
  leaf_columns leaves;
  eligibility::for_each_criterion(set, [&](const auto& c, eligibility::criterion_role role, std::size_t position) {
    cols.push_back({eligibility::criterion_id(c, role, position), role, expression(c, w, &leaves)});
  });
  std::string l = "SELECT p.person_id, p.person_source_value";
  for (std::size_t i = 0; i < leaves.expressions().size(); ++i) l += trialspec::detail::cat(",\n  ", leaves.expressions()[i], " AS l", std::to_string(i + 1));
  l += trialspec::detail::cat("\nFROM ", w.table("person"), " p");
  std::string v = "SELECT l.person_id, l.person_source_value";
  for (std::size_t i = 0; i < cols.size(); ++i) v += trialspec::detail::cat(",\n  ", cols[i].expression, " AS c", std::to_string(i + 1));
  v += "\nFROM l";
  return trialspec::detail::cat("WITH ", D::materialized("l", l), ",\nv AS (\n", v, "\n)\n");
}
/// The column's value as the criterion set sees it: inclusion as is, exclusion negated.
inline std::string passes(const column& c, const std::string& name) {
  return c.role == eligibility::criterion_role::inclusion ? name : trialspec::detail::cat("(NOT ", name, ")");
}
inline std::string all_passed(const std::vector<column>& cols, std::size_t upto) {
  std::string s = "(";
  for (std::size_t i = 0; i < upto; ++i) s += trialspec::detail::cat((i ? " AND " : ""), passes(cols[i], trialspec::detail::cat("v.c", std::to_string(i + 1))));
  return trialspec::detail::cat(s, ")");
}
inline std::string count_where(const std::string& condition) { return trialspec::detail::cat("SUM(CASE WHEN ", condition, " THEN 1 ELSE 0 END)"); }
} // namespace detail

/// One row per person: person_source_value, status and each top-level criterion's value.
template <class Is, class Es, class W> std::string person_query(const eligibility::eligibility_criteria<Is, Es>& set, const W& w) {
  using D = typename W::dialect;
  std::vector<detail::column> cols;
  std::string s = trialspec::detail::cat("-- trialspec: one row per person as of ", to_iso(w.as_of()), " (", D::name, ")\n");
  s += detail::with_values(set, w, cols);
  const std::string all = detail::all_passed(cols, cols.size());
  s += trialspec::detail::cat("SELECT v.person_source_value,\n  CASE WHEN ", all, " IS TRUE THEN 'eligible' WHEN ", all,
       " IS FALSE THEN 'ineligible' ELSE 'undetermined' END AS status");
  for (std::size_t i = 0; i < cols.size(); ++i) {
    const std::string c = trialspec::detail::cat("v.c", std::to_string(i + 1));
    s += trialspec::detail::cat(",\n  CASE WHEN ", c, " IS TRUE THEN 'met' WHEN ", c, " IS FALSE THEN 'not_met' ELSE 'unknown' END AS ", D::identifier(cols[i].id));
  }
  return trialspec::detail::cat(s, "\nFROM v\nORDER BY v.person_id;\n");
}

/// Per-criterion counts and sequential attrition, then the totals.
template <class Is, class Es, class W> std::string counts_query(const eligibility::eligibility_criteria<Is, Es>& set, const W& w) {
  using D = typename W::dialect;
  std::vector<detail::column> cols;
  std::string s = trialspec::detail::cat("-- trialspec: counts and attrition as of ", to_iso(w.as_of()), " (", D::name, ")\n");
  s += detail::with_values(set, w, cols);
  std::string ruled_out_before = "FALSE";
  for (std::size_t i = 0; i < cols.size(); ++i) {
    const std::string c = trialspec::detail::cat("v.c", std::to_string(i + 1));
    const std::string pass = detail::passes(cols[i], c);
    const std::string ruled_out = trialspec::detail::cat("(", ruled_out_before, " OR ", pass, " IS FALSE)");
    s += trialspec::detail::cat((i ? "UNION ALL\n" : ""), std::string("SELECT "), std::to_string(i + 1), " AS position, ", D::string_literal(cols[i].id),
         " AS criterion, ", D::string_literal(to_string(cols[i].role)), " AS role, ", detail::count_where(trialspec::detail::cat(c, " IS TRUE")), " AS met, ",
         detail::count_where(trialspec::detail::cat(c, " IS FALSE")), " AS not_met, ", detail::count_where(trialspec::detail::cat(c, " IS NULL")), " AS unknown, ",
         detail::count_where(trialspec::detail::cat(pass, " IS FALSE AND NOT ", ruled_out_before)), " AS removed, ", detail::count_where(trialspec::detail::cat("NOT ", ruled_out)),
         " AS remaining, ", detail::count_where(trialspec::detail::cat(detail::all_passed(cols, i + 1), " IS TRUE")), " AS passing FROM v\n");
    ruled_out_before = ruled_out;
  }
  const std::string all = detail::all_passed(cols, cols.size());
  s += trialspec::detail::cat("UNION ALL\nSELECT ", std::to_string(cols.size() + 1), ", 'total', '', ", detail::count_where(trialspec::detail::cat(all, " IS TRUE")), ", ",
       detail::count_where(trialspec::detail::cat(all, " IS FALSE")), ", ", detail::count_where(trialspec::detail::cat(all, " IS NULL")), ", 0, 0, 0 FROM v\nORDER BY position;\n");
  return s;
}

} // namespace trialspec::sql
