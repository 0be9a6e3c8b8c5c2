// trialspec/eligibility/criterion.hpp - what a criterion is, and how to walk a tree of them.
//
// A criterion is a small value type (usually empty: its thresholds and windows are template
// arguments) with three members, and optionally a fourth:
//   truth   test(const R&, const evaluation_context&) const      - no allocation, for screening
//                                                                  large populations
//   verdict evaluate(const R&, const evaluation_context&) const  - the same answer with a reason
//                                                                  naming the values it used
//   std::string describe() const                                 - itself in words
//   void explain(const R&, const evaluation_context&, verdict_builder&) const
//                                                                - optional: writes the same verdict
//                                                                  into a builder, so a whole report
//                                                                  is one flat tree (the built-ins
//                                                                  have it, and their evaluate() is
//                                                                  evaluate_by_explaining)
// Composite criteria (all_of, any_of, at_least, at_most, not_, named) also expose
// `children()`, a std::tuple of their parts. Deriving from `criterion_base` makes the `&&`, `||`
// and `!` operators of trialspec::eligibility visible to a user's own criteria.
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

namespace trialspec::eligibility {

/// Empty base that brings this namespace's operators (&&, ||, !) into argument-dependent lookup.
struct criterion_base {};

/// A node of a criteria tree, whatever record it reads: it can describe itself.
template <class C>
concept CriterionNode = std::is_class_v<C> && std::copy_constructible<C> && requires(const C& c) {
  { c.describe() } -> std::convertible_to<std::string>;
};

/// A criterion that can judge records of type R.
template <class C, class R>
concept Criterion = CriterionNode<C> && Record<R> &&
                    requires(const C& c, const R& r, const evaluation_context& ctx) {
                      { c.test(r, ctx) } -> std::same_as<truth>;
                      { c.evaluate(r, ctx) } -> std::same_as<verdict>;
                    };

/// A criterion that writes its verdict into a verdict_builder itself.
template <class C, class R>
concept Explaining = requires(const C& c, const R& r, const evaluation_context& ctx, verdict_builder& b) {
  c.explain(r, ctx, b);
};

/// A node with parts (a combinator or a named criterion).
template <class C>
concept CompositeNode = CriterionNode<C> && requires(const C& c) { c.children(); };

namespace detail {
/// A criterion whose verdict screen() may write once per report and copy where the same type
/// occurs again: a leaf without data members (its verdict depends on the record and the context
/// alone).
template <class C> inline constexpr bool repeatable = std::is_empty_v<C> && !CompositeNode<C>;
/// One address per type, to tell criterion types apart at run time.
template <class C> inline constexpr char type_key = 0;
/// While screen() writes one report (it keeps this in its screening_memo): the repeatable
/// criterion types that occur more than once in its set, and where each was first written in the
/// report's builder.
struct repeat_memo {
  const verdict_builder* builder;
  const void* record;
  const evaluation_context* context;
  const void* const* keys;
  verdict_builder::node_id* written; // no_node until written
  std::size_t count;
  /// bit_of() of every key: a type whose bit is not set does not repeat, found without the search
  /// (most criteria a report explains are not repeated).
  std::uint64_t mask;
  static constexpr verdict_builder::node_id no_node = std::numeric_limits<verdict_builder::node_id>::max();

  /// One of 64 bits for a key (a multiplicative hash of its address).
  static std::uint64_t bit_of(const void* key) noexcept {
    return std::uint64_t{1} << ((reinterpret_cast<std::uintptr_t>(key) * std::uint64_t{0x9E3779B97F4A7C15}) >> 58);
  }
  /// The mask of `n` keys.
  static std::uint64_t mask_of(const void* const* keys, std::size_t n) noexcept {
    std::uint64_t m = 0;
    for (std::size_t i = 0; i < n; ++i) m |= bit_of(keys[i]);
    return m;
  }

  /// Where the tree of the type with `key` is remembered when this memo serves this builder,
  /// record and context and that type repeats; otherwise nullptr.
  [[nodiscard]] verdict_builder::node_id* slot(const verdict_builder& b, const void* r, const evaluation_context& ctx,
                                               const void* key) const noexcept {
    if (!(mask & bit_of(key))) return nullptr;
    if (builder != &b || record != r || context != &ctx) return nullptr;
    for (std::size_t i = 0; i < count; ++i)
      if (keys[i] == key) return &written[i];
    return nullptr;
  }
};
} // namespace detail

/// Writes c's verdict for r into b as one tree (c.explain when c has it, otherwise a copy of
/// c.evaluate's tree) and returns its value.
///
/// Within screen(), a criterion type that occurs more than once in the set (the same relapse
/// count in two inclusion criteria, say) is judged once per report; its other occurrences copy
/// that tree (see detail::repeatable).
template <class C, class R> truth explain(const C& c, const R& r, const evaluation_context& ctx, verdict_builder& b) {
  const auto at = b.size();
  verdict_builder::node_id* written = nullptr;
  if constexpr (detail::repeatable<C>) {
    if (ctx.memo)
      if (const detail::repeat_memo* m = detail::memo_access::repeats(*ctx.memo))
        written = m->slot(b, detail::address_of(r), ctx, &detail::type_key<C>);
    if (written && *written != detail::repeat_memo::no_node) {
      b.repeat(*written);
      return b.value_of(at);
    }
  }
  if constexpr (Explaining<C, R>) c.explain(r, ctx, b);
  else b.append(c.evaluate(r, ctx));
  if (written) *written = at;
  return b.value_of(at);
}

/// evaluate() of a criterion that has explain(): the tree it writes, as a verdict.
template <class C, class R> verdict evaluate_by_explaining(const C& c, const R& r, const evaluation_context& ctx) {
  verdict_builder b;
  c.explain(r, ctx, b);
  return b.finish();
}

/// Calls f(node, depth) on `node` and then on every node below it, depth first, in order.
/// The testing helpers use this to enumerate thresholds and windows (static constexpr members of
/// the built-in criteria).
template <CriterionNode C, class F> constexpr void visit(const C& node, F&& f, std::size_t depth = 0) {
  f(node, depth);
  if constexpr (CompositeNode<C>)
    std::apply([&](const auto&... part) { (visit(part, f, depth + 1), ...); }, node.children());
}

} // namespace trialspec::eligibility
