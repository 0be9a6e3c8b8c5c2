// trialspec/eligibility/context.hpp - the evaluation context: the as-of (screening) date, the
// index dates windows may be relative to, and the memo of the screening under way.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/verdict.hpp>
#include <trialspec/eligibility/memo.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace trialspec::eligibility {

/// The date a criterion's window is relative to.
enum class reference_point : std::uint8_t { screening, infusion };

/// "screening", "the infusion": the words windows use ("within 3 months before the infusion").
inline constexpr auto reference_point_names = name_table<reference_point::infusion>({
    {reference_point::screening, "screening"},
    {reference_point::infusion, "the infusion", "infusion"},
});
constexpr const auto& names_of(reference_point) noexcept { return reference_point_names; }
constexpr std::string_view to_string(reference_point p) noexcept { return reference_point_names.words(p); }

/// When a record is judged. `as_of` is the screening date: data after it may exist in the record
/// but windows say what each criterion looks at. `infusion`, when given, overrides the record's
/// own infusion date (e.g. to screen against a planned date).
///
/// `memo` is the memo of the screening under way (memo.hpp), or nullptr. screen(),
/// eligibility_criteria::test() and screen_cohort() give the criteria a context with their own
/// memo when the caller's has none; a caller screening many records one by one may pass one memo
/// (per thread) for all of them. No verdict depends on it.
///
/// `not_before`, when given, narrows every window a criterion resolves to start no earlier than
/// that date (evidence_after_therapy sets it for the evidence it wraps: "after a year of therapy").
/// It must not be after the end of any window it narrows; the combinator setting it checks that at
/// compile time (its parts' windows are relative to screening and end on or after it) and sets a
/// date on or before screening.
struct evaluation_context {
  date as_of;
  std::optional<date> infusion{};
  screening_memo* memo = nullptr;
  std::optional<date> not_before{};
};

namespace detail {
/// `w` narrowed to start no earlier than the context's not_before.
inline date_interval narrowed(const evaluation_context& ctx, const date_interval& w) {
  if (!ctx.not_before || *ctx.not_before <= w.first() || *ctx.not_before > w.last()) return w;
  return {*ctx.not_before, w.last()};
}
} // namespace detail

/// The value compute() gives for `key`: remembered under Tag in the context's memo when it has
/// one (screening_memo::remember), computed directly otherwise. A criterion of your own uses
/// this for work worth doing once per screening.
template <class Tag, class Key, class Compute> auto remember(const evaluation_context& ctx, const Key& key, Compute&& compute) {
  using value_type = std::remove_cvref_t<std::invoke_result_t<Compute&>>;
  if (ctx.memo) return ctx.memo->template remember<Tag>(key, compute);
  return value_type(compute());
}

/// The date `point` stands for, or nothing when it is not known (no infusion date anywhere).
template <Record R>
std::optional<date> reference_date(const evaluation_context& ctx, reference_point point, const R& r) {
  switch (point) {
  case reference_point::screening: return ctx.as_of;
  case reference_point::infusion: return ctx.infusion ? ctx.infusion : recorded_infusion_date(r);
  }
  return std::nullopt;
}

/// The dates `window` covers around `point`, or nothing when the date of `point` is not known.
template <Record R>
std::optional<date_interval> resolve_window(const relative_window& window, const evaluation_context& ctx,
                                            reference_point point, const R& r) {
  const auto d = reference_date(ctx, point, r);
  if (!d) return std::nullopt;
  return detail::narrowed(ctx, window.resolve(*d));
}

namespace detail {
template <relative_window Window> struct window_tag {};
/// Window.resolve(reference) with the edges' kinds and units known at compile time, so that only
/// the arithmetic the window needs is done (the same dates as relative_window::resolve).
template <relative_window Window> date_interval resolve_now(date reference) {
  constexpr auto edge = []<window_edge E>(date ref) {
    if constexpr (E.type == window_edge::kind::unbounded_past) return date(boost::date_time::neg_infin);
    else if constexpr (E.type == window_edge::kind::unbounded_future) return date(boost::date_time::pos_infin);
    else if constexpr (E.offset.count == 0) return ref;
    else return add(ref, E.offset);
  };
  return date_interval(edge.template operator()<Window.from>(reference), edge.template operator()<Window.to>(reference));
}
/// Whether resolving Window takes date arithmetic (an edge other than the reference day or no
/// bound): only then is the resolution worth remembering.
template <relative_window Window> inline constexpr bool takes_arithmetic =
    (Window.from.type == window_edge::kind::offset && Window.from.offset.count != 0) ||
    (Window.to.type == window_edge::kind::offset && Window.to.offset.count != 0);
} // namespace detail

/// The same as resolve_window(Window, ctx, point, r) for a window known at compile time. Within
/// a screening a resolution that takes date arithmetic is remembered in the context's
/// memo, keyed on the reference date, so it is done once however many criteria use the window.
template <relative_window Window, Record R>
std::optional<date_interval> resolve_window(const evaluation_context& ctx, reference_point point, const R& r) {
  const auto d = reference_date(ctx, point, r);
  if (!d) return std::nullopt;
  if constexpr (!detail::takes_arithmetic<Window>) return detail::narrowed(ctx, detail::resolve_now<Window>(*d));
  else return detail::narrowed(ctx, remember<detail::window_tag<Window>>(ctx, *d, [&] { return detail::resolve_now<Window>(*d); }));
}

namespace detail {
/// resolve_window<Window> for the built-in criteria: the dates, read where the memo keeps them or
/// held here, and null when the reference date is not known. It returns no optional because g++
/// returns an optional<date_interval> through memory with a one-byte store read back wider, a
/// stall that cost a fifth of verdict-only screening. A window_in is used where it is made, while
/// the criterion judges one record (the memo's copy stays until the window is resolved around
/// another date).
template <relative_window Window> class window_in {
public:
  template <class R> window_in(const evaluation_context& ctx, reference_point point, const R& r) {
    date reference;
    if (point == reference_point::screening) {
      reference = ctx.as_of;
    } else if (const auto d = reference_date(ctx, point, r)) {
      reference = *d;
    } else {
      return;
    }
    auto resolve = [reference] { return resolve_now<Window>(reference); };
    if constexpr (takes_arithmetic<Window>)
      if (ctx.memo) at_ = memo_access::place<window_tag<Window>>(*ctx.memo, reference, resolve);
    if (!at_) at_ = &own_.emplace(resolve());
    if (ctx.not_before) { // evidence after a date (evidence_after_therapy): the window from that date on
      const date_interval n = narrowed(ctx, *at_);
      at_ = &own_.emplace(n);
    }
  }
  window_in(const window_in&) = delete;
  window_in& operator=(const window_in&) = delete;

  explicit operator bool() const noexcept { return at_ != nullptr; }
  const date_interval& operator*() const noexcept { return *at_; }
  const date_interval* operator->() const noexcept { return at_; }

private:
  const date_interval* at_ = nullptr;
  std::optional<date_interval> own_;
};
} // namespace detail

} // namespace trialspec::eligibility
