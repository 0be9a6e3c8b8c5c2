// trialspec/calendar/window.hpp - windows relative to a reference date: "within 18 months before
// screening" is the closed interval [R - 18 months, R]. Structural values, usable as template
// arguments.
#pragma once

#include <trialspec/calendar/arithmetic.hpp>
#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/detail/window_order.hpp>
#include <trialspec/calendar/duration.hpp>
#include <trialspec/calendar/interval.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace trialspec {

/// One edge of a relative window: a signed offset from the reference date (negative = before),
/// or unbounded. Structural, so windows can be template arguments.
struct window_edge {
  enum class kind : std::uint8_t { offset, unbounded_past, unbounded_future };
  calendar_duration offset{};
  kind type{kind::offset};
  friend constexpr bool operator==(const window_edge&, const window_edge&) = default;
};

/// The edge `d` before the reference date.
constexpr window_edge before(calendar_duration d) {
  detail::require_non_negative(d);
  return {-d, window_edge::kind::offset};
}
/// The edge `d` after the reference date.
constexpr window_edge after(calendar_duration d) {
  detail::require_non_negative(d);
  return {d, window_edge::kind::offset};
}
inline constexpr window_edge reference_day{};
inline constexpr window_edge unbounded_past{{}, window_edge::kind::unbounded_past};
inline constexpr window_edge unbounded_future{{}, window_edge::kind::unbounded_future};

/// A closed window relative to a reference date R, e.g. [R - 18 months, R]. Structural: usable
/// as a template argument. A window whose start is certainly after its end is rejected (at
/// compile time when constructed in a constant expression).
struct relative_window {
  window_edge from{unbounded_past};
  window_edge to{unbounded_future};

  constexpr relative_window() = default;
  constexpr relative_window(window_edge f, window_edge t) : from(f), to(t) {
    if (f.type == window_edge::kind::unbounded_future || t.type == window_edge::kind::unbounded_past)
      throw invalid_input("window", "unbounded edge", "the start must not be +infinity nor the end -infinity");
    if (f.type == window_edge::kind::offset && t.type == window_edge::kind::offset &&
        detail::min_days(f.offset) > detail::max_days(t.offset))
      throw invalid_input("window", edges_text(f, t), "a window cannot start after it ends");
  }

  static std::string edges_text(window_edge f, window_edge t) {
    return trialspec::detail::cat(to_string(f.offset), " to ", to_string(t.offset));
  }

  /// The closed interval this window spans around `reference`.
  [[nodiscard]] date_interval resolve(date reference) const {
    auto edge = [&](const window_edge& e) {
      switch (e.type) {
      case window_edge::kind::unbounded_past: return date(boost::date_time::neg_infin);
      case window_edge::kind::unbounded_future: return date(boost::date_time::pos_infin);
      case window_edge::kind::offset: break;
      }
      return add(reference, e.offset);
    };
    return date_interval(edge(from), edge(to));
  }

  /// Whether `d` lies in the window around `reference` (edges included).
  [[nodiscard]] bool contains(date reference, date d) const { return resolve(reference).contains(d); }

  /// Words for the window: "within 18 months before screening", "at least 1 year after the
  /// infusion", "between 3 months before and 12 months after the infusion".
  [[nodiscard]] std::string describe(std::string_view reference_name) const {
    using k = window_edge::kind;
    const std::string ref(reference_name);
    auto is_ref = [](const window_edge& e) { return e.type == k::offset && e.offset.count == 0; };
    auto magnitude = [](const window_edge& e) {
      return to_string(e.offset.count < 0 ? -e.offset : e.offset);
    };
    auto point = [&](const window_edge& e) {
      if (is_ref(e)) return ref;
      return trialspec::detail::cat(magnitude(e), (e.offset.count < 0 ? " before " : " after "), ref);
    };
    if (from.type == k::unbounded_past && to.type == k::unbounded_future) return "at any time";
    if (from.type == k::unbounded_past) {
      if (is_ref(to)) return trialspec::detail::cat("on or before ", ref);
      if (to.offset.count < 0) return trialspec::detail::cat("at least ", point(to));
      return trialspec::detail::cat("no later than ", point(to));
    }
    if (to.type == k::unbounded_future) {
      if (is_ref(from)) return trialspec::detail::cat("on or after ", ref);
      if (from.offset.count > 0) return trialspec::detail::cat("at least ", point(from));
      return trialspec::detail::cat("no earlier than ", point(from));
    }
    if (is_ref(to) && from.offset.count < 0) return trialspec::detail::cat("within ", magnitude(from), " before ", ref);
    if (is_ref(from) && to.offset.count > 0) return trialspec::detail::cat("within ", magnitude(to), " after ", ref);
    if (is_ref(from) && is_ref(to)) return trialspec::detail::cat("on ", ref);
    return trialspec::detail::cat("between ", point(from), " and ", point(to));
  }

  friend constexpr bool operator==(const relative_window&, const relative_window&) = default;
};

/// [R - d, R]
constexpr relative_window within_before(calendar_duration d) { return {before(d), reference_day}; }
/// [R, R + d]
constexpr relative_window within_after(calendar_duration d) { return {reference_day, after(d)}; }
/// [R + d, +infinity)
constexpr relative_window at_least_after(calendar_duration d) { return {after(d), unbounded_future}; }
/// (-infinity, R - d]
constexpr relative_window at_least_before(calendar_duration d) { return {unbounded_past, before(d)}; }
/// (-infinity, R]
inline constexpr relative_window on_or_before_reference{unbounded_past, reference_day};
/// [from, to], e.g. between(before(months{3}), after(months{12})).
constexpr relative_window between(window_edge from, window_edge to) { return {from, to}; }

} // namespace trialspec
