// trialspec/testing/print.hpp - lets Boost.Test print dates and partial dates in failed assertions (as ISO 8601)
// without pulling Boost.Date_Time's stream I/O into the library.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/calendar/partial_date.hpp>

#include <ostream>

namespace boost::gregorian {
// Found by argument-dependent lookup by Boost.Test's printing (boost_test_print_type).
inline std::ostream& boost_test_print_type(std::ostream& os, const date& d) {
  return os << trialspec::to_iso(d);
}
} // namespace boost::gregorian

namespace trialspec {
/// A partial_date as written: "1995", "2013-03" or "2013-03-14".
inline std::ostream& boost_test_print_type(std::ostream& os, const partial_date& d) { return os << to_iso(d); }
} // namespace trialspec
