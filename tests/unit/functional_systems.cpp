// EDSS from functional-system grades: hand-worked cases for every step, each disagreement point
// under each option, input checking, and an exhaustive property test over all 8.8 million
// combinations of grades and ambulation score.
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace {
using namespace trialspec;

// Grades in the order pyramidal, cerebellar, brainstem, sensory, bowel/bladder, visual,
// cerebral, ambulation.
functional_systems fs(int p, int cll, int bs, int s, int bb, int v, int cb, int amb) {
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

std::string step(const functional_systems& f, edss_fs_options o = {}) {
  const std::optional<edss> e = edss_from_functional_systems(f, o);
  return e ? e->to_string() : std::string("none");
}

constexpr edss_fs_options cerebral_counted{cerebral_grade_one::counted, grade_four_with_twos::step_4_5,
                                           grade_fours_when_walking::step_5_0};
constexpr edss_fs_options four_with_twos_4_0{cerebral_grade_one::ignored, grade_four_with_twos::step_4_0,
                                             grade_fours_when_walking::step_5_0};
constexpr edss_fs_options fours_capped{cerebral_grade_one::ignored, grade_four_with_twos::step_4_5,
                                       grade_fours_when_walking::capped_at_4_5};

void check_rejects(const functional_systems& f, const std::string& field, const std::string& value,
                   const std::string& rule) {
  try {
    (void)edss_from_functional_systems(f);
    BOOST_ERROR("accepted " << field << " " << value);
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == field);
    BOOST_TEST(e.value() == value);
    BOOST_TEST(e.rule() == rule);
  }
}
} // namespace

BOOST_AUTO_TEST_SUITE(functional_systems)

//                                    P  Cll BS S  BB V  Cb Amb
BOOST_AUTO_TEST_CASE(steps_0_to_3_5_from_the_fs_rules) {
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 0, 0)) == "0.0");
  BOOST_TEST(step(fs(1, 0, 0, 0, 0, 0, 0, 0)) == "1.0"); // one FS at 1
  BOOST_TEST(step(fs(0, 0, 0, 1, 0, 0, 0, 0)) == "1.0");
  BOOST_TEST(step(fs(1, 0, 0, 1, 0, 0, 0, 0)) == "1.5"); // more than one FS at 1
  BOOST_TEST(step(fs(1, 1, 1, 1, 1, 1, 0, 0)) == "1.5");
  BOOST_TEST(step(fs(2, 0, 0, 0, 0, 0, 0, 0)) == "2.0"); // one FS at 2
  BOOST_TEST(step(fs(2, 1, 1, 1, 1, 1, 1, 0)) == "2.0");
  BOOST_TEST(step(fs(2, 2, 0, 0, 0, 0, 0, 0)) == "2.5"); // two FS at 2
  BOOST_TEST(step(fs(3, 0, 0, 0, 0, 0, 0, 0)) == "3.0"); // one FS at 3
  BOOST_TEST(step(fs(0, 0, 3, 1, 1, 0, 0, 0)) == "3.0");
  BOOST_TEST(step(fs(2, 2, 2, 0, 0, 0, 0, 0)) == "3.0"); // three FS at 2
  BOOST_TEST(step(fs(2, 2, 2, 2, 1, 0, 0, 0)) == "3.0"); // four FS at 2
  BOOST_TEST(step(fs(3, 0, 0, 2, 0, 0, 0, 0)) == "3.5"); // one at 3 and one at 2
  BOOST_TEST(step(fs(3, 0, 2, 2, 0, 0, 0, 0)) == "3.5"); // one at 3 and two at 2
  BOOST_TEST(step(fs(3, 3, 0, 0, 0, 0, 0, 0)) == "3.5"); // two at 3
  BOOST_TEST(step(fs(2, 2, 2, 2, 2, 0, 0, 0)) == "3.5"); // five at 2
}

