// block_buffer.hpp - a stream read in large blocks into one reused buffer, for the readers that
// hand out views into it: jsonl_lines.hpp (lines) and document_objects.hpp (patient objects).
//
// The bytes [0, pos) have been handed out, [pos, end()) are read but not yet handed out. While
// views are held the buffer never moves; when it is full, fill() says so, and the reader's caller
// uses what it holds and lets it go. Then the unread rest moves to the front (shift()), or, when
// a single item fills the whole buffer, the buffer doubles. The `padding` bytes after end() are
// always readable and zero (simdjson reads past the end of what it parses). The buffer is asked
// for in huge pages where Linux offers them on request (madvise): a first touch of each 4 KiB
// page of it costs more than parsing the bytes on it on a virtual machine.
//
// Two buffers take turns (move_rest_to): the items handed out from one stay where they are, in
// use, while the bytes after them, moved to the front of the other, are read on.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <memory>
#include <new>

#include <sys/mman.h> // madvise (POSIX; MADV_HUGEPAGE: Linux)

namespace trialspec_cli {

class block_buffer {
public:
  /// Bytes readable (and zero) after end().
  static constexpr std::size_t padding = 64;
  /// Thrown by fill() when the stream fails.
  struct read_error {};

  block_buffer(std::istream& in, std::size_t bytes) : in_(in) { allocate(bytes); }

  [[nodiscard]] char* data() noexcept { return buf_.get(); }
  [[nodiscard]] std::size_t end() const noexcept { return end_; }
  /// The stream has no more bytes (everything is in [pos, end()) or handed out).
  [[nodiscard]] bool eof() const noexcept { return eof_; }

  /// Where the bytes not yet handed out start.
  std::size_t pos = 0;
  /// The most fill() reads at once (a reader that hands the rest on to another buffer reads in
  /// smaller steps, so that there is little rest to move).
  std::size_t read_limit = static_cast<std::size_t>(-1);

  /// Moves [pos, end()) to the front; returns how far the bytes moved (the old pos).
  std::size_t shift() noexcept {
    const std::size_t by = pos;
    if (by > 0) {
      std::memmove(buf_.get(), buf_.get() + by, end_ - by);
      end_ -= by;
      pos = 0;
    }
    return by;
  }

  /// Reads more of the stream after end(). False, reading nothing, when the buffer is full while
  /// views are `held`. Otherwise, when the buffer is full, first shifts (`moved`: how far, else 0)
  /// or, when nothing was handed out, doubles the buffer (one item longer than it). Throws
  /// read_error when the stream fails.
  bool fill(bool held, std::size_t& moved) {
    moved = 0;
    std::size_t room = size_ - end_;
    if (room == 0) {
      if (held) return false;
      if (pos > 0) moved = shift();
      else allocate(2 * size_);
      room = size_ - end_;
    }
    const std::size_t want = room < read_limit ? room : read_limit;
    in_.read(buf_.get() + end_, static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (in_.bad()) throw read_error{};
    end_ += got;
    std::memset(buf_.get() + end_, 0, padding);
    if (got < want) eof_ = in_.eof();
    if (got == 0 && !eof_) throw read_error{};
    return true;
  }

  /// Moves the bytes not yet handed out, [pos, end()), to the front of `to`, a buffer of the same
  /// stream whose items are no longer used (what it held is dropped; it grows to this one's size
  /// when smaller), with the stream's state. Here, what was handed out stays where it is, until
  /// this buffer is the `to` of a move in turn; end() is then pos.
  void move_rest_to(block_buffer& to) {
    const std::size_t n = end_ - pos;
    if (to.size_ < size_) {
      to.end_ = 0;
      to.buf_.reset();
      to.allocate(size_);
    }
    std::memcpy(to.buf_.get(), buf_.get() + pos, n);
    to.end_ = n;
    to.pos = 0;
    std::memset(to.buf_.get() + n, 0, padding);
    to.eof_ = eof_;
    end_ = pos;
    std::memset(buf_.get() + end_, 0, padding);
  }

private:
  struct free_deleter {
    void operator()(char* p) const noexcept { std::free(p); }
  };

  /// A buffer of `bytes` and the padding, zeroed, keeping what was read.
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

  std::istream& in_;
  std::unique_ptr<char, free_deleter> buf_;
  std::size_t size_ = 0; // the buffer's bytes, the padding after them not counted
  std::size_t end_ = 0;
  bool eof_ = false;
};

} // namespace trialspec_cli
