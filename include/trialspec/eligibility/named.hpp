// trialspec/eligibility/named.hpp - a criterion with the protocol's id and wording.
#pragma once

#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/fixed_string.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// named<"I3", "EDSS > 3", edss_latest<...>>: the encoding C of the protocol's criterion Id,
/// whose registry text is Wording. Its verdict is C's, under the label "I3: EDSS > 3".
template <fixed_string Id, fixed_string Wording, CriterionNode C> struct named : criterion_base {
  static_assert(Id.size() > 0, "a named criterion needs a non-empty id");
  static constexpr std::string_view kind = "named";
  static constexpr std::string_view id = Id.view();
  static constexpr std::string_view wording = Wording.view();
  using criterion_type = C;
  std::tuple<C> parts;

  constexpr named() = default;
  constexpr explicit named(C c) : parts(std::move(c)) {}
  [[nodiscard]] constexpr const std::tuple<C>& children() const noexcept { return parts; }
  [[nodiscard]] constexpr const C& criterion() const noexcept { return std::get<0>(parts); }
  [[nodiscard]] std::string describe() const { return std::string(wording); }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    return criterion().test(r, ctx);
  }
  /// The verdict of the criterion inside, under the label "<id>: <wording>".
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto n = b.open();
    const truth t = eligibility::explain(criterion(), r, ctx, b);
    b.close(n, t, joined_label<Id, Wording>::view()); // static text: not copied
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// A node carrying an id and wording (named<...> or a user type with the same static members).
template <class C>
concept NamedNode = CriterionNode<C> && requires(const C& c) {
  { C::id } -> std::convertible_to<std::string_view>;
  { C::wording } -> std::convertible_to<std::string_view>;
  c.criterion();
};

} // namespace trialspec::eligibility