BOOST_AUTO_TEST_CASE(steps_4_0_to_5_0_from_the_fs_rules) {
  BOOST_TEST(step(fs(4, 0, 0, 0, 0, 0, 0, 0)) == "4.0"); // one FS at 4, others 0 or 1
  BOOST_TEST(step(fs(4, 1, 1, 1, 1, 1, 1, 0)) == "4.0");
  BOOST_TEST(step(fs(2, 2, 2, 2, 2, 2, 0, 0)) == "4.0"); // six at 2 exceed 3.5
  BOOST_TEST(step(fs(2, 2, 2, 2, 2, 2, 2, 0)) == "4.0"); // seven at 2 (cerebral 2 counts)
  BOOST_TEST(step(fs(3, 2, 2, 2, 0, 0, 0, 0)) == "4.0"); // one at 3 and three at 2
  BOOST_TEST(step(fs(3, 3, 2, 0, 0, 0, 0, 0)) == "4.0"); // two at 3 and one at 2
  BOOST_TEST(step(fs(3, 3, 3, 0, 0, 0, 0, 0)) == "4.0"); // three at 3
  BOOST_TEST(step(fs(3, 3, 3, 3, 0, 0, 0, 0)) == "4.0"); // four at 3
  BOOST_TEST(step(fs(3, 3, 3, 3, 3, 0, 0, 0)) == "4.5"); // five at 3
  BOOST_TEST(step(fs(4, 3, 0, 0, 0, 0, 0, 0)) == "4.5"); // one at 4 with one at 3
  BOOST_TEST(step(fs(4, 3, 3, 0, 0, 0, 0, 0)) == "4.5"); // one at 4 with two at 3
  BOOST_TEST(step(fs(4, 3, 3, 3, 0, 0, 0, 0)) == "5.0"); // one at 4 with three at 3
  BOOST_TEST(step(fs(3, 3, 3, 3, 3, 0, 3, 0)) == "5.0"); // six at 3
  BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, 0)) == "5.0"); // two at 4
  BOOST_TEST(step(fs(5, 0, 0, 0, 0, 0, 0, 0)) == "5.0"); // one at 5
  BOOST_TEST(step(fs(6, 0, 0, 0, 0, 0, 0, 0)) == "5.0"); // pyramidal 6: the FS rules stop at 5.0
  BOOST_TEST(step(fs(0, 0, 0, 6, 0, 0, 0, 0)) == "5.0");
  BOOST_TEST(step(fs(6, 5, 5, 6, 6, 6, 5, 0)) == "5.0"); // every system at its maximum
}

BOOST_AUTO_TEST_CASE(ambulation_scores) {
  // 1 (not unrestricted) with every system <= 1: 2.0; with more, the FS rules.
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 0, 1)) == "2.0");
  BOOST_TEST(step(fs(1, 1, 0, 0, 0, 0, 0, 1)) == "2.0");
  BOOST_TEST(step(fs(2, 2, 0, 0, 0, 0, 0, 1)) == "2.5");
  BOOST_TEST(step(fs(4, 0, 0, 0, 0, 0, 0, 1)) == "4.0");
  // 2 (>= 300 m): at least 4.5.
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 0, 2)) == "4.5");
  BOOST_TEST(step(fs(4, 0, 0, 0, 0, 0, 0, 2)) == "4.5");
  BOOST_TEST(step(fs(5, 0, 0, 0, 0, 0, 0, 2)) == "5.0");
  BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, 2)) == "5.0");
  // 3 and above decide alone, whatever the systems.
  const std::array<const char*, 17> by_score{"", "", "", "5.0", "5.5", "6.0", "6.0", "6.0", "6.5",
                                             "6.5", "7.0", "7.5", "8.0", "8.5", "9.0", "9.5", "10.0"};
  for (int a = 3; a <= 16; ++a) {
    BOOST_TEST_CONTEXT("ambulation " << a) {
      BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 0, a)) == by_score[static_cast<std::size_t>(a)]);
      BOOST_TEST(step(fs(5, 5, 5, 6, 6, 6, 5, a)) == by_score[static_cast<std::size_t>(a)]);
    }
  }
}

BOOST_AUTO_TEST_CASE(visual_and_bowel_bladder_are_converted) {
  const std::array<int, 7> visual{0, 1, 2, 2, 3, 3, 4};
  const std::array<int, 7> bowel_bladder{0, 1, 2, 3, 3, 4, 5};
  for (int g = 0; g <= 6; ++g) {
    BOOST_TEST(converted_visual(g) == visual[static_cast<std::size_t>(g)]);
    BOOST_TEST(converted_bowel_bladder(g) == bowel_bladder[static_cast<std::size_t>(g)]);
  }
  BOOST_CHECK_THROW(converted_visual(7), invalid_input);
  BOOST_CHECK_THROW(converted_bowel_bladder(-1), invalid_input);
  // Visual 6 alone counts as a grade 4 (4.0), not as a 6 (which would give 5.0).
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 6, 0, 0)) == "4.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 5, 0, 0)) == "3.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 4, 0, 0)) == "3.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 3, 0, 0)) == "2.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 2, 0, 0)) == "2.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 1, 0, 0)) == "1.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 6, 0, 0, 0)) == "5.0"); // bowel/bladder 6 -> 5
  BOOST_TEST(step(fs(0, 0, 0, 0, 5, 0, 0, 0)) == "4.0"); // 5 -> 4
  BOOST_TEST(step(fs(0, 0, 0, 0, 4, 0, 0, 0)) == "3.0"); // 4 -> 3
  BOOST_TEST(step(fs(0, 0, 0, 0, 3, 0, 0, 0)) == "3.0");
  BOOST_TEST(step(fs(0, 0, 0, 0, 2, 0, 0, 0)) == "2.0");
  // Visual 4 and 5 become 3s: with pyramidal 3 that is two at 3 (3.5).
  BOOST_TEST(step(fs(3, 0, 0, 0, 0, 5, 0, 0)) == "3.5");
  BOOST_TEST(step(fs(3, 0, 0, 0, 4, 4, 0, 0)) == "4.0"); // three at 3 after conversion
}

