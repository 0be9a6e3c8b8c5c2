// The EDSS score type: the 20 valid values, parsing and conversion, printing, ordering, and
// differences in half steps.
#include <trialspec/edss.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>

namespace {
// The scale written out by hand (Kurtzke 1983): no 0.5.
constexpr std::array<std::string_view, 20> scale_text{"0.0", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5",
                                                      "4.0", "4.5", "5.0", "5.5", "6.0", "6.5", "7.0",
                                                      "7.5", "8.0", "8.5", "9.0", "9.5", "10.0"};
constexpr std::array<double, 20> scale_value{0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0,
                                             5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0};
constexpr std::array<int, 20> scale_half_steps{0,  2,  3,  4,  5,  6,  7,  8,  9,  10,
                                               11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

template <class F> void check_rejected(F&& f, std::string_view value) {
  try {
    f();
    BOOST_ERROR("accepted an invalid EDSS: " << value);
  } catch (const trialspec::invalid_input& e) {
    BOOST_TEST(e.field() == "EDSS");
    BOOST_TEST(e.value() == std::string(value));
    BOOST_TEST(e.rule().find("0.5 does not exist") != std::string::npos);
  }
}
} // namespace

BOOST_AUTO_TEST_SUITE(edss)
using trialspec::edss; // the suite's namespace has the same name as the type
using trialspec::edss_change;
using trialspec::invalid_input;
using namespace trialspec::literals;

BOOST_AUTO_TEST_CASE(every_valid_value_round_trips) {
  BOOST_TEST(trialspec::edss_scale_size == 20);
  for (int i = 0; i < 20; ++i) {
    const auto idx = static_cast<std::size_t>(i);
    const edss e = trialspec::edss_at(i);
    BOOST_TEST(e.half_steps() == scale_half_steps[idx]);
    BOOST_TEST(e.value() == scale_value[idx]);
    BOOST_TEST(e.to_string() == scale_text[idx]);
    BOOST_TEST(edss::parse(scale_text[idx]) == e);
    BOOST_TEST(edss::from_double(scale_value[idx]) == e);
    BOOST_TEST(edss::from_half_steps(scale_half_steps[idx]) == e);
    BOOST_TEST(edss::valid_half_steps(scale_half_steps[idx]));
    std::ostringstream os;
    os << e;
    BOOST_TEST(os.str() == scale_text[idx]);
  }
}

BOOST_AUTO_TEST_CASE(half_steps_outside_the_scale_are_rejected) {
  for (int h : {-2, -1, 1, 21, 22, 100}) {
    BOOST_TEST(!edss::valid_half_steps(h));
    BOOST_CHECK_THROW(edss::from_half_steps(h), invalid_input);
  }
  BOOST_CHECK_THROW(trialspec::edss_at(20), invalid_input);
  BOOST_CHECK_THROW(trialspec::edss_at(-1), invalid_input);
}

BOOST_AUTO_TEST_CASE(from_double_rejects_values_not_on_the_scale) {
  check_rejected([] { (void)edss::from_double(0.5); }, "0.5");
  check_rejected([] { (void)edss::from_double(3.25); }, "3.25");
  check_rejected([] { (void)edss::from_double(-1.0); }, "-1");
  check_rejected([] { (void)edss::from_double(10.5); }, "10.5");
  check_rejected([] { (void)edss::from_double(-0.5); }, "-0.5");
  check_rejected([] { (void)edss::from_double(4.4); }, "4.4");
  check_rejected([] { (void)edss::from_double(std::numeric_limits<double>::quiet_NaN()); }, "NaN");
  BOOST_CHECK_THROW(edss::from_double(std::numeric_limits<double>::infinity()), invalid_input);
  BOOST_CHECK_THROW(edss::from_double(1e300), invalid_input);
  // The value is echoed as the shortest text that reads back as it: a value just off the scale is
  // not shown as the score it missed, and a huge one is not 301 digits long.
  check_rejected([] { (void)edss::from_double(4.5000001); }, "4.5000001");
  check_rejected([] { (void)edss::from_double(1e300); }, "1e+300");
  check_rejected([] { (void)edss::from_double(std::numeric_limits<double>::infinity()); }, "inf");
  BOOST_TEST(edss::from_double(4.0).to_string() == "4.0");
}

BOOST_AUTO_TEST_CASE(parse_accepts_recorded_forms) {
  BOOST_TEST(edss::parse("4").half_steps() == 8);
  BOOST_TEST(edss::parse("4.0").half_steps() == 8);
  BOOST_TEST(edss::parse("4.5").half_steps() == 9);
  BOOST_TEST(edss::parse("4.50").half_steps() == 9);
  BOOST_TEST(edss::parse("0").half_steps() == 0);
  BOOST_TEST(edss::parse("10").half_steps() == 20);
  BOOST_TEST(edss::parse("10.0").half_steps() == 20);
}

BOOST_AUTO_TEST_CASE(parse_rejects_malformed_or_invalid_text) {
  for (std::string_view bad : {"4,5", "abc", "0.5", "3.25", "-1", "10.5", "", " 4.5", "4.5 ", "4.",
                               ".5", "4.55", "4.05", "11", "100", "4.5x", "1e1", "nan", "+4",
                               "4.5.0", "000000"}) {
    check_rejected([bad] { (void)edss::parse(bad); }, bad);
  }
}

BOOST_AUTO_TEST_CASE(message_names_field_value_and_rule) {
  try {
    (void)edss::parse("4,5");
    BOOST_ERROR("accepted 4,5");
  } catch (const std::invalid_argument& e) { // invalid_input is an invalid_argument
    BOOST_TEST(std::string(e.what()) ==
               "EDSS \"4,5\": an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5 (0.5 does not exist)");
  }
}

BOOST_AUTO_TEST_CASE(ordering_follows_the_scale) {
  BOOST_TEST((0_edss < 1.0_edss));
  BOOST_TEST((1.0_edss < 1.5_edss));
  BOOST_TEST((9.5_edss < 10_edss));
  BOOST_TEST((4.5_edss == edss::parse("4.5")));
  BOOST_TEST((5.0_edss != 5.5_edss));
  BOOST_TEST((6_edss >= 6.0_edss));
  for (int i = 1; i < 20; ++i) BOOST_TEST((trialspec::edss_at(i - 1) < trialspec::edss_at(i)));
}

BOOST_AUTO_TEST_CASE(next_and_previous_skip_the_missing_half) {
  BOOST_TEST(0_edss .next() == 1.0_edss);
  BOOST_TEST(1.0_edss .previous() == 0_edss);
  BOOST_TEST(0_edss .previous() == 0_edss);
  BOOST_TEST(9.5_edss .next() == 10_edss);
  BOOST_TEST(10_edss .next() == 10_edss);
  BOOST_TEST(4.5_edss .next() == 5.0_edss);
  BOOST_TEST(4.5_edss .previous() == 4.0_edss);
}

BOOST_AUTO_TEST_CASE(differences_are_counted_in_half_steps) {
  // 5.5 - 4.5 = +1.0 = 2 half steps.
  BOOST_TEST((5.5_edss - 4.5_edss).half_steps() == 2);
  BOOST_TEST((5.5_edss - 4.5_edss).to_string() == "+1.0");
  // From 0 to 1.0 is +1.0 (2 half steps): 0.5 does not exist, but the distance is still 1.0.
  BOOST_TEST((1.0_edss - 0_edss).half_steps() == 2);
  BOOST_TEST((0_edss - 1.5_edss).to_string() == "-1.5");
  BOOST_TEST((6.0_edss - 6.5_edss).to_string() == "-0.5");
  BOOST_TEST((3.0_edss - 3.0_edss).to_string() == "0.0");
  BOOST_TEST((10_edss - 0_edss).half_steps() == 20);
  BOOST_TEST((10_edss - 0_edss).points() == 10.0);
  BOOST_TEST((-(5.5_edss - 4.5_edss)).half_steps() == -2);
  BOOST_TEST(((5.5_edss - 4.5_edss) > (5.0_edss - 4.5_edss)));
  std::ostringstream os;
  os << (2.0_edss - 4.5_edss);
  BOOST_TEST(os.str() == "-2.5");
}

BOOST_AUTO_TEST_CASE(changes_from_points_must_be_half_multiples) {
  BOOST_TEST(edss_change::points(1.5).half_steps() == 3);
  BOOST_TEST(edss_change::points(-0.5).half_steps() == -1);
  BOOST_TEST(edss_change::points(0.0).half_steps() == 0);
  BOOST_TEST(edss_change::points(10.0).half_steps() == 20);
  BOOST_CHECK_THROW(edss_change::points(0.25), invalid_input);
  BOOST_CHECK_THROW(edss_change::points(10.5), invalid_input);
  BOOST_CHECK_THROW(edss_change::points(-10.5), invalid_input);
  BOOST_CHECK_THROW(edss_change::points(1e300), invalid_input);
  BOOST_CHECK_THROW(edss_change::points(std::numeric_limits<double>::quiet_NaN()), invalid_input);
  BOOST_CHECK_THROW(edss_change(21), invalid_input);
  BOOST_CHECK_THROW(edss_change(-21), invalid_input);
  BOOST_TEST(edss_change(-20).to_string() == "-10.0");
  BOOST_TEST(edss_change().half_steps() == 0);
}

BOOST_AUTO_TEST_CASE(literals_match_parsing) {
  BOOST_TEST(4.5_edss == edss::parse("4.5"));
  BOOST_TEST(10_edss == edss::parse("10.0"));
  BOOST_TEST(10.0_edss == edss::parse("10"));
  BOOST_TEST(1.0_edss .to_string() == "1.0");
}

BOOST_AUTO_TEST_CASE(assessment_pairs_a_date_and_a_score) {
  const trialspec::edss_assessment a{trialspec::parse_date("2014-01-05"), 3.0_edss};
  const trialspec::edss_assessment b{trialspec::parse_date("2014-01-05"), 3.5_edss};
  BOOST_TEST(a.on == trialspec::parse_date("2014-01-05"));
  BOOST_TEST((a == a));
  BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_SUITE_END()
