// trialspec/text.hpp - building a string from pieces by appending.
//
// Every message, reason and SQL text in the library is built with detail::cat (or by appending to
// a string in place), never as `"literal" + std::string`: that operator+ inserts at the front of
// its right operand, and g++ 12 at -O3 reports a false -Wrestrict / -Warray-bounds inside
// libstdc++ on that path (GCC bugs 105329, 105651) in a user's -Werror build. The CTest guard
// compile_time.string_building keeps include/ free of the pattern.
#pragma once

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

namespace trialspec::detail {

/// A piece of detail::cat as a view: a char is one character; anything else must convert to
/// std::string_view (a literal, a std::string, a std::string_view). Nothing else is accepted (an
/// int is not silently taken for a char).
template <class C>
  requires std::same_as<C, char>
[[nodiscard]] constexpr std::string_view cat_piece(const C& c) noexcept {
  return {&c, 1};
}
[[nodiscard]] constexpr std::string_view cat_piece(std::string_view s) noexcept { return s; }

/// The pieces' text one after the other, in a string that allocates once (the total is reserved
/// before the first append). `cat("EDSS ", score, " at ", date_text)`.
template <class... Pieces> [[nodiscard]] std::string cat(const Pieces&... pieces) {
  static_assert(sizeof...(Pieces) > 0, "cat: give at least one piece");
  const std::string_view views[] = {cat_piece(pieces)...};
  std::size_t total = 0;
  for (const std::string_view v : views) total += v.size();
  std::string out;
  out.reserve(total);
  for (const std::string_view v : views) out.append(v);
  return out;
}

} // namespace trialspec::detail
