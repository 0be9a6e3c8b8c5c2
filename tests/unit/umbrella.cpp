// The umbrella header compiles on its own and brings in every module but testing/ and io/: one
// name from each. (cmake/compile_time.sh --umbrellas checks that each module's umbrella brings in
// every header of its folder.)
#include <trialspec/trialspec.hpp>

#include <boost/test/unit_test.hpp>

#include <type_traits>

BOOST_AUTO_TEST_SUITE(umbrella)

BOOST_AUTO_TEST_CASE(umbrella_header_brings_the_core) {
  BOOST_TEST(trialspec::to_iso(trialspec::parse_date("2024-01-31") + trialspec::months{1}) == "2024-02-29");
}

BOOST_AUTO_TEST_CASE(umbrella_header_brings_every_module) {
  using namespace trialspec;
  using namespace trialspec::literals;
  namespace nct = trialspec::protocols::nct02249676;
  // clinical, progression, diagnosis, eligibility
  static_assert(std::is_class_v<patient> && std::is_class_v<diagnosis::patient_with_history>);
  static_assert(CompleteThresholdTable<standard_thresholds>);
  static_assert(diagnosis::DiagnosticCriteria<diagnosis::nmo_2006>);
  static_assert(std::is_class_v<eligibility::definite_nmo_2006_met>);
  // rates: 0 events in 1 person-year, exact 95% upper limit -log(0.025) = 3.6888794541
  BOOST_TEST(rates::exact_poisson_interval(0, 1.0).upper == 3.6888794541, boost::test_tools::tolerance(1e-9));
  // protocol (generic, cell therapy, order sheet) and the bundled trial with its analysis
  using weekly = dose_schedule<route::oral, repeated<10_mg, weeks{1}, 2>>;
  BOOST_TEST(weekly::describe() == "10 mg PO weekly for 2 doses (weeks 0 and 1)");
  static_assert(cell_therapy::CellTherapyProtocol<nct::protocol<>>);
  static_assert(std::is_class_v<cell_therapy::order_sheet> && std::is_class_v<nct::safety_analysis>);
}

BOOST_AUTO_TEST_SUITE_END()
