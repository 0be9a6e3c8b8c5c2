// trialspec/testing/random.hpp - a small pseudo-random generator whose output is the same with
// every compiler and standard library.
//
// std::uniform_int_distribution and friends are implementation-defined (libstdc++ and libc++ give
// different numbers for the same engine state), so the synthetic cohort uses its own: SplitMix64
// to expand a seed, xoshiro256** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
// generators") for the stream, and integer-only draws (no floating point, so no rounding or
// fused-multiply-add differences either).
#pragma once

#include <cstddef>
#include <cstdint>

namespace trialspec::testing {

/// SplitMix64 (Steele, Lea & Flood 2014); used to seed xoshiro256**.
class splitmix64 {
public:
  constexpr explicit splitmix64(std::uint64_t seed) noexcept : state_(seed) {}
  constexpr std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

private:
  std::uint64_t state_;
};

/// xoshiro256** with integer draws.
class xoshiro256ss {
public:
  /// Seeded from SplitMix64(seed), as its authors recommend.
  constexpr explicit xoshiro256ss(std::uint64_t seed) noexcept {
    splitmix64 sm(seed);
    for (auto& w : s_) w = sm.next();
  }
  /// From an explicit state (not all zero).
  constexpr xoshiro256ss(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) noexcept : s_{a, b, c, d} {}

  constexpr std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// A whole number in [0, n) for n >= 1 (multiply-shift on the top 32 bits; the bias, below
  /// n / 2^32, is irrelevant for synthetic data and keeps the draw a single step).
  constexpr std::uint32_t below(std::uint32_t n) noexcept {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }
  /// A whole number in [lo, hi].
  constexpr int uniform(int lo, int hi) noexcept {
    return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
  }
  /// True with probability per_mille / 1000.
  constexpr bool chance(int per_mille) noexcept { return static_cast<int>(below(1000)) < per_mille; }
  /// Picks index i with weight w[i] (weights in any unit; their sum must be positive).
  template <std::size_t N> constexpr std::size_t pick(const int (&weights)[N]) noexcept {
    int total = 0;
    for (int w : weights) total += w;
    int r = static_cast<int>(below(static_cast<std::uint32_t>(total)));
    for (std::size_t i = 0; i < N; ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return N - 1;
  }

private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4]{};
};

} // namespace trialspec::testing
