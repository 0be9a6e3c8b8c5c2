// trialspec/eligibility/reason.hpp - writing a criterion's reason: the toolkit the built-in
// criteria use, so that a criterion of your own writes reasons exactly like a built-in one.
//
// A criterion's explain(r, ctx, b) writes its verdict into a verdict_builder; leaf() writes a
// verdict without parts whose reason is its parts joined, with nothing built on the way:
//
//     leaf(b, truth::not_met, "last EDSS ", a.score, " on ", a.on, " is not above 3.0");
//     // "last EDSS 3.0 on 2014-01-05 is not above 3.0"
//
// Parts are text, dates (YYYY-MM-DD), EDSS scores and changes, integers, or callables that write
// themselves. Text that depends only on the criterion's template arguments is joined once
// (fixed_phrase); text that outlives every verdict is pointed at, not copied (static_leaf).
// Windows are named as the built-ins name them (window_words: "from 2012-07-05 to 2014-01-05"),
// incomplete histories too (history_words). The wording of an EDSS change judged by a threshold
// table is trialspec::append_change_reason (progression/thresholds.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/config.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/verdict.hpp>

#include <charconv>
#include <concepts>
#include <cstring>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec::eligibility {

/// Appends one part of a reason to `out` (a std::string, or any text with append(const char*,
/// n) and += string_view): text, a date as YYYY-MM-DD (an imprecise one with its precision), an EDSS score or change ("4.5", "+1.0"),
/// an integer, or a callable that writes itself into `out`.
template <class Text, class Part> void append_part(Text& out, const Part& part) {
  if constexpr (std::is_same_v<Part, date>) append_iso(out, part);
  else if constexpr (std::is_same_v<Part, partial_date>) {
    // "2013-03-14", "2013-03 (day unknown)", "2013 (month and day unknown)".
    part.append_to(out);
    if (!part.is_exact()) out.append(precision_note(part.precision()));
  }
  else if constexpr (std::is_same_v<Part, edss> || std::is_same_v<Part, edss_change>) out.append(part.text());
  else if constexpr (std::is_integral_v<Part> && !std::is_same_v<Part, char> && !std::is_same_v<Part, bool>) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, part);
    out.append(buf, static_cast<std::size_t>(res.ptr - buf));
  } else if constexpr (std::is_array_v<Part>) {
    // A string literal: its length is known without scanning it.
    static_assert(std::is_same_v<std::remove_cv_t<std::remove_extent_t<Part>>, char>, "reason parts given as arrays are string literals");
    out.append(part, std::extent_v<Part> - 1);
  } else if constexpr (std::is_invocable_v<const Part&, Text&>) {
    part(out);
  } else {
    out.append(std::string_view(part));
  }
}

namespace detail {
/// Text on its way to a std::string, gathered on the stack: each piece is a copy of a few bytes
/// written in place, and the string grows by one append per flush() instead of one per piece
/// (a leaf's reason is joined from 2 to 10 pieces). A piece longer than the room left is written
/// after what is gathered, in order. What flush() has not written is lost: flush before reading
/// the string or writing to it directly.
class gathered_text {
public:
  explicit gathered_text(std::string& out) noexcept : out_(out) {}
  gathered_text(const gathered_text&) = delete;
  gathered_text& operator=(const gathered_text&) = delete;

