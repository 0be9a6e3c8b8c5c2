// trialspec/protocols/detail/trial_text.hpp - how the bundled NMOSD trials print their criteria:
// the numbered criteria, what the registry record lacks, the readings of its text, and the
// washout table, as plain text or Markdown.
#pragma once

#include <trialspec/eligibility/print.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace trialspec::protocols::detail {

/// Each line of `lines` prefixed by `bullet`.
inline std::string prefixed_lines(std::string_view lines, std::string_view bullet) {
  std::string s;
  std::size_t from = 0;
  while (from < lines.size()) {
    std::size_t end = lines.find('\n', from);
    if (end == std::string_view::npos) end = lines.size();
    s += bullet;
    s += lines.substr(from, end - from);
    s += '\n';
    from = end + 1;
  }
  return s;
}

/// The criteria as numbered text, then "Record:" (what the source record lacks), "Not screened:"
/// (registry sentences about conduct after screening), "Readings of the registry text:" and the
/// washout table, each only when it has lines.
template <class Criteria>
std::string trial_text(const Criteria& criteria, std::string_view record, std::string_view not_screened, std::string_view decisions,
                       std::string_view washout_table) {
  std::string s = eligibility::to_text(criteria);
  if (!record.empty()) s += trialspec::detail::cat("Record:\n", prefixed_lines(record, "  "));
  if (!not_screened.empty()) s += trialspec::detail::cat("Not screened (conduct after screening):\n", prefixed_lines(not_screened, "  "));
  s += trialspec::detail::cat("Readings of the registry text:\n", decisions);
  if (!washout_table.empty()) s += trialspec::detail::cat("Washout table:\n", prefixed_lines(washout_table, "  "));
  return s;
}

/// The same in Markdown.
template <class Criteria>
std::string trial_markdown(const Criteria& criteria, std::string_view record, std::string_view not_screened, std::string_view decisions,
                           std::string_view washout_table) {
  std::string s = eligibility::to_markdown(criteria);
  if (!record.empty()) s += trialspec::detail::cat("\n## Record\n\n", prefixed_lines(record, "- "));
  if (!not_screened.empty()) s += trialspec::detail::cat("\n## Not screened (conduct after screening)\n\n", prefixed_lines(not_screened, "- "));
  s += trialspec::detail::cat("\n## Readings of the registry text\n\n", prefixed_lines(decisions, "- "));
  if (!washout_table.empty()) s += trialspec::detail::cat("\n## Washout table\n\n```\n", washout_table, "```\n");
  return s;
}

} // namespace trialspec::protocols::detail
