// trialspec/edss.hpp - the Kurtzke Expanded Disability Status Scale score.
//
// The 20 valid values are 0, 1.0, 1.5, 2.0, ..., 9.5, 10.0 (0.5 does not exist; Kurtzke 1983,
// Neurology 33:1444). Scores are stored as half steps (0, 2, 3, ..., 20), so comparisons and
// differences are exact integers.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <charconv>
#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

namespace detail {
/// Scores and changes as text, by half steps ("4.5"; "+1.0", "-0.5", "0.0").
inline constexpr std::string_view edss_texts[21] = {
    "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5",
    "7.0", "7.5", "8.0", "8.5", "9.0", "9.5", "10.0"};
inline constexpr std::string_view edss_change_texts[41] = {
    "-10.0", "-9.5", "-9.0", "-8.5", "-8.0", "-7.5", "-7.0", "-6.5", "-6.0", "-5.5", "-5.0", "-4.5",
    "-4.0", "-3.5", "-3.0", "-2.5", "-2.0", "-1.5", "-1.0", "-0.5", "0.0", "+0.5", "+1.0", "+1.5",
    "+2.0", "+2.5", "+3.0", "+3.5", "+4.0", "+4.5", "+5.0", "+5.5", "+6.0", "+6.5", "+7.0", "+7.5",
    "+8.0", "+8.5", "+9.0", "+9.5", "+10.0"};
} // namespace detail

/// A signed EDSS difference in half steps (+1.0 is 2 half steps). `later - baseline`.
class edss_change {
public:
  constexpr edss_change() = default;
  /// Throws invalid_input for a change outside -20..+20 half steps.
  constexpr explicit edss_change(int half_steps) : half_steps_(half_steps) {
    if (half_steps < -20 || half_steps > 20) throw invalid_input("EDSS change", trialspec::detail::cat(std::to_string(half_steps), " half steps"), "must be between -10.0 and +10.0");
  }
  /// From points: edss_change::points(1.0) is +1.0 (2 half steps). Must be a multiple of 0.5.
  static constexpr edss_change points(double p) {
    const double h = p * 2.0;
    // Range first: converting NaN or a huge value to int would be undefined behaviour.
    if (!(h >= -20.0 && h <= 20.0)) throw invalid_input("EDSS change", std::to_string(p), "must be between -10.0 and +10.0");
    const int n = static_cast<int>(h >= 0 ? h + 0.5 : h - 0.5);
    if (h != static_cast<double>(n)) throw invalid_input("EDSS change", std::to_string(p), "must be a multiple of 0.5");
    return edss_change(n);
  }

  [[nodiscard]] constexpr int half_steps() const noexcept { return half_steps_; }
  [[nodiscard]] constexpr double points() const noexcept { return half_steps_ / 2.0; }

  /// "+1.0", "-0.5", "0.0" (static text).
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return detail::edss_change_texts[half_steps_ + 20];
  }
  /// "+1.0", "-0.5", "0.0".
  [[nodiscard]] std::string to_string() const { return std::string(text()); }

  constexpr edss_change operator-() const noexcept { return edss_change(-half_steps_); }
  friend constexpr auto operator<=>(edss_change, edss_change) = default;
  friend std::ostream& operator<<(std::ostream& os, edss_change c) { return os << c.to_string(); }

private:
  int half_steps_ = 0;
};

/// An EDSS score. There is no default constructor: a missing score is std::optional<edss>,
/// never a silent 0.
class edss {
public:
  /// Whether `h` half steps is a valid score (0, or 2 to 20).
  static constexpr bool valid_half_steps(int h) noexcept { return h == 0 || (h >= 2 && h <= 20); }

  /// From half steps (0, 2..20); throws invalid_input otherwise (1 would be the nonexistent 0.5).
  static constexpr edss from_half_steps(int h) {
    if (!valid_half_steps(h)) throw invalid_input("EDSS", half_steps_text(h), "an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5");
    return edss(static_cast<std::uint8_t>(h));
  }

  /// From a number: 0, 1.0, 1.5, ..., 10.0 exactly. 0.5, 3.25, -1, 10.5, NaN throw invalid_input.
  static edss from_double(double v) {
    if (v != v) throw invalid_input("EDSS", "NaN", rule); // only NaN differs from itself (no <cmath>)
    const double h = v * 2.0;
    if (!(h >= 0.0 && h <= 20.0)) throw invalid_input("EDSS", number_text(v), rule);
    const int steps = static_cast<int>(h);  // in range: exact
    if (static_cast<double>(steps) != h || !valid_half_steps(steps))
      throw invalid_input("EDSS", number_text(v), rule);
    return edss(static_cast<std::uint8_t>(steps));
  }

