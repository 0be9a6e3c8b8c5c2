// document_objects.hpp - the patient objects of a cohort document {"patients": [...]}, one at a
// time, read in large blocks into one reused buffer (block_buffer.hpp, as jsonl_lines.hpp reads
// lines).
//
// The document is split, not parsed: the reader checks the frame - an optional UTF-8 byte-order
// mark first, `{`, the key "patients" (as written, without escapes), `:`, `[`, objects separated by
// commas, `]`, `}` and nothing after it but blanks - and finds where each object ends by
// following strings, their escapes and the nesting depth. Each object is handed out as a view
// into the buffer, with the line it starts on, and parsed by the JSON Lines reader
// (patient_line_reader.hpp), which reads it or names its error. Anything else in the frame (an
// escaped key, another key, a value that is not an object, a syntax error between objects, a
// truncated document, nesting deeper than `max_depth` in a patient) is `other`: the caller then
// reads the document again with the library's reader (trialspec/io/cohort_json.hpp), whose
// message for a malformed document is kept word for word.
//
// The views stay valid until release(); when the buffer is full of objects in use, next() says
// so, the caller screens them and releases them. An object longer than the buffer grows it once
// no object is held. Memory is the buffer (8 MB by default), whatever the length of the document.
#pragma once

#include "block_buffer.hpp"

#include <array>
#include <cstddef>
#include <istream>
#include <string_view>

namespace trialspec_cli {

namespace document_detail {
/// Which bytes end a run of bytes of no interest: in a string, the quote, the backslash and the
/// newline (counted); outside strings, those and the brackets.
constexpr std::array<bool, 256> special(bool in_string) {
  std::array<bool, 256> t{};
  for (const char c : {'"', '\\', '\n'}) t[static_cast<unsigned char>(c)] = true;
  if (!in_string)
    for (const char c : {'{', '}', '[', ']'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}
inline constexpr std::array<bool, 256> in_string_special = special(true);
inline constexpr std::array<bool, 256> structure_special = special(false);
} // namespace document_detail

class document_objects {
public:
  /// Bytes readable after the end of every object handed out (simdjson's padding, and more).
  static constexpr std::size_t padding = block_buffer::padding;
  /// Deeper nesting inside a patient object is left to the library's reader (its limit, 64 levels
  /// from the document's root, is two levels more).
  static constexpr std::size_t max_depth = 32;

  explicit document_objects(std::istream& in, std::size_t buffer_bytes = std::size_t{8} << 20) : b_(in, buffer_bytes) {}

  /// `object`: the next patient object and the line it starts on. `full`: release() the objects
  /// held first. `end`: the document is complete. `other`: not a frame this reader reads (see
  /// the header). Throws read_error when the stream fails.
  enum class status { object, full, end, other };

  status next(std::string_view& object, std::size_t& line_no) {
    for (;;) {
      if (scan_ == b_.end()) {
        if (b_.eof()) return phase_ == phase::done ? status::end : status::other;
        if (!fill()) return status::full;
        continue;
      }
      if (phase_ == phase::object) {
        if (scan_object()) {
          object = std::string_view(b_.data() + start_, scan_ - start_);
          line_no = start_line_;
          b_.pos = scan_;
          held_ = true;
          phase_ = phase::after_item;
          return status::object;
        }
        if (depth_ > max_depth) return status::other;
        continue; // the rest of the object is still to be read
      }
      const char c = b_.data()[scan_];
      ++scan_;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (c == '\n') ++line_;
        if (phase_ != phase::frame || matched_ == 0) {
          if (token_ == 0) token_ = 1; // no byte-order mark after a blank
          b_.pos = scan_;
          continue;
        }
        return status::other; // a blank inside a token
      }
      switch (phase_) {
      case phase::frame: {
        // A UTF-8 byte-order mark, first in the stream, is skipped, as the library's reader skips it.
        static constexpr std::string_view opening[] = {"\xEF\xBB\xBF", "{", "\"patients\"", ":", "["};
        if (token_ == 0 && matched_ == 0 && c != opening[0][0]) token_ = 1;
        const std::string_view token = opening[token_];
        if (c != token[matched_]) return status::other;
        if (++matched_ == token.size()) {
          matched_ = 0;
          if (++token_ == std::size(opening)) phase_ = phase::first_item;
        }
        break;
      }
      case phase::first_item:
      case phase::item:
        if (c == ']' && phase_ == phase::first_item) {
          phase_ = phase::after_array;
        } else if (c == '{') {
          phase_ = phase::object;
          start_ = scan_ - 1;
          start_line_ = line_;
          depth_ = 1;
          continue; // b_.pos stays at the object's start: it is not handed out yet
        } else {
          return status::other;
        }
        break;
      case phase::after_item:
        if (c == ',') phase_ = phase::item;
        else if (c == ']') phase_ = phase::after_array;
        else return status::other;
        break;
      case phase::after_array:
        if (c != '}') return status::other;
        phase_ = phase::done;
        break;
      case phase::done:
      case phase::object:
        return status::other;
      }
      b_.pos = scan_;
    }
  }

  /// The objects handed out are no longer used.
  void release() {
    moved(b_.shift());
    held_ = false;
  }

  using read_error = block_buffer::read_error;

private:
  /// Follows the object from scan_ to its end (true, scan_ after its closing brace) or to the end
  /// of the bytes read (false; also when it nests deeper than max_depth). A backslash outside a
  /// string is left to the parser, which refuses it.
  bool scan_object() {
    const char* b = b_.data();
    std::size_t i = scan_;
    const std::size_t e = b_.end();
    if (escape_ && i < e) {
      if (b[i++] == '\n') ++line_; // not JSON, but the lines after it are still counted
      escape_ = false;
    }
    while (i < e) {
      const auto& table = in_string_ ? document_detail::in_string_special : document_detail::structure_special;
      while (i < e && !table[static_cast<unsigned char>(b[i])]) ++i;
      if (i == e) break;
      const char c = b[i++];
      if (c == '\n') {
        ++line_;
      } else if (c == '"') {
        in_string_ = !in_string_;
      } else if (c == '\\') {
        if (!in_string_) continue;
        if (i == e) escape_ = true;
        else if (b[i++] == '\n') ++line_;
      } else if (c == '{' || c == '[') {
        if (++depth_ > max_depth) {
          scan_ = i;
          return false;
        }
      } else if (--depth_ == 0) {
        scan_ = i;
        return true;
      }
    }
    scan_ = i;
    return false;
  }

  enum class phase { frame, first_item, object, after_item, item, after_array, done };

  /// The bytes moved to the front of the buffer by `by`: the scan and the object being read follow.
  void moved(std::size_t by) noexcept {
    scan_ -= by;
    if (phase_ == phase::object) start_ -= by;
  }

  bool fill() {
    std::size_t by = 0;
    if (!b_.fill(held_, by)) return false;
    moved(by);
    return true;
  }

  block_buffer b_;          // [0, b_.pos): handed out; [b_.pos, b_.end()): not yet
  std::size_t scan_ = 0;    // the first byte not yet looked at
  std::size_t line_ = 1;
  bool held_ = false;
  phase phase_ = phase::frame;
  std::size_t token_ = 0, matched_ = 0;
  // In an object: where it starts, its line, the depth, and whether in a string, after a backslash.
  std::size_t start_ = 0, start_line_ = 0, depth_ = 0;
  bool in_string_ = false, escape_ = false;
};

} // namespace trialspec_cli
