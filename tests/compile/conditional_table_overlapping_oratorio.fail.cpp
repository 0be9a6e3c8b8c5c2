// Misuse: ORATORIO's disease-duration table as the registry words it, "< 15 years if EDSS > 5.0,
// < 10 years if EDSS >= 5.0": both conditions hold for EDSS 5.5 to 10, so the table does not say
// which duration a patient with EDSS 6.0 needs.
// expect-error: conditional table: the conditions overlap
#include <trialspec/eligibility/criteria/disease_duration.hpp>
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using as_registered = el::disease_duration_by_edss<el::edss_row(el::comparison::greater, 5.0_edss, el::comparison::less, 15),
                                                   el::edss_row(el::comparison::greater_equal, 5.0_edss, el::comparison::less, 10)>;
int main() { return as_registered{}.describe().empty() ? 1 : 0; }
