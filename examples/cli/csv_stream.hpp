// csv_stream.hpp - a CSV file read row by row, for inputs too large to hold (progression, arr, km).
//
// The rows, their checks and their errors are csv_table's (cli.hpp), word for word: the header
// must be exactly the expected one (a UTF-8 byte-order mark before it is accepted), every row has
// as many fields as the header, no field holds a control character, blank lines are skipped, a
// carriage return before the newline is dropped. What differs is the order of the errors: a table
// checks the shape of every row before a field is parsed, a stream reports the first bad row.
//
// The file is read in blocks into one buffer that is reused; a row's fields are views into it,
// valid until the next row is asked for. Memory is the buffer (1 MiB, more only for a longer
// line), whatever the length of the file. TRIALSPEC_CLI_CSV_BLOCK_BYTES sets the buffer's first
// size: the fuzz targets use 16 bytes, so that their inputs (at most a few KiB) cross block
// boundaries, move a partial line to the front and grow the buffer, as a large file does.
//
// restart() reads the input again from its first byte, for a reader that finds, part way, that it
// must take the whole file another way (progression's fallback for input not grouped by patient).
// A regular file is read again; standard input, or a pipe, is copied as it is read into an unnamed
// temporary file when restart() may be needed (`replayable`), and read again from that copy.
#pragma once

#include "cli.hpp"

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fcntl.h>  // open (POSIX)
#include <unistd.h> // read, lseek, close (POSIX)

#ifndef TRIALSPEC_CLI_CSV_BLOCK_BYTES
#define TRIALSPEC_CLI_CSV_BLOCK_BYTES (std::size_t{1} << 20)
#endif

namespace trialspec_cli {

/// One row of a csv_stream: its 1-based line and its fields, views into the stream's buffer.
struct csv_view {
  static constexpr std::size_t max_fields = 8;
  std::size_t line = 0;
  std::array<std::string_view, max_fields> fields{};
};

class csv_stream {
public:
  /// The buffer's first size in bytes (doubled for a line longer than the buffer).
  static constexpr std::size_t block_bytes = TRIALSPEC_CLI_CSV_BLOCK_BYTES;
  static_assert(block_bytes >= 1, "TRIALSPEC_CLI_CSV_BLOCK_BYTES must be at least 1");

  /// Opens `path` ("-" or empty: standard input) for rows under `header` (at most
  /// csv_view::max_fields columns). Errors are csv_table's: "trialspec: PATH: cannot open file",
  /// "... is a directory". `replayable`: restart() may be called.
  csv_stream(const std::string& path, std::vector<std::string> header, bool replayable = false)
      : name_(path.empty() || path == "-" ? std::string("<stdin>") : path), header_(std::move(header)) {
    if (path.empty() || path == "-") {
      fd_ = 0;
    } else {
      reject_directory(path);
      fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd_ < 0) throw input_error("trialspec: " + path + ": cannot open file");
      own_fd_ = true;
    }
    if (replayable) {
      start_ = ::lseek(fd_, 0, SEEK_CUR);
      if (start_ < 0) {
        copy_.reset(std::tmpfile());
        if (!copy_) throw input_error("trialspec: " + name_ + ": cannot create a temporary copy of the input");
      }
    }
    buf_.resize(block_bytes);
  }
  csv_stream(const csv_stream&) = delete;
  csv_stream& operator=(const csv_stream&) = delete;
  ~csv_stream() {
    if (own_fd_) ::close(fd_);
  }

