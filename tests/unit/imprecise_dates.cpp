// Dates known only to the month or the year (calendar/partial_date.hpp) and the ages they give,
// with HL7 CQL's semantics: an imprecise date is the interval of days it could be, and a question
// is met or not met only when every possible day gives the same answer. Every expected value is
// worked out by hand from the calendar in the comment beside it.
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <trialspec/testing/print.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace trialspec;
namespace el = trialspec::eligibility;

namespace {
std::string rule_of(std::string_view text) {
  try {
    (void)parse_partial_date(text, "birth_date");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "birth_date");
    BOOST_TEST(e.value() == std::string(text));
    return e.rule();
  }
  return "(accepted)";
}
patient born(partial_date b) {
  patient p;
  p.id = "P";
  p.birth_date = b;
  return p;
}
const date screening(2014, 1, 5);
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_dates)

BOOST_AUTO_TEST_CASE(three_forms_read_as_the_days_they_can_be) {
  const partial_date y = parse_partial_date("1995");
  BOOST_TEST((y.precision() == date_precision::year));
  BOOST_TEST(y.earliest() == date(1995, 1, 1));
  BOOST_TEST(y.latest() == date(1995, 12, 31));
  BOOST_TEST(to_iso(y) == "1995");
  const partial_date m = parse_partial_date("2012-02"); // 2012 is a leap year: 29 days
  BOOST_TEST((m.precision() == date_precision::month));
  BOOST_TEST(m.earliest() == date(2012, 2, 1));
  BOOST_TEST(m.latest() == date(2012, 2, 29));
  BOOST_TEST(to_iso(m) == "2012-02");
  BOOST_TEST(parse_partial_date("2013-02").latest() == date(2013, 2, 28));
  const partial_date d = parse_partial_date("2013-03-14");
  BOOST_TEST(d.is_exact());
  BOOST_TEST(d.exact() == date(2013, 3, 14));
  BOOST_TEST(d.latest() == date(2013, 3, 14));
  BOOST_TEST(to_iso(d) == "2013-03-14");
  BOOST_TEST((partial_date(date(2013, 3, 14)) == d)); // a date converts to an exact partial_date
  BOOST_CHECK_THROW((void)y.exact(), std::logic_error);
}

BOOST_AUTO_TEST_CASE(anything_else_is_an_error_naming_field_and_text) {
  BOOST_TEST(rule_of("1995-13") == "month must be 01 to 12");
  BOOST_TEST(rule_of("1995-00") == "month must be 01 to 12");
  BOOST_TEST(rule_of("1399") == "year must be 1400 to 9999");
  BOOST_TEST(rule_of("1399-12") == "year must be 1400 to 9999");
  // 1400 is the first supported year, to the year and to the month.
  BOOST_TEST(parse_partial_date("1400").earliest() == date(1400, 1, 1));
  BOOST_TEST(parse_partial_date("1400-01").latest() == date(1400, 1, 31));
  BOOST_TEST(rule_of("2013-02-29") == "February 2013 has 28 days");
  // An early year in a text of another shape is a shape error, not a year error.
  for (const char* text : {"95", "1995-3", "19950", "1995-03-1", "1995/03", " 1995", "1995 ", "", "2013-03-04T10:00:00Z",
                           "13990", "1399-1", "1399/12"})
    BOOST_TEST(rule_of(text) == "expected an ISO 8601 date YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known",
               "text \"" << text << "\"");
}

BOOST_AUTO_TEST_CASE(age_ranges) {
  // Born "1995", on 2014-01-05: born 1995-01-01 is 19 (turned 19 on 2014-01-01), born 1995-12-31
  // is 18 (turns 19 on 2014-12-31).
  BOOST_TEST((age_range(parse_partial_date("1995"), screening) == age_span{18, 19}));
  // Born "1995-12": every day of December 1995 turns 19 in December 2014, after 2014-01-05: 18.
  BOOST_TEST((age_range(parse_partial_date("1995-12"), screening) == age_span{18, 18}));
  // Born "1995-01": 1995-01-05 turns 19 on 2014-01-05 (19), 1995-01-06 is still 18.
  BOOST_TEST((age_range(parse_partial_date("1995-01"), screening) == age_span{18, 19}));
  // Born "2014", on 2014-01-05: born 2014-01-01 is 0; a birth after the screening is age 0 at most.
  BOOST_TEST((age_range(parse_partial_date("2014"), screening) == age_span{0, 0}));
  // Wholly after the reference date: an error, as age_in_years gives for a day.
  BOOST_CHECK_THROW((void)age_range(parse_partial_date("2015"), screening), invalid_input);
}

