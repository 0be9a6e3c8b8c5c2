// The one Boost.Test main for every suite under tests/unit/.
#define BOOST_TEST_MODULE trialspec
#include <boost/test/unit_test.hpp>
