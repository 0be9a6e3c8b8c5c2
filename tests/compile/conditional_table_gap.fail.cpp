// Misuse: OPERA's and ASCLEPIOS I's "disease duration of more than 10 years in patients with an
// EDSS score of 2 or less" written as a table of that one row: EDSS above 2.0 falls in no row.
// The encoding must say what the text sets there (a fixed row), not leave it to a default.
// expect-error: conditional table: a gap
#include <trialspec/eligibility/criteria/disease_duration.hpp>
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using one_row = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 2.0_edss, el::comparison::greater, 10)>;
int main() { return one_row{}.describe().empty() ? 1 : 0; }
