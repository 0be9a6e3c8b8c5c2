// Sanity: the harness must accept a file that compiles.
#include <trialspec/verdict.hpp>
int main(int argc, char**) { return trialspec::to_truth(argc > 0) == trialspec::truth::met ? 0 : 1; }
