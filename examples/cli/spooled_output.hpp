// spooled_output.hpp - a report that reaches its destination only when the whole run succeeds,
// in bounded memory (trialspec screen, trialspec progression).
#pragma once

#include "cli.hpp"

#include <cstddef>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <stdio.h>     // fdopen (POSIX)
#include <stdlib.h>    // mkstemp (POSIX)
#include <sys/stat.h>  // fchmod, umask (POSIX)
#include <unistd.h>    // close (POSIX)

namespace trialspec_cli {

/// The report on its way out. Nothing reaches standard output or the --output file unless the
/// whole run succeeds (commit()), yet memory stays bounded: the report is held in memory up to
/// `memory_limit` bytes and then goes on in a temporary file (standard output: an unnamed one,
/// copied out at the end; --output FILE: FILE.XXXXXX beside it, renamed to FILE at the end). A run
/// that fails removes its temporary file.
class spooled_output {
public:
  static constexpr std::size_t memory_limit = std::size_t{8} << 20;

  explicit spooled_output(std::string path) : path_(std::move(path)) {}
  spooled_output(const spooled_output&) = delete;
  spooled_output& operator=(const spooled_output&) = delete;
  ~spooled_output() {
    if (file_) std::fclose(file_);
    if (!temporary_.empty()) std::remove(temporary_.c_str());
  }

  void write(std::string_view s) {
    // The buffer's memory asked for once, at its limit, instead of growing by doubling (each
    // step a copy of the report so far); its pages are touched only as the report fills them.
    if (buffer_.capacity() < memory_limit) buffer_.reserve(memory_limit);
    buffer_ += s;
    if (buffer_.size() >= memory_limit) spill();
  }

  void commit() {
    if (path_.empty()) {
      if (file_) {
        spill();
        std::rewind(file_);
        std::vector<char> chunk(1 << 16);
        std::size_t n;
        while ((n = std::fread(chunk.data(), 1, chunk.size(), file_)) > 0) std::cout.write(chunk.data(), static_cast<std::streamsize>(n));
        if (std::ferror(file_)) throw input_error("trialspec: temporary file: read error");
      } else {
        std::cout << buffer_;
      }
      std::cout.flush();
      return;
    }
    spill();
    if (std::fflush(file_) != 0 || std::fclose(file_) != 0) {
      file_ = nullptr;
      throw input_error("trialspec: " + temporary_ + ": write failed");
    }
    file_ = nullptr;
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
      throw input_error("trialspec: " + path_ + ": cannot be written (renaming " + temporary_ + " failed)");
    temporary_.clear();
  }

private:
  void spill() {
    if (!file_) open();
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
      throw input_error("trialspec: " + (temporary_.empty() ? std::string("temporary file") : temporary_) +
                                       ": write failed");
    buffer_.clear();
  }
  void open() {
    if (path_.empty()) {
      file_ = std::tmpfile();
      if (!file_) throw input_error("trialspec: cannot create a temporary file for the report");
      return;
    }
    std::string name = path_ + ".XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw input_error("trialspec: " + path_ + ": cannot create a temporary file beside it");
    temporary_ = name;
    // mkstemp makes the file readable by its owner only; the report gets the mode any new file
    // of the user's gets (0666 less the umask), as if it had been written directly.
    const ::mode_t mask = ::umask(0);
    ::umask(mask);
    (void)::fchmod(fd, 0666 & ~mask);
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
      ::close(fd);
      throw input_error("trialspec: " + temporary_ + ": cannot be opened");
    }
  }

  std::string path_;
  std::string buffer_;
  std::FILE* file_ = nullptr;
  std::string temporary_;
};

} // namespace trialspec_cli
