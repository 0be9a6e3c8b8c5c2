// Shared pieces of the `trialspec` tool: subcommand registration, the exit codes, CSV input with
// line and column numbers in every error, strict number parsing, and the escaping of text that
// came from an input file before it is echoed.
#pragma once

#include <trialspec/error.hpp>

#include <charconv>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace trialspec_cli {

/// The tool's exit codes (documented in the README and in every --help).
enum exit_code : int {
  exit_ok = 0,
  /// An unexpected error: a defect of the tool (report it with the input).
  exit_internal = 1,
  /// Bad input: a file that cannot be read, a value that breaks a rule; file and place named.
  exit_bad_input = 2,
  /// Valid input from which the requested statistic cannot be computed (no event for a rate
  /// ratio or a log-rank test, a negative-binomial fit that does not converge).
  exit_not_computable = 3,
  /// Bad command line (sysexits EX_USAGE).
  exit_usage = 64,
};

/// The exit-code table printed by every --help.
inline constexpr const char* exit_codes_text =
    "exit codes: 0 success; 2 bad input (the message names the file and the line or patient);\n"
    "  3 the input is valid but the statistic cannot be computed from it (no event, or the\n"
    "  negative-binomial model does not converge); 64 bad command line; 1 unexpected error (a defect).\n"
    "Nothing is written to standard output unless the run succeeds.";

/// Bad input: the tool prints the message (which starts with "trialspec: FILE") and exits with 2.
struct input_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
/// Bad command line: the tool prints the message and the subcommand's usage and exits with 64.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
/// Valid input, but the statistic cannot be computed from it: message and exit code 3.
struct not_computable_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// `text` with every control character escaped (\n, \r, \t, \\xHH; C1 controls in UTF-8 as
/// \\u0080-\\u009F), so that text from an input file can never start a line of its own on a
/// terminal or in a report. A backslash is left alone: valid text prints unchanged.
inline std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      const auto d = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out += hex[d >> 4];
      out += hex[d & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

/// Whether `text` holds a control character (C0, DEL, or a C1 control in UTF-8).
inline bool has_control(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

/// Whether `text` is valid UTF-8 (no stray continuation byte, no truncated or overlong sequence,
/// no UTF-16 surrogate, nothing above U+10FFFF).
inline bool valid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (c < 0x80) n = 0;
    else if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;      // overlong
      else if (c == 0xED) hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;      // overlong
      else if (c == 0xF4) hi = 0x8F; // above U+10FFFF
    } else return false;
    if (i + n >= text.size() && n > 0) return false; // truncated
    for (std::size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(text[i + k]);
      if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) return false;
    }
    i += n + 1;
  }
  return true;
}

/// `text` as printable() shows it, with every byte from 0x80 up written \xHH too: for text that
/// is not valid UTF-8, so that the message itself is.
inline std::string printable_bytes(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) out += printable(std::string_view(&ch, 1));
    else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

/// The items separated by `sep`. (Appending in place: `(i ? sep : "") + item` builds a temporary
/// that g++ 12 at -O3 flags with a false -Wrestrict.)
template <class Items> std::string join(const Items& items, std::string_view sep) {
  std::string s;
  bool first = true;
  for (const auto& item : items) {
    if (!first) s += sep;
    s += item;
    first = false;
  }
  return s;
}

/// Throws input_error "trialspec: PATH: is a directory" when `path` names a directory (reading
/// one would otherwise look like an empty file).
inline void reject_directory(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw input_error("trialspec: " + path + ": is a directory, not a file");
}

using args_t = std::span<const std::string>;
using command_fn = int (*)(args_t args, std::ostream& out);

struct command_info {
  command_fn run;
  std::string summary;
  std::string usage;
};

inline std::map<std::string, command_info>& registry() {
  static std::map<std::string, command_info> commands;
  return commands;
}

/// Defined in a cmd_<name>.cpp as `const trialspec_cli::registrar reg{"edss", "summary", usage, &run};`.
/// `trialspec <name> --help` prints `usage` and the exit codes; a usage_error prints `usage` too.
struct registrar {
  registrar(const char* name, const char* summary, std::string usage, command_fn run) {
    registry()[name] = {run, summary, std::move(usage)};
  }
};

/// Options seen so far on one command line: a second occurrence of any option is a usage error
/// (the last one does not silently win).
class seen_options {
public:
  void add(const std::string& option) {
    if (!seen_.insert(option).second) throw usage_error(option + " given twice");
  }
  [[nodiscard]] bool has(const std::string& option) const { return seen_.count(option) != 0; }

private:
  std::set<std::string> seen_;
};

