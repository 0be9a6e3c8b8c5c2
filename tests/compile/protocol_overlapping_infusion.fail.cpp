// Misuse: the saline starts while the cells are still running.
// expect-error: infusion steps must follow each other without overlapping
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <array>
using namespace trialspec;
using namespace trialspec::cell_therapy;
struct premedication {
  static constexpr std::array<administration_step, 1> steps{{{"chlorpheniramine", 10, amount_unit::mg, route::oral, -30, 0}}};
};
struct overlapping {
  static constexpr std::array<administration_step, 2> steps{{{"cells", 0, amount_unit::cells, route::intravenous, 0, 15},
                                                             {"normal saline", 500, amount_unit::mL, route::intravenous, 10, 240}}};
};
int main() { check_administration<premedication, overlapping>(); }
