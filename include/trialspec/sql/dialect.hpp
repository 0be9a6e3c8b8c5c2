// trialspec/sql/dialect.hpp - everything engine-specific in the generated SQL, in one type.
//
// The rest of trialspec/sql/ writes standard SQL (CASE, EXISTS, EXTRACT, AND/OR/NOT with their
// three-valued semantics, FETCH FIRST) and asks the dialect for the rest: date literals, quoted
// identifiers, building a date from year, month and day, the last day of a month, and a common
// table expression that is computed once (the leaf criteria of sql/query.hpp). Another
// engine (Spark SQL, BigQuery) is another type with the same static members, passed as the
// `Dialect` argument of sql::basic_writer; nothing else changes.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/text.hpp>

#include <string>
#include <string_view>

namespace trialspec::sql {

namespace detail {
/// `text` between two `quote` characters, each `quote` inside it doubled: the quoting of SQL
/// identifiers ("), SQL strings (') and CSV fields (").
inline std::string quoted(std::string_view text, char quote) {
  std::string out(1, quote);
  for (const char c : text) {
    if (c == quote) out += quote;
    out += c;
  }
  out += quote;
  return out;
}
} // namespace detail

/// PostgreSQL 15 (and later).
struct postgresql {
  static constexpr std::string_view name = "PostgreSQL 15";

  /// DATE '2014-01-05'.
  static std::string date_literal(date d) { return trialspec::detail::cat("DATE '", to_iso(d), "'"); }

  /// "name", with embedded double quotes doubled.
  static std::string identifier(std::string_view name) { return detail::quoted(name, '"'); }

  /// 'text', with embedded single quotes doubled.
  static std::string string_literal(std::string_view text) { return detail::quoted(text, '\''); }

  /// A table in `schema` (none: the search path decides).
  static std::string table(std::string_view schema, std::string_view table_name) {
    return schema.empty() ? identifier(table_name) : trialspec::detail::cat(identifier(schema), ".", identifier(table_name));
  }

  /// A common table expression computed once, not folded into the query that uses it:
  /// `name AS MATERIALIZED (body)` (PostgreSQL 12 and later).
  static std::string materialized(std::string_view name, const std::string& body) {
    return trialspec::detail::cat(name, " AS MATERIALIZED (\n", body, "\n)");
  }

  /// The date of year `y`, month `m`, day `d` (SQL integer expressions).
  static std::string make_date(const std::string& y, const std::string& m, const std::string& d) {
    return trialspec::detail::cat("make_date(", y, ", ", m, ", ", d, ")");
  }

  /// The number of days from date `from` to date `to` (SQL date expressions; an integer).
  static std::string days_between(const std::string& from, const std::string& to) { return trialspec::detail::cat("(", to, " - ", from, ")"); }

  /// The date `n` days after date `d` (a SQL date expression; `n` may be negative).
  static std::string add_days(const std::string& d, long n) { return trialspec::detail::cat("(", d, " + ", std::to_string(n), ")"); }

  /// The date `n` years after date `d` (a SQL date expression), 29 February falling on 28
  /// February in a common year (PostgreSQL clamps to the month's last day).
  static std::string add_years(const std::string& d, int n) {
    std::string out = "CAST(";
    out.append(d).append(" + INTERVAL '").append(std::to_string(n)).append(" years' AS date)");
    return out;
  }

  /// The date `by` after date `d` (a SQL date expression), as trialspec::add counts: days and
  /// weeks exactly, months and years clamped to the target month's last day (2012-01-31 + 1
  /// month = 2012-02-29, 2012-02-29 + 1 year = 2013-02-28), which is how PostgreSQL adds an
  /// interval of months to a date.
  static std::string add_duration(const std::string& d, calendar_duration by) {
    std::string out;
    switch (by.unit) {
    case duration_unit::days: return add_days(d, static_cast<long>(by.count));
    case duration_unit::weeks: return add_days(d, 7L * static_cast<long>(by.count));
    case duration_unit::months: out = std::to_string(by.count); break;
    case duration_unit::years: out = std::to_string(12L * by.count); break;
    }
    std::string sql = "CAST(";
    sql.append(d).append(" + INTERVAL '").append(out).append(" months' AS date)");
    return sql;
  }

  /// The number of days of month `m` of year `y` (SQL integer expressions).
  static std::string days_in_month(const std::string& y, const std::string& m) {
    return trialspec::detail::cat("CAST(EXTRACT(DAY FROM (make_date(", y, ", ", m, ", 1) + INTERVAL '1 month' - INTERVAL '1 day')) AS integer)");
  }
};

} // namespace trialspec::sql
