// trialspec/eligibility/combinators.hpp - all_of, any_of, at_least<k>, at_most<k>, not_, and the
// operators &&, ||, ! that build them.
//
// Logic is Kleene's (see verdict.hpp): all_of is the minimum of its parts, any_of the maximum,
// at_least<k> is met when k parts are met and not met when met + unknown < k.
//
// `test` stops as soon as the answer cannot change whatever the remaining parts answer: all_of
// at the first `not met`, any_of at the first `met`, at_least<k> when k are met or when even all
// remaining parts being met could not reach k, at_most<k> when more than k are met or when all
// remaining parts being met could not exceed k. An unknown part never stops evaluation (a later
// part may still decide). `evaluate` evaluates every part, since a report shows them all.
#pragma once

#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

namespace detail {
/// Explains each part into b (as parts of the node the caller opened) and counts their values.
template <class... Cs, class R>
truth_counts explain_parts(const std::tuple<Cs...>& parts, const R& r, const evaluation_context& ctx, verdict_builder& b) {
  truth_counts c;
  std::apply([&](const auto&... p) { (c.add(eligibility::explain(p, r, ctx, b)), ...); }, parts);
  return c;
}
/// "<head> (<met> met, <not met> not met, <unknown> unknown)"
inline void append_tallied(std::string& out, std::string_view head, const truth_counts& c) {
  using namespace std::string_view_literals;
  out.append(head).append(" ("sv);
  append_part(out, c.met);
  out.append(" met, "sv);
  append_part(out, c.not_met);
  out.append(" not met, "sv);
  append_part(out, c.unknown);
  out.append(" unknown)"sv);
}
/// The reason of a combinator of N parts for tally `c`: every possible tally's text is written
/// once per combinator type (`head()` gives its head) and kept until the program ends, so
/// combinator verdicts point at it instead of copying it.
template <class Combinator, std::size_t N, class Head> std::string_view tallied_text(const Head& head, const truth_counts& c) {
  static const std::array<std::string, (N + 1) * (N + 1)> texts = [&] {
    std::array<std::string, (N + 1) * (N + 1)> t;
    const std::string h(head());
    for (std::size_t met = 0; met <= N; ++met)
      for (std::size_t not_met = 0; met + not_met <= N; ++not_met)
        append_tallied(t[met * (N + 1) + not_met], h, truth_counts{met, not_met, N - met - not_met});
    return t;
  }();
  return texts[c.met * (N + 1) + c.not_met]; // c.unknown is N - met - not_met: every part counted once
}
/// The node for a combinator: its parts, then its reason "<head> (<tally>)" and its value.
template <class Combinator, class Head, class Decide, class... Cs, class R>
void explain_combinator(const Head& head, const std::tuple<Cs...>& parts, const R& r, const evaluation_context& ctx,
                        verdict_builder& b, Decide decide) {
  const auto n = b.open();
  const truth_counts c = explain_parts(parts, r, ctx, b);
  b.close(n, decide(c), tallied_text<Combinator, sizeof...(Cs)>(head, c));
}
} // namespace detail

/// Met when every part is met.
template <CriterionNode... Cs> struct all_of : criterion_base {
  static_assert(sizeof...(Cs) >= 1, "all_of needs at least one criterion");
  static constexpr std::string_view kind = "all_of";
  std::tuple<Cs...> parts;

  constexpr all_of() = default;
  constexpr explicit all_of(Cs... cs) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return "all of"; }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    truth acc = truth::met;
    std::apply([&](const auto&... c) { static_cast<void>((((acc = acc && c.test(r, ctx)) != truth::not_met) && ...)); }, parts);
    return acc;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    detail::explain_combinator<all_of>([] { return "all of"sv; }, parts, r, ctx, b, [](const truth_counts& c) {
      return c.not_met ? truth::not_met : c.unknown ? truth::unknown : truth::met;
    });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// Met when any part is met.
template <CriterionNode... Cs> struct any_of : criterion_base {
  static_assert(sizeof...(Cs) >= 1, "any_of needs at least one criterion");
  static constexpr std::string_view kind = "any_of";
  std::tuple<Cs...> parts;

  constexpr any_of() = default;
  constexpr explicit any_of(Cs... cs) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return "any of"; }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    truth acc = truth::not_met;
    std::apply([&](const auto&... c) { static_cast<void>((((acc = acc || c.test(r, ctx)) != truth::met) && ...)); }, parts);
    return acc;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    detail::explain_combinator<any_of>([] { return "any of"sv; }, parts, r, ctx, b, [](const truth_counts& c) {
      return c.met ? truth::met : c.unknown ? truth::unknown : truth::not_met;
    });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// Met when at least K parts are met. 1 <= K <= number of parts (K = 0 would always be met).