BOOST_AUTO_TEST_CASE(comparisons_over_a_range) {
  using el::comparison;
  using el::compare_range;
  // Ages 18 or 19 against 18.
  BOOST_TEST(compare_range(comparison::greater_equal, 18, 19, 18) == truth::met);
  BOOST_TEST(compare_range(comparison::greater, 18, 19, 18) == truth::unknown);
  BOOST_TEST(compare_range(comparison::less, 18, 19, 18) == truth::not_met);
  BOOST_TEST(compare_range(comparison::less_equal, 18, 19, 18) == truth::unknown);
  BOOST_TEST(compare_range(comparison::less_equal, 18, 19, 19) == truth::met);
  BOOST_TEST(compare_range(comparison::equal, 18, 19, 18) == truth::unknown);
  BOOST_TEST(compare_range(comparison::equal, 18, 19, 20) == truth::not_met);
  BOOST_TEST(compare_range(comparison::not_equal, 18, 19, 17) == truth::met);
  BOOST_TEST(compare_range(comparison::not_equal, 18, 19, 19) == truth::unknown);
  // One value: the plain comparison. (compare_range also decides counts known to a range.)
  BOOST_TEST(compare_range(comparison::greater, 18, 18, 18) == truth::not_met);
  BOOST_TEST(compare_range(comparison::equal, 18, 18, 18) == truth::met);
  // Every operator with the threshold 5 at each end of the range, inside it and beside it.
  constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
  struct row {
    comparison op;
    long low, high;
    truth expected;
  };
  const row rows[] = {
      {comparison::greater_equal, 3, 5, U}, // 5 reaches 5, 3 does not
      {comparison::greater_equal, 5, 9, M}, {comparison::greater_equal, 3, 4, N},
      {comparison::greater_equal, 6, el::unbounded_count, M},
      {comparison::greater, 5, 7, U}, // 5 is not above 5, 7 is
      {comparison::greater, 3, 5, N}, {comparison::greater, 6, 7, M},
      {comparison::less, 4, 5, U}, // 4 is below 5, 5 is not
      {comparison::less, 5, 7, N}, {comparison::less, 3, 4, M},
      {comparison::less_equal, 5, 7, U}, // 5 is at most 5, 7 is not
      {comparison::less_equal, 6, 7, N}, {comparison::less_equal, 3, 5, M},
      {comparison::equal, 4, 5, U}, {comparison::equal, 5, 6, U}, // 5 is in either range
      {comparison::equal, 3, 4, N}, {comparison::equal, 6, 7, N}, {comparison::equal, 5, 5, M},
      {comparison::not_equal, 4, 5, U}, {comparison::not_equal, 5, 6, U},
      {comparison::not_equal, 3, 4, M}, {comparison::not_equal, 6, 7, M}, {comparison::not_equal, 5, 5, N}};
  for (const row& r : rows)
    BOOST_TEST((compare_range(r.op, r.low, r.high, 5) == r.expected), to_symbol(r.op) << " 5 over [" << r.low << ", " << r.high << "]");
}

