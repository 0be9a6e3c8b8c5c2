// Misuse: computing an outcome whose analysis needs the interval statistics without including the
// trial's analysis header (design.hpp only declares the analysis type).
// expect-error: this outcome's analysis is declared but not defined here
#include <trialspec/protocol/adverse_events.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>
#include <span>
#include <vector>
int main() {
  const std::vector<trialspec::safety_patient> patients;
  namespace seed = trialspec::protocols::nct02249676;
  return static_cast<int>(trialspec::compute_outcome<seed::safety_outcome>(std::span<const trialspec::safety_patient>(patients)).size());
}
