// The twin of protocol_diagnosis_needs_history.fail.cpp: the default patient record carries the
// clinical history in its recorded diagnosis (diagnosis_record::history), so I1 can be computed.
#include <trialspec/protocols/nct02249676.hpp>
namespace seed = trialspec::protocols::nct02249676;
struct computed_diagnosis : seed::registry_reading {
  static constexpr auto diagnosis = seed::diagnosis_evidence::diagnostic_criteria;
};
int main() {
  const trialspec::patient p;
  using I1 = seed::criteria_of<computed_diagnosis>::i1;
  return static_cast<int>(I1{}.test(p, {trialspec::parse_date("2014-06-01")}));
}
