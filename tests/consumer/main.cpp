// A consumer of the library: includes the umbrella header and checks a few results.
#include <trialspec/trialspec.hpp>

#include <iostream>

int main() {
  using namespace trialspec;
  const date d = parse_date("2024-01-31") + months{1};
  const bool ok = to_iso(d) == "2024-02-29" && (truth::unknown && truth::not_met) == truth::not_met;
  std::cout << "consumer: 2024-01-31 + 1 month = " << to_iso(d) << (ok ? " (ok)\n" : " (WRONG)\n");
  return ok ? 0 : 1;
}
