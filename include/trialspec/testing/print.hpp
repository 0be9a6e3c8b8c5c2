// trialspec/testing/print.hpp - lets Boost.Test print dates in failed assertions (as ISO 8601)
// without pulling Boost.Date_Time's stream I/O into the library.
#pragma once

#include <trialspec/calendar.hpp>

#include <ostream>

namespace boost::gregorian {
// Found by argument-dependent lookup by Boost.Test's printing (boost_test_print_type).
inline std::ostream& boost_test_print_type(std::ostream& os, const date& d) {
  return os << trialspec::to_iso(d);
}
} // namespace boost::gregorian
