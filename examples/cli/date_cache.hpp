// date_cache: dates read from text: plain_iso_date, computed from the ten bytes YYYY-MM-DD (the JSON
// Lines reader), and date_cache, remembered by those bytes (the tool's other readers).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/calendar/detail/civil.hpp>
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#ifndef TRIALSPEC_CLI_DATE_CACHE_SLOTS
#define TRIALSPEC_CLI_DATE_CACHE_SLOTS (std::size_t{1} << 13)
#endif

namespace trialspec_cli {

/// The date `s` spells when trialspec::parse_date accepts it (exactly YYYY-MM-DD, a year from
/// 1400, a month 01 to 12, a day of that month), computed from its digits with no cache, no
/// allocation and no exception; nullopt for every text parse_date refuses (parse_date then names
/// the error). For readers of many dates: a lookup in a table of dates read before (date_cache)
/// misses the processor's caches more often than these few operations take.
inline std::optional<trialspec::date> plain_iso_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  bool bad = false;
  const auto digit = [&](std::size_t i) {
    const unsigned v = static_cast<unsigned>(static_cast<unsigned char>(s[i])) - unsigned{'0'}; // a non-digit wraps above 9
    bad |= v > 9;
    return static_cast<int>(v);
  };
  const int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const int m = digit(5) * 10 + digit(6);
  const int d = digit(8) * 10 + digit(9);
  if (bad || y < trialspec::first_supported_year || m < 1 || m > 12 || d < 1) return std::nullopt;
  // The month's length, here rather than by a call to detail::days_in_month, which g++ 12 -O3 did
  // not inline.
  static constexpr int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; // static: not copied to the stack at each call
  const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  if (d > month_days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
  return trialspec::detail::date_from_civil(y, m, d);
}

/// Dates read from text, remembering those accepted by their ten bytes: a large file repeats a
/// few thousand dates, and a date read once need not be validated and converted again. Only text
/// of ten bytes is looked up (an ISO date YYYY-MM-DD has ten); everything else, and every text not
/// seen before, goes to the parse function, whose result is kept and whose exceptions pass
/// unchanged: a text is found only when the same bytes were accepted before. One per reader: a
/// cache of a pure function. TRIALSPEC_CLI_DATE_CACHE_SLOTS sets the number of slots (8192; the
/// fuzz targets use 4, so that dates meet in one slot and replace one another, and no 128 KiB
/// table is cleared for each input).
class date_cache {
public:
  /// trialspec::parse_date(s, field), remembered.
  trialspec::date operator()(std::string_view s, std::string_view field) {
    return get(s, [&] { return trialspec::parse_date(s, field); });
  }
  /// parse() for `s`, remembered: parse must return the date written `s` or throw.
  template <class Parse> trialspec::date get(std::string_view s, Parse&& parse) {
    if (s.size() != 10) return parse();
    std::uint64_t head = 0; // bytes 0 to 7
    std::uint16_t tail = 0; // bytes 8 and 9
    std::memcpy(&head, s.data(), 8);
    std::memcpy(&tail, s.data() + 8, 2);
    // An empty slot's tail has the bit 16 clear, a used one's set: ten zero bytes are never
    // taken for the empty slot's date.
    const std::uint32_t marked = std::uint32_t{tail} | (std::uint32_t{1} << 16);
    // The slot from the number YYYYMMDD (plus a constant: the bytes are taken as they are), so
    // that the dates of a few years, near one another, spread over the slots without meeting.
    std::uint32_t n = 0;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) n = n * 10 + static_cast<unsigned char>(s[i]);
    auto& slot = slots_[((n * 2654435761u) >> 19) % size];
    if (slot.head == head && slot.tail == marked) return slot.value;
    const trialspec::date d = parse();
    slot.head = head;
    slot.tail = marked;
    slot.value = d;
    return d;
  }

private:
  struct slot {
    std::uint64_t head = 0;
    std::uint32_t tail = 0;
    trialspec::date value{};
  };
  static constexpr std::size_t size = TRIALSPEC_CLI_DATE_CACHE_SLOTS;
  static_assert(size >= 1, "TRIALSPEC_CLI_DATE_CACHE_SLOTS must be at least 1");
  std::vector<slot> slots_ = std::vector<slot>(size);
};

/// A date that may be known to the day, the month or the year (YYYY-MM-DD, YYYY-MM or YYYY):
/// `dates` for ten bytes, trialspec::parse_partial_date otherwise (which names `field` and the
/// text it refuses).
inline trialspec::partial_date partial_date_of(date_cache& dates, std::string_view s, std::string_view field) {
  if (s.size() == 10) return dates(s, field);
  return trialspec::parse_partial_date(s, field);
}

/// A date that must be known to the day: `dates` for ten bytes; a month or a year, which the
/// readers of records accept, is refused with `why` (the use that needs the day), and any other
/// text with parse_partial_date's rule.
inline trialspec::date day_needed(date_cache& dates, std::string_view s, std::string_view field, std::string_view why) {
  if (s.size() == 10) return dates(s, field);
  const trialspec::partial_date d = trialspec::parse_partial_date(s, field);
  throw trialspec::invalid_input(
      field, s, trialspec::detail::cat(d.precision() == trialspec::date_precision::month ? "known to the month only: "
                                                                                         : "known to the year only: ",
                                       why, " (YYYY-MM-DD)"));
}

} // namespace trialspec_cli
