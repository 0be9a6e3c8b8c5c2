// trialspec/eligibility/reading_choice.hpp - one wording, several encodings, the reading chosen at
// run time.
//
// A protocol whose text is ambiguous can give each open decision as a type (a policy: the reading
// is fixed when the program is compiled, nothing is left to choose at run time) or, for a tool or
// a sensitivity analysis that lets the user combine readings, as a reading_choice: a node holding
// every encoding of the wording and the index of the one in use.
//
//   struct age_decision {};   // names the decision; any type will do
//   using i2 = named<"I2", "Age > 18 year",
//                    reading_choice<age_decision, all_of<age_above<18>, age_at_most<80>>,   // 0
//                                   age_between<18, 80>,                                   // 1
//                                   age_above<18>>>;                                       // 2
//   eligibility_criteria<inclusion<i2>, exclusion<...>> set;
//   select_reading<age_decision>(set, 1);   // every age_decision node of the set now reads 18 to 80
//
// The node is transparent: its test, verdict, printed text and boundary cases are those of the
// chosen encoding, as if that encoding stood in the tree (a report under a choice is the report
// under the same reading given as a type). A combination of readings costs the sum of their
// encodings at compile time, not their product: each decision's encodings are instantiated once,
// whichever the other decisions select.
//
// visit() and the report's compile-time view of the tree (children()) see every encoding;
// printing, the boundary-case generator and select_reading see the chosen one (a composite of your
// own is searched by select_reading when it keeps its parts in a public `parts` tuple, as the
// built-in ones do).
#pragma once

#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace trialspec::eligibility {

/// Encoding `selected` of Alternatives, for the decision named by the type Decision.
template <class Decision, CriterionNode... Alternatives> struct reading_choice : criterion_base {
  static_assert(sizeof...(Alternatives) >= 2, "a reading_choice needs at least two encodings");
  static constexpr std::string_view kind = "reading_choice";
  static constexpr std::size_t size = sizeof...(Alternatives);
  using decision = Decision;
  std::tuple<Alternatives...> parts;

  constexpr reading_choice() = default;
  /// Encoding `index` (0 for the first); an index past the last throws invalid_input.
  constexpr explicit reading_choice(std::size_t index) { select(index); }

  /// Every encoding (the compile-time view: visit(), the report's sizes).
  [[nodiscard]] constexpr const std::tuple<Alternatives...>& children() const noexcept { return parts; }
  [[nodiscard]] constexpr std::size_t selected() const noexcept { return selected_; }
  constexpr void select(std::size_t index) {
    if (index >= size)
      throw invalid_input("reading", std::to_string(index), trialspec::detail::cat("a reading_choice has ", std::to_string(size), " encodings (0 to ",
                                                                std::to_string(size - 1), ")"));
    selected_ = static_cast<unsigned char>(index);
  }

  /// f(encoding) for the chosen encoding; every encoding's f must return the same type.
  template <class F> constexpr decltype(auto) with_selected(F&& f) const {
    return dispatch(f, std::index_sequence_for<Alternatives...>{});
  }

  [[nodiscard]] std::string describe() const {
    return with_selected([](const auto& c) { return std::string(c.describe()); });
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    return with_selected([&](const auto& c) { return c.test(r, ctx); });
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    with_selected([&](const auto& c) { static_cast<void>(eligibility::explain(c, r, ctx, b)); });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return with_selected([&](const auto& c) { return c.evaluate(r, ctx); });
  }

private:
  unsigned char selected_ = 0;
  static_assert(sizeof...(Alternatives) <= 255, "a reading_choice holds at most 255 encodings");

  template <class F, std::size_t... I> constexpr decltype(auto) dispatch(F& f, std::index_sequence<I...>) const {
    using result = decltype(f(std::get<0>(parts)));
    if constexpr (std::is_void_v<result>) {
      static_cast<void>(((selected_ == I && (f(std::get<I>(parts)), true)) || ...));
    } else {
      result out{};
      static_cast<void>(((selected_ == I && (out = f(std::get<I>(parts)), true)) || ...));
      return out;
    }
  }
};

namespace detail {
template <class C> inline constexpr bool is_reading_choice = false;
template <class D, class... As> inline constexpr bool is_reading_choice<reading_choice<D, As...>> = true;
} // namespace detail

/// A reading_choice node (printing and the boundary-case generator follow its chosen encoding).
template <class C>
concept ChoiceNode = detail::is_reading_choice<std::remove_cvref_t<C>>;