  /// From text as recorded: "4.5", "4", "10.0", "0". "4,5", "abc", "4.50x", "0.5" throw.
  static edss parse(std::string_view text) {
    auto fail = [&] { return invalid_input("EDSS", text, rule); };
    if (text.empty() || text.size() > 5) throw fail();
    int whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) whole = whole * 10 + (text[i] - '0');
    if (i == 0) throw fail();
    int half = 0;
    if (i < text.size()) {
      if (text[i] != '.' || i + 1 >= text.size()) throw fail();
      const std::string_view frac = text.substr(i + 1);
      if (frac == "0" || frac == "00") half = 0;
      else if (frac == "5" || frac == "50") half = 1;
      else throw fail();
    }
    const int h = whole * 2 + half;
    if (whole > 10 || !valid_half_steps(h)) throw fail();
    return edss(static_cast<std::uint8_t>(h));
  }

  [[nodiscard]] constexpr int half_steps() const noexcept { return half_steps_; }
  [[nodiscard]] constexpr double value() const noexcept { return half_steps_ / 2.0; }

  /// "4.5", "10.0", "0.0" (static text).
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return detail::edss_texts[half_steps_];
  }
  /// "4.5", "10.0", "0.0".
  [[nodiscard]] std::string to_string() const { return std::string(text()); }

  /// The next valid score up (0 -> 1.0, 9.5 -> 10.0); 10.0 stays 10.0.
  [[nodiscard]] constexpr edss next() const noexcept {
    return edss(static_cast<std::uint8_t>(half_steps_ == 0 ? 2 : half_steps_ == 20 ? 20 : half_steps_ + 1));
  }
  /// The next valid score down (1.0 -> 0); 0 stays 0.
  [[nodiscard]] constexpr edss previous() const noexcept {
    return edss(static_cast<std::uint8_t>(half_steps_ <= 2 ? 0 : half_steps_ - 1));
  }

  friend constexpr auto operator<=>(edss, edss) = default;
  /// later - baseline, in half steps.
  friend constexpr edss_change operator-(edss later, edss baseline) noexcept {
    return edss_change(later.half_steps_ - baseline.half_steps_);
  }
  friend std::ostream& operator<<(std::ostream& os, edss e) { return os << e.to_string(); }

  static constexpr std::string_view rule =
      "an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5 (0.5 does not exist)";

private:
  constexpr explicit edss(std::uint8_t h) noexcept : half_steps_(h) {}
  static std::string half_steps_text(int h) {
    return trialspec::detail::cat(std::to_string(h / 2), (h % 2 ? ".5" : ".0"), " (", std::to_string(h), " half steps)");
  }
  // The shortest text that reads back as v: 4.5000001 stays distinguishable from 4.5, and 1e300
  // is not echoed as 301 digits.
  static std::string number_text(double v) {
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    return std::string(buf, end);
  }

  std::uint8_t half_steps_;
};

/// The 20 valid scores in order, for enumeration.
inline constexpr int edss_scale_size = 20;
/// The score at position `index` (0 -> 0, 1 -> 1.0, ..., 19 -> 10.0); throws outside 0..19.
constexpr edss edss_at(int index) {
  if (index < 0 || index >= edss_scale_size)
    throw invalid_input("EDSS scale index", std::to_string(index), "must be 0 to 19");
  return edss::from_half_steps(index == 0 ? 0 : index + 1);
}

/// One EDSS assessment: the date it was done and the score. The date may be known only to the
/// month or the year (a partial_date: the days it can be; a date converts to it).
struct edss_assessment {
  [[no_unique_address]] partial_date on; // the score may sit in its padding: 8 bytes in all (g++, clang++)
  edss score;
  friend bool operator==(const edss_assessment&, const edss_assessment&) = default;
};

namespace detail {
template <char... C> consteval int edss_literal_half_steps() {
  constexpr char text[] = {C...};
  int whole = 0, half = 0, i = 0, n = static_cast<int>(sizeof...(C));
  bool ok = n > 0;
  // Saturate: a long digit string must give the rule's message, not an overflow error.
  for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) whole = whole > 100 ? whole : whole * 10 + (text[i] - '0');
  if (i == 0) ok = false;
  if (i < n) {
    if (text[i] != '.' || i + 2 != n || (text[i + 1] != '0' && text[i + 1] != '5')) ok = false;
    else half = text[i + 1] == '5' ? 1 : 0;
  }
  const int h = whole * 2 + half;
  return ok && whole <= 10 && edss::valid_half_steps(h) ? h : -1;
}
} // namespace detail

namespace literals {
/// 4.5_edss, 10_edss, 0_edss. An invalid score (0.5_edss, 3.25_edss, 10.5_edss) does not compile.
template <char... C> consteval edss operator""_edss() {
  constexpr int h = detail::edss_literal_half_steps<C...>();
  static_assert(h >= 0, "an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5 (0.5 does not exist)");
  return edss::from_half_steps(h < 0 ? 0 : h);
}
} // namespace literals

} // namespace trialspec
