// A conditional table whose conditions partition the EDSS scale compiles: ORATORIO's table as the
// protocol means it, and the OPERA / ASCLEPIOS I exclusion with its fixed row for EDSS above 2.0.
#include <trialspec/eligibility/criteria/disease_duration.hpp>
using namespace trialspec::literals;
namespace el = trialspec::eligibility;
using oratorio = el::disease_duration_by_edss<el::edss_row(el::comparison::greater, 5.0_edss, el::comparison::less, 15),
                                              el::edss_row(el::comparison::less_equal, 5.0_edss, el::comparison::less, 10)>;
using asclepios = el::disease_duration_by_edss<el::edss_row(el::comparison::less_equal, 2.0_edss, el::comparison::greater, 10),
                                               el::edss_row_fixed(el::comparison::greater, 2.0_edss, trialspec::truth::not_met)>;
static_assert(oratorio::row_for(5.5_edss).years == 15 && oratorio::row_for(5.0_edss).years == 10);
static_assert(asclepios::row_for(2.0_edss).years == 10 && asclepios::row_for(2.5_edss).fixed == trialspec::truth::not_met);
int main() { return oratorio{}.describe().empty() || asclepios{}.describe().empty() ? 1 : 0; }
