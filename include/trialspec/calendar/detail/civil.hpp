// trialspec/calendar/detail/civil.hpp - day numbers to and from year, month and day, and the
// month lengths, on plain integers.
#pragma once

#include <trialspec/calendar/date.hpp>

#include <cstdint>

namespace trialspec::detail {

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) noexcept {
  constexpr int table[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : table[m - 1];
}
inline constexpr const char* month_names[12] = {"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
/// A calendar date as plain numbers. Day numbers are Boost's (the Julian Day Number). Month
/// arithmetic, age and ISO text use these conversions instead of date::year_month_day() and the
/// checked date(y, m, d) constructor, whose range checks are repeated work here: every date
/// handled is already valid (years 1400 to 9999).
struct civil_date {
  int year;
  int month;
  int day;
};
/// Day number to year, month, day by the algorithm of Neri and Schneider ("Euclidean affine
/// functions and their application to calendar algorithms", Software: Practice and Experience,
/// 2023): multiplications and shifts only, on a computational calendar whose years start on
/// 1 March (so that the leap day is the last day of a year). `jdn` must be on or after
/// 0000-03-01 (JDN 1721120), which every supported date is.
constexpr civil_date civil_from_day_number(long jdn) noexcept {
  const auto n = static_cast<std::uint32_t>(jdn - 1721120); // days since 0000-03-01
  // Century, and the day within it.
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146097;
  const std::uint32_t day_of_century = n1 % 146097 / 4;
  // Year of the century, and the day within it.
  const std::uint64_t p2 = std::uint64_t{2939745} * (4 * day_of_century + 3);
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2939745 / 4;
  // Month (3 = March .. 14 = February) and day, from the day of the year.
  const std::uint32_t n3 = 2141 * day_of_year + 197913;
  const std::uint32_t month = n3 >> 16;
  const std::uint32_t day = (n3 & 0xFFFF) / 2141;
  // January and February (days 306 on) belong to the next Gregorian year.
  const std::uint32_t next_year = day_of_year >= 306 ? 1 : 0;
  return {static_cast<int>(100 * century + year_of_century + next_year),
          static_cast<int>(next_year ? month - 12 : month), static_cast<int>(day + 1)};
}
/// Year, month, day to day number: the integer formula of Fliegel and Van Flandern, "A machine
/// algorithm for processing calendar dates", Commun. ACM 11(10):657, 1968.
constexpr long day_number_from_civil(long year, long month, long day) noexcept {
  const long a = (month - 14) / 12; // -1 for January and February, else 0
  return day - 32075 + 1461 * (year + 4800 + a) / 4 + 367 * (month - 2 - a * 12) / 12 -
         3 * ((year + 4900 + a) / 100) / 4;
}
/// The day numbers of the first and last supported days, 1400-01-01 and 9999-12-31.
inline constexpr long first_supported_day_number = day_number_from_civil(first_supported_year, 1, 1);
inline constexpr long last_supported_day_number = day_number_from_civil(last_supported_year, 12, 31);

inline civil_date civil_of(date d) noexcept { return civil_from_day_number(static_cast<long>(d.day_number())); }
inline date date_from_civil(long year, long month, long day) noexcept {
  return date(static_cast<date::date_int_type>(day_number_from_civil(year, month, day)));
}

} // namespace trialspec::detail
