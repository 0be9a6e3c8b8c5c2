// trialspec/calendar/interval.hpp - closed date intervals [first, last], either end possibly
// unbounded, and person-time over them.
#pragma once

#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/text.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <ostream>
#include <string>

namespace trialspec {

/// A closed interval [first, last] of dates. Either end may be unbounded (Boost's -infinity /
/// +infinity special values). Construction rejects last < first.
class date_interval {
public:
  date_interval(date first, date last) : first_(first), last_(last) {
    if (first.is_not_a_date() || last.is_not_a_date())
      throw invalid_input("interval", trialspec::detail::cat(to_iso(first), "..", to_iso(last)), "both ends must be dates");
    if (last < first)
      throw invalid_input("interval", trialspec::detail::cat(to_iso(first), "..", to_iso(last)),
                          "the end is before the start");
  }
  static date_interval from(date first) { return {first, date(boost::date_time::pos_infin)}; }
  static date_interval until(date last) { return {date(boost::date_time::neg_infin), last}; }

  [[nodiscard]] date first() const noexcept { return first_; }
  [[nodiscard]] date last() const noexcept { return last_; }
  [[nodiscard]] bool contains(date d) const noexcept { return first_ <= d && d <= last_; }
  [[nodiscard]] bool bounded() const noexcept { return !first_.is_special() && !last_.is_special(); }
  /// last - first in days; 0 for a single day. Throws for an unbounded interval.
  [[nodiscard]] long length_in_days() const {
    if (!bounded()) throw invalid_input("interval", to_string(), "an unbounded interval has no length");
    return (last_ - first_).days();
  }
  /// "2024-01-01..2024-06-30"
  [[nodiscard]] std::string to_string() const { return trialspec::detail::cat(to_iso(first_), "..", to_iso(last_)); }

  friend bool operator==(const date_interval&, const date_interval&) = default;
  friend std::ostream& operator<<(std::ostream& os, const date_interval& i) { return os << i.to_string(); }

private:
  date first_;
  date last_;
};

/// Person-time in years over a closed interval: (last - first) days / 365.25.
inline double person_years(const date_interval& i) {
  return static_cast<double>(i.length_in_days()) / 365.25;
}

} // namespace trialspec
