// trialspec/testing/boundary/detail/walk.hpp - walking a criteria tree for the boundary-case
// generator: the parts of a composite node in order, and every leaf with its label.
#pragma once

#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

namespace trialspec::testing::detail {

// The parts of a composite node, expanded in order. std::apply would do the same, but its noexcept
// specification instantiates a column of type traits for every node type.
template <class C, class F> void for_each_child(const C& node, F&& f) {
  const auto& parts = node.children();
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::get<I>(parts)), ...);
  }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(parts)>>>{});
}
/// Whether pred(part) holds for some part, stopping at the first.
template <class C, class F> bool any_child(const C& node, F&& pred) {
  const auto& parts = node.children();
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return (pred(std::get<I>(parts)) || ...);
  }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(parts)>>>{});
}

/// Calls f(leaf, label) for every leaf below `node`: a named node passes its label on to the
/// criterion it names, the parts of a composite get "<label>.1", "<label>.2", ..., a reading_choice
/// passes it on to its chosen encoding.
template <class C, class F> void for_each_leaf(const C& node, const std::string& label, F&& f) {
  if constexpr (eligibility::ChoiceNode<C>) {
    node.with_selected([&](const auto& chosen) { for_each_leaf(chosen, label, f); });
  } else if constexpr (eligibility::NamedNode<C>) {
    for_each_leaf(node.criterion(), label, f);
  } else if constexpr (eligibility::CompositeNode<C>) {
    std::size_t i = 0;
    for_each_child(node, [&](const auto& part) { for_each_leaf(part, trialspec::detail::cat(label, ".", std::to_string(++i)), f); });
  } else {
    f(node, label);
  }
}

} // namespace trialspec::testing::detail
