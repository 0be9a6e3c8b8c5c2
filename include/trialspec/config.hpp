// trialspec/config.hpp - every compiler, standard-library and C-library detection trialspec makes.
//
// No other header tests a toolchain macro or includes a non-standard header: what depends on the
// platform is decided here, once, and the rest of the library asks the functions below.
#pragma once

// TRIALSPEC_HAS_LIBC_SINGLE_THREADED is 1 when the C library tells whether the process has ever
// started a second thread (glibc 2.32 and later: `__libc_single_threaded` in
// <sys/single_threaded.h>). Reference counts then use plain loads and stores until a second
// thread exists, as libstdc++'s std::shared_ptr does, and atomic read-modify-writes after. Define
// it to 0 before including trialspec to make every count atomic from the start.
#ifndef TRIALSPEC_HAS_LIBC_SINGLE_THREADED
#if __has_include(<sys/single_threaded.h>)
#define TRIALSPEC_HAS_LIBC_SINGLE_THREADED 1
#else
#define TRIALSPEC_HAS_LIBC_SINGLE_THREADED 0
#endif
#endif

#if TRIALSPEC_HAS_LIBC_SINGLE_THREADED
#include <sys/single_threaded.h>
#endif

// TRIALSPEC_COLD marks a function taken rarely (an imprecise date on a path that screens exact
// ones): g++ and clang++ keep it out of line and out of the hot code; elsewhere it is nothing.
#if defined(__GNUC__) || defined(__clang__)
#define TRIALSPEC_COLD [[gnu::cold, gnu::noinline]]
#else
#define TRIALSPEC_COLD
#endif

// TRIALSPEC_ALWAYS_INLINE asks g++ and clang++ to inline a small function on a hot path whatever
// their size heuristics decide (the age of a day-precise birth); elsewhere it is nothing.
#if defined(__GNUC__) || defined(__clang__)
#define TRIALSPEC_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define TRIALSPEC_ALWAYS_INLINE
#endif

// TRIALSPEC_HAS_ATOMIC_BUILTINS is 1 when the compiler has the __atomic builtins (g++ and
// clang++): a reference count is then a plain int changed by them, which spares every translation
// unit that screens the parsing of <atomic> (about a sixth of the compile-time budget's baseline).
// Elsewhere the count is a std::atomic<int>.
#ifndef TRIALSPEC_HAS_ATOMIC_BUILTINS
#if defined(__GNUC__) || defined(__clang__)
#define TRIALSPEC_HAS_ATOMIC_BUILTINS 1
#else
#define TRIALSPEC_HAS_ATOMIC_BUILTINS 0
#endif
#endif

#if !TRIALSPEC_HAS_ATOMIC_BUILTINS
#include <atomic>
#endif

namespace trialspec::detail {

/// An int shared between threads, with the three operations a reference count needs. `load` and
/// `store` are relaxed; `fetch_add` is relaxed (a new reference is made from one already held);
/// `fetch_sub` is acquire-release (the last release must see every earlier write to the shared
/// object before it is deleted).
class atomic_count {
public:
  constexpr explicit atomic_count(int v) noexcept : v_(v) {}
  atomic_count(const atomic_count&) = delete;
  atomic_count& operator=(const atomic_count&) = delete;
#if TRIALSPEC_HAS_ATOMIC_BUILTINS
  [[nodiscard]] int load() const noexcept { return __atomic_load_n(&v_, __ATOMIC_RELAXED); }
  void store(int v) noexcept { __atomic_store_n(&v_, v, __ATOMIC_RELAXED); }
  int fetch_add(int n) noexcept { return __atomic_fetch_add(&v_, n, __ATOMIC_RELAXED); }
  int fetch_sub(int n) noexcept { return __atomic_fetch_sub(&v_, n, __ATOMIC_ACQ_REL); }

private:
  int v_;
#else
  [[nodiscard]] int load() const noexcept { return v_.load(std::memory_order_relaxed); }
  void store(int v) noexcept { v_.store(v, std::memory_order_relaxed); }
  int fetch_add(int n) noexcept { return v_.fetch_add(n, std::memory_order_relaxed); }
  int fetch_sub(int n) noexcept { return v_.fetch_sub(n, std::memory_order_acq_rel); }

private:
  std::atomic<int> v_;
#endif
};

/// True while the process has certainly run on one thread only. Once it returns false it may stay
/// false for good. Without a way to know (TRIALSPEC_HAS_LIBC_SINGLE_THREADED is 0) it is always
/// false, so callers fall back to their thread-safe path.
inline bool process_is_single_threaded() noexcept {
#if TRIALSPEC_HAS_LIBC_SINGLE_THREADED
  return __libc_single_threaded != 0;
#else
  return false;
#endif
}

} // namespace trialspec::detail
