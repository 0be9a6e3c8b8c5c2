// trialspec/clinical/functional_systems.hpp - the EDSS step from functional-system grades and the
// ambulation score (Neurostatus conventions).
//
// Definitions followed:
//  - Kurtzke JF. Rating neurologic impairment in multiple sclerosis: an expanded disability status
//    scale (EDSS). Neurology 1983;33:1444-52. Steps 0-3.5 are defined by functional-system (FS)
//    grades alone: 1.0 one FS at 1; 1.5 more than one FS at 1; 2.0 one FS at 2; 2.5 two FS at 2;
//    3.0 one FS at 3 or three or four FS at 2; 3.5 one FS at 3 with one or two at 2, or two FS at
//    3, or five FS at 2 (others 0 or 1 throughout). 4.0: "one FS grade 4 (others 0 or 1), or
//    combinations of lesser grades exceeding limits of previous steps"; 4.5 has the same FS
//    equivalents with a shorter walking range; 5.0: "one grade 5 alone (others 0 or 1) or a
//    combination of lesser grades usually exceeding those for step 4.0". Cerebral (mental) grade 1
//    is "mood alteration only (does not affect the EDSS step)".
//  - Neurostatus scoring definitions 04/10.2 and Neurostatus-EDSS scoring table 04/10.3
//    (L. Kappos, University Hospital Basel; learn.neurostatus-uhb.com/howtoscore): grades as
//    recorded (pyramidal 0-6, cerebellar 0-5, brainstem 0-5, sensory 0-6, bowel/bladder 0-6,
//    visual 0-6, cerebral 0-5), visual and bowel/bladder converted before the step is determined
//    (visual 6->4, 5->3, 4->3, 3->2, 2->2, 1->1; bowel/bladder 6->5, 5->4, 4->3, 3->3, 2->2,
//    1->1), and the ambulation score 0-16: 0 unrestricted; 1 fully ambulatory but not
//    unrestricted; 2 >= 300 m (EDSS 4.5 or 5.0); 3 >= 200 m (5.0); 4 >= 100 m (5.5); 5-7 walks
//    < 100 m, unilateral aid >= 50 m, bilateral aid >= 120 m (6.0); 8-9 unilateral aid < 50 m,
//    bilateral aid 5-120 m (6.5); 10-16 wheelchair to death due to MS (7.0-10.0).
//
// Where published calculators disagree (about 9.5% of all grade combinations), the choice is an
// option in `edss_fs_options` with the default noted on each enumeration:
//  - cerebral grade 1: Kurtzke does not count it; some calculators count it as a grade-1 FS;
//  - one FS at 4 with others at 2 (none at 3): 4.5 (the FS profile exceeds "one FS grade 4,
//    others 0 or 1") or 4.0 (only lesser grades beyond 4.0's limits raise the step);
//  - two FS at 4 while the patient still walks >= 300 m (ambulation 0-2): 5.0 by the FS rule,
//    or at most 4.5 because the walking range is that of step 4.5.
//
// The step is monotone: raising any grade or the ambulation score never lowers it, under every
// choice of options (the unit tests check all 8.8 million combinations under the default options
// and every combination with ambulation 0-4, where the options are read, under the others).
#pragma once

#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trialspec {

/// Cerebral (mental) FS grade 1. Default `ignored`: Kurtzke 1983 and Neurostatus say grade 1
/// (mood alteration only) does not affect the EDSS step.
enum class cerebral_grade_one : std::uint8_t { ignored, counted };

/// One FS at grade 4 with one or more others at grade 2 and none at 3 or above. Default
/// `step_4_5`: 4.0 requires the others at 0 or 1, so the profile exceeds 4.0's limits.
/// `step_4_0` reads "combinations of lesser grades" as never adding to a grade 4.
enum class grade_four_with_twos : std::uint8_t { step_4_5, step_4_0 };

/// Two or more FS at grade 4, or lesser grades beyond step 4.5 (six FS at 3; one FS at 4 with
/// three or more at 3), while the ambulation score is 0-2 (walks at least 300 m). Default
/// `step_5_0`: Kurtzke's FS equivalents of 5.0 decide. `capped_at_4_5`: the walking range of
/// step 4.5 decides, so only a grade 5 or 6 gives 5.0 before the ambulation score does. (The
/// cap applies from ambulation 0 up so that a longer walking range never gives a higher step.)
enum class grade_fours_when_walking : std::uint8_t { step_5_0, capped_at_4_5 };

