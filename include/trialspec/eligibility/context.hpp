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
struct evaluation_context {
  date as_of;
  std::optional<date> infusion{};
  screening_memo* memo = nullptr;
};

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
  return window.resolve(*d);
}

namespace detail {
template <relative_window Window> struct window_tag {};
/// Whether resolving the window does month or year arithmetic (the only resolution worth
/// remembering: day offsets and unbounded edges cost less than looking a memo up).
constexpr bool calendar_arithmetic(const relative_window& w) noexcept {
  auto months_or_years = [](const window_edge& e) {
    return e.type == window_edge::kind::offset && e.offset.count != 0 &&
           (e.offset.unit == duration_unit::months || e.offset.unit == duration_unit::years);
  };
  return months_or_years(w.from) || months_or_years(w.to);
}
} // namespace detail

/// The same as resolve_window(Window, ctx, point, r) for a window known at compile time. Within
/// a screening the resolution is remembered in the context's memo, keyed on the reference date,
/// so the month arithmetic is done once however many criteria use the window.
template <relative_window Window, Record R>
std::optional<date_interval> resolve_window(const evaluation_context& ctx, reference_point point, const R& r) {
  const auto d = reference_date(ctx, point, r);
  if (!d) return std::nullopt;
  if constexpr (detail::calendar_arithmetic(Window))
    return remember<detail::window_tag<Window>>(ctx, *d, [&] { return Window.resolve(*d); });
  else
    return Window.resolve(*d);
}

} // namespace trialspec::eligibility
