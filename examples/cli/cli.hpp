// Shared pieces of the `trialspec` tool: subcommand registration, CSV input with line and column
// numbers in every error, and the exit-code convention (0 ok, 2 bad input, 64 bad usage).
#pragma once

#include <trialspec/error.hpp>

#include <cstddef>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec_cli {

/// Bad input: the tool prints "trialspec: FILE:LINE:COLUMN: MESSAGE" and exits with code 2.
struct input_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
/// Bad command line: message and exit code 64.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using args_t = std::span<const std::string>;
using command_fn = int (*)(args_t args, std::ostream& out);

struct command_info {
  command_fn run;
  std::string summary;
};

inline std::map<std::string, command_info>& registry() {
  static std::map<std::string, command_info> commands;
  return commands;
}

/// Defined in a cmd_<name>.cpp as `static const trialspec_cli::registrar reg{"edss", "...", &run};`
struct registrar {
  registrar(const char* name, const char* summary, command_fn run) {
    registry()[name] = {run, summary};
  }
};

/// A CSV file read whole before anything is written, so a bad row leaves no partial output.
/// Plain comma-separated fields (no quoting), a required header, blank lines skipped.
struct csv_row {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

class csv_table {
public:
  /// Reads `path` ("-" or empty: standard input) and checks the header is exactly `header`.
  csv_table(const std::string& path, const std::vector<std::string>& header)
      : name_(path.empty() || path == "-" ? std::string("<stdin>") : path), header_(header) {
    std::unique_ptr<std::ifstream> file;
    std::istream* in = &std::cin;
    if (!(path.empty() || path == "-")) {
      file = std::make_unique<std::ifstream>(path);
      if (!*file) throw input_error("trialspec: " + path + ": cannot open file");
      in = file.get();
    }
    std::string text;
    std::size_t line_no = 0;
    bool have_header = false;
    while (std::getline(*in, text)) {
      ++line_no;
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (text.find_first_not_of(" \t") == std::string::npos) continue;
      auto fields = split(text);
      if (!have_header) {
        if (fields != header_) {
          std::string want;
          for (const auto& h : header_) want += (want.empty() ? "" : ",") + h;
          throw input_error(where(line_no, 1) + "expected the header '" + want + "', found '" +
                            text + "'");
        }
        have_header = true;
        continue;
      }
      if (fields.size() != header_.size())
        throw input_error(where(line_no, 1) + "expected " + std::to_string(header_.size()) +
                          " fields, found " + std::to_string(fields.size()));
      rows_.push_back({line_no, std::move(fields)});
    }
    if (!have_header) throw input_error(where(1, 1) + "empty input: no header");
  }

  [[nodiscard]] const std::vector<csv_row>& rows() const noexcept { return rows_; }
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

  /// "FILE:LINE:COL: " where COL is the 1-based column of the field.
  [[nodiscard]] std::string where(std::size_t line, std::size_t column) const {
    return name_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
  }

  /// Parses field `column` (0-based) of `row` with `parse`; an exception from it (invalid_input,
  /// or anything derived from std::exception) becomes an input_error naming file, line, column,
  /// column name and value.
  template <class Parse>
  auto field(const csv_row& row, std::size_t column, Parse&& parse) const {
    try {
      return std::invoke(std::forward<Parse>(parse), row.fields.at(column));
    } catch (const trialspec::invalid_input& e) {
      throw input_error(where(row.line, column + 1) + header_.at(column) + ": " + e.what());
    } catch (const std::exception& e) {
      throw input_error(where(row.line, column + 1) + header_.at(column) + " \"" +
                        row.fields.at(column) + "\": " + e.what());
    }
  }

private:
  static std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
      if (c == ',') {
        out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    out.push_back(cur);
    return out;
  }

  std::string name_;
  std::vector<std::string> header_;
  std::vector<csv_row> rows_;
};

/// Parses a whole non-negative or negative integer; rejects "", "1.5", "12abc", " 3".
inline long parse_integer(std::string_view text, std::string_view field) {
  if (text.empty()) throw trialspec::invalid_input(field, text, "expected a whole number");
  std::size_t i = text[0] == '-' ? 1 : 0;
  if (i == text.size()) throw trialspec::invalid_input(field, text, "expected a whole number");
  long v = 0;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9' || v > 100000000)
      throw trialspec::invalid_input(field, text, "expected a whole number");
    v = v * 10 + (text[i] - '0');
  }
  return text[0] == '-' ? -v : v;
}

/// Parses a decimal number ("0.95", "730.5"); rejects trailing text, "nan", "inf".
inline double parse_decimal(std::string_view text, std::string_view field) {
  std::string s(text);
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(s, &used);
  } catch (const std::exception&) {
    throw trialspec::invalid_input(field, text, "expected a decimal number");
  }
  if (used != s.size() || s.empty() || !(v == v) || s.find_first_of("nNiI") != std::string::npos)
    throw trialspec::invalid_input(field, text, "expected a decimal number");
  return v;
}

} // namespace trialspec_cli
