// Misuse: code that demands a threshold for every baseline, given the seed protocol's table
// (which defines none for baselines 5.0 and 5.5).
// expect-error: this threshold table leaves part of the EDSS scale without a threshold
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
int main() { trialspec::require_complete_thresholds<trialspec::protocols::nct02249676::protocol_thresholds>(); }
