// trialspec/eligibility/comparison.hpp - the comparisons criteria apply to a value and its
// threshold, with their words.
#pragma once

#include <cstdint>
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

} // namespace trialspec::eligibility
