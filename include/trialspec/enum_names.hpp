// trialspec/enum_names.hpp - one table of names per enumeration: the words people read and the token files and options use.
//
// Each enumeration that is printed or read has exactly one table, next to its definition:
//
//   enum class gd_dose : std::uint8_t { single, double_dose, triple };
//   inline constexpr auto gd_dose_names = name_table<gd_dose::triple>({
//       {gd_dose::single, "single"},
//       {gd_dose::double_dose, "double"},
//       {gd_dose::triple, "triple"},
//   });
//   constexpr const auto& names_of(gd_dose) noexcept { return gd_dose_names; }
//   constexpr std::string_view to_string(gd_dose d) noexcept { return gd_dose_names.words(d); }
//
// A row holds the enumerator, its `words` (what to_string returns, in reasons and reports) and,
// only where it differs, its `token`: the spelling in data files and on the command line
// ("brain tumour" is written `brain_tumor`). A row whose enumerator has no spelling in files
// (a status that files state by leaving the key out) says `no_token`.
//
// The table is checked when it is compiled: the template argument is the enumeration's last
// enumerator, and the rows must list every enumerator from the first (0) through it, once each, in
// order; no two rows may share words or a token, and a token may not repeat the words. So an
// enumerator added without a row, or a row listed twice, does not compile.
//
// `names_of(E)`, found by argument-dependent lookup, is the customisation point: a user's own
// enumeration gets parse_enum() and tokens_of() by defining a table and that function next to it.
#pragma once

#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec {

/// The token of a row whose enumerator has no spelling in files: `{e, "unknown", no_token}`.
inline constexpr struct no_token_t {
  explicit no_token_t() = default;
} no_token{};

namespace detail {
// Called only when a table breaks a rule, so that the compiler's error names the rule; they do
// nothing at run time (tables are built at compile time only).
inline void name_table_rows_must_list_every_enumerator_once_in_order() {}
inline void name_table_words_and_tokens_must_be_unique_and_not_empty() {}
inline void name_table_token_given_where_it_equals_the_words() {}

template <class E> constexpr std::size_t enum_index(E e) noexcept {
  return static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(e));
}
} // namespace detail

/// One row of a name table: an enumerator, its words, and its token.
template <class E> struct enum_name {
  E value{};
  /// For people: to_string(), reasons, reports.
  std::string_view words{};
  /// For files and options: the same as `words` unless the row gives it; empty when the
  /// enumerator is not written at all (`no_token`).
  std::string_view token{};

  constexpr enum_name() = default;
  /// The token is the words.
  constexpr enum_name(E v, std::string_view w) : value(v), words(w), token(w) {}
  /// Files spell it `t` (given only where it differs from the words).
  constexpr enum_name(E v, std::string_view w, std::string_view t) : value(v), words(w), token(t) {
    if (t.empty()) detail::name_table_words_and_tokens_must_be_unique_and_not_empty(); // say no_token
    if (t == w) detail::name_table_token_given_where_it_equals_the_words();
  }
  /// Files never spell it: they say it by leaving the key out.
  constexpr enum_name(E v, std::string_view w, no_token_t) : value(v), words(w) {}
};

