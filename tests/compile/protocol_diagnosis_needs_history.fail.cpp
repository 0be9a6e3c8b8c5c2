// Misuse: judging I1 from the diagnostic criteria on a record that has no clinical history: its
// traits give neither `diagnostic_history` nor a diagnosis facet (whose record holds `history`).
// expect-error: diagnostic criteria read the clinical history
#include <trialspec/protocols/nct02249676.hpp>

#include <string>
#include <string_view>

namespace seed = trialspec::protocols::nct02249676;
struct computed_diagnosis : seed::registry_reading {
  static constexpr auto diagnosis = seed::diagnosis_evidence::diagnostic_criteria;
};
struct bare {
  std::string id;
};
template <> struct trialspec::record_traits<bare> {
  static std::string_view id(const bare& b) noexcept { return b.id; }
};
int main() {
  const bare b{"B-1"};
  using I1 = seed::criteria_of<computed_diagnosis>::i1;
  return static_cast<int>(I1{}.test(b, {trialspec::parse_date("2014-06-01")}));
}
