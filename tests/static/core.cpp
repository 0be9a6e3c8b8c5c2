// static_assert-only tests of the core: Kleene logic and windows are constexpr; the supported
// calendar's ends.
#include <trialspec/calendar.hpp>
#include <trialspec/verdict.hpp>

#include <type_traits>

namespace {
using namespace trialspec;
using namespace trialspec::literals;
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

static_assert((M && U) == U && (N && U) == N && (M || U) == M && (N || U) == U && (!U) == U);
static_assert(at_least(2, {M, U, N}) == U && at_least(2, {M, N, N}) == N && at_least(1, {M}) == M);
static_assert(at_most(1, {M, U}) == U && at_most(1, {M, M}) == N && at_most(1, {U}) == M);
// unknown is not convertible to bool: no silent "false".
static_assert(!std::is_convertible_v<truth, bool>);
static_assert(!std::is_constructible_v<bool, verdict>);

// Windows are structural values usable as template arguments.
template <relative_window W> struct uses_window { static constexpr relative_window value = W; };
static_assert(uses_window<within_before(18_months)>::value.from.offset == calendar_duration{-18, duration_unit::months});
static_assert(within_before(18_months) == between(before(18_months), reference_day));
static_assert(calendar_duration(1_years) != calendar_duration(12_months)); // different units, kept apart

// The supported calendar, by hand from 2000-01-01 = day number 2,451,545: 1400-01-01 is
// 600 * 365 + 145 leap days before it, 9999-12-31 is 8000 * 365 + 1940 leap days after it, less one.
static_assert(first_supported_year == 1400 && last_supported_year == 9999);
static_assert(detail::first_supported_day_number == 2'451'545 - (600 * 365 + 145));
static_assert(detail::last_supported_day_number == 2'451'545 + (8000 * 365 + 1940) - 1);
} // namespace
