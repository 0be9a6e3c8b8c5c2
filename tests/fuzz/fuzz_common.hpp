// fuzz_common.hpp - what every fuzz target under tests/fuzz/ checks.
//
// A reader given any bytes either returns what it read or throws the project's error for bad
// input (trialspec::invalid_input; for the tool's CSV readers also trialspec_cli::input_error, the
// tool's bad-input error, exit code 2). Any other exception is a defect: the target prints it and
// aborts, and libFuzzer saves the input. Crashes and sanitizer reports abort by themselves.
#pragma once

#include <trialspec/error.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace trialspec_fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "trialspec fuzz: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

/// Runs `read`; returns true when it returned, false when it threw one of the `Accepted`
/// exception types (invalid_input by default). Anything else aborts.
template <class... Accepted, class Read> bool returns_or_rejects(Read&& read) {
  try {
    read();
    return true;
  } catch (const trialspec::invalid_input&) {
    return false;
  } catch (const std::exception& e) {
    if constexpr (sizeof...(Accepted) > 0) {
      if ((... || (dynamic_cast<const Accepted*>(&e) != nullptr))) return false;
    }
    fail("unexpected exception (not invalid_input)", e.what());
  } catch (...) {
    fail("unexpected exception", "not derived from std::exception");
  }
}

/// Aborts with both texts when `a` and `b` differ.
inline void expect_equal(const char* what, const std::string& a, const std::string& b) {
  if (a != b) fail(what, a + "\n  versus\n" + b);
}

} // namespace trialspec_fuzz
