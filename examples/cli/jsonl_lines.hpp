// jsonl_lines.hpp - the lines of a JSON Lines stream, read in large blocks into one reused buffer.
//
// The lines are handed out as views into the buffer, which stay valid until release(): a batch of
// lines is read, screened on the worker threads straight from the buffer, and released, with no
// allocation and no copy per line. The buffer never moves while lines are held; when it is full,
// next() says so, and the caller screens what it holds and releases it (the unread rest then moves
// to the front). A line longer than the buffer grows it, once no line is held. Memory is the
// buffer: a few megabytes, whatever the length of the stream. The buffer is asked for in huge
// pages where Linux offers them on request (madvise): a first touch of each 4 KiB page of it costs
// more than parsing the bytes on it on a virtual machine.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <memory>
#include <new>
#include <string_view>

#include <sys/mman.h> // madvise (POSIX; MADV_HUGEPAGE: Linux)

namespace trialspec_cli {

class jsonl_lines {
public:
  /// Bytes readable after the end of every line handed out (simdjson's padding, and more).
  static constexpr std::size_t padding = 64;

  explicit jsonl_lines(std::istream& in, std::size_t buffer_bytes = std::size_t{8} << 20) : in_(in) {
    allocate(buffer_bytes);
  }

  enum class status { line, full, end };

  /// The next line that is not blank (spaces, tabs, a carriage return), without its newline, and
  /// its 1-based number; a UTF-8 byte-order mark at the start of the stream is skipped. `full`:
  /// the buffer holds lines still in use, release() them first. `end`: the stream is done. Throws
  /// read_error when the stream fails.
  status next(std::string_view& line, std::size_t& line_no) {
    for (;;) {
      const char* from = buf_.get() + pos_;
      const void* nl = std::memchr(from, '\n', end_ - pos_);
      if (nl || (eof_ && pos_ < end_)) {
        const std::size_t stop = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.get()) : end_;
        std::string_view text(from, stop - pos_);
        pos_ = nl ? stop + 1 : end_;
        ++line_no_;
        if (line_no_ == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
        if (blank(text)) continue;
        line = text;
        line_no = line_no_;
        held_ = true;
        return status::line;
      }
      if (eof_) return status::end;
      if (!fill()) return status::full;
    }
  }

  /// The lines handed out are no longer used.
  void release() {
    if (pos_ > 0) {
      std::memmove(buf_.get(), buf_.get() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    held_ = false;
  }

  struct read_error {};

private:
  struct free_deleter {
    void operator()(char* p) const noexcept { std::free(p); }
  };

  /// A buffer of `bytes` and the padding, zeroed (nothing read from it is ever undefined).
  void allocate(std::size_t bytes) {
    constexpr std::size_t huge = std::size_t{2} << 20;
    const bool large = bytes >= huge;
    const std::size_t align = large ? huge : 64;
    const std::size_t total = (bytes + padding + align - 1) / align * align;
    char* p = static_cast<char*>(std::aligned_alloc(align, total));
    if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    if (large) (void)::madvise(p, total, MADV_HUGEPAGE); // a request; without it, ordinary pages
#endif
    std::memset(p, 0, total);
    if (buf_) std::memcpy(p, buf_.get(), end_);
    buf_.reset(p);
    size_ = large ? total - padding : bytes;
  }

  static bool blank(std::string_view s) noexcept {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
  }

  /// Reads more of the stream after end_; false when there is no room while lines are held.
  bool fill() {
    std::size_t room = size_ - end_;
    if (room == 0) {
      if (held_) return false;
      if (pos_ > 0) release();
      else allocate(2 * size_); // one line longer than the buffer
      room = size_ - end_;
    }
    in_.read(buf_.get() + end_, static_cast<std::streamsize>(room));
    const auto got = static_cast<std::size_t>(in_.gcount());
    end_ += got;
    if (in_.bad()) throw read_error{};
    if (got < room) eof_ = in_.eof();
    if (got == 0 && !eof_) throw read_error{};
    return true;
  }

  std::istream& in_;
  std::unique_ptr<char, free_deleter> buf_; // [0, pos_): handed out; [pos_, end_): read, not yet handed out
  std::size_t size_ = 0;                     // the buffer's bytes, the padding after them not counted
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t line_no_ = 0;
  bool eof_ = false;
  bool held_ = false;
};

} // namespace trialspec_cli
