// Premedication and infusion of the seed protocol as an order sheet for a weight and start time.
#include <trialspec/protocol/cell_therapy/order_sheet.hpp>
#include <trialspec/protocols/nct02249676.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>

using namespace trialspec;
using namespace trialspec::cell_therapy;
namespace seed = trialspec::protocols::nct02249676;

namespace {
date_time at(const char* day, int hour, int minute) {
  return date_time(parse_date(day), boost::posix_time::hours(hour) + boost::posix_time::minutes(minute));
}
order_sheet sheet(std::optional<double> weight, date_time start) {
  return make_order_sheet<seed::registry_dose, seed::premedication, seed::infusion>(weight, start);
}
} // namespace

BOOST_AUTO_TEST_SUITE(protocol_administration)

BOOST_AUTO_TEST_CASE(seed_plan_is_checked_at_compile_time) {
  static_assert(Premedication<seed::premedication>);
  static_assert(InfusionPlan<seed::infusion>);
  // The infusion cannot serve as premedication (it holds the cells, after minute 0), nor the
  // premedication as an infusion (no cells step).
  static_assert(!Premedication<seed::infusion>);
  static_assert(!InfusionPlan<seed::premedication>);
}

BOOST_AUTO_TEST_CASE(order_sheet_times_and_doses) {
  // Cells at 09:30: premedication 30 min earlier (09:00); cells 09:30-09:45; saline 4 h from 09:45
  // to 13:45. Dose 2.0e6 x 70 kg = 1.4e8 cells.
  const auto s = sheet(70.0, at("2014-03-03", 9, 30));
  BOOST_TEST_REQUIRE(s.lines.size() == 5u);
  BOOST_TEST(s.complete());
  const char* names[] = {"chlorpheniramine", "hydrocortisone", "metoclopramide", "autologous MSC", "normal saline"};
  const double amounts[] = {10, 100, 10, 1.4e8, 500};
  const route routes[] = {route::oral, route::intravenous, route::intramuscular, route::intravenous, route::intravenous};
  for (std::size_t i = 0; i < 5; ++i) {
    BOOST_TEST(s.lines[i].name == names[i]);
    BOOST_TEST(*s.lines[i].amount == amounts[i]);
    BOOST_TEST(s.lines[i].via == routes[i]);
  }
  for (std::size_t i = 0; i < 3; ++i) {
    BOOST_TEST(to_iso_minutes(s.lines[i].start) == "2014-03-03 09:00");
    BOOST_TEST(s.lines[i].start_minute == -30);
  }
  BOOST_TEST(to_iso_minutes(s.lines[3].start) == "2014-03-03 09:30");
  BOOST_TEST(to_iso_minutes(s.lines[3].end) == "2014-03-03 09:45");
  BOOST_TEST(to_iso_minutes(s.lines[4].start) == "2014-03-03 09:45");
  BOOST_TEST(to_iso_minutes(s.lines[4].end) == "2014-03-03 13:45");
  BOOST_TEST(s.render() ==
             "Order sheet: cells start 2014-03-03 09:30, body weight 70 kg\n"
             "  2014-03-03 09:00           chlorpheniramine 10 mg PO (30 min before cells)\n"
             "  2014-03-03 09:00           hydrocortisone 100 mg IV (30 min before cells)\n"
             "  2014-03-03 09:00           metoclopramide 10 mg IM (30 min before cells)\n"
             "  2014-03-03 09:30 to 09:45  autologous MSC 1.4 x 10^8 cells (2.0 x 10^6 cells/kg body weight x 70 kg) IV over 15 min\n"
             "  2014-03-03 09:45 to 13:45  normal saline 500 mL IV over 240 min\n");
}

BOOST_AUTO_TEST_CASE(order_sheet_across_midnight) {
  // Cells at 23:50: premedication 23:20; cells end 00:05 the next day; saline 00:05 to 04:05.
  const auto s = sheet(82.5, at("2014-02-28", 23, 50));
  BOOST_TEST(to_iso_minutes(s.lines[0].start) == "2014-02-28 23:20");
  BOOST_TEST(to_iso_minutes(s.lines[3].end) == "2014-03-01 00:05");
  BOOST_TEST(to_iso_minutes(s.lines[4].end) == "2014-03-01 04:05");
  // 2.0e6 x 82.5 = 1.65e8.
  BOOST_TEST(*s.lines[3].amount == 165'000'000.0);
}

