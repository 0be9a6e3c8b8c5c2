// Name tables (trialspec/enum_names.hpp): one table per enumeration, every enumerator exactly once,
// words for people and tokens for files, round trips, and the error for an unknown token.
#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/diagnosis/nmo_spectrum_2007.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/dose.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/safety.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/rates/kaplan_meier.hpp>

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

using namespace trialspec;

namespace {

// Every row i names enumerator i, and the table has `count` rows: the count is the number of
// enumerators in each definition, counted by hand.
template <class Table> constexpr bool one_row_per_enumerator(const Table& t, std::size_t count) {
  if (t.size() != count) return false;
  std::size_t i = 0;
  for (const auto& row : t)
    if (static_cast<std::size_t>(row.value) != i++) return false;
  return true;
}

static_assert(one_row_per_enumerator(sex_names, 3));
static_assert(one_row_per_enumerator(condition_kind_names, 14));
static_assert(one_row_per_enumerator(therapy_agent_names, 33));
static_assert(one_row_per_enumerator(ms_course_names, 4));
static_assert(one_row_per_enumerator(mcdonald_version_names, 3));
static_assert(one_row_per_enumerator(agent_group_names, 2));
static_assert(one_row_per_enumerator(diagnosis_kind_names, 4));
static_assert(one_row_per_enumerator(diagnostic_standard_names, 3));
static_assert(one_row_per_enumerator(aqp4_status_names, 3));
static_assert(one_row_per_enumerator(lab_test_names, 3));
static_assert(one_row_per_enumerator(lab_outcome_names, 3));
static_assert(one_row_per_enumerator(gd_dose_names, 3));
static_assert(one_row_per_enumerator(pregnancy_status_names, 4));
static_assert(one_row_per_enumerator(relapse_severity_names, 4));
static_assert(one_row_per_enumerator(relapse_phenotype_names, 7));
static_assert(one_row_per_enumerator(therapy_class_names, 4));
static_assert(one_row_per_enumerator(diagnosis::serostatus_names, 3));
static_assert(one_row_per_enumerator(diagnosis::untested_aqp4_names, 2));
static_assert(one_row_per_enumerator(diagnosis::spectrum_aqp4_names, 2));
static_assert(one_row_per_enumerator(change_kind_names, 2));
static_assert(one_row_per_enumerator(worsening_class_names, 3));
static_assert(one_row_per_enumerator(baseline_scheme_names, 2));
static_assert(one_row_per_enumerator(event_selection_names, 2));
static_assert(one_row_per_enumerator(cell_therapy::amount_unit_names, 3));
static_assert(one_row_per_enumerator(dose_unit_names, 4));
static_assert(one_row_per_enumerator(truth_names, 3));
static_assert(one_row_per_enumerator(protocols::nct02249676::age_reading_names, 3));
static_assert(one_row_per_enumerator(protocols::nct02249676::gd_dose_reading_names, 3));
static_assert(one_row_per_enumerator(protocols::nct02249676::diagnosis_evidence_names, 3));
static_assert(one_row_per_enumerator(protocols::nct02249676::recency_reading_names, 2));
static_assert(one_row_per_enumerator(protocols::nct02249676::allergy_reading_names, 2));
static_assert(one_row_per_enumerator(protocols::nct02249676::evidence_timing_reading_names, 2));
static_assert(one_row_per_enumerator(arm_role_names, 4));
static_assert(one_row_per_enumerator(intervention_kind_names, 4));
static_assert(one_row_per_enumerator(outcome_kind_names, 3));
static_assert(one_row_per_enumerator(relatedness_names, 6));
static_assert(one_row_per_enumerator(rates::conf_type_names, 3));
static_assert(one_row_per_enumerator(eligibility::reference_point_names, 2));
static_assert(one_row_per_enumerator(eligibility::screening_outcome_names, 3));
static_assert(one_row_per_enumerator(eligibility::criterion_role_names, 2));

// The last enumerator of each enumeration is the last row: an enumerator appended to a definition
// without a row fails to compile there (tests/compile/enum_names_missing_row.fail.cpp).
static_assert(NamedEnum<sex> && NamedEnum<diagnosis::serostatus> && NamedEnum<rates::conf_type> &&
              NamedEnum<eligibility::screening_outcome>);
static_assert(!NamedEnum<int>);

// Evaluated at compile time: the table is usable in constant expressions.
static_assert(to_string(condition_kind::brain_tumour) == "brain tumour");
static_assert(token_of(condition_kind::brain_tumour) == "brain_tumor");
static_assert(enum_from_token<condition_kind>("brain_tumor") == condition_kind::brain_tumour);
static_assert(!enum_from_token<condition_kind>("brain_tumour")); // the words are not a token
static_assert(token_of(pregnancy_status::unknown).empty());

// A user's own enumeration joins through the customisation point next to it.
enum class colour : std::uint8_t { red, light_blue };
inline constexpr auto colour_names = name_table<colour::light_blue>({
    {colour::red, "red"},
    {colour::light_blue, "light blue", "light-blue"},
});
constexpr const auto& names_of(colour) noexcept { return colour_names; }
static_assert(NamedEnum<colour>);
static_assert(words_of(colour::light_blue) == "light blue");

// A names_of() whose from_token does not give std::optional<E> is no name table for E.
enum class shade : std::uint8_t { dark };
struct shade_table {
  static constexpr std::string_view words(shade) noexcept { return "dark"; }
  static constexpr bool from_token(std::string_view) noexcept { return false; }
};
constexpr shade_table names_of(shade) noexcept { return {}; }
static_assert(!NamedEnum<shade> && names_of(shade::dark).words(shade::dark) == "dark");

// Every named enumeration of the library, for the round trips.
const auto all_tables = std::tie(
    sex_names, condition_kind_names, diagnosis_kind_names, diagnostic_standard_names, aqp4_status_names, lab_test_names,
    lab_outcome_names, gd_dose_names, pregnancy_status_names, relapse_severity_names, relapse_phenotype_names,
    therapy_class_names, diagnosis::serostatus_names, diagnosis::untested_aqp4_names, diagnosis::spectrum_aqp4_names, change_kind_names,
    worsening_class_names, baseline_scheme_names, event_selection_names, cell_therapy::amount_unit_names, dose_unit_names, truth_names, arm_role_names,
    intervention_kind_names, outcome_kind_names, relatedness_names, rates::conf_type_names,
    eligibility::reference_point_names, eligibility::screening_outcome_names, eligibility::criterion_role_names,
    protocols::nct02249676::age_reading_names, protocols::nct02249676::severity_reading_names,
    protocols::nct02249676::therapy_duration_reading_names, protocols::nct02249676::count_reading_names,
    protocols::nct02249676::gd_dose_reading_names, protocols::nct02249676::bp_reading_names,
    protocols::nct02249676::washout_reference_names, protocols::nct02249676::control_arm_reading_names,
    protocols::nct02249676::design_reading_names, protocols::nct02249676::diagnosis_evidence_names,
    protocols::nct02249676::recency_reading_names, protocols::nct02249676::single_dose_evidence_names,
    protocols::nct02249676::corticosteroid_reading_names, protocols::nct02249676::allergy_reading_names,
    protocols::nct02249676::evidence_timing_reading_names,
    // the NMOSD trials' vocabulary
    therapy_agent_names,
    // the MS trials' vocabulary
    ms_course_names, mcdonald_version_names, agent_group_names);

template <class F> void for_each_table(F&& f) {
  std::apply([&](const auto&... t) { (f(t), ...); }, all_tables);
}

} // namespace