BOOST_AUTO_TEST_CASE(disagreement_cerebral_grade_one) {
  // Default (Kurtzke): cerebral 1 does not count.
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 1, 0)) == "0.0");
  BOOST_TEST(step(fs(1, 0, 0, 0, 0, 0, 1, 0)) == "1.0");
  BOOST_TEST(step(fs(2, 2, 0, 0, 0, 0, 1, 0)) == "2.5");
  // Counted: it is one more FS at grade 1.
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 1, 0), cerebral_counted) == "1.0");
  BOOST_TEST(step(fs(1, 0, 0, 0, 0, 0, 1, 0), cerebral_counted) == "1.5");
  BOOST_TEST(step(fs(2, 2, 0, 0, 0, 0, 1, 0), cerebral_counted) == "2.5"); // no difference above 1.5
  // Cerebral 2 and above always count.
  BOOST_TEST(step(fs(0, 0, 0, 0, 0, 0, 2, 0)) == "2.0");
}

BOOST_AUTO_TEST_CASE(disagreement_one_grade_four_with_twos) {
  BOOST_TEST(step(fs(4, 0, 0, 2, 0, 0, 0, 0)) == "4.5"); // default
  BOOST_TEST(step(fs(4, 2, 2, 2, 0, 0, 0, 0)) == "4.5");
  BOOST_TEST(step(fs(4, 0, 0, 2, 0, 0, 0, 0), four_with_twos_4_0) == "4.0");
  BOOST_TEST(step(fs(4, 2, 2, 2, 2, 2, 2, 0), four_with_twos_4_0) == "4.0");
  // Not the disagreement: with only 0s and 1s beside the 4, both give 4.0; with a 3, both 4.5.
  BOOST_TEST(step(fs(4, 1, 0, 1, 0, 0, 0, 0), four_with_twos_4_0) == "4.0");
  BOOST_TEST(step(fs(4, 3, 2, 0, 0, 0, 0, 0), four_with_twos_4_0) == "4.5");
  // Walking >= 300 m (ambulation 2) gives 4.5 either way.
  BOOST_TEST(step(fs(4, 0, 0, 2, 0, 0, 0, 2), four_with_twos_4_0) == "4.5");
}

BOOST_AUTO_TEST_CASE(disagreement_grade_fours_while_walking) {
  for (int a = 0; a <= 2; ++a) {
    BOOST_TEST_CONTEXT("ambulation " << a) {
      BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, a)) == "5.0"); // default: the FS rule
      BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, a), fours_capped) == "4.5");
      BOOST_TEST(step(fs(3, 3, 3, 3, 3, 0, 3, a), fours_capped) == "4.5"); // six at 3
      BOOST_TEST(step(fs(4, 3, 3, 3, 0, 0, 0, a), fours_capped) == "4.5"); // 4 with three 3s
      BOOST_TEST(step(fs(5, 0, 0, 0, 0, 0, 0, a), fours_capped) == "5.0"); // a 5 still gives 5.0
      BOOST_TEST(step(fs(4, 4, 5, 0, 0, 0, 0, a), fours_capped) == "5.0");
    }
  }
  // Ambulation 3 (>= 200 m) gives 5.0 under both.
  BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, 3), fours_capped) == "5.0");
  BOOST_TEST(step(fs(4, 4, 0, 0, 0, 0, 0, 4), fours_capped) == "5.5");
}

