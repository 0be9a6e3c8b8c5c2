// screen_html.hpp - `trialspec screen --format html`: one self-contained HTML file (no network,
// no external script, font or image) with the protocol's criteria and readings, the attrition as
// an inline SVG chart with its table, and the patients as a paged, filterable table whose rows
// open each patient's reason tree (the lines of --explain).
//
// Written as a stream like the other formats: the opening (criteria, readings) first; then, for
// each part of a batch, one <script type="application/json" class="ts-data"> block holding the
// patients' rows; the attrition chart, the table's controls and the script that renders the table
// a page at a time come last, when the counts are known. The reason trees are stored as lines of
// a dictionary (a line's text is written once, later uses refer to it by number): the dictionary
// held in memory is capped at `dictionary_limit` lines, after which new lines are written out in
// full, so memory stays bounded whatever the number of patients.
#pragma once

#include "screen_readings.hpp"

#include <trialspec/eligibility/cohort.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace trialspec_cli::screen_html {

/// What the report says of the run before any patient is read.
struct meta {
  std::string protocol_id;
  std::string title;
  std::string as_of;            ///< YYYY-MM-DD
  std::string reading;          ///< "registry, --age 18-to-80"
  std::string criteria_json;    ///< trialspec::eligibility::to_json of the criteria
  std::string readings_text;    ///< one reading decision a line
};

/// `text` with & < > " ' written as character references (for element content and attributes), and
/// U+FFFD for a control character or bytes that are not UTF-8 (svg::escaped, svg_writer.hpp).
std::string escape(std::string_view text);

class writer {
public:
  static constexpr std::size_t dictionary_limit = 100000;

  /// The document up to the first patient.
  [[nodiscard]] std::string begin(const meta& m) const;
  /// One record in the form rows() reads (made on the thread that screened it).
  static std::string encode(const nct02249676_readings::screened_record& r);
  /// The data block of records encoded by encode(), in order.
  std::string rows(std::string_view encoded);
  /// The attrition (chart and table), the patients' table and the script; closes the document.
  [[nodiscard]] std::string end(const trialspec::eligibility::cohort_report& attrition) const;

private:
  std::unordered_map<std::string, std::uint32_t> dictionary_;
};

} // namespace trialspec_cli::screen_html