BOOST_AUTO_TEST_SUITE(enum_names)

BOOST_AUTO_TEST_CASE(display_words_and_file_tokens) {
  // Words as reports print them, tokens as the cohort file format (README) spells them.
  struct expected {
    std::string_view words, token;
  };
  const auto check = [](auto e, expected x) {
    BOOST_TEST_CONTEXT(x.words) {
      BOOST_TEST(to_string(e) == x.words);
      BOOST_TEST(token_of(e) == x.token);
    }
  };
  check(sex::female, {"female", "female"});
  check(condition_kind::cardiac_failure, {"cardiac failure", "cardiac_failure"});
  check(condition_kind::brain_tumour, {"brain tumour", "brain_tumor"});
  check(condition_kind::other, {"other condition", "other"});
  check(diagnosis_kind::multiple_sclerosis, {"MS", "ms"});
  check(ms_course::ppms, {"PPMS", "ppms"});
  check(mcdonald_version::mcdonald2010, {"McDonald 2010", "2010"});
  check(condition_kind::immune_disease_other_than_ms, {"immune disease other than MS", "immune_disease_other_than_ms"});
  check(therapy_agent::anti_cd4, {"anti-CD4 antibody", "anti_cd4"});
  check(agent_group::lymphocyte_trafficking_blocker, {"lymphocyte trafficking blocker", "lymphocyte_trafficking_blocker"});
  check(diagnosis_kind::nmo, {"NMO", "nmo"});
  check(diagnostic_standard::wingerchuk2006, {"Wingerchuk 2006", "wingerchuk2006"});
  check(diagnostic_standard::ipnd2015, {"IPND 2015", "ipnd2015"});
  check(diagnostic_standard::other, {"other criteria", "other"});
  check(aqp4_status::not_tested, {"not tested", "not_tested"});
  check(lab_test::hiv, {"HIV", "hiv"});
  check(lab_test::tumour_marker, {"tumour marker", "tumor_marker"});
  check(lab_test::other, {"other test", "other"});
  check(lab_outcome::indeterminate, {"indeterminate", "indeterminate"});
  check(gd_dose::double_dose, {"double", "double"});
  check(pregnancy_status::possibly_pregnant, {"possibly pregnant", "possibly_pregnant"});
  check(pregnancy_status::unknown, {"unknown", ""}); // a file leaves the key out
  check(relapse_severity::unknown, {"unknown", ""});
  check(relapse_severity::moderate, {"moderate", "moderate"});
  check(relapse_phenotype::area_postrema, {"area_postrema", "area_postrema"});
  check(therapy_class::corticosteroid, {"corticosteroid", "corticosteroid"});
  check(rates::conf_type::log_log, {"log-log", "log-log"});
  check(dose_unit::ug, {"ug", "ug"});
  check(truth::not_met, {"not met", "not_met"});
  check(truth::unknown, {"unknown", "unknown"});
  // The seed protocol's readings: the tokens are the tool's option values (README, "Readings").
  namespace seed = protocols::nct02249676;
  check(seed::age_reading::from_18_up_to_80, {"age 18 to 80 inclusive", "18-to-80"});
  check(seed::bp_reading::systolic_and_diastolic, {"blood pressure excludes when systolic >= 200 and diastolic >= 110 mmHg", "both"});
  check(seed::therapy_duration_reading::continuous_course,
        {"at least a year of therapy: one continuous course of at least 1 year before screening", "continuous"});
  check(event_selection::first_worsening, {"first", "first"});
  check(worsening_class::pira, {"PIRA", "PIRA"});
  check(eligibility::reference_point::infusion, {"the infusion", "infusion"});
  check(relatedness::not_assessed, {"not assessed", "not_assessed"});
}