BOOST_AUTO_TEST_CASE(missing_weight_leaves_the_cell_dose_open) {
  const auto s = sheet(std::nullopt, at("2014-03-03", 9, 30));
  BOOST_TEST(!s.complete());
  BOOST_TEST(!s.lines[3].amount.has_value());
  BOOST_TEST(s.lines[3].dose == "dose not computable: body weight not recorded (2.0 x 10^6 cells/kg body weight)");
  // The fixed dose needs no weight.
  const auto f = make_order_sheet<seed::publication_dose, seed::premedication, seed::infusion>(std::nullopt, at("2014-03-03", 9, 30));
  BOOST_TEST(f.complete());
  BOOST_TEST(f.lines[3].dose == "1.0 x 10^8 cells");
}

namespace {
std::vector<administration_record> chart_as_ordered() {
  return {{"chlorpheniramine", at("2014-03-03", 9, 0), std::nullopt, 10.0},
          {"hydrocortisone", at("2014-03-03", 9, 5), std::nullopt, 100.0},
          {"metoclopramide", at("2014-03-03", 9, 0), std::nullopt, std::nullopt},
          {"autologous MSC", at("2014-03-03", 9, 31), at("2014-03-03", 9, 47), 1.4e8},
          {"normal saline", at("2014-03-03", 9, 47), at("2014-03-03", 13, 40), 500.0}};
}
} // namespace

BOOST_AUTO_TEST_CASE(chart_checked_against_the_order_sheet) {
  const auto plan = sheet(70.0, at("2014-03-03", 9, 30));
  // Hydrocortisone 5 min late, cells 1 min late running 16 of 15 min, saline 233 of 240 min:
  // all within 10 minutes.
  auto chart = chart_as_ordered();
  const verdict ok = check_administration(plan, chart);
  BOOST_TEST(ok.value() == truth::met);
  BOOST_TEST(ok.children()[3].reason() ==
             "autologous MSC started 2014-03-03 09:31, planned 2014-03-03 09:30 (+1 min), ran 16 of 15 min, amount 1.4 x 10^8 cells as ordered");
  // On the tolerance: +10 is within it, +11 is not.
  chart[1].start = at("2014-03-03", 9, 10);
  BOOST_TEST(check_administration(plan, chart).value() == truth::met);
  chart[1].start = at("2014-03-03", 9, 11);
  const verdict late = check_administration(plan, chart);
  BOOST_TEST(late.value() == truth::not_met);
  BOOST_TEST(late.children()[1].reason() == "hydrocortisone started 2014-03-03 09:11, planned 2014-03-03 09:00 (+11 min), amount 100 mg as ordered");
  // A wrong cell dose: 1.2e8 instead of 2.0e6 x 70 = 1.4e8.
  chart = chart_as_ordered();
  chart[3].amount = 1.2e8;
  BOOST_TEST(check_administration(plan, chart).children()[3].value() == truth::not_met);
  // Saline not charted: undecided, not "fine".
  chart = chart_as_ordered();
  chart.pop_back();
  BOOST_TEST(check_administration(plan, chart).value() == truth::unknown);
  // Cells charted with an amount, but the order had no weight to compute it from.
  BOOST_TEST(check_administration(sheet(std::nullopt, at("2014-03-03", 9, 30)), chart_as_ordered()).children()[3].value() ==
             truth::unknown);
  BOOST_CHECK_THROW(check_administration(plan, chart, -1), invalid_input);
}

BOOST_AUTO_TEST_CASE(bad_input) {
  BOOST_CHECK_THROW(sheet(300.0, at("2014-03-03", 9, 30)), invalid_input);
  BOOST_CHECK_THROW(sheet(70.0, date_time(boost::posix_time::not_a_date_time)), invalid_input);
}

BOOST_AUTO_TEST_SUITE_END()
