// schema_support.hpp - what a mutant schema (cmake/mutate.sh --schemata) needs: every mutant of a
// header compiled into one program, the one that acts chosen at run time by the environment
// variable TRIALSPEC_MUTANT (its number in the run; 0 or unset: none, the program as written).
//
// A mutated comparison `L < R` is written `L == site<ID, op::lt, op::le>{} == R`: `==` binds less
// tightly than `<` and groups from the left, so the first `==` captures the same left operand the
// `<` had and the second compares it with the same right operand; `L == R` is written with `&`,
// which binds less tightly than `==`, the same way. While a constant expression is evaluated (a
// static_assert, a template argument, a constexpr table) no mutant acts: such mutants survive the
// schema and are judged again one at a time, compiled (cmake/mutate.sh does so for every
// survivor). A replacement operator the operands do not have leaves the comparison as written.
// Copied by cmake/mutate.sh into the mutants' include tree as trialspec_mutation_schema.hpp; not
// part of the library.
#pragma once

#include <cstdlib>
#include <type_traits>

namespace trialspec_mutation {

enum class op { lt, le, gt, ge, eq, ne };

/// The mutant acting in this process (0: none), read once from TRIALSPEC_MUTANT.
inline long active() {
  static const long id = [] {
    const char* text = std::getenv("TRIALSPEC_MUTANT");
    return text == nullptr ? 0L : std::strtol(text, nullptr, 10);
  }();
  return id;
}

/// Whether mutant `id` acts here: never while a constant expression is evaluated.
constexpr bool on(long id) {
  if (std::is_constant_evaluated()) return false;
  return active() == id;
}

template <op O, class L, class R> constexpr bool apply(const L& l, const R& r) {
  if constexpr (O == op::lt) return static_cast<bool>(l < r);
  else if constexpr (O == op::le) return static_cast<bool>(l <= r);
  else if constexpr (O == op::gt) return static_cast<bool>(l > r);
  else if constexpr (O == op::ge) return static_cast<bool>(l >= r);
  else if constexpr (O == op::eq) return static_cast<bool>(l == r);
  else return static_cast<bool>(l != r);
}

template <op O, class L, class R> constexpr bool valid = requires(const L& l, const R& r) { apply<O>(l, r); };

template <long Id, op From, op To> struct site {};

template <class L, long Id, op From, op To> struct left {
  const L& value;
};

template <long Id, op From, op To, class L, class R> constexpr bool choose(const L& l, const R& r) {
  if constexpr (valid<To, L, R>) {
    if (on(Id)) return apply<To>(l, r);
  }
  return apply<From>(l, r);
}

// Relational sites (L == site == R).
template <class L, long Id, op From, op To>
constexpr left<L, Id, From, To> operator==(const L& l, site<Id, From, To>) {
  return {l};
}
template <class L, class R, long Id, op From, op To>
constexpr bool operator==(left<L, Id, From, To> x, const R& r) {
  return choose<Id, From, To>(x.value, r);
}

// Equality sites (L & site & R).
template <class L, long Id, op From, op To>
constexpr left<L, Id, From, To> operator&(const L& l, site<Id, From, To>) {
  return {l};
}
template <class L, class R, long Id, op From, op To>
constexpr bool operator&(left<L, Id, From, To> x, const R& r) {
  return choose<Id, From, To>(x.value, r);
}

} // namespace trialspec_mutation
