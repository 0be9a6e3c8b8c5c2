// static_assert-only tests of the EDSS vocabulary: scores, changes, threshold tables and the
// step from functional systems are all usable at compile time.
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>

#include <type_traits>

namespace {
using namespace trialspec;
using namespace trialspec::literals;

// Scores: half steps, literals, ordering.
static_assert((0_edss).half_steps() == 0 && (1.0_edss).half_steps() == 2 && (4.5_edss).half_steps() == 9);
static_assert((10_edss).half_steps() == 20 && (10.0_edss) == (10_edss));
static_assert(edss::valid_half_steps(0) && !edss::valid_half_steps(1) && edss::valid_half_steps(2) &&
              edss::valid_half_steps(20) && !edss::valid_half_steps(21) && !edss::valid_half_steps(-1));
static_assert(edss_at(0) == 0_edss && edss_at(1) == 1.0_edss && edss_at(19) == 10_edss);
static_assert(0_edss < 1.0_edss && 9.5_edss < 10_edss && 4.5_edss > 4.0_edss);
static_assert((0_edss).next() == 1.0_edss && (1.0_edss).previous() == 0_edss);
// Changes: later - baseline in half steps.
static_assert((5.5_edss - 4.5_edss).half_steps() == 2 && (1.0_edss - 0_edss).half_steps() == 2);
static_assert((4.0_edss - 6.0_edss).half_steps() == -4 && (-(4.0_edss - 6.0_edss)).half_steps() == 4);
static_assert(edss_change::points(1.5).half_steps() == 3);

// What the types forbid: no default score, no silent conversion from numbers, one byte each.
static_assert(!std::is_default_constructible_v<edss>);
static_assert(!std::is_constructible_v<edss, double> && !std::is_constructible_v<edss, int>);
static_assert(!std::is_convertible_v<double, edss> && !std::is_convertible_v<int, edss_change>);
static_assert(!std::is_convertible_v<edss, double> && !std::is_convertible_v<edss_change, int>);
static_assert(std::is_trivially_copyable_v<edss> && sizeof(edss) == 1);

// Threshold tables.
static_assert(ThresholdTable<standard_thresholds> && ThresholdTable<trialspec::protocols::nct02249676::protocol_thresholds>);
static_assert(!ThresholdTable<int> && !ThresholdTable<edss>);
static_assert(CompleteThresholdTable<standard_thresholds> && CompleteThresholdTable<cut55_thresholds>);
static_assert(!CompleteThresholdTable<trialspec::protocols::nct02249676::protocol_thresholds>);
static_assert(standard_thresholds::threshold(0_edss)->half_steps() == 3);
static_assert(standard_thresholds::threshold(5.0_edss)->half_steps() == 2);
static_assert(standard_thresholds::threshold(5.5_edss)->half_steps() == 1);
static_assert(cut55_thresholds::threshold(5.5_edss)->half_steps() == 2);
static_assert(cut55_thresholds::threshold(6.0_edss)->half_steps() == 1);
static_assert(trialspec::protocols::nct02249676::protocol_thresholds::threshold(0_edss)->half_steps() == 2);
static_assert(!trialspec::protocols::nct02249676::protocol_thresholds::threshold(5.0_edss) && !trialspec::protocols::nct02249676::protocol_thresholds::threshold(5.5_edss));
static_assert(worsening_truth(4.5_edss, 5.5_edss) == truth::met);
static_assert(worsening_truth(5.0_edss, 5.5_edss) == truth::not_met);
// The seed table's gap (5.0, 5.5) could require +0.5 to +1.0: +5.0 counts, +0.5 is undecided, none does not.
static_assert(worsening_truth(5.0_edss, 10_edss, trialspec::protocols::nct02249676::protocol_thresholds{}) == truth::met);
static_assert(worsening_truth(5.0_edss, 5.5_edss, trialspec::protocols::nct02249676::protocol_thresholds{}) == truth::unknown);
static_assert(worsening_truth(5.5_edss, 5.5_edss, trialspec::protocols::nct02249676::protocol_thresholds{}) == truth::not_met);
static_assert(improvement_truth(6.0_edss, 5.5_edss) == truth::met);
using flat = threshold_table<threshold_row(0_edss, 10_edss, edss_change(2))>;
static_assert(CompleteThresholdTable<flat> && flat::threshold(7.5_edss)->half_steps() == 2);
using two_rows = threshold_table<threshold_row(0_edss, 3.0_edss, edss_change(2)),
                                 threshold_row(4.0_edss, 10_edss, edss_change(1))>;
static_assert(!two_rows::complete && !two_rows::threshold(3.5_edss)); // 3.5 falls between the rows
template <CompleteThresholdTable T> constexpr bool needs_complete() { return true; }
static_assert(needs_complete<standard_thresholds>());

// The step from functional systems, at compile time.
constexpr functional_systems grades(int p, int cll, int bs, int s, int bb, int v, int cb, int amb) {
  functional_systems f;
  f.pyramidal = p;
  f.cerebellar = cll;
  f.brainstem = bs;
  f.sensory = s;
  f.bowel_bladder = bb;
  f.visual = v;
  f.cerebral = cb;
  f.ambulation = amb;
  return f;
}
static_assert(*edss_from_functional_systems(grades(0, 0, 0, 0, 0, 0, 0, 0)) == 0_edss);
static_assert(*edss_from_functional_systems(grades(3, 0, 2, 2, 0, 0, 0, 0)) == 3.5_edss);
static_assert(*edss_from_functional_systems(grades(0, 0, 0, 0, 0, 6, 0, 0)) == 4.0_edss); // visual 6 -> 4
static_assert(*edss_from_functional_systems(grades(0, 0, 0, 0, 0, 0, 0, 9)) == 6.5_edss);
static_assert(!edss_from_functional_systems(functional_systems{}).has_value());
static_assert(converted_visual(5) == 3 && converted_bowel_bladder(5) == 4);
constexpr edss_fs_options count_cerebral{cerebral_grade_one::counted};
static_assert(*edss_from_functional_systems(grades(0, 0, 0, 0, 0, 0, 1, 0), count_cerebral) == 1.0_edss);
static_assert(*edss_from_functional_systems(grades(0, 0, 0, 0, 0, 0, 1, 0)) == 0_edss);
// Options are structural: a protocol can fix its choice in a template argument.
template <edss_fs_options O> struct uses_options { static constexpr edss_fs_options value = O; };
static_assert(uses_options<count_cerebral>::value.cerebral_one == cerebral_grade_one::counted);
static_assert(uses_options<edss_fs_options{}>::value.four_with_twos == grade_four_with_twos::step_4_5);
} // namespace
