// jsonl_lines.hpp - the lines of a JSON Lines stream, read in large blocks into one reused buffer
// (block_buffer.hpp).
//
// The lines are handed out as views into the buffer, which stay valid until release(): a batch of
// lines is read, screened on the worker threads straight from the buffer, and released, with no
// allocation and no copy per line. The buffer never moves while lines are held; when it is full,
// next() says so, and the caller screens what it holds and releases it (the unread rest then moves
// to the front). A line longer than the buffer grows it, once no line is held. Memory is the
// buffer: a few megabytes, whatever the length of the stream.
//
// Or two buffers, taking turns (seal()): the lines of a batch stay in one while the next batch's
// lines are read into the other, so that reading overlaps with screening.
#pragma once

#include "block_buffer.hpp"

#include <cstddef>
#include <cstring>
#include <istream>
#include <memory>
#include <string_view>
#include <utility>

namespace trialspec_cli {

class jsonl_lines {
public:
  /// Bytes readable after the end of every line handed out (simdjson's padding, and more).
  static constexpr std::size_t padding = block_buffer::padding;

  /// Reads `in` into buffers of `buffer_bytes`, at most `read_bytes` at a time.
  explicit jsonl_lines(std::istream& in, std::size_t buffer_bytes = std::size_t{8} << 20, std::size_t read_bytes = std::size_t{1} << 20)
      : in_(in), buffer_bytes_(buffer_bytes), read_bytes_(read_bytes), b_(make_buffer()) {}

  enum class status { line, full, end };

  /// The next line that is not blank (spaces, tabs, a carriage return), without its newline, and
  /// its 1-based number; a UTF-8 byte-order mark at the start of the stream is skipped. `full`:
  /// the buffer holds lines still in use, release() them first. `end`: the stream is done. Throws
  /// read_error when the stream fails.
  status next(std::string_view& line, std::size_t& line_no) {
    for (;;) {
      const char* from = b_->data() + b_->pos;
      const void* nl = std::memchr(from, '\n', b_->end() - b_->pos);
      if (nl || (b_->eof() && b_->pos < b_->end())) {
        const std::size_t stop = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - b_->data()) : b_->end();
        std::string_view text(from, stop - b_->pos);
        b_->pos = nl ? stop + 1 : b_->end();
        ++line_no_;
        if (line_no_ == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
        if (blank(text)) continue;
        line = text;
        line_no = line_no_;
        held_ = true;
        return status::line;
      }
      if (b_->eof()) return status::end;
      std::size_t moved = 0;
      if (!b_->fill(held_, moved)) return status::full;
    }
  }

  /// The lines handed out are no longer used.
  void release() noexcept {
    b_->shift();
    held_ = false;
  }

  /// The lines handed out since the last seal() stay where they are, in use, while next() goes on
  /// in the other buffer, where the bytes not yet handed out move. The lines sealed the time
  /// before must no longer be in use: their buffer is the one that takes the rest (the second
  /// buffer is made at the first seal()).
  void seal() {
    if (!spare_) spare_ = make_buffer();
    b_->move_rest_to(*spare_);
    std::swap(b_, spare_);
    held_ = false;
  }

  using read_error = block_buffer::read_error;

private:
  static bool blank(std::string_view s) noexcept {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
  }

  std::unique_ptr<block_buffer> make_buffer() {
    auto b = std::make_unique<block_buffer>(in_, buffer_bytes_);
    b->read_limit = read_bytes_;
    return b;
  }

  std::istream& in_;
  std::size_t buffer_bytes_, read_bytes_;
  std::unique_ptr<block_buffer> b_; // [0, b_->pos): handed out; [b_->pos, b_->end()): read, not yet handed out
  std::unique_ptr<block_buffer> spare_; // the lines sealed last, or none
  std::size_t line_no_ = 0;
  bool held_ = false;
};

} // namespace trialspec_cli
