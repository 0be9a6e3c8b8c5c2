// static_assert-only tests of the protocol self-check (eligibility/self_check.hpp): every bundled
// protocol's criteria, under its registry reading and its alternatives, contradict themselves
// nowhere the check can see; and what each admits is what its text says.
#include <trialspec/eligibility/self_check.hpp>
#include <trialspec/protocols/asclepios.hpp>
#include <trialspec/protocols/champion_nmosd.hpp>
#include <trialspec/protocols/n_momentum.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/protocols/opera.hpp>
#include <trialspec/protocols/oratorio.hpp>
#include <trialspec/protocols/prevent.hpp>
#include <trialspec/protocols/sakurasky.hpp>
#include <trialspec/protocols/sakurastar.hpp>

namespace {
using namespace trialspec;
namespace el = trialspec::eligibility;
namespace tp = trialspec::protocols;

static_assert(el::self_consistent<tp::nct02249676::criteria<>>);
static_assert(el::self_consistent<tp::prevent::criteria<>>);
static_assert(el::self_consistent<tp::n_momentum::criteria<>>);
static_assert(el::self_consistent<tp::sakurasky::criteria<>>);
static_assert(el::self_consistent<tp::sakurastar::criteria<>>);
static_assert(el::self_consistent<tp::champion_nmosd::criteria<>>);
static_assert(el::self_consistent<tp::opera::criteria<>>);
static_assert(el::self_consistent<tp::oratorio::criteria<>>);
static_assert(el::self_consistent<tp::asclepios::criteria<>>);
struct oratorio_first_row : tp::oratorio::registry_reading {
  static constexpr auto duration = tp::oratorio::duration_reading::first_row_below_5;
};
static_assert(el::self_consistent<tp::oratorio::criteria<oratorio_first_row>>);

// What the check reads. ORATORIO admits EDSS 3.0 to 6.5 (scale indices 5 to 13) and PPMS only,
// which its E1 (RRMS, SPMS, PRMS) leaves; ages 18 to 55.
constexpr std::uint32_t bits(int from, int to) { return ((1u << (to + 1)) - 1) & ~((1u << from) - 1); }
static_assert(el::admitted_values<tp::oratorio::criteria<>>.edss == bits(5, 12));
static_assert(el::admitted_values<tp::oratorio::criteria<>>.courses == 1u << static_cast<unsigned>(ms_course::ppms));
static_assert(el::admitted_values<tp::oratorio::criteria<>>.age_low == 18 && el::admitted_values<tp::oratorio::criteria<>>.age_high == 55);
// ASCLEPIOS I: EDSS 0 to 5.5 (indices 0 to 10), RRMS or SPMS.
static_assert(el::admitted_values<tp::asclepios::criteria<>>.edss == bits(0, 10));
static_assert(el::admitted_values<tp::asclepios::criteria<>>.courses ==
              ((1u << static_cast<unsigned>(ms_course::rrms)) | (1u << static_cast<unsigned>(ms_course::spms))));
// OPERA I names no course among its inclusions: all four are admitted, PPMS then excluded.
static_assert(el::admitted_values<tp::opera::criteria<>>.courses == 0xFu);
static_assert(el::admitted_values<tp::opera::criteria<>>.edss == bits(0, 10));
} // namespace
