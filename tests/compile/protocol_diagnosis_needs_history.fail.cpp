// Misuse: judging I1 from the diagnostic criteria on a record that has no clinical history facet.
// expect-error: diagnostic criteria read the clinical history
#include <trialspec/protocols/nct02249676.hpp>
namespace seed = trialspec::protocols::nct02249676;
struct computed_diagnosis : seed::registry_reading {
  static constexpr auto diagnosis = seed::diagnosis_evidence::diagnostic_criteria;
};
int main() {
  const trialspec::patient p;
  return static_cast<int>(seed::test<computed_diagnosis>(p, {trialspec::parse_date("2014-06-01")}));
}
