// trialspec/eligibility/eligibility_criteria.hpp - a protocol's inclusion and exclusion criteria and the
// eligibility rule.
//
// Eligible when every inclusion criterion is met and every exclusion criterion is not met;
// ineligible when any inclusion criterion is not met or any exclusion criterion is met;
// otherwise undetermined (see DESIGN, "Eligibility"). This is all_of(inclusions) &&
// !any_of(exclusions) in Kleene logic.
#pragma once

#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace trialspec::eligibility {

enum class screening_outcome : std::uint8_t { ineligible, undetermined, eligible };

inline constexpr auto screening_outcome_names = name_table<screening_outcome::eligible>({
    {screening_outcome::ineligible, "ineligible"},
    {screening_outcome::undetermined, "undetermined"},
    {screening_outcome::eligible, "eligible"},
});
constexpr const auto& names_of(screening_outcome) noexcept { return screening_outcome_names; }
constexpr std::string_view to_string(screening_outcome o) noexcept { return screening_outcome_names.words(o); }
inline std::ostream& operator<<(std::ostream& os, screening_outcome o) { return os << to_string(o); }

constexpr screening_outcome to_outcome(truth t) noexcept {
  return t == truth::met ? screening_outcome::eligible
         : t == truth::not_met ? screening_outcome::ineligible
                               : screening_outcome::undetermined;
}

enum class criterion_role : std::uint8_t { inclusion, exclusion };

inline constexpr auto criterion_role_names = name_table<criterion_role::exclusion>({
    {criterion_role::inclusion, "inclusion"},
    {criterion_role::exclusion, "exclusion"},
});
constexpr const auto& names_of(criterion_role) noexcept { return criterion_role_names; }
constexpr std::string_view to_string(criterion_role r) noexcept { return criterion_role_names.words(r); }

inline std::ostream& operator<<(std::ostream& os, criterion_role r) { return os << to_string(r); }

/// Whether a criterion's verdict lets the patient through: an inclusion criterion must be met,
/// an exclusion criterion must not be.
constexpr truth passes(criterion_role role, truth t) noexcept {
  return role == criterion_role::inclusion ? t : !t;
}

/// The inclusion criteria, in protocol order.
template <CriterionNode... Cs> struct inclusion {
  static constexpr criterion_role role = criterion_role::inclusion;
  static constexpr std::size_t size = sizeof...(Cs);
  std::tuple<Cs...> parts;
  constexpr inclusion() = default;
  constexpr explicit inclusion(Cs... cs) requires(sizeof...(Cs) > 0) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
};

/// The exclusion criteria, in protocol order.
template <CriterionNode... Cs> struct exclusion {
  static constexpr criterion_role role = criterion_role::exclusion;
  static constexpr std::size_t size = sizeof...(Cs);
  std::tuple<Cs...> parts;
  constexpr exclusion() = default;
  constexpr explicit exclusion(Cs... cs) requires(sizeof...(Cs) > 0) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
};

namespace detail {
template <class...> inline constexpr bool always_false = false;
} // namespace detail

template <class Inclusion, class Exclusion> struct eligibility_criteria {
  static_assert(detail::always_false<Inclusion, Exclusion>, "eligibility_criteria takes inclusion<...> and exclusion<...>");
};

/// A protocol's eligibility criteria: `using criteria = eligibility_criteria<inclusion<I1, I2>,
/// exclusion<E1>>;`. A protocol type embeds one.
template <class... Is, class... Es> struct eligibility_criteria<inclusion<Is...>, exclusion<Es...>> {
  using inclusion_type = inclusion<Is...>;
  using exclusion_type = exclusion<Es...>;
  inclusion_type inclusions{};
  exclusion_type exclusions{};

  /// The eligibility rule without reasons and without allocation; stops at the first criterion
  /// that rules the patient out. The criteria share a screening_memo: the context's, or one of
  /// this call's own when the context has none.
  template <class R> [[nodiscard]] screening_outcome test(const R& r, const evaluation_context& ctx) const {
    if (ctx.memo) return test_with_memo(r, ctx);
    screening_memo memo;
    return test_with_memo(r, evaluation_context{ctx.as_of, ctx.infusion, &memo});
  }

private:
  template <class R> screening_outcome test_with_memo(const R& r, const evaluation_context& ctx) const {
    truth acc = truth::met;
    auto step = [&](criterion_role role, truth t) { return (acc = acc && passes(role, t)) != truth::not_met; };
    const bool open = std::apply([&](const auto&... c) { return (step(criterion_role::inclusion, c.test(r, ctx)) && ...); },
                                 inclusions.parts);
    if (open)
      std::apply([&](const auto&... c) { static_cast<void>((step(criterion_role::exclusion, c.test(r, ctx)) && ...)); }, exclusions.parts);
    return to_outcome(acc);
  }
};

/// Calls f(node, role, position) for each top-level criterion in protocol order (inclusions, then
/// exclusions; position counts from 1 within each list).
template <class Is, class Es, class F> constexpr void for_each_criterion(const eligibility_criteria<Is, Es>& set, F&& f) {
  std::size_t n = 0;
  std::apply([&](const auto&... c) { (f(c, criterion_role::inclusion, ++n), ...); }, set.inclusions.parts);
  n = 0;
  std::apply([&](const auto&... c) { (f(c, criterion_role::exclusion, ++n), ...); }, set.exclusions.parts);
}

/// The id of a top-level criterion: its own for a named one, else "I<n>" / "E<n>".
template <CriterionNode C> std::string criterion_id(const C&, criterion_role role, std::size_t position) {
  if constexpr (NamedNode<C>) return std::string(C::id);
  else {
    // Built by append: g++ 12 -O3 reports a false -Wrestrict on "literal" + std::string.
    std::string id(1, role == criterion_role::inclusion ? 'I' : 'E');
    id.append(std::to_string(position));
    return id;
  }
}
/// The protocol wording of a named criterion, or its own description.
template <CriterionNode C> std::string criterion_wording(const C& c) {
  if constexpr (NamedNode<C>) return std::string(C::wording);
  else return c.describe();
}

} // namespace trialspec::eligibility
