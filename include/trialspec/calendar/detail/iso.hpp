// trialspec/calendar/detail/iso.hpp - the digits of ISO 8601 dates, written without allocating.
#pragma once

#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/detail/civil.hpp>

#include <string_view>

namespace trialspec::detail {

/// "00" to "99", two characters per number.
inline constexpr char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                      "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
                                      "81828384858687888990919293949596979899";
inline void put_pair(char* at, int v) noexcept {
  at[0] = digit_pairs[2 * v];
  at[1] = digit_pairs[2 * v + 1];
}
/// Writes a day of the supported range (not a special value) as YYYY-MM-DD into at[0..9]; the
/// year has four digits in that range.
inline void put_iso(char* at, date d) noexcept {
  const auto c = civil_of(d);
  put_pair(at, c.year / 100);
  put_pair(at + 2, c.year % 100);
  at[4] = '-';
  put_pair(at + 5, c.month);
  at[7] = '-';
  put_pair(at + 8, c.day);
}
inline std::string_view special_date_text(date d) noexcept {
  return d.is_neg_infinity() ? "-infinity" : d.is_pos_infinity() ? "+infinity" : "not-a-date";
}

} // namespace trialspec::detail