template <std::size_t K, CriterionNode... Cs> struct at_least : criterion_base {
  static_assert(K >= 1 && K <= sizeof...(Cs), "at_least<k> needs 1 <= k <= the number of its criteria");
  static constexpr std::string_view kind = "at_least";
  static constexpr std::size_t k = K;
  std::tuple<Cs...> parts;

  constexpr at_least() = default;
  constexpr explicit at_least(Cs... cs) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("at least ", std::to_string(K), " of"); }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    truth_counts c;
    std::size_t remaining = sizeof...(Cs);
    auto step = [&](truth t) {
      c.add(t);
      --remaining;
      return c.met < K && c.met + c.unknown + remaining >= K;
    };
    std::apply([&](const auto&... p) { static_cast<void>((step(p.test(r, ctx)) && ...)); }, parts);
    if (c.met >= K) return truth::met;
    if (c.met + c.unknown + remaining < K) return truth::not_met;
    return truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    detail::explain_combinator<at_least>([this] { return trialspec::detail::cat(describe(), " ", std::to_string(sizeof...(Cs))); }, parts, r, ctx, b,
                               [](const truth_counts& c) { return c.at_least(K); });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// Met when at most K parts are met. K must be below the number of parts (otherwise it would
/// always be met).
template <std::size_t K, CriterionNode... Cs> struct at_most : criterion_base {
  static_assert(K < sizeof...(Cs), "at_most<k> needs k below the number of its criteria (otherwise it is always met)");
  static constexpr std::string_view kind = "at_most";
  static constexpr std::size_t k = K;
  std::tuple<Cs...> parts;

  constexpr at_most() = default;
  constexpr explicit at_most(Cs... cs) : parts(std::move(cs)...) {}
  [[nodiscard]] constexpr const std::tuple<Cs...>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("at most ", std::to_string(K), " of"); }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    truth_counts c;
    std::size_t remaining = sizeof...(Cs);
    auto step = [&](truth t) {
      c.add(t);
      --remaining;
      return c.met <= K && c.met + c.unknown + remaining > K;
    };
    std::apply([&](const auto&... p) { static_cast<void>((step(p.test(r, ctx)) && ...)); }, parts);
    if (c.met > K) return truth::not_met;
    if (c.met + c.unknown + remaining <= K) return truth::met;
    return truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    detail::explain_combinator<at_most>([this] { return trialspec::detail::cat(describe(), " ", std::to_string(sizeof...(Cs))); }, parts, r, ctx, b,
                               [](const truth_counts& c) { return c.at_most(K); });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// Met when its part is not met; unknown stays unknown.
template <CriterionNode C> struct not_ : criterion_base {
  static constexpr std::string_view kind = "not";
  std::tuple<C> parts;

  constexpr not_() = default;
  constexpr explicit not_(C c) : parts(std::move(c)) {}
  [[nodiscard]] constexpr const std::tuple<C>& children() const noexcept { return parts; }
  [[nodiscard]] std::string describe() const { return "not"; }

  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    return !std::get<0>(parts).test(r, ctx);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto n = b.open();
    const truth t = !eligibility::explain(std::get<0>(parts), r, ctx, b);
    b.close(n, t, "not");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

namespace detail {
template <class T> constexpr std::tuple<T> and_parts(const T& t) { return std::tuple<T>(t); }
template <class... Cs> constexpr std::tuple<Cs...> and_parts(const all_of<Cs...>& t) { return t.parts; }
template <class T> constexpr std::tuple<T> or_parts(const T& t) { return std::tuple<T>(t); }
template <class... Cs> constexpr std::tuple<Cs...> or_parts(const any_of<Cs...>& t) { return t.parts; }
template <class... Cs> constexpr all_of<Cs...> make_all_of(std::tuple<Cs...> parts) {
  return std::apply([](auto&&... c) { return all_of<Cs...>(std::move(c)...); }, std::move(parts));
}
template <class... Cs> constexpr any_of<Cs...> make_any_of(std::tuple<Cs...> parts) {
  return std::apply([](auto&&... c) { return any_of<Cs...>(std::move(c)...); }, std::move(parts));
}
} // namespace detail

/// a && b is all_of<a, b>; chains flatten: a && b && c is all_of<a, b, c>.
template <CriterionNode A, CriterionNode B> constexpr auto operator&&(const A& a, const B& b) {
  return detail::make_all_of(std::tuple_cat(detail::and_parts(a), detail::and_parts(b)));
}
/// a || b is any_of<a, b>; chains flatten: a || b || c is any_of<a, b, c>.
template <CriterionNode A, CriterionNode B> constexpr auto operator||(const A& a, const B& b) {
  return detail::make_any_of(std::tuple_cat(detail::or_parts(a), detail::or_parts(b)));
}
/// !a is not_<a>.
template <CriterionNode A> constexpr not_<A> operator!(const A& a) { return not_<A>(a); }

} // namespace trialspec::eligibility
