// trialspec/eligibility/context.hpp - the evaluation context: the as-of (screening) date and the
// index dates windows may be relative to.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/verdict.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
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
struct evaluation_context {
  date as_of;
  std::optional<date> infusion{};
};

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
/// The interval Window last resolved to on this thread, and around which reference date. A
/// compile-time window needs only the reference date as its key; screening a cohort as of one
/// date then resolves each distinct window once, however many criteria and records use it.
template <relative_window Window> struct window_memo {
  date reference{boost::date_time::not_a_date_time};
  std::optional<date_interval> interval{};
};
template <relative_window Window> const date_interval& resolve_memoized(date reference) {
  thread_local window_memo<Window> memo;
  if (!memo.interval || memo.reference != reference) {
    memo.interval = Window.resolve(reference); // a throw leaves the memo as it was
    memo.reference = reference;
  }
  return *memo.interval;
}
/// The interval Window covers around `point`, or nullptr when that date is not known. The
/// interval lives in this thread's memo until Window is next resolved around another date: copy
/// it before resolving again. test() paths use this form: a pointer comes back in a register,
/// where an optional<date_interval> returned by value would go through memory.
template <relative_window Window, Record R>
const date_interval* resolved_window(const evaluation_context& ctx, reference_point point, const R& r) {
  if (point == reference_point::screening) return &resolve_memoized<Window>(ctx.as_of);
  const auto d = reference_date(ctx, point, r);
  return d ? &resolve_memoized<Window>(*d) : nullptr;
}
} // namespace detail

/// The same as resolve_window(Window, ctx, point, r) for a window known at compile time; the
/// built-in criteria use this form, which remembers the last resolution of each window per
/// thread instead of redoing the month arithmetic for every criterion and record.
template <relative_window Window, Record R>
std::optional<date_interval> resolve_window(const evaluation_context& ctx, reference_point point, const R& r) {
  const auto d = reference_date(ctx, point, r);
  if (!d) return std::nullopt;
  return detail::resolve_memoized<Window>(*d);
}

namespace detail {
/// Whether a list complete from `since` on covers all of `window`. A window reaching back without
/// bound is taken as covered by any documented history: the record's history is all there is.
inline bool history_covers(const std::optional<date>& since, const date_interval& window) {
  return since && (window.first().is_neg_infinity() || *since <= window.first());
}
inline std::string history_words(const char* what, const std::optional<date>& since) {
  if (!since) return std::string(what) + " history not documented as complete";
  return std::string(what) + " history complete only since " + to_iso(*since);
}

/// "from 2012-07-05 to 2014-01-05", "up to 2014-01-05", "on or after 2014-01-05".
inline std::string interval_words(const date_interval& i) {
  if (i.first().is_neg_infinity() && i.last().is_pos_infinity()) return "at any time";
  if (i.first().is_neg_infinity()) return "up to " + to_iso(i.last());
  if (i.last().is_pos_infinity()) return "on or after " + to_iso(i.first());
  if (i.first() == i.last()) return "on " + to_iso(i.first());
  return "from " + to_iso(i.first()) + " to " + to_iso(i.last());
}
/// What a criterion keeps of an element it found in one of a record's lists, for its reason: a
/// pointer when record_traits hands out the stored list itself (a reference to a container of
/// T), otherwise a copy (a list made on the fly, such as mapped(), or returned by value).
/// Either way `if (k)`, `*k` and `k->` read it.
template <class T, class List>
using kept_t = std::conditional_t<std::is_lvalue_reference_v<List> &&
                                      std::is_same_v<decltype(*std::begin(std::declval<List>())), const T&>,
                                  const T*, std::optional<T>>;
template <class Kept, class T> Kept keep(const T& found) {
  if constexpr (std::is_pointer_v<Kept>) return &found;
  else return Kept(found);
}
/// Appends one part of a reason: text, a date (YYYY-MM-DD), an integer, or a callable that
/// writes itself.
template <class Text, class Part> void append_part(Text& out, const Part& part) {
  if constexpr (std::is_same_v<Part, date>) append_iso(out, part);
  else if constexpr (std::is_integral_v<Part> && !std::is_same_v<Part, char> && !std::is_same_v<Part, bool>) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, part);
    out.append(buf, static_cast<std::size_t>(res.ptr - buf));
  } else if constexpr (std::is_array_v<Part>) {
    // A string literal: its length is known without scanning it.
    static_assert(std::is_same_v<std::remove_cv_t<std::remove_extent_t<Part>>, char>, "reason parts given as arrays are string literals");
    out.append(part, std::extent_v<Part> - 1);
  } else if constexpr (std::is_invocable_v<const Part&, Text&>) {
    part(out); // a piece that writes itself (see age_words)
  } else out.append(std::string_view(part));
}
/// A verdict without parts written into b, its reason the parts joined (no string is built on
/// the way: the text goes straight into the builder).
template <class... Parts> void leaf(verdict_builder& b, truth value, const Parts&... parts) {
  const auto n = b.open();
  std::string& out = b.reason(n);
  (append_part(out, parts), ...);
  b.close(n, value);
}
/// Text that depends only on the criterion's template arguments, made by `make` on first use
/// and kept: a lambda in a criterion template is a type of its own per criterion type, so each
/// criterion type (and call site) has its own. Joining such phrases once saves appending their
/// pieces in every reason. Never freed, so a verdict may point at it (static_leaf).
template <class Make> const std::string& fixed_phrase(Make make) {
  static const std::string& text = *new std::string(make());
  return text;
}
/// A verdict without parts whose whole reason is text with static storage duration (a string
/// literal, an enumerator's name): the builder points at it instead of copying it.
inline void static_leaf(verdict_builder& b, truth value, std::string_view static_text) {
  b.close(b.open(), value, static_text);
}
/// interval_words for a window known at compile time, rendered once per resolution: one report
/// names the same window in several reasons, and a cohort screened as of one date in all of them.
template <relative_window Window> const std::string& window_words(const date_interval& w) {
  struct memo_type {
    std::optional<date_interval> interval;
    std::string words;
  };
  thread_local memo_type memo;
  if (!memo.interval || *memo.interval != w) {
    memo.words = interval_words(w);
    memo.interval = w;
  }
  return memo.words;
}
inline std::string unknown_reference(reference_point p) {
  return "the date of " + std::string(to_string(p)) + " is not known";
}
} // namespace detail

} // namespace trialspec::eligibility
