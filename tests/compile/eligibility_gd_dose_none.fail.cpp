// Misuse: a Gd-lesion criterion that accepts no Gd dose.
// expect-error: a Gd dose filter needs at least one dose
#include <trialspec/eligibility/criteria/mri.hpp>
namespace el = trialspec::eligibility;
el::gd_enhancing_lesions<1, trialspec::within_before(trialspec::months{18}), el::dose_set{}> node;
int main() {}
