// For the tests: the error the library's cohort reader gives for one patient object.
#pragma once

#include <trialspec/io/cohort_json.hpp>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <vector>

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

/// A patient object the reader must refuse, with the key path, the text and the start of the rule
/// its error must name.
struct reader_error_case {
  std::string body, key, value, rule_start;
};

/// Checks every case: io::parse_patient refuses its body with that key, value and rule.
inline void check_reader_errors(const std::vector<reader_error_case>& cases) {
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.body) {
      const auto e = bad_patient(c.body);
      BOOST_TEST(e.key() == c.key);
      BOOST_TEST(e.value() == c.value);
      BOOST_TEST(e.rule().starts_with(c.rule_start), e.rule());
    }
  }
}

/// Checks that `act` throws trialspec::invalid_input naming `field` and `value` (the test fails
/// when it throws none): an export or a record refusing a value.
template <class Act> void check_refused(Act&& act, const std::string& field, const std::string& value) {
  try {
    act();
  } catch (const trialspec::invalid_input& e) {
    BOOST_TEST(e.field() == field);
    BOOST_TEST(e.value() == value);
    return;
  }
  BOOST_FAIL("no invalid_input naming " << field << " \"" << value << "\"");
}

} // namespace trialspec_test