/// The choices where published EDSS algorithms disagree; see the enumerations for the defaults.
struct edss_fs_options {
  cerebral_grade_one cerebral_one = cerebral_grade_one::ignored;
  grade_four_with_twos four_with_twos = grade_four_with_twos::step_4_5;
  grade_fours_when_walking fours_when_walking = grade_fours_when_walking::step_5_0;
  friend constexpr bool operator==(const edss_fs_options&, const edss_fs_options&) = default;
};

/// The choices in words, for reports: "cerebral grade 1 not counted; one FS at 4 with others
/// at 2: 4.5; two FS at 4 while walking >= 300 m: 5.0".
inline std::string describe(const edss_fs_options& o) {
  std::string s = o.cerebral_one == cerebral_grade_one::ignored ? "cerebral grade 1 not counted"
                                                                 : "cerebral grade 1 counted";
  s += o.four_with_twos == grade_four_with_twos::step_4_5 ? "; one FS at 4 with others at 2: 4.5"
                                                          : "; one FS at 4 with others at 2: 4.0";
  s += o.fours_when_walking == grade_fours_when_walking::step_5_0 ? "; two FS at 4 while walking >= 300 m: 5.0"
                                                                  : "; two FS at 4 while walking >= 300 m: 4.5";
  return s;
}

/// Neurostatus functional-system grades and the ambulation score as recorded (visual and
/// bowel/bladder unconverted). A field left at `not_recorded` is missing data.
struct functional_systems {
  static constexpr int not_recorded = -1;

  int pyramidal = not_recorded;     ///< 0-6
  int cerebellar = not_recorded;    ///< 0-5
  int brainstem = not_recorded;     ///< 0-5
  int sensory = not_recorded;       ///< 0-6
  int bowel_bladder = not_recorded; ///< 0-6, as recorded
  int visual = not_recorded;        ///< 0-6, as recorded
  int cerebral = not_recorded;      ///< 0-5
  int ambulation = not_recorded;    ///< ambulation score 0-16

  /// Whether every system and the ambulation score is recorded.
  [[nodiscard]] constexpr bool complete() const noexcept {
    return pyramidal != not_recorded && cerebellar != not_recorded && brainstem != not_recorded &&
           sensory != not_recorded && bowel_bladder != not_recorded && visual != not_recorded &&
           cerebral != not_recorded && ambulation != not_recorded;
  }

  friend constexpr bool operator==(const functional_systems&, const functional_systems&) = default;
};

namespace detail {
// Plain arrays: the step is evaluated millions of times by the property tests, also unoptimised.
inline constexpr std::uint8_t visual_conversion[7] = {0, 1, 2, 2, 3, 3, 4};
inline constexpr std::uint8_t bowel_bladder_conversion[7] = {0, 1, 2, 3, 3, 4, 5};
// Ambulation scores 3-16 decide the step on their own (half steps).
inline constexpr std::uint8_t ambulation_half_steps[17] = {0,  0,  0,  10, 11, 12, 12, 12, 13,
                                                           13, 14, 15, 16, 17, 18, 19, 20};

/// The step in half steps from the FS rules alone, given how many systems (after conversion)
/// are at grade 1, 2, 3, 4 and 5-or-above. At most 5.0 (10 half steps).
/// Only used while the ambulation score is 0-2 (walks at least 300 m): from 3 on the ambulation
/// score decides alone.
constexpr int fs_rule_half_steps(int n1, int n2, int n3, int n4, int n5, edss_fs_options o) noexcept {
  if (n5 > 0) return 10;
  const int beyond_4_5 = o.fours_when_walking == grade_fours_when_walking::capped_at_4_5 ? 9 : 10;
  if (n4 >= 2) return beyond_4_5;
  if (n4 == 1) {
    if (n3 >= 3) return beyond_4_5;
    if (n3 >= 1) return 9;
    if (n2 >= 1) return o.four_with_twos == grade_four_with_twos::step_4_5 ? 9 : 8;
    return 8;
  }
  if (n3 >= 6) return beyond_4_5;
  if (n3 == 5) return 9;
  if (n3 >= 3) return 8;
  if (n3 == 2) return n2 == 0 ? 7 : 8;
  if (n3 == 1) return n2 == 0 ? 6 : n2 <= 2 ? 7 : 8;
  switch (n2) {
  case 0: return n1 == 0 ? 0 : n1 == 1 ? 2 : 3;
  case 1: return 4;
  case 2: return 5;
  case 3:
  case 4: return 6;
  case 5: return 7;
  default: return 8;
  }
}

/// The EDSS in half steps from grades already known to be in range.
constexpr int edss_half_steps_unchecked(const functional_systems& f, edss_fs_options o) noexcept {
  if (f.ambulation >= 3) return ambulation_half_steps[f.ambulation];
  const int cerebral = f.cerebral == 1 && o.cerebral_one == cerebral_grade_one::ignored ? 0 : f.cerebral;
  int n[7] = {0, 0, 0, 0, 0, 0, 0}; // systems at each grade after conversion
  ++n[f.pyramidal];
  ++n[f.cerebellar];
  ++n[f.brainstem];
  ++n[f.sensory];
  ++n[bowel_bladder_conversion[f.bowel_bladder]];
  ++n[visual_conversion[f.visual]];
  ++n[cerebral];
  const int fs = fs_rule_half_steps(n[1], n[2], n[3], n[4], n[5] + n[6], o);
  if (f.ambulation == 2) return fs < 9 ? 9 : fs;
  if (f.ambulation == 1) return fs < 4 ? 4 : fs;
  return fs;
}

inline std::string fs_range_rule(std::string_view system, int max) {
  return trialspec::detail::cat("the ", system, (system == "ambulation" ? " score" : " grade"), " must be 0 to ",
         std::to_string(max));
}

constexpr void check_grade(std::string_view system, int grade, int max) {
  if (grade != functional_systems::not_recorded && (grade < 0 || grade > max))
    throw invalid_input(system, std::to_string(grade), fs_range_rule(system, max));
}
} // namespace detail

