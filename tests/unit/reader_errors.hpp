// For the tests: the error the library's cohort reader gives for one patient object.
#pragma once

#include <trialspec/io/cohort_json.hpp>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>

namespace trialspec_test {

/// The cohort_format_error io::parse_patient throws for `body` (the test fails when it throws none).
inline trialspec::io::cohort_format_error bad_patient(const std::string& body) {
  try {
    (void)trialspec::io::parse_patient(body, 0);
  } catch (const trialspec::io::cohort_format_error& e) {
    return e;
  }
  BOOST_FAIL("no error for " << body);
  throw std::logic_error("unreachable");
}

} // namespace trialspec_test
