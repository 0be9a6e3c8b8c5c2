// Misuse: two rows of a threshold table claim baseline 5.0.
// expect-error: threshold table rows must be in increasing order of baseline and must not overlap
#include <trialspec/progression/thresholds.hpp>
using namespace trialspec::literals;
using overlapping = trialspec::threshold_table<trialspec::threshold_row(0_edss, 5.0_edss, trialspec::edss_change(2)),
                                               trialspec::threshold_row(5.0_edss, 10_edss, trialspec::edss_change(1))>;
int main() { return overlapping::complete ? 0 : 1; }