  TRIALSPEC_ALWAYS_INLINE gathered_text& append(const char* s, std::size_t n) {
    if (n > room - size_) [[unlikely]]
      return spill(s, n);
    char* to = buf_ + size_;
    // Pieces are mostly short: up to 16 bytes are copied in place, as two overlapping words (the
    // room left holds all n), instead of through a call; an empty piece copies nothing (it may
    // have no storage at all, a null data pointer, which memcpy must not get).
    if (n > 16) std::memcpy(to, s, n);
    else if (n >= 8) {
      std::memcpy(to, s, 8);
      std::memcpy(to + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
      std::memcpy(to, s, 4);
      std::memcpy(to + n - 4, s + n - 4, 4);
    } else if (n != 0) {
      to[0] = s[0];
      to[n / 2] = s[n / 2];
      to[n - 1] = s[n - 1];
    }
    size_ += n;
    return *this;
  }
  TRIALSPEC_ALWAYS_INLINE gathered_text& append(std::string_view s) { return append(s.data(), s.size()); }
  gathered_text& append(const char* s) { return append(std::string_view(s)); }
  TRIALSPEC_ALWAYS_INLINE gathered_text& operator+=(std::string_view s) { return append(s); }
  gathered_text& operator+=(const char* s) { return append(std::string_view(s)); }
  TRIALSPEC_ALWAYS_INLINE gathered_text& operator+=(char c) { return append(&c, 1); }
  TRIALSPEC_ALWAYS_INLINE void push_back(char c) { append(&c, 1); }
  /// Writes what is gathered to the string.
  void flush() {
    out_.append(buf_, size_);
    size_ = 0;
  }
  /// The string, with everything gathered written to it.
  std::string& flushed() {
    flush();
    return out_;
  }

private:
  static constexpr std::size_t room = 160;
  TRIALSPEC_COLD gathered_text& spill(const char* s, std::size_t n) {
    flush();
    if (n > room) out_.append(s, n);
    else {
      std::memcpy(buf_, s, n);
      size_ = n;
    }
    return *this;
  }
  std::string& out_;
  std::size_t size_ = 0;
  char buf_[room];
};
/// One part of a leaf's reason through `g`: a callable that takes any text (`auto&`) writes into
/// `g`; one written for a std::string only (taking `std::string&`) gets the string itself, after
/// what is gathered.
template <class Part> void append_gathered(gathered_text& g, const Part& part) {
  if constexpr (std::is_class_v<Part> && !std::is_invocable_v<const Part&, gathered_text&> &&
                std::is_invocable_v<const Part&, std::string&>)
    part(g.flushed());
  else append_part(g, part);
}
} // namespace detail

/// Writes into `b` a verdict without parts: `value`, with the parts joined as its reason (the text
/// goes straight into the builder, gathered on the stack first and appended in one go).
template <class... Parts> void leaf(verdict_builder& b, truth value, const Parts&... parts) {
  const auto n = b.open();
  detail::gathered_text out(b.reason(n));
  (detail::append_gathered(out, parts), ...);
  out.flush();
  b.close(n, value);
}

/// Writes into `b` a verdict without parts whose whole reason is text with static storage duration
/// (a string literal, an enumerator's name, a fixed_phrase): the builder points at it instead of
/// copying it.
inline void static_leaf(verdict_builder& b, truth value, std::string_view static_text) {
  b.close(b.open(), value, static_text);
}
/// A temporary std::string is not static text: the builder would point at freed memory. Copy it
/// with leaf(), or keep text that depends only on template arguments with fixed_phrase().
template <class Temporary>
  requires std::same_as<Temporary, std::string>
void static_leaf(verdict_builder&, truth, Temporary&&) {
  static_assert(!std::same_as<Temporary, Temporary>,
                "static_leaf points at its text, and a temporary std::string would be freed before the verdict is read: "
                "write the reason with leaf() (copied) or fixed_phrase() (kept for the program's life)");
}

/// Text that depends only on a criterion's template arguments, made by `make` on first use and
/// kept until the program ends (static storage: a static_leaf may point at it). A lambda in a
/// criterion template is a type of its own per criterion type, so each criterion type (and call
/// site) has its own text:
///
///     const std::string& is = fixed_phrase([] {
///       std::string s = " is above ";
///       s += std::to_string(Years);
///       return s;
///     });
template <class Make> const std::string& fixed_phrase(Make make) {
  static const std::string text = make();
  return text;
}

/// Appends "from 2012-07-05 to 2014-01-05", "up to 2014-01-05", "on or after 2014-01-05",
/// "on 2014-01-05" or "at any time" (unbounded both ways) for `i`.
template <class Text> void append_interval_words(Text& out, const date_interval& i) {
  const bool from_anytime = i.first().is_neg_infinity(), to_anytime = i.last().is_pos_infinity();
  if (from_anytime && to_anytime) return static_cast<void>(out.append("at any time", 11));
  if (from_anytime) {
    out.append("up to ", 6);
    return append_iso(out, i.last());
  }
  if (to_anytime) {
    out.append("on or after ", 12);
    return append_iso(out, i.first());
  }
  if (i.first() == i.last()) {
    out.append("on ", 3);
    return append_iso(out, i.first());
  }
  out.append("from ", 5);
  append_iso(out, i.first());
  out.append(" to ", 4);
  append_iso(out, i.last());
}
/// The same words as a string.
inline std::string interval_words(const date_interval& i) {
  std::string out;
  append_interval_words(out, i);
  return out;
}

namespace detail {
template <relative_window Window> struct window_words_tag {};
} // namespace detail

/// The words for `w`, the dates Window resolved to (interval_words), as a reason part. Within a
/// screening they are written once per resolution and remembered in the context's memo: a report
/// names the same window in several reasons.
template <relative_window Window> inline_text<32> window_words(const evaluation_context& ctx, const date_interval& w) {
  return remember<detail::window_words_tag<Window>>(ctx, w, [&] {
    inline_text<32> t; // "from YYYY-MM-DD to YYYY-MM-DD" is the longest: 29 characters
    append_interval_words(t, w);
    return t;
  });
}

/// "the date of screening is not known", "the date of the infusion is not known": static text
/// (see static_leaf).
constexpr std::string_view unknown_reference(reference_point p) noexcept {
  return p == reference_point::screening ? "the date of screening is not known" : "the date of the infusion is not known";
}

/// Whether a list complete from `since` on (a record's `*_recorded_since`) covers all of
/// `window`: a list proves an absence only on or after `since`. `origin` is the first day the
/// history can hold anything (the birth date, history_origin): a window reaching back without
/// bound, or before the origin, starts there for this purpose; a window reaching back without
/// bound and no origin is never covered (something may have happened before `since`).
inline bool history_covers(const std::optional<date>& since, const date_interval& window,
                           const std::optional<date>& origin) {
  if (!since) return false;
  if (window.first().is_neg_infinity()) return origin && *since <= *origin;
  return *since <= window.first() || (origin && *since <= *origin);
}

/// The first day a record's history can hold anything: its birth date, when the record gives one.
template <class R> std::optional<date> history_origin(const R& r) {
  if constexpr (RecordWithBirthDate<R>) {
    if (const auto b = record_traits<R>::birth_date(r)) return partial_date(*b).earliest();
    return std::nullopt;
  } else {
    return std::nullopt;
  }
}
/// "relapse history not documented as complete", "relapse history complete only since
/// 2010-01-01": why a list cannot prove an absence.
template <class Text> void append_history_words(Text& out, std::string_view what, const std::optional<date>& since) {
  out.append(what);
  if (!since) return static_cast<void>(out.append(" history not documented as complete"));
  out.append(" history complete only since ");
  append_iso(out, *since);
}
/// The same words as a string.
inline std::string history_words(const char* what, const std::optional<date>& since) {
  std::string out;
  append_history_words(out, what, since);
  return out;
}
/// The same words as a reason part for leaf(), written straight into the reason.
inline auto history_part(const char* what, const std::optional<date>& since) {
  return [what, since](auto& out) { append_history_words(out, what, since); };
}

/// What a criterion keeps of an element it found in one of a record's lists, for its reason: a
/// pointer when record_traits hands out the stored list itself (a reference to a container of
/// T), otherwise a copy (a list made on the fly, such as mapped(), or returned by value). Either
/// way `if (k)`, `*k` and `k->` read it. `List` is the type record_traits returns.
template <class T, class List>
using kept_t = std::conditional_t<std::is_lvalue_reference_v<List> &&
                                      std::is_same_v<decltype(*std::begin(std::declval<List>())), const T&>,
                                  const T*, std::optional<T>>;
/// Keeps `found` as Kept (a kept_t).
template <class Kept, class T> Kept keep(const T& found) {
  if constexpr (std::is_pointer_v<Kept>) return &found;
  else return Kept(found);
}

} // namespace trialspec::eligibility
