// Misuse: a pyramidal grade of 7 evaluated at compile time is an error, not a score.
// expect-error: constant expression
// expect-error: check_grade.*pyramidal
#include <trialspec/clinical/functional_systems.hpp>
constexpr trialspec::functional_systems grades() {
  trialspec::functional_systems f;
  f.pyramidal = 7;
  f.cerebellar = f.brainstem = f.sensory = f.bowel_bladder = f.visual = f.cerebral = f.ambulation = 0;
  return f;
}
constexpr auto step = trialspec::edss_from_functional_systems(grades());
int main() { return step ? 0 : 1; }
