// The tool's SVG writer (examples/cli/svg_writer.hpp): escaping of text from the data, numbers,
// nesting, and the axis step. Expected values are written out by hand.
#define BOOST_TEST_MODULE svg_writer
#include "svg_writer.hpp"

#include <boost/test/unit_test.hpp>

#include <locale>
#include <stdexcept>
#include <string>

namespace svg = trialspec_cli::svg;

BOOST_AUTO_TEST_CASE(markup_characters_become_entities) {
  BOOST_TEST(svg::escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  BOOST_TEST(svg::escaped("]]><!--") == "]]&gt;&lt;!--");
  // Tab, line feed and carriage return stay what they are, also inside attribute values.
  BOOST_TEST(svg::escaped("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
}

BOOST_AUTO_TEST_CASE(characters_xml_forbids_become_the_replacement_character) {
  const std::string fffd = "\xEF\xBF\xBD";
  // Other C0 controls (U+0001, U+001F) have no place in XML 1.0, not even as references.
  BOOST_TEST(svg::escaped(std::string("a\x01" "b\x1F", 4)) == "a" + fffd + "b" + fffd);
  BOOST_TEST(svg::escaped(std::string("a\0b", 3)) == "a" + fffd + "b");
  // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either; U+FFFD itself stays.
  BOOST_TEST(svg::escaped("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "x" + fffd + "y" + fffd + "z");
  BOOST_TEST(svg::escaped(fffd) == fffd);
  // Valid UTF-8 passes unchanged (é is C3 A9, the euro sign E2 82 AC).
  BOOST_TEST(svg::escaped("Ren\xC3\xA9 \xE2\x82\xAC") == "Ren\xC3\xA9 \xE2\x82\xAC");
  // Text that is not UTF-8 (Latin-1 é is E9 alone): each byte from 0x80 up is replaced.
  BOOST_TEST(svg::escaped("Ren\xE9") == "Ren" + fffd);
}

BOOST_AUTO_TEST_CASE(numbers_are_rounded_and_trimmed) {
  BOOST_TEST(svg::num(12.5) == "12.5");
  BOOST_TEST(svg::num(3.0) == "3");
  BOOST_TEST(svg::num(0.1 + 0.2) == "0.3");
  BOOST_TEST(svg::num(2.0 / 3.0) == "0.67");
  BOOST_TEST(svg::num(-0.25) == "-0.25");
  BOOST_TEST(svg::num(-0.001) == "0"); // rounds to -0.00: written 0
  BOOST_TEST(svg::num(1234567.0) == "1234567");
  BOOST_TEST(svg::num(95.0, 6) == "95");
  BOOST_TEST(svg::num(0.125, 6) == "0.125");
}

// A global C++ locale with a decimal comma and digit grouping (as de_DE has) changes what an
// ostringstream writes; the writer's numbers do not change.
struct comma_numbers : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

BOOST_AUTO_TEST_CASE(numbers_ignore_the_locale) {
  const std::locale previous = std::locale::global(std::locale(std::locale::classic(), new comma_numbers));
  const std::string a = svg::num(1234.5), b = svg::attr("x", 0.75).value;
  std::locale::global(previous);
  BOOST_TEST(a == "1234.5");
  BOOST_TEST(b == "0.75");
}

BOOST_AUTO_TEST_CASE(elements_nest_and_attributes_are_escaped) {
  svg::writer w;
  w.open("g", {{"class", "x"}, {"data-id", "<1>"}});
  w.element("text", {{"x", 1.5}, {"y", 2}}, "a & b");
  w.leaf("path", {{"d", svg::path().M(0, 0).H(10).V(5).Z()}});
  w.close();
  BOOST_TEST(w.str() ==
             "<g class=\"x\" data-id=\"&lt;1&gt;\">\n"
             "<text x=\"1.5\" y=\"2\">a &amp; b</text>\n"
             "<path d=\"M0,0H10V5Z\"/>\n"
             "</g>\n");
}

BOOST_AUTO_TEST_CASE(unbalanced_elements_are_refused) {
  svg::writer open_one;
  open_one.open("g");
  BOOST_CHECK_THROW((void)open_one.str(), std::logic_error);
  svg::writer none;
  BOOST_CHECK_THROW(none.close(), std::logic_error);
}

BOOST_AUTO_TEST_CASE(marker_shapes) {
  // A square of half-size 2 around (10, 20): corners 8..12, 18..22.
  BOOST_TEST(svg::marker_path(svg::shape::square, 10, 20, 2) == "M8,18H12V22H8Z");
  // A plus: horizontal then vertical stroke.
  BOOST_TEST(svg::marker_path(svg::shape::plus, 10, 20, 2) == "M8,20H12M10,18V22");
}

BOOST_AUTO_TEST_CASE(axis_steps_are_1_2_or_5_times_a_power_of_ten) {
  // About 6 ticks: 366 days / 6 = 61 -> 100; 1000 / 6 = 167 -> 200; 30 / 6 = 5 -> 5;
  // 3 / 6 = 0.5 -> 0.5; 59 / 6 = 9.8 -> 10; 7 / 6 = 1.17 -> 2.
  BOOST_TEST(svg::nice_step(366) == 100.0);
  BOOST_TEST(svg::nice_step(1000) == 200.0);
  BOOST_TEST(svg::nice_step(30) == 5.0);
  BOOST_TEST(svg::nice_step(3) == 0.5);
  BOOST_TEST(svg::nice_step(59) == 10.0);
  BOOST_TEST(svg::nice_step(7) == 2.0);
}
