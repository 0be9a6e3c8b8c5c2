// trialspec/eligibility/fixed_string.hpp - a string usable as a template argument, for the ids
// and wording of named criteria.
#pragma once

#include <cstddef>
#include <string_view>

namespace trialspec::eligibility {

/// A string literal as a structural value: named<"I3", "EDSS > 3", ...>.
template <std::size_t N> struct fixed_string {
  char text[N]{};
  consteval fixed_string(const char (&s)[N]) noexcept {
    for (std::size_t i = 0; i < N; ++i) text[i] = s[i];
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {text, N - 1}; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return N - 1; }
};

} // namespace trialspec::eligibility
