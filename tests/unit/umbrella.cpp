// The umbrella header compiles on its own and brings in the core.
#include <trialspec/trialspec.hpp>

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(umbrella)
BOOST_AUTO_TEST_CASE(umbrella_header_brings_the_core) {
  BOOST_TEST(trialspec::to_iso(trialspec::parse_date("2024-01-31") + trialspec::months{1}) == "2024-02-29");
}
BOOST_AUTO_TEST_SUITE_END()
