// Relapses are onset dates or relapse records; a list of numbers (days? weeks?) is rejected.
#include <trialspec/progression/confirmed.hpp>

#include <vector>

int main() {
  const std::vector<trialspec::edss_assessment> visits;
  const std::vector<int> relapse_days{30, 90};
  // expect-error: satisf[a-z]* .*RelapseOnsetRange
  return static_cast<int>(trialspec::assess_progression(visits, relapse_days).events.size());
}
