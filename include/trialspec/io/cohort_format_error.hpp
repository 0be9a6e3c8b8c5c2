// trialspec/io/cohort_format_error.hpp - the error of the cohort readers: file, patient, key path and value.
//
// Every error of the cohort JSON reader is a cohort_format_error (an invalid_input). Its message
// names what is known of: the file, the patient (id and position), the key as a path, the value:
//   cohort.json: patient "P-07" (#7): edss[2].score "5.25": an EDSS score must be ...
// Where the record's own validation rejected an item, its field follows the key path:
//   patient "P-07" (#7): blood_pressure[0]: blood pressure "80/120": the diastolic pressure cannot ...
// In a JSON Lines file the line follows the file, as compilers write it:
//   cohort.jsonl:7: patient "P-07" (#7): edss[2].score "5.25": an EDSS score must be ...
//
// Nothing unbounded is echoed: ids, key paths and values are cut to max_echoed_chars characters
// followed by "...", and control characters and bytes that are not UTF-8 are written as escapes
// (\n, \u001b, \xff), so an error message is one line of text however hostile the input.
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace trialspec::io {

/// Ids, key paths and values quoted in error messages are cut to this many characters.
inline constexpr std::size_t max_echoed_chars = 60;

namespace detail {

/// The length of the UTF-8 sequence starting with byte `b` at `s[i]`, or 0 when it is not a
/// well-formed sequence (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
inline std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else return 0;
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

/// `text` as quoted in an error message: at most max_echoed_chars characters (then "..."),
/// control characters and malformed bytes escaped.
inline std::string echo_text(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars == max_echoed_chars) {
      out += "...";
      break;
    }
    ++chars;
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = utf8_sequence(text, i);
    if (n == 0) {
      out.append("\\x").push_back(hex[b >> 4]);
      out.push_back(hex[b & 0xF]);
      ++i;
    } else if (b < 0x20 || b == 0x7F) {
      if (b == '\n') out += "\\n";
      else if (b == '\t') out += "\\t";
      else if (b == '\r') out += "\\r";
      else {
        out.append("\\u00").push_back(hex[b >> 4]);
        out.push_back(hex[b & 0xF]);
      }
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

} // namespace detail

/// A cohort file that breaks the format. `file()` is the path when the cohort was read from a file
/// (load_cohort), `patient()` the patient's id as written (empty when the id itself is missing or
/// bad, or the error is outside any patient), `index()` its 0-based position in "patients",
/// `key()` the path of the offending key ("edss[2].score"), relative to the patient when there is
/// one and to the document otherwise, or a description ("cohort JSON" for a syntax error).
/// `key()` and `value()` are as the message quotes them: cut to max_echoed_chars and escaped.
class cohort_format_error : public invalid_input {
public:
  cohort_format_error(std::string patient, std::optional<std::size_t> index, std::string key, std::string_view value,
                      std::string_view rule)
      : cohort_format_error(std::string(), std::move(patient), index, detail::echo_text(key), std::string(),
                            detail::echo_text(value), rule) {}

  /// An item the record's own validation rejected: `cause` names the field, value and rule in
  /// the record's terms; `key` is the item's path ("therapies[1]").
  cohort_format_error(std::string patient, std::optional<std::size_t> index, std::string key, const invalid_input& cause)
      : cohort_format_error(std::string(), std::move(patient), index, detail::echo_text(key), cause.field(),
                            detail::echo_text(cause.value()), cause.rule()) {}

  /// The same error, in the file `file`.
  cohort_format_error(const cohort_format_error& e, std::string file)
      : cohort_format_error(std::move(file), e.line_, e.patient_, e.index_, e.key_, e.subject_, e.value(), e.rule()) {}

  /// The same error, on line `line` (1-based) of the file `file` (may be empty: a stream).
  cohort_format_error(const cohort_format_error& e, std::string file, std::size_t line)
      : cohort_format_error(std::move(file), line, e.patient_, e.index_, e.key_, e.subject_, e.value(), e.rule()) {}

  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const std::string& patient() const noexcept { return patient_; }
  [[nodiscard]] std::optional<std::size_t> index() const noexcept { return index_; }
  [[nodiscard]] const std::string& key() const noexcept { return key_; }
  /// The line (1-based) of a JSON Lines file the patient is on, when known.
  [[nodiscard]] std::optional<std::size_t> line() const noexcept { return line_; }

private:
  // `key` and `value` as quoted (already cut and escaped).
  cohort_format_error(std::string file, std::string patient, std::optional<std::size_t> index, std::string key,
                      std::string subject, std::string_view value, std::string_view rule)
      : cohort_format_error(std::move(file), std::nullopt, std::move(patient), index, std::move(key), std::move(subject),
                            value, rule) {}
  cohort_format_error(std::string file, std::optional<std::size_t> line, std::string patient, std::optional<std::size_t> index,
                      std::string key, std::string subject, std::string_view value, std::string_view rule)
      : invalid_input(label(file, line, patient, index, key, subject), value, rule), file_(std::move(file)),
        patient_(std::move(patient)), index_(index), key_(std::move(key)), subject_(std::move(subject)), line_(line) {}

  static std::string label(const std::string& file, std::optional<std::size_t> line, const std::string& patient,
                           std::optional<std::size_t> index, const std::string& key, const std::string& subject) {
    std::string s;
    if (line) s.append(file.empty() ? std::string("line ") : trialspec::detail::cat(file, ":")).append(std::to_string(*line)).append(": ");
    else if (!file.empty()) s.append(file).append(": ");
    if (index || !patient.empty()) {
      s += "patient";
      if (!patient.empty()) s.append(" \"").append(detail::echo_text(patient)).append("\"");
      if (index) s.append(" (#").append(std::to_string(*index + 1)).append(")");
      s += ": ";
    }
    s += key;
    if (!subject.empty()) s.append(": ").append(subject);
    return s;
  }

  std::string file_;
  std::string patient_;
  std::optional<std::size_t> index_;
  std::string key_;
  std::string subject_; // the record's name for the field, when its own validation failed
  std::optional<std::size_t> line_;
};

} // namespace trialspec::io
