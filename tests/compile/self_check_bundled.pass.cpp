// The self-check passes for a consistent set (the sanity half of the self_check_*.fail tests).
#include <trialspec/eligibility/self_check.hpp>
#include <trialspec/protocols/oratorio.hpp>
int main() {
  trialspec::eligibility::require_self_consistent<trialspec::protocols::oratorio::criteria<>>();
  return 0;
}
