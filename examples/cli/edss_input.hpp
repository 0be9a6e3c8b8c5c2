// The input of `trialspec edss`: a CSV table of functional-system grades, read and checked row by
// row before anything is written (cmd_edss.cpp; tests/fuzz/edss_csv.cpp fuzzes it).
#pragma once

#include "cli.hpp"

#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli::edss_input {

/// The header the table must have, in this order.
inline const std::vector<std::string>& header() {
  static const std::vector<std::string> h{"id",           "pyramidal", "cerebellar", "brainstem", "sensory",
                                          "bowel_bladder", "visual",    "cerebral",   "ambulation"};
  return h;
}

/// A grade as recorded: empty is not recorded; otherwise a whole number in the system's range
/// (checked by the library, which names the system and the grade).
inline int grade(const std::string& column, const std::string& text) {
  if (text.empty()) return trialspec::functional_systems::not_recorded;
  const long v = parse_integer(text, column);
  if (v < 0 || v > 1000) throw trialspec::invalid_input(column, text, "expected a grade, a whole number from 0");
  return static_cast<int>(v);
}

/// Each row's id and EDSS step (none when the grades do not determine one), in table order. The
/// first bad row throws input_error naming the file, line, column, field and value.
inline std::vector<std::pair<std::string, std::optional<trialspec::edss>>> read(const csv_table& table,
                                                                              const trialspec::edss_fs_options& options) {
  const auto& names = header();
  std::vector<std::pair<std::string, std::optional<trialspec::edss>>> results;
  results.reserve(table.rows().size());
  for (const auto& row : table.rows()) {
    if (row.fields[0].empty()) throw input_error(table.where(row.line, 1) + "id: empty");
    trialspec::functional_systems f;
    int* const by_column[8] = {&f.pyramidal, &f.cerebellar, &f.brainstem,  &f.sensory,
                               &f.bowel_bladder, &f.visual, &f.cerebral, &f.ambulation};
    for (std::size_t c = 1; c <= 8; ++c) {
      *by_column[c - 1] = table.field(row, c, [&](const std::string& text) {
        const int g = grade(names[c], text);
        trialspec::functional_systems probe; // only this grade recorded: validate names it
        int* const probe_columns[8] = {&probe.pyramidal, &probe.cerebellar, &probe.brainstem,
                                       &probe.sensory,   &probe.bowel_bladder, &probe.visual,
                                       &probe.cerebral,  &probe.ambulation};
        *probe_columns[c - 1] = g;
        trialspec::validate(probe);
        return g;
      });
    }
    results.emplace_back(row.fields[0], trialspec::edss_from_functional_systems(f, options));
  }
  return results;
}

} // namespace trialspec_cli::edss_input
