// trialspec/testing/boundary/prediction.hpp - the outcome a criteria set should give when one of
// its leaves answers a given verdict: Kleene logic up the tree from that leaf, the actual
// verdicts of every other part.
//
// How a composite combines its parts is a trait, composite_logic<C>, specialised here for the
// library's combinators (all_of, any_of, at_least<k>, at_most<k>, not_); a named node (named<> or
// any NamedNode) is its one criterion. A composite of your own gets predictions once you
// specialise composite_logic for it; until then cases below it carry no expected outcome.
#pragma once

#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/testing/boundary/detail/walk.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <cstddef>
#include <optional>

namespace trialspec::testing {

/// How the composite criterion C decides from its parts' verdicts:
/// `static truth combine(const truth_counts&)`. Empty (not known) unless specialised.
template <class C> struct composite_logic {};

template <eligibility::CriterionNode... Cs> struct composite_logic<eligibility::all_of<Cs...>> {
  static constexpr truth combine(const truth_counts& c) noexcept { return c.at_least(c.total()); }
};
template <eligibility::CriterionNode... Cs> struct composite_logic<eligibility::any_of<Cs...>> {
  static constexpr truth combine(const truth_counts& c) noexcept { return c.at_least(1); }
};
template <std::size_t K, eligibility::CriterionNode... Cs> struct composite_logic<eligibility::at_least<K, Cs...>> {
  static constexpr truth combine(const truth_counts& c) noexcept { return c.at_least(K); }
};
template <std::size_t K, eligibility::CriterionNode... Cs> struct composite_logic<eligibility::at_most<K, Cs...>> {
  static constexpr truth combine(const truth_counts& c) noexcept { return c.at_most(K); }
};
template <eligibility::CriterionNode C> struct composite_logic<eligibility::not_<C>> {
  static constexpr truth combine(const truth_counts& c) noexcept {
    return c.met ? truth::not_met : c.not_met ? truth::met : truth::unknown;
  }
};
template <class... Rows> struct composite_logic<eligibility::washout_table<Rows...>> {
  static constexpr truth combine(const truth_counts& c) noexcept { return c.at_least(1); }
};

namespace detail {

template <class C>
concept KnownComposite = requires(const truth_counts& c) {
  { composite_logic<C>::combine(c) } -> std::same_as<truth>;
};

// A node is identified by its type and address together: empty criteria in a tuple may share an
// address with a sibling or with their parent, never with an object of the same type. The pair is
// a runtime value rather than a template parameter so that `contains` and `predict` are
// instantiated once per node type, not once per (node type, target type) pair: with a protocol's
// few dozen leaves the pairs made this the slowest part of the test build.
struct node_id {
  const void* address = nullptr;
  const void* type = nullptr;
};
template <class C> inline constexpr char type_key = 0; // one distinct object, so one address, per type
template <class C> node_id id_of(const C& node) { return {static_cast<const void*>(&node), &type_key<C>}; }
template <class C> bool is_target(const C& node, node_id target) {
  return target.address == static_cast<const void*>(&node) && target.type == &type_key<C>;
}

/// Whether `target` is `node` or below it.
template <class C> bool contains(const C& node, node_id target) {
  if (is_target(node, target)) return true;
  if constexpr (eligibility::ChoiceNode<C>) return node.with_selected([&](const auto& chosen) { return contains(chosen, target); });
  else if constexpr (eligibility::NamedNode<C>) return contains(node.criterion(), target);
  else if constexpr (eligibility::CompositeNode<C>) return any_child(node, [&](const auto& part) { return contains(part, target); });
  else return false;
}

/// The truth of `node` for `r` when the node at `target` is taken to answer `expected`; nothing
/// when the target sits below a composite whose logic is not known.
template <class C>
std::optional<truth> predict(const C& node, node_id target, truth expected, const patient& r, const eligibility::evaluation_context& ctx) {
  if (is_target(node, target)) return expected;
  if constexpr (eligibility::ChoiceNode<C>) {
    return node.with_selected([&](const auto& chosen) { return predict(chosen, target, expected, r, ctx); });
  } else if constexpr (eligibility::NamedNode<C>) {
    if (!contains(node, target)) return node.test(r, ctx);
    return predict(node.criterion(), target, expected, r, ctx);
  } else if constexpr (eligibility::CompositeNode<C>) {
    if (!contains(node, target)) return node.test(r, ctx);
    if constexpr (KnownComposite<C>) {
      truth_counts counts;
      bool known = true;
      for_each_child(node, [&](const auto& part) {
        if (const auto t = predict(part, target, expected, r, ctx)) counts.add(*t);
        else known = false;
      });
      if (!known) return std::nullopt;
      return composite_logic<C>::combine(counts);
    } else {
      return std::nullopt;
    }
  } else {
    return node.test(r, ctx);
  }
}

template <class Is, class Es>
std::optional<eligibility::screening_outcome> predict_outcome(const eligibility::eligibility_criteria<Is, Es>& set, node_id target,
                                                              truth expected, const patient& r, const eligibility::evaluation_context& ctx) {
  truth acc = truth::met;
  bool known = true;
  eligibility::for_each_criterion(set, [&](const auto& c, eligibility::criterion_role role, std::size_t) {
    const auto t = predict(c, target, expected, r, ctx);
    if (!t) known = false;
    else acc = acc && eligibility::passes(role, *t);
  });
  if (!known) return std::nullopt;
  return eligibility::to_outcome(acc);
}

/// predict_outcome for a set known only by address, so that the per-leaf code of the runner is
/// not a template of the set's type.
using outcome_predictor = std::optional<eligibility::screening_outcome> (*)(const void* set, node_id target, truth expected,
                                                                            const patient& r, const eligibility::evaluation_context& ctx);
template <class Set>
std::optional<eligibility::screening_outcome> predict_outcome_erased(const void* set, node_id target, truth expected, const patient& r,
                                                                     const eligibility::evaluation_context& ctx) {
  return predict_outcome(*static_cast<const Set*>(set), target, expected, r, ctx);
}
/// A set's outcome predictor with the leaf it predicts for.
struct outcome_of_set {
  const void* set;
  outcome_predictor predict;
  node_id target;
};

} // namespace detail

/// The outcome `set` should give for `r` when `leaf` (a node of `set`) answers `expected`;
/// nothing when `leaf` sits below a composite whose logic is not known (composite_logic).
template <class Is, class Es, class Leaf>
std::optional<eligibility::screening_outcome> predicted_outcome(const eligibility::eligibility_criteria<Is, Es>& set, const Leaf& leaf,
                                                                truth expected, const patient& r,
                                                                const eligibility::evaluation_context& ctx) {
  return detail::predict_outcome(set, detail::id_of(leaf), expected, r, ctx);
}

} // namespace trialspec::testing
