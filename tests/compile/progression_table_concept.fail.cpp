// A threshold table must say whether it covers the whole scale (`complete`) and describe itself:
// a bare mapping from baseline to change is rejected at compile time.
#include <trialspec/progression/confirmed.hpp>

#include <optional>
#include <string>
#include <vector>

struct bare_table {
  static std::optional<trialspec::edss_change> threshold(trialspec::edss) { return trialspec::edss_change(2); }
};

int main() {
  const std::vector<trialspec::edss_assessment> visits;
  // expect-error: satisf[a-z]* .*ThresholdTable
  return static_cast<int>(trialspec::assess_progression<bare_table>(visits).events.size());
}
