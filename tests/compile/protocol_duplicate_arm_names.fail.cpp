// Misuse: two arms with the same name (reports by arm could not tell them apart).
// expect-error: the arms of a protocol must have distinct names
#include <trialspec/protocol/protocol.hpp>
#include <array>
#include <string_view>
using namespace trialspec;
struct outcome {
  static constexpr outcome_measure measure{outcome_kind::primary, "EDSS", "12 months", ""};
};
struct design {
  static constexpr std::string_view id = "NCT00000000", title = "two arms, one name";
  using criteria = void;
  static constexpr std::array<arm, 2> arms{{{"Drug", arm_role::experimental, "", {}}, {"Drug", arm_role::placebo_comparator, "", {}}}};
  using outcomes = outcome_set<outcome>;
};
int main() { return static_cast<int>(protocol<design>::arms.size()); }