BOOST_AUTO_TEST_CASE(every_row_round_trips) {
  std::size_t rows = 0;
  for_each_table([&](const auto& table) {
    std::set<std::string_view> words, tokens;
    for (const auto& row : table) {
      ++rows;
      using E = std::remove_cvref_t<decltype(row.value)>;
      BOOST_TEST_CONTEXT(row.words) {
        BOOST_TEST(to_string(row.value) == row.words); // to_string reads the table
        BOOST_TEST((table.from_words(row.words) == row.value));
        BOOST_TEST(words.insert(row.words).second);
        if (!row.token.empty()) {
          // name -> enumerator -> name
          const auto back = enum_from_token<E>(row.token);
          BOOST_TEST_REQUIRE(back.has_value());
          BOOST_TEST((*back == row.value));
          BOOST_TEST(token_of(*back) == row.token);
          BOOST_TEST((parse_enum<E>(row.token, "field") == row.value));
          BOOST_TEST(tokens.insert(row.token).second);
        }
      }
    }
  });
  // The hand counts above, plus dose_unit (4), truth (3), the ten NCT02249676 reading
  // enumerations (3 + 2 + 2 + 2 + 3 + 2 + 2 + 2 + 2 + 2 = 22) and its four further decisions
  // (recency, single-dose evidence, corticosteroids, allergies: 2 each, 8): 91 + 4 + 3 + 22 + 8;
  // plus the NMOSD trials' condition (1) and the 27 agents: 128 + 28; plus the MS trials' seven
  // conditions, six agents, four courses, three McDonald revisions and two agent groups: 156 + 22;
  // plus I4's evidence timing (2): 178 + 2; plus I1's third source, wingerchuk-2007 (1), and the
  // 2007 NMO spectrum's AQP4-IgG readings, required and not required (2): 180 + 3.
  BOOST_TEST(rows == 183u);
}

BOOST_AUTO_TEST_CASE(unknown_token_names_the_field_and_the_text) {
  try {
    (void)parse_enum<gd_dose>("quadruple", "mri[0].gd_dose");
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.field() == "mri[0].gd_dose");
    BOOST_TEST(e.value() == "quadruple");
    BOOST_TEST(e.rule() == "expected single, double or triple");
    BOOST_TEST(std::string(e.what()) == R"(mri[0].gd_dose "quadruple": expected single, double or triple)");
  }
  // Tokens are exact: no case folding, the display words are not tokens, an enumerator without a
  // token cannot be spelled.
  BOOST_CHECK_THROW(parse_enum<sex>("Female", "sex"), invalid_input);
  BOOST_CHECK_THROW(parse_enum<sex>("", "sex"), invalid_input);
  BOOST_CHECK_THROW(parse_enum<aqp4_status>("not tested", "aqp4_igg"), invalid_input);
  try {
    (void)parse_enum<pregnancy_status>("unknown", "pregnancy");
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.rule() == "expected not_pregnant, possibly_pregnant or pregnant");
  }
  BOOST_TEST(tokens_of<eligibility::criterion_role>() == "inclusion or exclusion");
  BOOST_TEST(tokens_of<colour>() == "red or light-blue");
}

BOOST_AUTO_TEST_CASE(a_value_outside_the_enumeration_prints_as_invalid) {
  BOOST_TEST(to_string(static_cast<sex>(7)) == "invalid");
  BOOST_TEST(token_of(static_cast<sex>(7)).empty());
}

BOOST_AUTO_TEST_SUITE_END()
