// A window known at compile time is a template argument.
#include <trialspec/calendar.hpp>
using namespace trialspec;
template <relative_window W> constexpr bool is_past_only = W.to == reference_day;
static_assert(is_past_only<within_before(months{18})>);
int main() {}
