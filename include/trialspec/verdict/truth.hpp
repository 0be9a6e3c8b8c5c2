// trialspec/verdict/truth.hpp - the three-valued truth (met / not met / unknown) and Kleene's logic.
//
// `truth` is the allocation-free answer used on hot paths. Combination follows Kleene's strong
// three-valued logic: unknown && not_met is not_met, unknown || met is met.
#pragma once

#include <trialspec/enum_names.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <string_view>

namespace trialspec {

/// A three-valued answer. The order not_met < unknown < met makes Kleene's AND the minimum and
/// OR the maximum. There is deliberately no conversion to bool: unknown is not false.
enum class truth : std::uint8_t { not_met = 0, unknown = 1, met = 2 };

constexpr truth to_truth(bool b) noexcept { return b ? truth::met : truth::not_met; }

constexpr truth operator!(truth t) noexcept {
  return t == truth::met ? truth::not_met : t == truth::not_met ? truth::met : truth::unknown;
}
constexpr truth operator&&(truth a, truth b) noexcept { return a < b ? a : b; }
constexpr truth operator||(truth a, truth b) noexcept { return a < b ? b : a; }

/// Words and tokens of each value (trialspec/enum_names.hpp): reports print "not met", files and
/// JSON output spell it `not_met`.
inline constexpr auto truth_names = name_table<truth::met>({
    {truth::not_met, "not met", "not_met"},
    {truth::unknown, "unknown"},
    {truth::met, "met"},
});
constexpr const auto& names_of(truth) noexcept { return truth_names; }
constexpr std::string_view to_string(truth t) noexcept { return truth_names.words(t); }
inline std::ostream& operator<<(std::ostream& os, truth t) { return os << to_string(t); }

/// How many children were met, not met and unknown.
struct truth_counts {
  std::size_t met = 0;
  std::size_t not_met = 0;
  std::size_t unknown = 0;

  constexpr void add(truth t) noexcept {
    switch (t) {
    case truth::met: ++met; break;
    case truth::not_met: ++not_met; break;
    case truth::unknown: ++unknown; break;
    }
  }
  constexpr std::size_t total() const noexcept { return met + not_met + unknown; }

  /// Met when at least k are met; not met when even every unknown being met would not reach k.
  constexpr truth at_least(std::size_t k) const noexcept {
    if (met >= k) return truth::met;
    if (met + unknown < k) return truth::not_met;
    return truth::unknown;
  }
  /// Met when at most k can be met (met + unknown <= k); not met when more than k are met.
  constexpr truth at_most(std::size_t k) const noexcept {
    if (met > k) return truth::not_met;
    if (met + unknown <= k) return truth::met;
    return truth::unknown;
  }
};

/// At least k of the values are met (Kleene generalisation; see truth_counts::at_least).
constexpr truth at_least(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_least(k);
}
/// At most k of the values are met.
constexpr truth at_most(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_most(k);
}

} // namespace trialspec