  /// The next row into `row`; false at the end of the input. Throws input_error at a bad row
  /// (and at a missing header, at the end).
  bool next(csv_view& row) {
    std::string_view text;
    while (line(text)) {
      ++line_no_;
      if (line_no_ == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
      std::size_t n = 0;
      std::size_t from = 0;
      for (;;) {
        const std::size_t comma = text.find(',', from);
        const std::string_view f = text.substr(from, comma == std::string_view::npos ? text.size() - from : comma - from);
        if (n < csv_view::max_fields) row.fields[n] = f;
        ++n;
        if (comma == std::string_view::npos) break;
        from = comma + 1;
      }
      if (!have_header_) {
        bool same = n == header_.size();
        for (std::size_t c = 0; same && c < n; ++c) same = row.fields[c] == header_[c];
        if (!same)
          throw input_error(where(line_no_, 1) + "expected the header '" + join(header_, ",") + "', found '" + printable(text) + "'");
        have_header_ = true;
        continue;
      }
      // The same checks, in the same order, as csv_table's (cli.hpp).
      const std::span<const std::string_view> fields(row.fields.data(), n < csv_view::max_fields ? n : csv_view::max_fields);
      const auto at = [&](std::size_t column) { return where(line_no_, column); };
      reject_quoted_fields(fields, header_, at);
      if (n != header_.size())
        throw input_error(where(line_no_, 1) + "expected " + std::to_string(header_.size()) + " fields, found " + std::to_string(n));
      // Ids and groups are printed again; a control character in them could forge a line.
      for (std::size_t c = 0; c < n; ++c)
        if (has_control(row.fields[c]))
          throw input_error(where(line_no_, c + 1) + header_[c] + " \"" + printable(row.fields[c]) + "\": contains a control character");
      reject_non_utf8_fields(fields, header_, at);
      row.line = line_no_;
      return true;
    }
    if (!have_header_) throw input_error(where(1, 1) + "empty input: no header");
    return false;
  }

  [[nodiscard]] const std::string& name() const noexcept { return name_; }

  /// "FILE:LINE:COL: " where COL is the 1-based column of the field.
  [[nodiscard]] std::string where(std::size_t line, std::size_t column) const {
    return name_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
  }

  /// csv_table::field for a row of this stream: `parse(std::string_view)`, its exceptions turned
  /// into input_error naming file, line, column, column name and value.
  template <class Parse> auto field(const csv_view& row, std::size_t column, Parse&& parse) const {
    try {
      return std::invoke(std::forward<Parse>(parse), row.fields[column]);
    } catch (const trialspec::invalid_input& e) {
      throw input_error(where(row.line, column + 1) + header_.at(column) + ": " + e.what());
    } catch (const std::exception& e) {
      throw input_error(where(row.line, column + 1) + header_.at(column) + " \"" + std::string(row.fields[column]) +
                        "\": " + e.what());
    }
  }

  /// Reads the input again from its start (only for a stream opened `replayable`).
  void restart() {
    if (copy_) {
      // What was read of a pipe is in the copy: read it first, then the rest of the pipe.
      std::fflush(copy_.get());
      replay_fd_ = ::fileno(copy_.get());
      if (::lseek(replay_fd_, 0, SEEK_SET) < 0) throw input_error("trialspec: " + name_ + ": cannot read its temporary copy again");
      copying_ = false;
    } else if (::lseek(fd_, start_, SEEK_SET) < 0) {
      throw input_error("trialspec: " + name_ + ": cannot be read again");
    }
    pos_ = end_ = 0;
    eof_ = false;
    line_no_ = 0;
    have_header_ = false;
  }

private:
  struct file_closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };

  /// The next line, without its newline; false at the end.
  bool line(std::string_view& text) {
    for (;;) {
      const char* from = buf_.data() + pos_;
      const void* nl = std::memchr(from, '\n', end_ - pos_);
      if (nl) {
        const auto stop = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
        text = std::string_view(from, stop - pos_);
        pos_ = stop + 1;
        return true;
      }
      if (eof_) {
        if (pos_ == end_) return false;
        text = std::string_view(from, end_ - pos_);
        pos_ = end_;
        return true;
      }
      fill();
    }
  }

  void fill() {
    if (pos_ > 0) {
      std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    if (end_ == buf_.size()) buf_.resize(2 * buf_.size()); // a line longer than the buffer
    for (;;) {
      const int fd = replay_fd_ >= 0 ? replay_fd_ : fd_;
      const ::ssize_t got = ::read(fd, buf_.data() + end_, buf_.size() - end_);
      if (got < 0) {
        if (errno == EINTR) continue;
        throw input_error("trialspec: " + name_ + ": read error");
      }
      if (got == 0 && replay_fd_ >= 0) {
        replay_fd_ = -1; // the copy is read: on with the rest of the pipe
        continue;
      }
      if (got == 0) {
        eof_ = true;
        return;
      }
      if (copying_ && copy_ && std::fwrite(buf_.data() + end_, 1, static_cast<std::size_t>(got), copy_.get()) != static_cast<std::size_t>(got))
        throw input_error("trialspec: " + name_ + ": cannot write its temporary copy");
      end_ += static_cast<std::size_t>(got);
      return;
    }
  }

  std::string name_;
  std::vector<std::string> header_;
  int fd_ = -1;
  bool own_fd_ = false;
  ::off_t start_ = 0;
  std::unique_ptr<std::FILE, file_closer> copy_; // standard input or a pipe, when replayable
  bool copying_ = true;
  int replay_fd_ = -1;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  std::size_t line_no_ = 0;
  bool eof_ = false;
  bool have_header_ = false;
};

} // namespace trialspec_cli

#include "date_cache.hpp" // date_cache, for the readers of these rows
