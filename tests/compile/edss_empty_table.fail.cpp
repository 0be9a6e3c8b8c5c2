// Misuse: a threshold table without a row.
// expect-error: a threshold table needs at least one row
#include <trialspec/progression/thresholds.hpp>
int main() { return trialspec::threshold_table<>::complete ? 0 : 1; }
