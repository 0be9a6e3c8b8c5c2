// Sanity: the harness must accept a file that compiles.
#include <trialspec/verdict.hpp>
int main() { return trialspec::truth::met == trialspec::truth::met ? 0 : 1; }