BOOST_AUTO_TEST_CASE(options_are_described) {
  BOOST_TEST(describe(edss_fs_options{}) ==
             "cerebral grade 1 not counted; one FS at 4 with others at 2: 4.5; two FS at 4 while walking >= 300 m: 5.0");
  BOOST_TEST(describe(cerebral_counted) ==
             "cerebral grade 1 counted; one FS at 4 with others at 2: 4.5; two FS at 4 while walking >= 300 m: 5.0");
  BOOST_TEST(describe(four_with_twos_4_0) ==
             "cerebral grade 1 not counted; one FS at 4 with others at 2: 4.0; two FS at 4 while walking >= 300 m: 5.0");
  BOOST_TEST(describe(fours_capped) ==
             "cerebral grade 1 not counted; one FS at 4 with others at 2: 4.5; two FS at 4 while walking >= 300 m: 4.5");
}

BOOST_AUTO_TEST_CASE(missing_grades_are_unknown) {
  BOOST_TEST(!edss_from_functional_systems(trialspec::functional_systems{}).has_value());
  trialspec::functional_systems f = fs(0, 0, 0, 0, 0, 0, 0, 0);
  BOOST_TEST(f.complete());
  f.sensory = trialspec::functional_systems::not_recorded;
  BOOST_TEST(!f.complete());
  BOOST_TEST(step(f) == "none");
  f.ambulation = 2;
  BOOST_TEST(step(f) == "none"); // sensory could still make it 5.0
  // An ambulation score of 3 or more decides alone: the missing grade cannot matter.
  f.ambulation = 12;
  BOOST_TEST(step(f) == "8.0");
  trialspec::functional_systems only_ambulation;
  only_ambulation.ambulation = 16;
  BOOST_TEST(step(only_ambulation) == "10.0");
}

BOOST_AUTO_TEST_CASE(out_of_range_grades_name_system_and_grade) {
  check_rejects(fs(7, 0, 0, 0, 0, 0, 0, 0), "pyramidal", "7", "the pyramidal grade must be 0 to 6");
  check_rejects(fs(0, 6, 0, 0, 0, 0, 0, 0), "cerebellar", "6", "the cerebellar grade must be 0 to 5");
  check_rejects(fs(0, 0, 6, 0, 0, 0, 0, 0), "brainstem", "6", "the brainstem grade must be 0 to 5");
  check_rejects(fs(0, 0, 0, 7, 0, 0, 0, 0), "sensory", "7", "the sensory grade must be 0 to 6");
  check_rejects(fs(0, 0, 0, 0, 7, 0, 0, 0), "bowel_bladder", "7", "the bowel_bladder grade must be 0 to 6");
  check_rejects(fs(0, 0, 0, 0, 0, 7, 0, 0), "visual", "7", "the visual grade must be 0 to 6");
  check_rejects(fs(0, 0, 0, 0, 0, 0, 6, 0), "cerebral", "6", "the cerebral grade must be 0 to 5");
  check_rejects(fs(0, 0, 0, 0, 0, 0, 0, 17), "ambulation", "17", "the ambulation score must be 0 to 16");
  check_rejects(fs(-2, 0, 0, 0, 0, 0, 0, 0), "pyramidal", "-2", "the pyramidal grade must be 0 to 6");
  // Checked even when the ambulation score alone would decide.
  check_rejects(fs(0, 0, 0, 0, 0, 0, 9, 12), "cerebral", "9", "the cerebral grade must be 0 to 5");
  try {
    (void)edss_from_functional_systems(fs(0, 0, 0, 0, 0, 0, 0, 17));
    BOOST_ERROR("accepted ambulation 17");
  } catch (const invalid_input& e) {
    BOOST_TEST(std::string(e.what()) == "ambulation \"17\": the ambulation score must be 0 to 16");
  }
}

