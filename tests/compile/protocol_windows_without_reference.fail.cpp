// Misuse: a protocol with follow-up visits that does not say what they are counted from.
// expect-error: a protocol with windows or visits must name its reference date
#include <trialspec/protocol/protocol.hpp>
#include <array>
#include <string_view>
using namespace trialspec;
struct outcome {
  static constexpr outcome_measure measure{outcome_kind::primary, "EDSS", "12 months", ""};
};
struct design {
  static constexpr std::string_view id = "NCT00000000", title = "no reference";
  using criteria = void;
  static constexpr std::array<arm, 1> arms{{{"Drug", arm_role::experimental, "", {}}}};
  using outcomes = outcome_set<outcome>;
  using visits = visit_schedule<3, 6>;
};
int main() { return static_cast<int>(protocol<design>::arms.size()); }
