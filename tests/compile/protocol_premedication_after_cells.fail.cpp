// Misuse: a premedication step given after the cells have started.
// expect-error: premedication must contain no cells and end no later than the start of the cells
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <array>
using namespace trialspec;
using namespace trialspec::cell_therapy;
struct late_premedication {
  static constexpr std::array<administration_step, 1> steps{{{"hydrocortisone", 100, amount_unit::mg, route::intravenous, 5, 0}}};
};
struct infusion {
  static constexpr std::array<administration_step, 1> steps{{{"cells", 0, amount_unit::cells, route::intravenous, 0, 15}}};
};
int main() { check_administration<late_premedication, infusion>(); }
