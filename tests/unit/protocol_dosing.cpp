// Dosing: per-kilogram and fixed cell doses, the plausible weight range, missing weight.
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/protocol/cell_therapy/cell_dose.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <optional>
#include <string>

using namespace trialspec;
using namespace trialspec::cell_therapy;

namespace {
using registry_dose = per_kilogram_dose<2'000'000>;
using publication_dose = fixed_cell_dose<100'000'000>;

bool names_weight(const invalid_input& e) { return e.field() == "body weight"; }
} // namespace

BOOST_AUTO_TEST_SUITE(protocol_dosing)

BOOST_AUTO_TEST_CASE(per_kilogram_total) {
  // 2.0e6 cells/kg x 70 kg = 1.4e8 cells.
  const auto d = registry_dose::total(std::optional<double>(70.0));
  BOOST_TEST_REQUIRE(d.has_value());
  BOOST_TEST(d->cells == 140'000'000.0);
  BOOST_TEST(d->to_string() == "1.4 x 10^8 cells");
  // 2.0e6 x 70.5 = 1.41e8; 2.0e6 x 70.65 = 1.413e8.
  BOOST_TEST(registry_dose::total(body_weight(70.5)).to_string() == "1.41 x 10^8 cells");
  BOOST_TEST(registry_dose::total(body_weight(70.65)).cells == 141'300'000.0);
  BOOST_TEST(registry_dose::total(body_weight(70.65)).to_string() == "1.413 x 10^8 cells");
  BOOST_TEST(registry_dose::describe() == "2.0 x 10^6 cells/kg body weight");
}

BOOST_AUTO_TEST_CASE(weight_range_boundaries) {
  // On the edges: 20 kg -> 4.0e7, 250 kg -> 5.0e8.
  BOOST_TEST(registry_dose::total(std::optional<double>(20.0))->to_string() == "4.0 x 10^7 cells");
  BOOST_TEST(registry_dose::total(std::optional<double>(250.0))->to_string() == "5.0 x 10^8 cells");
  // Just outside, zero, negative, NaN, and a weight in grams: rejected, naming the weight.
  for (double w : {19.99, 250.01, 0.0, -70.0, 70000.0, std::nan("")})
    BOOST_CHECK_EXCEPTION(registry_dose::total(std::optional<double>(w)), invalid_input, names_weight);
  try {
    body_weight(19.5);
    BOOST_FAIL("19.5 kg accepted");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.value() == "19.5 kg");
    BOOST_TEST(std::string(e.what()).find("between 20 and 250 kg") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(missing_weight_gives_no_dose) {
  BOOST_TEST(!registry_dose::total(std::optional<double>{}).has_value());
}

BOOST_AUTO_TEST_CASE(fixed_dose_needs_no_weight) {
  BOOST_TEST(publication_dose::total(std::optional<double>{})->cells == 100'000'000.0);
  BOOST_TEST(publication_dose::total(std::optional<double>(45.0))->to_string() == "1.0 x 10^8 cells");
  BOOST_TEST(publication_dose::describe() == "1.0 x 10^8 cells (fixed dose)");
  static_assert(!publication_dose::needs_weight && registry_dose::needs_weight);
  static_assert(CellDose<registry_dose> && CellDose<publication_dose>);
}

BOOST_AUTO_TEST_SUITE_END()