namespace detail {
// The parts of a node kept in a public `parts` tuple, expanded in order (std::apply's noexcept
// specification would instantiate a column of type traits for every node type).
template <class Node, class F> constexpr void for_each_part(Node& node, F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::get<I>(node.parts)), ...);
  }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(node.parts)>>>{});
}
} // namespace detail

/// Calls f(choice) for every reading_choice node in `node` (a criterion, a criteria set, or
/// anything keeping its parts in a public `parts` tuple), including choices inside the encodings
/// that are not selected; `f` takes any reading_choice (a generic lambda). One walk whatever the
/// number of decisions: a set of your own selects all its readings in one pass.
template <class Node, class F> constexpr void for_each_choice(Node& node, F&& f) {
  if constexpr (ChoiceNode<Node>) f(node);
  if constexpr (requires { node.parts; }) detail::for_each_part(node, [&](auto& p) { for_each_choice(p, f); });
  if constexpr (requires { node.inclusions; node.exclusions; }) {
    for_each_choice(node.inclusions, f);
    for_each_choice(node.exclusions, f);
  }
}

/// Selects encoding `index` in every reading_choice of Decision in `node`; returns how many there
/// are (0: the set does not depend on Decision).
template <class Decision, class Node> constexpr std::size_t select_reading(Node& node, std::size_t index) {
  std::size_t n = 0;
  for_each_choice(node, [&]<class C>(C& c) {
    if constexpr (std::is_same_v<typename C::decision, Decision>) {
      c.select(index);
      ++n;
    }
  });
  return n;
}

/// The policy that leaves every decision to run time: decide<run_time_reading, ...> is a
/// reading_choice over every alternative (see decide).
struct run_time_reading {};

namespace detail {
template <auto... Vs> struct value_list {};
template <template <auto...> class Make, class Chosen, class... Ds> struct nest_choices;
template <template <auto...> class Make, auto... Vs> struct nest_choices<Make, value_list<Vs...>> {
  using type = Make<Vs...>;
};
template <template <auto...> class Make, auto... Vs, class D, class... Ds> struct nest_choices<Make, value_list<Vs...>, D, Ds...> {
  template <std::size_t... I>
  static auto choices(std::index_sequence<I...>) -> reading_choice<D, typename nest_choices<Make, value_list<Vs..., D::alternatives[I]>, Ds...>::type...>;
  using type = decltype(choices(std::make_index_sequence<D::alternatives.size()>{}));
};
template <class P, template <auto...> class Make, class... Ds> struct decide_type {
  using type = Make<Ds::template of<P>...>;
};
template <template <auto...> class Make, class... Ds> struct decide_type<run_time_reading, Make, Ds...> {
  using type = typename nest_choices<Make, value_list<>, Ds...>::type;
};
} // namespace detail

/// The encoding of a wording that depends on the decisions Ds under policy P:
///  - for a policy type, Make<D::of<P>...> (the values the policy fixes);
///  - for run_time_reading, a reading_choice over D's alternatives for each D in turn (the first
///    decision outermost), with Make<values...> at the leaves.
/// A decision D is a type with `static constexpr` `alternatives` (an array of the values that can
/// be chosen at run time), `of<P>` (the value policy P fixes) and `name` (for messages).
template <class P, template <auto...> class Make, class... Ds> using decide = typename detail::decide_type<P, Make, Ds...>::type;

/// The position of `value` among D's alternatives; throws invalid_input naming D when it has none.
template <class D, class V> constexpr std::size_t alternative_index(const V& value) {
  for (std::size_t i = 0; i < D::alternatives.size(); ++i)
    if (D::alternatives[i] == value) return i;
  std::string text;
  std::string expected;
  if constexpr (NamedEnum<V>) {
    text = std::string(token_of(value));
    expected = tokens_of<V>();
  } else {
    text = std::to_string(value);
    for (std::size_t i = 0; i < D::alternatives.size(); ++i)
      expected.append(i == 0 ? "" : i + 1 == D::alternatives.size() ? " or " : ", ").append(std::to_string(D::alternatives[i]));
  }
  throw invalid_input(D::name, text, trialspec::detail::cat("this criteria set can choose ", expected, " at run time"));
}

/// Selects the alternative `value` of decision D in every reading_choice of D in `node`.
template <class D, class Node, class V> constexpr void select_alternative(Node& node, const V& value) {
  static_cast<void>(select_reading<D>(node, alternative_index<D>(value)));
}

} // namespace trialspec::eligibility