// Every combination (7*6*6*7*7*7*6 grades times 17 ambulation scores = 8,816,472): the step is
// a valid score, and raising any one grade or the ambulation score by one never lowers it. The
// steps are computed once into a flat array; neighbours are compared by index. Under the default
// options all 17 ambulation scores are covered; under the 7 other choices, ambulation 0-4 (the
// options are only read while ambulation is 0-2, and 3-4 check the hand-over to the ambulation
// rules; the options_do_not_matter_from_ambulation_3 case covers the rest), which keeps the test
// at a few seconds in unoptimised builds.
BOOST_AUTO_TEST_CASE(exhaustive_valid_and_monotone) {
  for (int option_bits = 0; option_bits < 8; ++option_bits) {
    const int ambulation_scores = option_bits == 0 ? 17 : 5;
    const std::array<int, 8> size{7, 6, 6, 7, 7, 7, 6, ambulation_scores}; // P Cll BS S BB V Cb Amb
    std::array<std::size_t, 8> stride{};
    std::size_t total = 1;
    for (int d = 7; d >= 0; --d) {
      stride[static_cast<std::size_t>(d)] = total;
      total *= static_cast<std::size_t>(size[static_cast<std::size_t>(d)]);
    }
    BOOST_TEST(total == (option_bits == 0 ? 8816472u : 2593080u)); // 518,616 grade patterns * 17 or * 5
    std::vector<std::uint8_t> steps(total);
    const edss_fs_options o{option_bits & 1 ? cerebral_grade_one::counted : cerebral_grade_one::ignored,
                            option_bits & 2 ? grade_four_with_twos::step_4_0 : grade_four_with_twos::step_4_5,
                            option_bits & 4 ? grade_fours_when_walking::capped_at_4_5
                                            : grade_fours_when_walking::step_5_0};
    std::size_t invalid = 0, missing = 0, i = 0;
    trialspec::functional_systems f;
    for (f.pyramidal = 0; f.pyramidal < 7; ++f.pyramidal)
      for (f.cerebellar = 0; f.cerebellar < 6; ++f.cerebellar)
        for (f.brainstem = 0; f.brainstem < 6; ++f.brainstem)
          for (f.sensory = 0; f.sensory < 7; ++f.sensory)
            for (f.bowel_bladder = 0; f.bowel_bladder < 7; ++f.bowel_bladder)
              for (f.visual = 0; f.visual < 7; ++f.visual)
                for (f.cerebral = 0; f.cerebral < 6; ++f.cerebral)
                  for (f.ambulation = 0; f.ambulation < ambulation_scores; ++f.ambulation, ++i) {
                    const std::optional<edss> e = edss_from_functional_systems(f, o);
                    if (!e) {
                      ++missing;
                      continue;
                    }
                    const int h = e->half_steps();
                    if (!edss::valid_half_steps(h)) ++invalid;
                    steps[i] = static_cast<std::uint8_t>(h);
                  }
    BOOST_TEST_CONTEXT("options " << option_bits) {
      BOOST_TEST(i == total);
      BOOST_TEST(missing == 0u);
      BOOST_TEST(invalid == 0u);

      // Walk the same index space; for each dimension whose coordinate can still rise, the
      // neighbour one grade up must not be lower.
      // Plain pointers and arrays: this loop runs 70 million times in unoptimised builds too.
      std::size_t decreases = 0;
      std::size_t first_bad = total;
      const std::uint8_t* const s = steps.data();
      const int* const n = size.data();
      const std::size_t* const st = stride.data();
      int c[8] = {0, 0, 0, 0, 0, 0, 0, 0};
      for (std::size_t k = 0; k < total; ++k) {
        const std::uint8_t here = s[k];
        for (int d = 0; d < 8; ++d)
          if (c[d] + 1 < n[d] && s[k + st[d]] < here) {
            ++decreases;
            if (first_bad == total) first_bad = k;
          }
        for (int d = 7; d >= 0; --d) { // odometer increment, last dimension fastest
          if (++c[d] < n[d]) break;
          c[d] = 0;
        }
      }
      BOOST_TEST(decreases == 0u, "first decrease at flat index " << first_bad);
    }
  }
}

BOOST_AUTO_TEST_CASE(options_do_not_matter_from_ambulation_3) {
  const std::array<const char*, 17> by_score{"", "", "", "5.0", "5.5", "6.0", "6.0", "6.0", "6.5",
                                             "6.5", "7.0", "7.5", "8.0", "8.5", "9.0", "9.5", "10.0"};
  for (int option_bits = 1; option_bits < 8; ++option_bits) {
    const edss_fs_options o{option_bits & 1 ? cerebral_grade_one::counted : cerebral_grade_one::ignored,
                            option_bits & 2 ? grade_four_with_twos::step_4_0 : grade_four_with_twos::step_4_5,
                            option_bits & 4 ? grade_fours_when_walking::capped_at_4_5
                                            : grade_fours_when_walking::step_5_0};
    for (int a = 3; a <= 16; ++a)
      for (const trialspec::functional_systems& f : {fs(0, 0, 0, 0, 0, 0, 0, a), fs(0, 0, 0, 0, 0, 0, 1, a),
                                          fs(4, 2, 0, 0, 0, 0, 0, a), fs(4, 4, 0, 0, 0, 0, 0, a),
                                          fs(6, 5, 5, 6, 6, 6, 5, a)})
        BOOST_TEST(step(f, o) == by_score[static_cast<std::size_t>(a)]);
  }
}

BOOST_AUTO_TEST_SUITE_END()
