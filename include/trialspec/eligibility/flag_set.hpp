// trialspec/eligibility/flag_set.hpp - a set of enumerators usable as a template argument
// (severities, Gd doses, therapy classes, condition kinds a criterion accepts).
#pragma once

#include <trialspec/text.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// A set of values of the enumeration E (at most 64 enumerators). Structural, so
/// relapse_count<..., flag_set<relapse_severity>{relapse_severity::moderate, relapse_severity::severe}>
/// is a type.
template <class E> struct flag_set {
  std::uint64_t bits = 0;

  constexpr flag_set() = default;
  constexpr flag_set(std::initializer_list<E> values) {
    for (E e : values) bits |= std::uint64_t{1} << static_cast<unsigned>(e);
  }
  [[nodiscard]] constexpr bool contains(E e) const noexcept { return ((bits >> static_cast<unsigned>(e)) & 1u) != 0; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  [[nodiscard]] constexpr bool includes(flag_set other) const noexcept { return (bits & other.bits) == other.bits; }
  constexpr void insert(E e) noexcept { bits |= std::uint64_t{1} << static_cast<unsigned>(e); }
  friend constexpr flag_set operator|(flag_set a, flag_set b) noexcept {
    flag_set r;
    r.bits = a.bits | b.bits;
    return r;
  }
  friend constexpr bool operator==(flag_set, flag_set) = default;
};

/// "a", "a or b", "a, b or c" over the members of `set` (their to_string), in enumerator order up
/// to `last`: "moderate or severe", "cardiac failure, renal failure or hepatic failure".
template <class E> std::string join_words(flag_set<E> set, E last, std::string_view conjunction = "or") {
  std::string out;
  std::string pending;
  bool any = false;
  for (unsigned i = 0; i <= static_cast<unsigned>(last); ++i) {
    const E e = static_cast<E>(i);
    if (!set.contains(e)) continue;
    if (!pending.empty()) {
      if (any) out += ", ";
      out += pending;
      any = true;
    }
    pending = std::string(to_string(e));
  }
  if (any) out += trialspec::detail::cat(" ", conjunction, " ");
  out += pending;
  return out;
}
/// join_words for a set known at compile time, built once and kept until the program ends:
/// reasons repeat it for every record.
template <auto Set, auto Last> const std::string& join_words_of() {
  static const std::string words = join_words(Set, Last);
  return words;
}

} // namespace trialspec::eligibility