BOOST_AUTO_TEST_CASE(age_criteria_with_a_year_of_birth) {
  const el::evaluation_context ctx{screening};
  // The issue's worked example: born "1995", on 2014-01-05 the person is 18 or 19.
  const patient p1995 = born(parse_partial_date("1995"));
  BOOST_TEST(el::age_at_least<18>{}.test(p1995, ctx) == truth::met);
  BOOST_TEST(el::age_above<18>{}.test(p1995, ctx) == truth::unknown);
  // Born "1990": 23 or 24, both above 18.
  const patient p1990 = born(parse_partial_date("1990"));
  BOOST_TEST(el::age_at_least<18>{}.test(p1990, ctx) == truth::met);
  BOOST_TEST(el::age_above<18>{}.test(p1990, ctx) == truth::met);
  // Born "1995-12": 18 on every day of the month, so "above 18" is decided: not met.
  BOOST_TEST(el::age_above<18>{}.test(born(parse_partial_date("1995-12")), ctx) == truth::not_met);
  // From 18 to 55: born "1958" is 55 (1958-12-31) or 56 (1958-01-01); born "1959" is 54 or 55.
  BOOST_TEST((el::age_between<18, 55>{}.test(born(parse_partial_date("1958")), ctx) == truth::unknown));
  BOOST_TEST((el::age_between<18, 55>{}.test(born(parse_partial_date("1959")), ctx) == truth::met));
  BOOST_TEST((el::age_between<18, 55>{}.test(born(parse_partial_date("1940")), ctx) == truth::not_met)); // 73 or 74

  // explain() agrees with test() and says what is known.
  const verdict met = checked(el::age_at_least<18>{}).evaluate(p1995, ctx);
  BOOST_TEST(met.value() == truth::met);
  BOOST_TEST(met.reason() == "age 18 or 19 on 2014-01-05 (born in 1995, month and day unknown) is at least 18");
  const verdict open = checked(el::age_above<18>{}).evaluate(p1995, ctx);
  BOOST_TEST(open.value() == truth::unknown);
  BOOST_TEST(open.reason() == "age 18 or 19 on 2014-01-05 (born in 1995, month and day unknown): above 18 depends on the birthday");
  const verdict not_met = checked(el::age_above<18>{}).evaluate(born(parse_partial_date("1995-12")), ctx);
  BOOST_TEST(not_met.value() == truth::not_met);
  BOOST_TEST(not_met.reason() == "age 18 on 2014-01-05 (born in 1995-12, day unknown) is not above 18");
  const verdict between = checked(el::age_between<18, 55>{}).evaluate(born(parse_partial_date("1958")), ctx);
  BOOST_TEST(between.value() == truth::unknown);
  BOOST_TEST(between.reason() == "age 55 or 56 on 2014-01-05 (born in 1958, month and day unknown): from 18 to 55 depends on the birthday");
  // A day-precise birth keeps its wording.
  BOOST_TEST(checked(el::age_above<18>{}).evaluate(born(date(1995, 1, 5)), ctx).reason() == "age 19 on 2014-01-05 (born 1995-01-05) is above 18");
}

BOOST_AUTO_TEST_CASE(a_history_complete_since_the_year_of_birth_proves_nothing_before_its_first_possible_day) {
  // Born "1995", relapse history complete since 1995-06-01: the person may have been born in
  // January, so the list does not cover the whole life, and "no relapse ever" stays unknown. With
  // a history complete since 1995-01-01 (the first day the birth can be) it is proven.
  patient p = born(parse_partial_date("1995"));
  p.relapses_recorded_since = date(1995, 6, 1);
  using none_ever = el::relapse_count<el::comparison::equal, 0, on_or_before_reference>;
  const el::evaluation_context ctx{screening};
  BOOST_TEST(none_ever{}.test(p, ctx) == truth::unknown);
  p.relapses_recorded_since = date(1995, 1, 1);
  BOOST_TEST(none_ever{}.test(p, ctx) == truth::met);
}

BOOST_AUTO_TEST_CASE(cohort_json_reads_and_writes_the_three_forms) {
  const auto cohort = io::parse_cohort(R"({"patients": [{"id": "A", "birth_date": "1995"}, {"id": "B", "birth_date": "1995-03"},
                                                         {"id": "C", "birth_date": "1995-03-14"}]})");
  BOOST_TEST(to_iso(*cohort[0].birth_date) == "1995");
  BOOST_TEST(to_iso(*cohort[1].birth_date) == "1995-03");
  BOOST_TEST(to_iso(*cohort[2].birth_date) == "1995-03-14");
  const std::string written = io::cohort_to_json(cohort).dump();
  BOOST_TEST(written.find("\"birth_date\":\"1995\"") != std::string::npos, written);
  BOOST_TEST(written.find("\"birth_date\":\"1995-03\"") != std::string::npos, written);
  const auto again = io::parse_cohort(written);
  BOOST_TEST((again[0].birth_date == cohort[0].birth_date && again[1].birth_date == cohort[1].birth_date));
  // Anything else names the patient, the key and the text.
  try {
    (void)io::parse_cohort(R"({"patients": [{"id": "A", "birth_date": "1995-13"}]})");
    BOOST_FAIL("no error");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()).find("birth_date \"1995-13\": month must be 01 to 12") != std::string::npos, e.what());
  }
}

BOOST_AUTO_TEST_SUITE_END()