/// The names of every enumerator of `E`, indexed by the enumerator. Built by name_table().
template <class E, std::size_t N> class enum_name_table {
public:
  using enum_type = E;

  /// Checks the rows (see the header comment); a table that breaks a rule does not compile.
  consteval explicit enum_name_table(const enum_name<E> (&rows)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
      if (detail::enum_index(rows[i].value) != i) detail::name_table_rows_must_list_every_enumerator_once_in_order();
      if (rows[i].words.empty()) detail::name_table_words_and_tokens_must_be_unique_and_not_empty();
      rows_[i] = rows[i];
    }
    for (std::size_t i = 0; i < N; ++i)
      for (std::size_t j = i + 1; j < N; ++j)
        if (rows_[i].words == rows_[j].words || (!rows_[i].token.empty() && rows_[i].token == rows_[j].token))
          detail::name_table_words_and_tokens_must_be_unique_and_not_empty();
  }

  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  /// The rows in enumerator order.
  [[nodiscard]] constexpr auto begin() const noexcept { return rows_.begin(); }
  [[nodiscard]] constexpr auto end() const noexcept { return rows_.end(); }

  /// The row of `e`, which must be an enumerator.
  [[nodiscard]] constexpr const enum_name<E>& operator[](E e) const noexcept { return rows_[detail::enum_index(e)]; }
  /// The words for `e`; "invalid" for a value that is no enumerator.
  [[nodiscard]] constexpr std::string_view words(E e) const noexcept {
    return known(e) ? (*this)[e].words : std::string_view("invalid");
  }
  /// The spelling of `e` in files; empty when it has none (or `e` is no enumerator).
  [[nodiscard]] constexpr std::string_view token(E e) const noexcept { return known(e) ? (*this)[e].token : std::string_view(); }

  /// The enumerator spelled `text` in files, if any (exact, case-sensitive).
  [[nodiscard]] constexpr std::optional<E> from_token(std::string_view text) const noexcept {
    if (text.empty()) return std::nullopt;
    for (const auto& r : rows_)
      if (r.token == text) return r.value;
    return std::nullopt;
  }
  /// The enumerator whose words are `text`, if any.
  [[nodiscard]] constexpr std::optional<E> from_words(std::string_view text) const noexcept {
    for (const auto& r : rows_)
      if (r.words == text) return r.value;
    return std::nullopt;
  }

  /// The tokens as alternatives for a message: "single, double or triple".
  [[nodiscard]] std::string tokens_text() const {
    std::size_t total = 0;
    for (const auto& r : rows_) total += r.token.empty() ? 0 : 1;
    std::string out;
    std::size_t listed = 0;
    for (const auto& r : rows_) {
      if (r.token.empty()) continue;
      if (listed > 0) out += listed + 1 == total ? " or " : ", ";
      out += r.token;
      ++listed;
    }
    return out;
  }

private:
  static constexpr bool known(E e) noexcept { return detail::enum_index(e) < N; }

  std::array<enum_name<E>, N> rows_{};
};

/// The name table of an enumeration whose last enumerator is `Last` (see the header comment).
template <auto Last, std::size_t N>
  requires std::is_enum_v<decltype(Last)>
consteval enum_name_table<decltype(Last), N> name_table(const enum_name<decltype(Last)> (&rows)[N]) {
  if (detail::enum_index(Last) + 1 != N)
    detail::name_table_rows_must_list_every_enumerator_once_in_order();
  return enum_name_table<decltype(Last), N>(rows);
}

/// An enumeration with a name table found by `names_of(E)`.
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires(E e) {
  { names_of(e).words(e) } -> std::convertible_to<std::string_view>;
  requires std::same_as<decltype(names_of(e).from_token(std::string_view())), std::optional<E>>;
};

/// Every enumerator of E, in order.
template <NamedEnum E>
inline constexpr auto enumerators = [] {
  std::array<E, std::remove_cvref_t<decltype(names_of(E{}))>::size()> all{};
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<E>(i);
  return all;
}();

/// The words for `e` (what its to_string returns).
template <NamedEnum E> constexpr std::string_view words_of(E e) noexcept { return names_of(e).words(e); }

/// The spelling of `e` in files and options; empty when it has none.
template <NamedEnum E> constexpr std::string_view token_of(E e) noexcept { return names_of(e).token(e); }

/// The enumerator spelled `text`, if any.
template <NamedEnum E> constexpr std::optional<E> enum_from_token(std::string_view text) noexcept {
  return names_of(E{}).from_token(text);
}

/// Every token of `E` as an alternative for messages: "log, log-log or plain".
template <NamedEnum E> std::string tokens_of() { return names_of(E{}).tokens_text(); }

/// The enumerator spelled `text`; throws invalid_input naming `field` and the text otherwise.
template <NamedEnum E> E parse_enum(std::string_view text, std::string_view field) {
  if (const auto e = enum_from_token<E>(text)) return *e;
  throw invalid_input(field, text, trialspec::detail::cat("expected ", tokens_of<E>()));
}

} // namespace trialspec
