// csv_file.hpp - the tool's CSV readers take a path; the fuzz targets write each input to a
// scratch file of their own, removed at exit: in /dev/shm where there is one (a file system in
// memory: ten times as many executions a second as a file on disk), else in the system's
// temporary directory.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace trialspec_fuzz {

class scratch_file {
public:
  explicit scratch_file(std::string_view tag)
      : path_((directory() /
               ("trialspec-fuzz-" + std::to_string(::getpid()) + "-" + std::string(tag) + ".csv"))
                  .string()) {}
  ~scratch_file() { std::remove(path_.c_str()); }
  scratch_file(const scratch_file&) = delete;
  scratch_file& operator=(const scratch_file&) = delete;

  /// Replaces the file's content with `text` and returns its path.
  const std::string& write(std::string_view text) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return path_;
  }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
  static std::filesystem::path directory() {
    std::error_code ec;
    if (std::filesystem::is_directory("/dev/shm", ec)) return "/dev/shm";
    return std::filesystem::temp_directory_path();
  }
  std::string path_;
};

} // namespace trialspec_fuzz