/// The checks every CSV reader of the tool makes on a row's fields besides its own rules, as
/// input_error "FILE:LINE:COLUMN: NAME \"VALUE\": RULE"; `where(column)` (1-based) gives
/// "FILE:LINE:COLUMN: ". No quoting: a double quote is most likely a spreadsheet's quoted field,
/// whose quotes would become part of an id (and a quoted comma would shift every column after it,
/// so this runs before the fields are counted).
template <class Fields, class Where>
void reject_quoted_fields(const Fields& fields, const std::vector<std::string>& header, Where&& where) {
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (std::string_view(fields[c]).find('"') == std::string_view::npos) continue;
    std::string m = where(c + 1);
    if (c < header.size()) m += header[c];
    else m.append("field ").append(std::to_string(c + 1));
    m.append(" \"").append(printable(fields[c])).append("\": has a double quote; quoted fields are not read (plain comma-separated values only)");
    throw input_error(m);
  }
}
/// Text that is not UTF-8 (a Latin-1 export) is refused, its bytes shown as \xHH.
template <class Fields, class Where>
void reject_non_utf8_fields(const Fields& fields, const std::vector<std::string>& header, Where&& where) {
  for (std::size_t c = 0; c < fields.size() && c < header.size(); ++c)
    if (!valid_utf8(fields[c]))
      throw input_error(where(c + 1) + header[c] + " \"" + printable_bytes(fields[c]) + "\": is not valid UTF-8");
}

/// A CSV file read whole before anything is written, so a bad row leaves no partial output.
/// Plain comma-separated fields (no quoting: a field with a double quote is an error), valid UTF-8,
/// a required header, blank lines skipped; a byte-order mark before the header and a carriage
/// return before each line's end (CRLF) are accepted.
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
      reject_directory(path);
      file = std::make_unique<std::ifstream>(path);
      if (!*file) throw input_error("trialspec: " + path + ": cannot open file");
      in = file.get();
    }
    std::string text;
    std::size_t line_no = 0;
    bool have_header = false;
    while (std::getline(*in, text)) {
      ++line_no;
      // A UTF-8 byte-order mark (as spreadsheet programs write) is accepted, as the JSON reader
      // accepts it; it is invisible and would otherwise make a correct header look wrong.
      if (line_no == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (text.find_first_not_of(" \t") == std::string::npos) continue;
      auto fields = split(text);
      if (!have_header) {
        if (fields != header_) {
          std::string want;
          for (const auto& h : header_) {
            if (!want.empty()) want += ',';
            want += h;
          }
          throw input_error(where(line_no, 1) + "expected the header '" + want + "', found '" +
                            printable(text) + "'");
        }
        have_header = true;
        continue;
      }
      reject_quoted_fields(fields, header_, [&](std::size_t column) { return where(line_no, column); });
      if (fields.size() != header_.size())
        throw input_error(where(line_no, 1) + "expected " + std::to_string(header_.size()) +
                          " fields, found " + std::to_string(fields.size()));
      // Ids and groups are printed again; a control character in them could forge a line.
      for (std::size_t c = 0; c < fields.size(); ++c)
        if (has_control(fields[c]))
          throw input_error(where(line_no, c + 1) + header_[c] + " \"" + printable(fields[c]) +
                            "\": contains a control character");
      reject_non_utf8_fields(fields, header_, [&](std::size_t column) { return where(line_no, column); });
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

/// Parses a plain decimal number: an optional '-', digits, and optionally '.' and digits ("0.95",
/// "730.5", ".5"). Forms that std::stod also accepts are rejected: spaces, '+', exponents,
/// hexadecimal ("0x0.8"), "inf", "nan".
inline double parse_decimal(std::string_view text, std::string_view field) {
  const auto bad = [&] { return trialspec::invalid_input(field, text, "expected a decimal number such as 0.95"); };
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t digits = 0, dots = 0;
  for (std::size_t k = i; k < text.size(); ++k) {
    if (text[k] >= '0' && text[k] <= '9') ++digits;
    else if (text[k] == '.' && dots == 0) ++dots;
    else throw bad();
  }
  if (digits == 0) throw bad();
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::fixed);
  if (ec != std::errc() || end != text.data() + text.size()) throw bad();
  return v;
}

} // namespace trialspec_cli
