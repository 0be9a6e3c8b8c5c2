// trialspec/eligibility/fixed_string.hpp - a string usable as a template argument, for the ids
// and wording of named criteria.
#pragma once

#include <array>
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

/// "<id>: <wording>" joined at compile time (the label of a named criterion).
template <fixed_string Id, fixed_string Wording> struct joined_label {
  static constexpr std::size_t size = Id.size() + 2 + Wording.size();
  static constexpr auto text = [] {
    std::array<char, size + 1> out{};
    std::size_t k = 0;
    for (char c : Id.view()) out[k++] = c;
    out[k++] = ':';
    out[k++] = ' ';
    for (char c : Wording.view()) out[k++] = c;
    return out;
  }();
  static constexpr std::string_view view() noexcept { return {text.data(), size}; }
};

} // namespace trialspec::eligibility
