// trialspec/eligibility/comparison.hpp - the comparisons criteria apply to a value and its
// threshold, with their words.
#pragma once

#include <trialspec/verdict.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

namespace trialspec::eligibility {

/// value OP threshold.
enum class comparison : std::uint8_t { less, less_equal, equal, not_equal, greater_equal, greater };

template <class T> constexpr bool compare(comparison op, const T& value, const T& threshold) noexcept {
  switch (op) {
  case comparison::less: return value < threshold;
  case comparison::less_equal: return value <= threshold;
  case comparison::equal: return value == threshold;
  case comparison::not_equal: return value != threshold;
  case comparison::greater_equal: return value >= threshold;
  case comparison::greater: return value > threshold;
  }
  return false;
}

/// "below", "at most", "exactly", "other than", "at least", "above".
constexpr std::string_view to_words(comparison op) noexcept {
  switch (op) {
  case comparison::less: return "below";
  case comparison::less_equal: return "at most";
  case comparison::equal: return "exactly";
  case comparison::not_equal: return "other than";
  case comparison::greater_equal: return "at least";
  case comparison::greater: return "above";
  }
  return "invalid";
}

/// "<", "<=", "=", "!=", ">=", ">" (for JSON and compact text).
constexpr std::string_view to_symbol(comparison op) noexcept {
  switch (op) {
  case comparison::less: return "<";
  case comparison::less_equal: return "<=";
  case comparison::equal: return "=";
  case comparison::not_equal: return "!=";
  case comparison::greater_equal: return ">=";
  case comparison::greater: return ">";
  }
  return "?";
}

/// An upper bound standing for "no known bound" in compare_range.
inline constexpr long unbounded_count = std::numeric_limits<long>::max();

/// `value OP threshold` when value is only known to lie in [low, high]: met when it holds for
/// every such value, not met when it holds for none, otherwise unknown. Used for counts with
/// ungraded or unrecorded items (high = unbounded_count when the record may be incomplete).
constexpr truth compare_range(comparison op, long low, long high, long threshold) noexcept {
  auto decide = [](bool all, bool none) { return all ? truth::met : none ? truth::not_met : truth::unknown; };
  switch (op) {
  case comparison::less: return decide(high < threshold, low >= threshold);
  case comparison::less_equal: return decide(high <= threshold, low > threshold);
  case comparison::greater: return decide(low > threshold, high <= threshold);
  case comparison::greater_equal: return decide(low >= threshold, high < threshold);
  case comparison::equal:
    return decide(low == threshold && high == threshold, threshold < low || threshold > high);
  case comparison::not_equal:
    return decide(threshold < low || threshold > high, low == threshold && high == threshold);
  }
  return truth::unknown;
}

} // namespace trialspec::eligibility