/// Visual FS grade 0-6 converted for the step rules (6->4, 5->3, 4->3, 3->2, 2->2, 1->1).
constexpr int converted_visual(int grade) {
  if (grade < 0 || grade > 6) throw invalid_input("visual", std::to_string(grade), detail::fs_range_rule("visual", 6));
  return detail::visual_conversion[grade];
}

/// Bowel/bladder FS grade 0-6 converted for the step rules (6->5, 5->4, 4->3, 3->3, 2->2, 1->1).
constexpr int converted_bowel_bladder(int grade) {
  if (grade < 0 || grade > 6) throw invalid_input("bowel_bladder", std::to_string(grade), detail::fs_range_rule("bowel_bladder", 6));
  return detail::bowel_bladder_conversion[grade];
}

/// Throws invalid_input naming the system and the grade for any grade out of its range
/// (field "pyramidal", value "7", "the pyramidal grade must be 0 to 6"). Fields that are
/// `not_recorded` are not errors.
constexpr void validate(const functional_systems& f) {
  // Fast path: one pass of plain comparisons; the named checks below only build messages.
  constexpr int lo = functional_systems::not_recorded;
  if (f.pyramidal >= lo && f.pyramidal <= 6 && f.cerebellar >= lo && f.cerebellar <= 5 &&
      f.brainstem >= lo && f.brainstem <= 5 && f.sensory >= lo && f.sensory <= 6 &&
      f.bowel_bladder >= lo && f.bowel_bladder <= 6 && f.visual >= lo && f.visual <= 6 &&
      f.cerebral >= lo && f.cerebral <= 5 && f.ambulation >= lo && f.ambulation <= 16)
    return;
  detail::check_grade("pyramidal", f.pyramidal, 6);
  detail::check_grade("cerebellar", f.cerebellar, 5);
  detail::check_grade("brainstem", f.brainstem, 5);
  detail::check_grade("sensory", f.sensory, 6);
  detail::check_grade("bowel_bladder", f.bowel_bladder, 6);
  detail::check_grade("visual", f.visual, 6);
  detail::check_grade("cerebral", f.cerebral, 5);
  detail::check_grade("ambulation", f.ambulation, 16);
}

/// The EDSS step from the grades and the ambulation score: ambulation 3-16 decides alone
/// (3 -> 5.0, 4 -> 5.5, 5-7 -> 6.0, 8-9 -> 6.5, 10-16 -> 7.0-10.0); otherwise Kurtzke's FS
/// rules decide, raised to at least 4.5 by ambulation 2 and to at least 2.0 by ambulation 1.
/// Throws invalid_input for a grade out of range. Nothing (std::nullopt) when a field that
/// matters is not recorded: every field, unless the ambulation score is 3 or above (it then
/// decides alone and missing grades cannot change the step).
constexpr std::optional<edss> edss_from_functional_systems(const functional_systems& f,
                                                           edss_fs_options options = {}) {
  validate(f);
  if (f.ambulation >= 3) return edss::from_half_steps(detail::ambulation_half_steps[f.ambulation]);
  if (!f.complete()) return std::nullopt;
  return edss::from_half_steps(detail::edss_half_steps_unchecked(f, options));
}

} // namespace trialspec
