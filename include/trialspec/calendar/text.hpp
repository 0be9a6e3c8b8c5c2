// trialspec/calendar/text.hpp - dates as text: ISO 8601 writing (to_iso, append_iso, write_iso)
// and reading (parse_date), and make_date, which checks numbers as parse_date checks text.
#pragma once

#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/detail/civil.hpp>
#include <trialspec/calendar/detail/iso.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace trialspec {

/// Appends `value` in decimal to `out`, with leading zeros up to `width` characters (a minus
/// sign counts and comes first): 7 in width 2 is "07", -5 in width 4 is "-005", 12345 in width 4
/// is "12345". For dates and times of day written field by field.
inline void append_zero_padded(std::string& out, long value, int width) {
  const std::string digits = std::to_string(value < 0 ? 0UL - static_cast<unsigned long>(value) : static_cast<unsigned long>(value));
  int size = static_cast<int>(digits.size());
  if (value < 0) {
    out += '-';
    ++size;
  }
  for (; size < width; ++size) out += '0';
  out += digits;
}

/// The most characters write_iso writes ("YYYY-MM-DD", "not-a-date").
inline constexpr std::size_t iso_date_max_size = 10;

/// Writes the text append_iso appends into `out`, without a terminating null, and returns the
/// end of what it wrote: YYYY-MM-DD (always 10 characters) for a day, "-infinity", "+infinity"
/// or "not-a-date" otherwise. `out` must have room for iso_date_max_size characters. For text
/// assembled in a fixed buffer without allocating; `d` must lie in the supported years (every
/// date trialspec makes does; Boost's own unchecked arithmetic can leave them).
inline char* write_iso(char* out, date d) noexcept {
  if (d.is_special()) {
    const std::string_view s = detail::special_date_text(d);
    std::memcpy(out, s.data(), s.size());
    return out + s.size();
  }
  detail::put_iso(out, d);
  return out + 10;
}

/// Appends the date as YYYY-MM-DD (or "-infinity", "+infinity", "not-a-date") to `out`.
template <class Text> void append_iso(Text& out, date d) {
  if (d.is_special()) {
    out += detail::special_date_text(d);
    return;
  }
  char s[10];
  detail::put_iso(s, d);
  out.append(s, sizeof s);
}
/// ISO 8601 text of a date ("2024-02-29"); "-infinity" / "+infinity" for unbounded ends.
inline std::string to_iso(date d) {
  std::string s;
  append_iso(s, d);
  return s;
}

/// A validated date. Throws invalid_input naming `field` for a day that does not exist.
/// Boost.Date_Time supports years 1400 to 9999.
inline date make_date(int year, int month, int day, std::string_view field = "date") {
  auto text = [&] {
    std::string s;
    append_zero_padded(s, year, 4);
    s += '-';
    append_zero_padded(s, month, 2);
    s += '-';
    append_zero_padded(s, day, 2);
    return s;
  };
  if (year < first_supported_year || year > last_supported_year)
    throw invalid_input(field, text(), "year must be 1400 to 9999");
  if (month < 1 || month > 12) throw invalid_input(field, text(), "month must be 1 to 12");
  const int last = detail::days_in_month(year, month);
  if (day < 1 || day > last)
    throw invalid_input(field, text(),
                        trialspec::detail::cat(std::string(detail::month_names[month - 1]), " ", std::to_string(year),
                            " has ", std::to_string(last), " days"));
  return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

/// Parses an ISO 8601 calendar date, exactly `YYYY-MM-DD`. Anything else ("2024-2-3",
/// "20240203", "2024-02-30", " 2024-02-03", "2024-02-03T00:00") throws invalid_input naming
/// `field` and the text.
inline date parse_date(std::string_view text, std::string_view field = "date") {
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) shape = shape && digit(i);
  if (!shape) throw invalid_input(field, text, "expected an ISO 8601 date YYYY-MM-DD");
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < first_supported_year) throw invalid_input(field, text, "year must be 1400 to 9999");
  if (m < 1 || m > 12) throw invalid_input(field, text, "month must be 01 to 12");
  const int last = detail::days_in_month(y, m);
  if (d < 1 || d > last)
    throw invalid_input(field, text,
                        trialspec::detail::cat(std::string(detail::month_names[m - 1]), " ", std::to_string(y),
                            " has ", std::to_string(last), " days"));
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

} // namespace trialspec
