// The JSON cohort format: every key read into the record, absent/null as unknown, writing and
// reading back, and errors that name the patient, the key and the value.
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmo_spectrum_2007.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace trialspec;
using trialspec::io::cohort_format_error;

namespace {

date d(const char* iso) { return parse_date(iso); }

// Every member of the record, compared one by one (patient has no operator==).
void check_same(const patient& a, const patient& b) {
  BOOST_TEST(a.id == b.id);
  BOOST_TEST((a.birth_date == b.birth_date));
  BOOST_TEST((a.sex == b.sex));
  BOOST_TEST((a.weight_kg == b.weight_kg));
  BOOST_TEST((a.diagnosis == b.diagnosis));
  BOOST_TEST((a.edss == b.edss));
  BOOST_TEST((a.functional_systems == b.functional_systems));
  BOOST_TEST((a.relapses == b.relapses));
  BOOST_TEST((a.relapses_recorded_since == b.relapses_recorded_since));
  BOOST_TEST((a.mri == b.mri));
  BOOST_TEST((a.therapies == b.therapies));
  BOOST_TEST((a.therapies_recorded_since == b.therapies_recorded_since));
  BOOST_TEST((a.conditions == b.conditions));
  BOOST_TEST(a.conditions_complete == b.conditions_complete);
  BOOST_TEST((a.labs == b.labs));
  BOOST_TEST((a.blood_pressure == b.blood_pressure));
  BOOST_TEST((a.pregnancy == b.pregnancy));
  BOOST_TEST((a.consent_capacity == b.consent_capacity));
  BOOST_TEST((a.judged_unsuitable == b.judged_unsuitable));
  BOOST_TEST((a.infusion_date == b.infusion_date));
}

const char* const full_patient = R"({"patients": [{
  "id": "P-01", "birth_date": "1975-02-28", "sex": "female", "weight_kg": 62.5,
  "diagnosis": {"nmosd": true, "criteria": "ipnd2015", "aqp4_igg": "positive"},
  "edss": [{"date": "2013-03-01", "score": 3}, {"date": "2013-11-20", "score": 4.5}],
  "relapses": [{"onset": "2013-05-10", "severity": "moderate", "phenotype": "myelitis"},
               {"onset": "2013-09-01"}],
  "mri": [{"date": "2013-10-01", "gd_enhancing_lesions": 2, "gd_dose": "double", "new_t2_lesions": 0}],
  "therapies": [{"name": "azathioprine", "class": "immunosuppressant", "start": "2011-01-01", "end": "2013-06-30"},
                {"name": "prednisone", "class": "corticosteroid", "start": "2013-07-01"}],
  "conditions": [{"code": "brain_tumor", "significant": false}, {"code": "allergy"}],
  "labs": [{"test": "hiv", "date": "2013-12-01", "result": "negative"},
           {"test": "tumor_marker", "date": "2013-12-02", "result": "positive"}],
  "blood_pressure": [{"date": "2013-12-01", "systolic": 130, "diastolic": 85}],
  "pregnancy": "not_pregnant", "can_consent": true, "judged_unsuitable": false,
  "infusion_date": "2014-02-01"
}]})";

// Runs `f`, expecting a cohort_format_error; returns it for inspection.
template <class F> cohort_format_error expect_format_error(F&& f) {
  try {
    f();
  } catch (const cohort_format_error& e) {
    return e;
  }
  BOOST_FAIL("expected a cohort_format_error");
  throw; // not reached
}

cohort_format_error bad_patient(const std::string& patient_body) {
  return expect_format_error([&] { io::parse_cohort(R"({"patients": [)" + patient_body + "]}"); });
}

cohort_format_error bad_document(const std::string& text) {
  return expect_format_error([&] { io::parse_cohort(text); });
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// A file in the temporary directory, removed when the test ends.
struct temp_file {
  std::filesystem::path path;
  explicit temp_file(const std::string& text) {
    path = std::filesystem::temp_directory_path() /
           ("trialspec-cohort-" + std::to_string(std::random_device{}()) + "-" + std::to_string(std::random_device{}()) + ".json");
    std::ofstream(path, std::ios::binary) << text;
  }
  ~temp_file() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

} // namespace

BOOST_AUTO_TEST_SUITE(cohort_json)

BOOST_AUTO_TEST_CASE(reads_every_key_of_the_format) {
  const auto cohort = io::parse_cohort(full_patient);
  BOOST_TEST_REQUIRE(cohort.size() == 1u);
  const patient& p = cohort[0];
  BOOST_TEST(p.id == "P-01");
  BOOST_TEST(*p.birth_date == d("1975-02-28"));
  BOOST_TEST((p.sex == sex::female));
  BOOST_TEST(*p.weight_kg == 62.5);
  BOOST_TEST((p.diagnosis.kind == diagnosis_kind::nmosd));
  BOOST_TEST((p.diagnosis.criteria == diagnostic_standard::ipnd2015));
  BOOST_TEST((p.diagnosis.aqp4_igg == aqp4_status::positive));
  BOOST_TEST_REQUIRE(p.edss.size() == 2u);
  BOOST_TEST(p.edss[0].on == d("2013-03-01"));
  BOOST_TEST(p.edss[0].score.half_steps() == 6); // 3.0
  BOOST_TEST(p.edss[1].score.half_steps() == 9); // 4.5
  BOOST_TEST_REQUIRE(p.relapses.size() == 2u);
  BOOST_TEST((p.relapses[0].severity == relapse_severity::moderate));
  BOOST_TEST((p.relapses[0].phenotype == relapse_phenotype::myelitis));
  BOOST_TEST((p.relapses[1].severity == relapse_severity::unknown)); // absent: not graded
  BOOST_TEST(!p.relapses[1].phenotype.has_value());
  BOOST_TEST(!p.relapses_recorded_since.has_value());
  BOOST_TEST_REQUIRE(p.mri.size() == 1u);
  BOOST_TEST(*p.mri[0].gd_enhancing_lesions == 2);
  BOOST_TEST((p.mri[0].dose == gd_dose::double_dose));
  BOOST_TEST(*p.mri[0].new_t2_lesions == 0); // zero is a finding, not unknown
  BOOST_TEST_REQUIRE(p.therapies.size() == 2u);
  BOOST_TEST(p.therapies[0].name == "azathioprine");
  BOOST_TEST((p.therapies[0].kind == therapy_class::immunosuppressant));
  BOOST_TEST(*p.therapies[0].end == d("2013-06-30"));
  BOOST_TEST(!p.therapies[1].end.has_value()); // ongoing
  BOOST_TEST_REQUIRE(p.conditions.size() == 2u);
  BOOST_TEST((p.conditions[0].kind == condition_kind::brain_tumour));
  BOOST_TEST(p.conditions[0].present);
  BOOST_TEST((p.conditions[0].significant == false));
  BOOST_TEST(!p.conditions[1].significant.has_value());
  BOOST_TEST(!p.conditions_complete);
  BOOST_TEST_REQUIRE(p.labs.size() == 2u);
  BOOST_TEST((p.labs[0].test == lab_test::hiv && p.labs[0].outcome == lab_outcome::negative));
  BOOST_TEST((p.labs[1].test == lab_test::tumour_marker && p.labs[1].outcome == lab_outcome::positive));
  BOOST_TEST_REQUIRE(p.blood_pressure.size() == 1u);
  BOOST_TEST(p.blood_pressure[0].systolic == 130);
  BOOST_TEST(p.blood_pressure[0].diastolic == 85);
  BOOST_TEST((p.pregnancy == pregnancy_status::not_pregnant));
  BOOST_TEST((p.consent_capacity == true));
  BOOST_TEST((p.judged_unsuitable == false));
  BOOST_TEST(*p.infusion_date == d("2014-02-01"));
}

BOOST_AUTO_TEST_CASE(absent_and_null_keys_are_unknown) {
  const auto cohort = io::parse_cohort(R"({"patients": [
    {"id": "A"},
    {"id": "B", "birth_date": null, "sex": null, "weight_kg": null, "diagnosis": null, "edss": null,
     "pregnancy": null, "can_consent": null, "judged_unsuitable": null, "infusion_date": null,
     "conditions_complete": null, "mri": [{"date": "2013-01-01", "gd_enhancing_lesions": null}]}
  ]})");
  BOOST_TEST_REQUIRE(cohort.size() == 2u);
  for (const patient& p : cohort) {
    BOOST_TEST(!p.birth_date.has_value());
    BOOST_TEST(!p.sex.has_value());
    BOOST_TEST(!p.weight_kg.has_value());
    BOOST_TEST(!p.diagnosis.kind.has_value());
    BOOST_TEST(!p.diagnosis.aqp4_igg.has_value());
    BOOST_TEST(p.edss.empty());
    BOOST_TEST((p.pregnancy == pregnancy_status::unknown));
    BOOST_TEST(!p.consent_capacity.has_value());
    BOOST_TEST(!p.judged_unsuitable.has_value());
    BOOST_TEST(!p.infusion_date.has_value());
    BOOST_TEST(!p.conditions_complete);
  }
  BOOST_TEST_REQUIRE(cohort[1].mri.size() == 1u);
  BOOST_TEST(!cohort[1].mri[0].gd_enhancing_lesions.has_value()); // not assessed, not zero
  BOOST_TEST(!cohort[1].mri[0].dose.has_value());
}

BOOST_AUTO_TEST_CASE(diagnosis_kind_from_nmosd_flag_and_kind_key) {
  const auto c = io::parse_cohort(R"({"patients": [
    {"id": "a", "diagnosis": {"nmosd": false}},
    {"id": "b", "diagnosis": {"nmosd": true, "kind": "nmo"}},
    {"id": "c", "diagnosis": {"kind": "ms"}},
    {"id": "d", "diagnosis": {"aqp4_igg": "not_tested"}}
  ]})");
  BOOST_TEST((c[0].diagnosis.kind == diagnosis_kind::other));
  BOOST_TEST((c[1].diagnosis.kind == diagnosis_kind::nmo));
  BOOST_TEST((c[2].diagnosis.kind == diagnosis_kind::multiple_sclerosis));
  BOOST_TEST(!c[3].diagnosis.kind.has_value());
  BOOST_TEST((c[3].diagnosis.aqp4_igg == aqp4_status::not_tested)); // not tested is not "not recorded"
  const auto e = bad_patient(R"({"id": "x", "diagnosis": {"nmosd": false, "kind": "nmo"}})");
  BOOST_TEST(e.key() == "diagnosis.nmosd");
  BOOST_TEST(std::string(e.what()).find("contradicts") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(extension_keys_for_completeness) {
  const auto c = io::parse_cohort(R"({"patients": [{"id": "a",
    "relapses_recorded_since": "2010-01-01", "therapies_recorded_since": "2009-06-01",
    "conditions_complete": true,
    "conditions": [{"code": "cardiac_failure", "name": "dilated cardiomyopathy", "present": false}]}]})");
  BOOST_TEST(*c[0].relapses_recorded_since == d("2010-01-01"));
  BOOST_TEST(*c[0].therapies_recorded_since == d("2009-06-01"));
  BOOST_TEST(c[0].conditions_complete);
  BOOST_TEST(c[0].conditions[0].name == "dilated cardiomyopathy");
  BOOST_TEST(!c[0].conditions[0].present);
}

BOOST_AUTO_TEST_CASE(written_text_is_the_format) {
  patient p;
  p.id = "W-1";
  p.birth_date = d("1980-07-15");
  p.sex = sex::male;
  p.diagnosis.kind = diagnosis_kind::nmosd;
  p.edss.push_back({d("2014-01-05"), edss::from_double(6.0)});
  p.relapses.push_back({d("2013-08-01"), relapse_severity::severe, relapse_phenotype::optic_neuritis});
  p.pregnancy = pregnancy_status::not_pregnant;
  std::ostringstream out;
  io::write_cohort(out, std::vector<patient>{p}, -1);
  // Expected text written by hand from the format: keys in the format's order, unknown items
  // left out, a whole EDSS score as an integer.
  BOOST_TEST(out.str() ==
             R"({"patients":[{"id":"W-1","birth_date":"1980-07-15","sex":"male","diagnosis":{"nmosd":true},)"
             R"("edss":[{"date":"2014-01-05","score":6}],)"
             R"("relapses":[{"onset":"2013-08-01","severity":"severe","phenotype":"optic_neuritis"}],)"
             R"("pregnancy":"not_pregnant"}]})"
             "\n");
}

BOOST_AUTO_TEST_CASE(round_trip_of_a_full_record) {
  patient p;
  p.id = "R-9";
  p.birth_date = d("1964-02-29");
  p.sex = sex::other;
  p.weight_kg = 71.3;
  p.diagnosis = {diagnosis_kind::multiple_sclerosis, diagnostic_standard::other, aqp4_status::negative};
  p.edss = {{d("2012-01-01"), edss::from_double(0)}, {d("2013-01-01"), edss::from_double(9.5)}};
  p.relapses = {{d("2012-05-01"), relapse_severity::mild, relapse_phenotype::area_postrema},
                {d("2012-06-01"), relapse_severity::unknown, std::nullopt}};
  p.relapses_recorded_since = d("2005-01-01");
  p.mri = {{d("2012-02-02"), 0, gd_dose::triple, std::nullopt}, {d("2012-03-03"), std::nullopt, std::nullopt, 4}};
  p.therapies = {{"rituximab", therapy_class::immunosuppressant, d("2010-01-01"), d("2010-01-01")},
                 {"interferon", therapy_class::immunomodulator, d("2011-01-01"), std::nullopt}};
  p.therapies_recorded_since = d("2009-01-01");
  p.conditions = {{condition_kind::hepatic_failure, "", false, std::nullopt},
                  {condition_kind::other, "asthma", true, true}};
  p.conditions_complete = true;
  p.labs = {{lab_test::other, lab_outcome::indeterminate, d("2013-02-02")}};
  p.blood_pressure = {{d("2013-02-02"), 200, 110}};
  p.pregnancy = pregnancy_status::possibly_pregnant;
  p.consent_capacity = false;
  p.judged_unsuitable = true;
  p.infusion_date = d("2014-03-01");

  std::stringstream io_text;
  io::write_cohort(io_text, std::vector<patient>{p});
  const auto back = io::read_cohort(io_text);
  BOOST_TEST_REQUIRE(back.size() == 1u);
  check_same(p, back[0]);

  // A record with nothing known survives too (only its id is written).
  patient empty;
  empty.id = "E";
  BOOST_TEST(io::patient_to_json(empty).dump() == R"({"id":"E"})");
  check_same(empty, io::patient_from_json(io::patient_to_json(empty)));
}

BOOST_AUTO_TEST_CASE(synthetic_cohort_round_trips) {
  // Synthetic records use every part of the format, with realistic gaps.
  const auto cohort = testing::synthetic_cohort({.seed = 11, .as_of = d("2014-01-05")}).take(300);
  const std::string text = io::cohort_to_json(cohort).dump();
  const auto back = io::parse_cohort(text);
  BOOST_TEST_REQUIRE(back.size() == cohort.size());
  for (std::size_t i = 0; i < cohort.size(); ++i) check_same(cohort[i], back[i]);
}

BOOST_AUTO_TEST_CASE(text_round_trip_is_stable) {
  const auto first = io::parse_cohort(full_patient);
  const std::string once = io::cohort_to_json(first).dump(2);
  const std::string twice = io::cohort_to_json(io::parse_cohort(once)).dump(2);
  BOOST_TEST(once == twice);
  check_same(first[0], io::parse_cohort(once)[0]);
}

BOOST_AUTO_TEST_CASE(errors_name_patient_key_and_value) {
  // The second patient is bad: the error names it by id and position (#2), never skips it.
  const auto e = expect_format_error([] {
    io::parse_cohort(R"({"patients": [{"id": "ok"}, {"id": "P-07", "edss": [{"date": "2013-01-01", "score": 2},
                                                                       {"date": "2013-02-01", "score": 5.25}]}]})");
  });
  BOOST_TEST(e.patient() == "P-07");
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.key() == "edss[1].score");
  BOOST_TEST(e.value() == "5.25");
  const std::string what = e.what();
  BOOST_TEST(what.find("patient \"P-07\" (#2): edss[1].score \"5.25\"") == 0u);
  BOOST_TEST(what.find("0.5 does not exist") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_keys_are_errors) {
  auto e = bad_patient(R"({"id": "u", "birthdate": "1970-01-01"})");
  BOOST_TEST(e.key() == "birthdate");
  BOOST_TEST(e.value() == "1970-01-01");
  BOOST_TEST(e.rule() == "unknown key");
  e = bad_patient(R"({"id": "u", "mri": [{"date": "2013-01-01", "t1_lesions": 3}]})");
  BOOST_TEST(e.key() == "mri[0].t1_lesions");
  e = bad_patient(R"({"id": "u", "diagnosis": {"nmosd": true, "onset": "2010"}})");
  BOOST_TEST(e.key() == "diagnosis.onset");
  const auto top = expect_format_error([] { io::parse_cohort(R"({"patients": [], "version": 2})"); });
  BOOST_TEST(top.key() == "version");
  BOOST_TEST(top.value() == "2");
}

BOOST_AUTO_TEST_CASE(bad_values_are_errors) {
  struct bad {
    const char* body;
    const char* key;
    const char* value;
  };
  const bad cases[] = {
      {R"({"id": "b", "birth_date": "1970-02-29"})", "birth_date", "1970-02-29"}, // 1970 is not a leap year
      {R"({"id": "b", "birth_date": "02/03/1970"})", "birth_date", "02/03/1970"},
      {R"({"id": "b", "birth_date": 19700101})", "birth_date", "19700101"},
      {R"({"id": "b", "sex": "f"})", "sex", "f"},
      {R"({"id": "b", "weight_kg": 0})", "weight_kg", "0"},
      {R"({"id": "b", "weight_kg": "70"})", "weight_kg", "70"},
      {R"({"id": "b", "diagnosis": {"nmosd": "yes"}})", "diagnosis.nmosd", "yes"},
      {R"({"id": "b", "diagnosis": {"criteria": "mcdonald2017"}})", "diagnosis.criteria", "mcdonald2017"},
      {R"({"id": "b", "diagnosis": {"aqp4_igg": "unknown"}})", "diagnosis.aqp4_igg", "unknown"},
      {R"({"id": "b", "edss": [{"date": "2013-01-01", "score": 0.5}]})", "edss[0].score", "0.5"},
      {R"({"id": "b", "edss": [{"date": "2013-01-01", "score": "4.5"}]})", "edss[0].score", "4.5"},
      {R"({"id": "b", "edss": [{"date": "2013-01-01"}]})", "edss[0].score", "null"},
      {R"({"id": "b", "edss": {"date": "2013-01-01", "score": 3}})", "edss", R"({"date":"2013-01-01","score":3})"},
      {R"({"id": "b", "relapses": [{"onset": "2013-01-01", "severity": "moderate-severe"}]})", "relapses[0].severity", "moderate-severe"},
      {R"({"id": "b", "relapses": [{"onset": "2013-01-01", "phenotype": "spinal"}]})", "relapses[0].phenotype", "spinal"},
      {R"({"id": "b", "relapses": [{"severity": "mild"}]})", "relapses[0].onset", "null"},
      // Rejected by the record's own rules (mri_scan, therapy, blood_pressure_reading::validate):
      // the key is the item, the value as the record quotes it.
      {R"({"id": "b", "mri": [{"date": "2013-01-01", "gd_enhancing_lesions": -1}]})", "mri[0]", "-1"},
      {R"({"id": "b", "mri": [{"date": "2013-01-01", "new_t2_lesions": 1.5}]})", "mri[0].new_t2_lesions", "1.5"},
      {R"({"id": "b", "mri": [{"date": "2013-01-01", "gd_dose": "quadruple"}]})", "mri[0].gd_dose", "quadruple"},
      {R"({"id": "b", "therapies": [{"name": "x", "class": "steroid", "start": "2013-01-01"}]})", "therapies[0].class", "steroid"},
      {R"({"id": "b", "therapies": [{"name": "x", "start": "2013-01-01"}]})", "therapies[0].class", "null"},
      {R"({"id": "b", "therapies": [{"name": "x", "class": "other", "start": "2013-01-02", "end": "2013-01-01"}]})", "therapies[0]", "2013-01-01"},
      {R"({"id": "b", "conditions": [{"code": "brain_tumour"}]})", "conditions[0].code", "brain_tumour"},
      {R"({"id": "b", "conditions": [{"code": "allergy", "significant": "no"}]})", "conditions[0].significant", "no"},
      {R"({"id": "b", "labs": [{"test": "hiv", "date": "2013-01-01", "result": "reactive"}]})", "labs[0].result", "reactive"},
      {R"({"id": "b", "labs": [{"test": "hcv", "date": "2013-01-01", "result": "negative"}]})", "labs[0].test", "hcv"},
      {R"({"id": "b", "blood_pressure": [{"date": "2013-01-01", "systolic": 80, "diastolic": 120}]})", "blood_pressure[0]", "80/120"},
      {R"({"id": "b", "blood_pressure": [{"date": "2013-01-01", "systolic": 0, "diastolic": 0}]})", "blood_pressure[0]", "0"},
      {R"({"id": "b", "pregnancy": "no"})", "pregnancy", "no"},
      {R"({"id": "b", "can_consent": 1})", "can_consent", "1"},
      {R"({"id": "b", "infusion_date": "2014-13-01"})", "infusion_date", "2014-13-01"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.body) {
      const auto e = bad_patient(c.body);
      BOOST_TEST(e.patient() == "b");
      BOOST_TEST(e.key() == c.key);
      BOOST_TEST(e.value() == c.value);
      BOOST_TEST(std::string(e.what()).find(std::string("patient \"b\" (#1): ") + c.key) == 0u);
    }
  }
}

BOOST_AUTO_TEST_CASE(patient_identity_errors) {
  auto e = bad_patient(R"({"sex": "female"})");
  BOOST_TEST(e.key() == "id");
  BOOST_TEST(e.patient().empty());
  BOOST_TEST(*e.index() == 0u);
  BOOST_TEST(std::string(e.what()).find("patient (#1): id") == 0u);
  e = bad_patient(R"({"id": 7})");
  BOOST_TEST(e.value() == "7");
  e = bad_patient(R"("P-1")");
  BOOST_TEST(e.rule() == "a patient must be a JSON object");
  const auto dup = expect_format_error([] { io::parse_cohort(R"({"patients": [{"id": "A"}, {"id": "B"}, {"id": "A"}]})"); });
  BOOST_TEST(dup.patient() == "A");
  BOOST_TEST(*dup.index() == 2u);
  BOOST_TEST(dup.key() == "id");
}

BOOST_AUTO_TEST_CASE(document_errors) {
  BOOST_CHECK_THROW(io::parse_cohort(R"({"patients": [)"), invalid_input); // truncated JSON
  BOOST_CHECK_THROW(io::parse_cohort("[]"), cohort_format_error);
  BOOST_CHECK_THROW(io::parse_cohort("{}"), cohort_format_error);
  BOOST_CHECK_THROW(io::parse_cohort(R"({"patients": {}})"), cohort_format_error);
  BOOST_CHECK_THROW(io::load_cohort("/nonexistent/cohort.json"), invalid_input);
  BOOST_TEST(io::parse_cohort(R"({"patients": []})").empty());
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_an_error_not_a_crash) {
  // Issue 16 item 1: 100,000 nested arrays crashed the reader (the message dumped the value
  // recursively). Now the parser stops at max_nesting_depth = 64.
  auto e = bad_document(nested_arrays(100000));
  BOOST_TEST(e.patient().empty());
  BOOST_TEST(e.value() == "depth 65");
  BOOST_TEST(contains(e.rule(), "more than 64 arrays and objects"));
  BOOST_TEST(std::string(e.what()).size() < 200u); // the path [0][0]... is cut too

  e = bad_patient(R"({"id": "A", "weight_kg": )" + nested_arrays(100000) + "}");
  BOOST_TEST(e.patient() == "A");
  BOOST_TEST(*e.index() == 0u);
  // Document, patients, patient: the weight's 62nd array is the 65th level.
  BOOST_TEST(e.value() == "depth 65");
  BOOST_TEST(e.key().starts_with("weight_kg[0][0]"));

  // The boundary, worked out by hand: 61 arrays under a patient's key are 64 levels, parsed (and
  // then refused as an unknown key, quoting the value cut at 60 characters); 62 are not parsed.
  e = bad_patient(R"({"id": "A", "x": )" + nested_arrays(61) + "}");
  BOOST_TEST(e.rule() == "unknown key");
  BOOST_TEST(e.value() == std::string(60, '[') + "...");
  e = bad_patient(R"({"id": "A", "x": )" + nested_arrays(62) + "}");
  BOOST_TEST(e.value() == "depth 65");
}

BOOST_AUTO_TEST_CASE(deep_values_built_in_code_are_quoted_without_recursing) {
  // patient_from_json and cohort_from_json take documents the parser never saw: a value nested
  // 100,000 deep is quoted in the error without recursing through it.
  nlohmann::ordered_json deep;
  for (int i = 0; i < 100000; ++i) {
    nlohmann::ordered_json outer = nlohmann::ordered_json::array();
    outer.push_back(std::move(deep));
    deep = std::move(outer);
  }
  nlohmann::ordered_json p{{"id", "A"}};
  p["weight_kg"] = std::move(deep);
  const auto e = expect_format_error([&] { io::patient_from_json(p, 0); });
  BOOST_TEST(e.key() == "weight_kg");
  BOOST_TEST(e.value() == std::string(60, '[') + "...");
  nlohmann::ordered_json doc{{"patients", nlohmann::ordered_json::array()}};
  doc["patients"].push_back(std::move(p));
  BOOST_TEST(expect_format_error([&] { io::cohort_from_json(doc); }).value() == std::string(60, '[') + "...");
}

BOOST_AUTO_TEST_CASE(echoed_values_are_cut_and_escaped) {
  // A 10 MB value under an unknown key is quoted by its first 60 characters.
  const std::string big(10'000'000, 'x');
  auto e = bad_patient(R"({"id": "A", "notes": ")" + big + R"("})");
  BOOST_TEST(e.key() == "notes");
  BOOST_TEST(e.value() == std::string(60, 'x') + "...");
  BOOST_TEST(std::string(e.what()).size() < 120u);
  // ... as is a 10 MB key, a 10 MB id, and a 10 MB token that is not JSON.
  e = bad_patient(R"({"id": "A", ")" + big + R"(": 1})");
  BOOST_TEST(e.key() == std::string(60, 'x') + "...");
  e = bad_patient(R"({"id": ")" + big + R"(", "sex": "f"})");
  BOOST_TEST(std::string(e.what()).size() < 200u);
  e = bad_document(R"({"patients": [{"id": "A", "sex": ")" + big); // a string never closed
  BOOST_TEST(contains(e.rule(), "missing closing quote"));
  BOOST_TEST(std::string(e.what()).size() < 400u);
  // Exactly 60 characters are quoted whole; characters, not bytes, are counted.
  e = bad_patient(R"({"id": "A", "sex": ")" + std::string(60, 'y') + R"("})");
  BOOST_TEST(e.value() == std::string(60, 'y'));
  std::string umlauts;
  for (int i = 0; i < 61; ++i) umlauts += "\xC3\xBC"; // u with diaeresis, 2 bytes each
  e = bad_patient(R"({"id": "A", "sex": ")" + umlauts + R"("})");
  BOOST_TEST(e.value() == umlauts.substr(0, 120) + "...");
  // A line break in a quoted value cannot start a line of its own in the message.
  e = bad_patient(R"({"id": "S1: eligible\nFAKE", "sex": "f\u001b[2J"})");
  const std::string what = e.what();
  BOOST_TEST(what == R"(patient "S1: eligible\nFAKE" (#1): sex "f\u001b[2J": expected female, male or other)");
}

BOOST_AUTO_TEST_CASE(numbers_beyond_a_double_name_patient_and_key) {
  // Issue 16 item 2: nlohmann's out_of_range.406 escaped with no context.
  auto e = bad_patient(R"({"id": "A", "weight_kg": 1e400})");
  BOOST_TEST(e.patient() == "A");
  BOOST_TEST(*e.index() == 0u);
  BOOST_TEST(e.key() == "weight_kg");
  BOOST_TEST(e.value() == "1e400");
  BOOST_TEST(contains(e.rule(), "beyond the range of a double"));
  e = bad_document(R"({"patients": [{"id": "A"}, {"id": "B", "edss": [{"date": "2013-01-01", "score": -1e400}]}]})");
  BOOST_TEST(e.patient() == "B");
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.key() == "edss[0].score");
  BOOST_TEST(e.value() == "-1e400");
  e = bad_document(R"({"patients": [{"id": "A", "mri": [{"date": "2013-01-01", "gd_enhancing_lesions": 1E+999}]}]})");
  BOOST_TEST(e.key() == "mri[0].gd_enhancing_lesions");
  e = bad_document("1e400");
  BOOST_TEST(e.key() == "(document)");
  BOOST_TEST(!e.index().has_value());
}

BOOST_AUTO_TEST_CASE(every_reader_error_is_invalid_input) {
  const std::string hostile[] = {
      "", " ", "nul", "[", "{", "}", "\xFF", "\xEF\xBB", "1e400", "-1e400", "[1e400]", R"({"patients": [1e400]})",
      "{\"patients\": [{\"id\": \"\xFF\"}]}", R"({"patients": [{"id": "A\u0000"}], })", R"({"patients": [{"id": "\ud800"}]})",
      R"({"patients": [{"id": "A", "weight_kg": 1e308, "weight_kg": 1}]})", R"({"patients": [{"id": "A", "edss": [{"date": "2013-01-01", "score": 18446744073709551616}]}]})",
      R"({"patients": [{"id": "A", "mri": [{"date": "2013-01-01", "new_t2_lesions": 18446744073709551615}]}]})",
      R"({"patients": [{"id": "A", "blood_pressure": [{"date": "2013-01-01", "systolic": -9223372036854775808, "diastolic": 1}]}]})",
      "{\"patients\": []} x", "/* comment */ {\"patients\": []}",
  };
  for (const auto& text : hostile) {
    BOOST_TEST_CONTEXT(text.substr(0, 80)) {
      BOOST_CHECK_THROW(io::parse_cohort(text), invalid_input);
    }
  }
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_errors) {
  // Issue 16 item 4: the last of two equal keys won silently.
  auto e = bad_patient(R"({"id": "A", "pregnancy": "pregnant", "pregnancy": "not_pregnant"})");
  BOOST_TEST(e.patient() == "A");
  BOOST_TEST(*e.index() == 0u);
  BOOST_TEST(e.key() == "pregnancy");
  BOOST_TEST(e.value() == "not_pregnant");
  BOOST_TEST(contains(e.rule(), "duplicate key"));
  BOOST_TEST(std::string(e.what()).starts_with(R"(patient "A" (#1): pregnancy "not_pregnant": duplicate key)"));

  e = bad_patient(R"({"id": "A", "id": "B"})");
  BOOST_TEST(e.patient() == "A");
  BOOST_TEST(e.key() == "id");
  BOOST_TEST(e.value() == "B");

  e = bad_document(R"({"patients": [{"id": "A"}], "patients": [{"id": "B"}]})");
  BOOST_TEST(e.patient().empty());
  BOOST_TEST(!e.index().has_value());
  BOOST_TEST(e.key() == "patients");
  BOOST_TEST(e.value() == "[...]");

  // At every level: a list item, the diagnosis object, an object under an unknown key.
  e = bad_document(R"({"patients": [{"id": "A"}, {"id": "B", "edss": [{"date": "2013-01-01", "score": 3},
                                                                 {"date": "2013-02-01", "date": "2013-03-01", "score": 3}]}]})");
  BOOST_TEST(e.patient() == "B");
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.key() == "edss[1].date");
  BOOST_TEST(e.value() == "2013-03-01");
  e = bad_patient(R"({"id": "A", "diagnosis": {"nmosd": true, "nmosd": false}})");
  BOOST_TEST(e.key() == "diagnosis.nmosd");
  e = bad_patient(R"({"diagnosis": {"kind": "nmo"}, "diagnosis": {"kind": "ms"}, "id": "A"})");
  BOOST_TEST(e.patient().empty()); // the id comes later in the object
  BOOST_TEST(e.key() == "diagnosis");
  BOOST_TEST(e.value() == "{...}");
  e = bad_document(R"({"extra": {"a": 1, "a": 2}, "patients": []})");
  BOOST_TEST(e.key() == "extra.a");
  BOOST_TEST(e.value() == "2");
}

BOOST_AUTO_TEST_CASE(byte_order_mark_is_skipped) {
  const auto cohort = io::parse_cohort("\xEF\xBB\xBF{\"patients\": [{\"id\": \"A\"}]}");
  BOOST_TEST_REQUIRE(cohort.size() == 1u);
  BOOST_TEST(cohort[0].id == "A");
  BOOST_CHECK_THROW(io::parse_cohort("\xEF\xBB{\"patients\": []}"), invalid_input); // not a whole mark
}

BOOST_AUTO_TEST_CASE(record_rules_decide_values) {
  // The reader applies the record's own rules and quotes them.
  auto e = bad_patient(R"({"id": "b", "weight_kg": 500.5})");
  BOOST_TEST(e.key() == "weight_kg");
  BOOST_TEST(e.value() == "500.5"); // as written
  BOOST_TEST(e.rule() == "must be above 0 and at most 500 kg");
  BOOST_TEST(*io::parse_cohort(R"({"patients": [{"id": "b", "weight_kg": 500}]})")[0].weight_kg == 500.0);
  e = bad_patient(R"({"id": "b", "blood_pressure": [{"date": "2013-01-01", "systolic": 80, "diastolic": 120}]})");
  BOOST_TEST(std::string(e.what()) ==
             R"(patient "b" (#1): blood_pressure[0]: blood pressure "80/120": the diastolic pressure cannot exceed the systolic)");
  e = bad_patient(R"({"id": "b", "mri": [{"date": "2013-01-01", "new_t2_lesions": -2}]})");
  BOOST_TEST(std::string(e.what()) == R"(patient "b" (#1): mri[0]: new T2 lesions "-2": a lesion count cannot be negative)");
  // The therapy's rule quotes its name, cut like any other value.
  e = bad_patient(R"({"id": "b", "therapies": [{"name": ")" + std::string(1000, 'n') +
                  R"(", "class": "other", "start": "2013-01-02", "end": "2013-01-01"}]})");
  BOOST_TEST(e.key() == "therapies[0]");
  BOOST_TEST(e.rule() == "ends before its start 2013-01-02 (" + std::string(60, 'n') + "...)");
}

BOOST_AUTO_TEST_CASE(file_errors_name_the_file) {
  const temp_file bad(R"({"patients": [{"id": "A", "sex": "f"}]})");
  try {
    io::load_cohort(bad.path.string());
    BOOST_FAIL("expected a cohort_format_error");
  } catch (const cohort_format_error& e) {
    BOOST_TEST(e.file() == bad.path.string());
    BOOST_TEST(e.patient() == "A");
    BOOST_TEST(std::string(e.what()) == bad.path.string() + R"(: patient "A" (#1): sex "f": expected female, male or other)");
  }
  const temp_file overflow(R"({"patients": [{"id": "A", "weight_kg": 1e400}]})");
  try {
    io::load_cohort(overflow.path.string());
    BOOST_FAIL("expected a cohort_format_error");
  } catch (const cohort_format_error& e) {
    BOOST_TEST(std::string(e.what()).starts_with(overflow.path.string() + R"(: patient "A" (#1): weight_kg "1e400": )"));
  }
  // Issue 16: a directory read as "empty input".
  const auto dir = std::filesystem::temp_directory_path().string();
  try {
    io::load_cohort(dir);
    BOOST_FAIL("expected invalid_input");
  } catch (const invalid_input& e) {
    BOOST_TEST(e.value() == dir);
    BOOST_TEST(e.rule() == "is a directory, not a file");
  }
}

BOOST_AUTO_TEST_CASE(ms_trial_keys) {
  const auto cohort = io::parse_cohort(R"({"patients": [{"id": "M-1",
    "diagnosis": {"kind": "ms", "ms_course": "ppms", "mcdonald": 2005, "first_symptom": "2009-06-30"},
    "functional_systems": [{"date": "2024-03-01", "pyramidal": 3, "cerebellar": 1, "brainstem": 0, "sensory": 2,
                            "bowel_bladder": 1, "visual": 0, "cerebral": 0, "ambulation": 2, "pyramidal_lower_limb": true},
                           {"date": "2023-03-01", "pyramidal": 2}],
    "conditions": [{"code": "cancer", "name": "basal cell carcinoma", "excised_skin_or_cervix_in_situ": true},
                   {"code": "mri_contraindication"}, {"code": "hepatitis_b_risk", "present": false}, {"code": "pml_findings"},
                   {"code": "chronic_infection"}, {"code": "other_neurological_disorder"}, {"code": "immune_disease_other_than_ms"}],
    "therapies": [{"agent": "atacicept", "start": "2010-01-01", "end": "2010-02-01"},
                  {"agent": "bone_marrow_transplantation", "start": "2011-01-01", "end": "2011-01-01"}]}]})");
  BOOST_TEST_REQUIRE(cohort.size() == 1u);
  const patient& p = cohort[0];
  BOOST_TEST((p.diagnosis.ms_course == ms_course::ppms));
  BOOST_TEST((p.diagnosis.mcdonald == mcdonald_version::mcdonald2005));
  BOOST_TEST((p.diagnosis.first_symptom == d("2009-06-30")));
  BOOST_TEST_REQUIRE(p.functional_systems.size() == 2u);
  BOOST_TEST((p.functional_systems[0].on == d("2024-03-01")));
  BOOST_TEST(p.functional_systems[0].grades.pyramidal == 3);
  BOOST_TEST(p.functional_systems[0].grades.sensory == 2);
  BOOST_TEST(p.functional_systems[0].grades.ambulation == 2);
  BOOST_TEST((p.functional_systems[0].pyramidal_lower_limb == true));
  BOOST_TEST(p.functional_systems[1].grades.cerebellar == functional_systems::not_recorded); // absent: not recorded
  BOOST_TEST(!p.functional_systems[1].pyramidal_lower_limb.has_value());
  BOOST_TEST_REQUIRE(p.conditions.size() == 7u);
  BOOST_TEST((p.conditions[0].kind == condition_kind::cancer));
  BOOST_TEST((p.conditions[0].excised_skin_or_cervix_in_situ == true));
  BOOST_TEST(!p.conditions[1].excised_skin_or_cervix_in_situ.has_value());
  BOOST_TEST((p.conditions[6].kind == condition_kind::immune_disease_other_than_ms));
  BOOST_TEST((p.therapies[0].kind == therapy_class::immunosuppressant));
  BOOST_TEST((p.therapies[1].kind == therapy_class::other)); // a procedure
  // Written and read back, the record is the same.
  const auto back = io::parse_cohort(io::cohort_to_json(cohort).dump());
  BOOST_TEST_REQUIRE(back.size() == 1u);
  check_same(p, back[0]);
  const std::string text = io::patient_to_json(p).dump();
  BOOST_TEST(contains(text, R"("ms_course":"ppms","mcdonald":2005,"first_symptom":"2009-06-30")"));
  BOOST_TEST(contains(text, R"({"date":"2023-03-01","pyramidal":2})"));
}

BOOST_AUTO_TEST_CASE(ms_trial_keys_bad_values) {
  auto e = bad_patient(R"({"id": "M-2", "diagnosis": {"ms_course": "rms"}})");
  BOOST_TEST(e.patient() == "M-2");
  BOOST_TEST(e.key() == "diagnosis.ms_course");
  BOOST_TEST(e.value() == "rms");
  BOOST_TEST(contains(e.rule(), "rrms"));
  e = bad_patient(R"({"id": "M-3", "diagnosis": {"mcdonald": 2001}})");
  BOOST_TEST(e.key() == "diagnosis.mcdonald");
  BOOST_TEST(e.value() == "2001");
  BOOST_TEST(contains(e.rule(), "2005, 2010 or 2017"));
  e = bad_patient(R"({"id": "M-4", "diagnosis": {"mcdonald": "2010"}})");
  BOOST_TEST(e.key() == "diagnosis.mcdonald");
  e = bad_patient(R"({"id": "M-5", "diagnosis": {"first_symptom": "2010-02-30"}})");
  BOOST_TEST(e.key() == "diagnosis.first_symptom");
  e = bad_patient(R"({"id": "M-6", "functional_systems": [{"date": "2024-01-01", "pyramidal": 7}]})");
  BOOST_TEST(e.patient() == "M-6");
  BOOST_TEST(contains(e.key(), "functional_systems[0]"));
  BOOST_TEST(e.value() == "7");
  BOOST_TEST(contains(e.rule(), "the pyramidal grade must be 0 to 6"));
  e = bad_patient(R"({"id": "M-7", "functional_systems": [{"pyramidal": 2}]})");
  BOOST_TEST(e.key() == "functional_systems[0].date");
  e = bad_patient(R"({"id": "M-8", "functional_systems": [{"date": "2024-01-01", "pyramidal_lower_limb": "yes"}]})");
  BOOST_TEST(e.key() == "functional_systems[0].pyramidal_lower_limb");
  e = bad_patient(R"({"id": "M-9", "functional_systems": [{"date": "2024-01-01", "pyramidal": 2.5}]})");
  BOOST_TEST(e.key() == "functional_systems[0].pyramidal");
  e = bad_patient(R"({"id": "M-10", "conditions": [{"code": "allergy", "excised_skin_or_cervix_in_situ": true}]})");
  BOOST_TEST(e.key() == "conditions[0].excised_skin_or_cervix_in_situ");
  BOOST_TEST(contains(e.rule(), "cancer"));
  e = bad_patient(R"({"id": "M-11", "conditions": [{"code": "hepatitis"}]})");
  BOOST_TEST(e.key() == "conditions[0].code");
  BOOST_TEST(e.value() == "hepatitis");
}

BOOST_AUTO_TEST_CASE(diagnostic_history_keys) {
  // Seronegative optic neuritis (2010-03-01, brain MRI normal) and myelitis (2013-06-15, LETM);
  // alternatives excluded; onset brain MRI not meeting MS criteria.
  const auto p = io::patient_from_json(nlohmann::ordered_json::parse(R"({"id": "H-1",
    "diagnosis": {"nmosd": true, "aqp4_igg": "negative", "history": {
      "attacks": [{"onset": "2010-03-01", "phenotype": "optic_neuritis", "mri": {"brain_normal_or_nonspecific": true}},
                  {"onset": "2013-06-15", "phenotype": "myelitis", "mri": {"letm": true, "cord_atrophy_3_segments": null}},
                  {"phenotype": "brainstem"}],
      "onset_brain_mri_meets_ms_criteria": false, "alternatives_excluded": true}}})"));
  BOOST_TEST_REQUIRE(p.diagnosis.history.has_value());
  const auto& h = *p.diagnosis.history;
  BOOST_TEST_REQUIRE(h.attacks.size() == 3u);
  BOOST_TEST((h.attacks[0].onset == d("2010-03-01")));
  BOOST_TEST((h.attacks[0].phenotype == relapse_phenotype::optic_neuritis));
  BOOST_TEST((h.attacks[0].mri.brain_normal_or_nonspecific == true));
  BOOST_TEST(!h.attacks[0].mri.optic_nerve_long_or_chiasm.has_value()); // not examined
  BOOST_TEST((h.attacks[1].mri.letm == true));
  BOOST_TEST(!h.attacks[1].mri.cord_atrophy_3_segments.has_value()); // null: not examined
  BOOST_TEST(!h.attacks[2].onset.has_value());
  BOOST_TEST((h.aqp4_igg == diagnosis::serostatus::negative)); // from diagnosis.aqp4_igg
  BOOST_TEST((h.onset_brain_mri_meets_ms_criteria == false));
  BOOST_TEST((h.alternatives_excluded == true));
  // Worked from the criteria: IPND 2015 without AQP4-IgG, two different characteristics, optic
  // neuritis among them, each with its MRI requirement (brain normal; LETM): NMOSD. Wingerchuk
  // 2006: optic neuritis and myelitis, supportive LETM and onset brain MRI not MS (2 of 3): met.
  // The brainstem item without an MRI finding cannot take either away.
  BOOST_TEST((diagnosis::nmosd_2015<>::test(h, d("2014-01-05")) == truth::met));
  BOOST_TEST((diagnosis::nmo_2006::test(h, d("2014-01-05")) == truth::met));
  // Written and read back unchanged; the history names its AQP4-IgG status.
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["diagnosis"]["history"]["aqp4_igg"] == "negative");
  BOOST_TEST(!j["diagnosis"]["history"]["attacks"][2].contains("mri"));
  check_same(io::patient_from_json(j), p);
  // Neither AQP4-IgG given: not tested (never negative).
  const auto q = io::patient_from_json(nlohmann::ordered_json::parse(R"({"id": "H-2", "diagnosis": {"history": {"attacks": []}}})"));
  BOOST_TEST((q.diagnosis.history->aqp4_igg == diagnosis::serostatus::not_tested));
  BOOST_TEST(q.diagnosis.history->attacks.empty());
  BOOST_TEST(!q.diagnosis.kind.has_value());
  // No history: none (the criteria computed from it are unknown).
  BOOST_TEST(!io::patient_from_json(nlohmann::ordered_json::parse(R"({"id": "H-3", "diagnosis": {"nmosd": true}})")).diagnosis.history);
}

BOOST_AUTO_TEST_CASE(diagnostic_history_bad_values) {
  auto e = bad_patient(R"({"id": "H-4", "diagnosis": {"history": {"alternatives_excluded": true}}})");
  BOOST_TEST(e.patient() == "H-4");
  BOOST_TEST(e.key() == "diagnosis.history.attacks");
  BOOST_TEST(contains(e.rule(), "list of attacks"));
  e = bad_patient(R"({"id": "H-5", "diagnosis": {"aqp4_igg": "positive", "history": {"attacks": [], "aqp4_igg": "negative"}}})");
  BOOST_TEST(e.key() == "diagnosis.history.aqp4_igg");
  BOOST_TEST(e.value() == "negative");
  BOOST_TEST(contains(e.rule(), "contradicts diagnosis.aqp4_igg \"positive\""));
  e = bad_patient(R"({"id": "H-6", "diagnosis": {"history": {"attacks": [{"phenotype": "neuritis"}]}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].phenotype");
  BOOST_TEST(e.value() == "neuritis");
  e = bad_patient(R"({"id": "H-7", "diagnosis": {"history": {"attacks": [{"mri": {"letm": "yes"}}]}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].mri.letm");
  BOOST_TEST(e.value() == "yes");
  e = bad_patient(R"({"id": "H-8", "diagnosis": {"history": {"attacks": [{"mri": {"lesion": true}}]}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].mri.lesion");
  BOOST_TEST(e.rule() == "unknown key");
  e = bad_patient(R"({"id": "H-9", "diagnosis": {"history": {"attacks": [{"onset": "2013-02-30"}]}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].onset");
  e = bad_patient(R"({"id": "H-10", "diagnosis": {"history": {"attacks": {}}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks");
}

// The keys the 2007 NMO spectrum reads: an attack's simultaneous_bilateral, the history's
// optic_spinal_ms, systemic_autoimmune_disease and nmo_typical_brain_lesions.
BOOST_AUTO_TEST_CASE(diagnostic_history_spectrum_keys) {
  // AQP4-IgG positive; optic neuritis in both eyes at once (2011-04-01), a second one (2012-09-01)
  // with the laterality not examined (null); Sjogren syndrome; no optic-spinal MS; NMO-typical
  // brain lesions not examined (absent).
  const auto p = io::patient_from_json(nlohmann::ordered_json::parse(R"({"id": "S-1",
    "diagnosis": {"nmosd": true, "aqp4_igg": "positive", "history": {
      "attacks": [{"onset": "2011-04-01", "phenotype": "optic_neuritis", "simultaneous_bilateral": true},
                  {"onset": "2012-09-01", "phenotype": "optic_neuritis", "simultaneous_bilateral": null}],
      "alternatives_excluded": false, "optic_spinal_ms": false, "systemic_autoimmune_disease": true}}})"));
  BOOST_TEST_REQUIRE(p.diagnosis.history.has_value());
  const auto& h = *p.diagnosis.history;
  BOOST_TEST_REQUIRE(h.attacks.size() == 2u);
  BOOST_TEST((h.attacks[0].simultaneous_bilateral == true));
  BOOST_TEST(!h.attacks[1].simultaneous_bilateral.has_value()); // null: not examined
  BOOST_TEST((h.optic_spinal_ms == false));
  BOOST_TEST((h.systemic_autoimmune_disease == true));
  BOOST_TEST(!h.nmo_typical_brain_lesions.has_value()); // absent: not examined
  // Worked from the spectrum: optic neuritis with a systemic autoimmune disease and AQP4-IgG
  // positive is a spectrum form (alternatives not excluded do not matter for it): met. The limited
  // optic neuritis form is not met (not idiopathic), whatever the two attacks are.
  BOOST_TEST((diagnosis::nmo_spectrum_2007<>::test(h, d("2014-01-05")) == truth::met));
  BOOST_TEST((diagnosis::nmo_spectrum_2007<>::limited_optic_neuritis_truth(h, d("2014-01-05")) == truth::not_met));
  // Written with the findings examined, left out when not; read back unchanged.
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["diagnosis"]["history"]["attacks"][0]["simultaneous_bilateral"] == true);
  BOOST_TEST(!j["diagnosis"]["history"]["attacks"][1].contains("simultaneous_bilateral"));
  BOOST_TEST(j["diagnosis"]["history"]["optic_spinal_ms"] == false);
  BOOST_TEST(j["diagnosis"]["history"]["systemic_autoimmune_disease"] == true);
  BOOST_TEST(!j["diagnosis"]["history"].contains("nmo_typical_brain_lesions"));
  check_same(io::patient_from_json(j), p);
  // The other values of each key round trip too.
  auto q = p;
  q.diagnosis.history->attacks[0].simultaneous_bilateral = false;
  q.diagnosis.history->optic_spinal_ms = true;
  q.diagnosis.history->systemic_autoimmune_disease.reset();
  q.diagnosis.history->nmo_typical_brain_lesions = true;
  const auto back = io::patient_from_json(io::patient_to_json(q));
  check_same(back, q);
  BOOST_TEST((back.diagnosis.history->attacks[0].simultaneous_bilateral == false));
  BOOST_TEST((back.diagnosis.history->nmo_typical_brain_lesions == true));
  BOOST_TEST(!back.diagnosis.history->systemic_autoimmune_disease.has_value());
}

BOOST_AUTO_TEST_CASE(diagnostic_history_spectrum_bad_values) {
  auto e = bad_patient(R"({"id": "S-2", "diagnosis": {"history": {"attacks": [{"phenotype": "optic_neuritis", "simultaneous_bilateral": "both"}]}}})");
  BOOST_TEST(e.patient() == "S-2");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].simultaneous_bilateral");
  BOOST_TEST(e.value() == "both");
  BOOST_TEST(e.rule() == "expected true or false");
  e = bad_patient(R"({"id": "S-3", "diagnosis": {"history": {"attacks": [], "optic_spinal_ms": 1}}})");
  BOOST_TEST(e.key() == "diagnosis.history.optic_spinal_ms");
  BOOST_TEST(e.value() == "1");
  BOOST_TEST(e.rule() == "expected true or false");
  e = bad_patient(R"({"id": "S-4", "diagnosis": {"history": {"attacks": [], "systemic_autoimmune_disease": "SLE"}}})");
  BOOST_TEST(e.key() == "diagnosis.history.systemic_autoimmune_disease");
  BOOST_TEST(e.value() == "SLE");
  e = bad_patient(R"({"id": "S-5", "diagnosis": {"history": {"attacks": [], "nmo_typical_brain_lesions": "yes"}}})");
  BOOST_TEST(e.key() == "diagnosis.history.nmo_typical_brain_lesions");
  BOOST_TEST(e.value() == "yes");
  // The key belongs to an attack, not to its MRI findings.
  e = bad_patient(R"({"id": "S-6", "diagnosis": {"history": {"attacks": [{"mri": {"simultaneous_bilateral": true}}]}}})");
  BOOST_TEST(e.key() == "diagnosis.history.attacks[0].mri.simultaneous_bilateral");
  BOOST_TEST(e.rule() == "unknown key");
}

// --- streaming (issue 19) ------------------------------------------------------------------------

namespace {
struct collected {
  std::vector<patient> patients;
  std::vector<std::size_t> indexes;
};
collected stream(const std::string& text, io::cohort_layout layout) {
  collected out;
  std::istringstream in(text);
  const std::size_t n = io::read_cohort_stream(in, layout, [&](patient&& p, std::size_t index) {
    out.patients.push_back(std::move(p));
    out.indexes.push_back(index);
  });
  BOOST_TEST(n == out.patients.size());
  return out;
}
} // namespace

BOOST_AUTO_TEST_CASE(streamed_document_and_json_lines_read_as_the_whole_document) {
  const auto cohort = testing::synthetic_cohort({.seed = 23, .as_of = d("2014-01-05")}).take(300);
  const std::string document = io::cohort_to_json(cohort).dump(2);
  std::string lines;
  for (const auto& p : cohort) lines += io::patient_to_json(p).dump() + "\n";
  const auto whole = io::parse_cohort(document);
  for (const auto layout : {io::cohort_layout::document, io::cohort_layout::json_lines}) {
    const auto streamed = stream(layout == io::cohort_layout::document ? document : lines, layout);
    BOOST_TEST_REQUIRE(streamed.patients.size() == 300u);
    for (std::size_t i = 0; i < 300; ++i) {
      BOOST_TEST(streamed.indexes[i] == i);
      check_same(streamed.patients[i], whole[i]);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_streamed_patient_is_passed_on_before_the_next_is_read) {
  // The third patient is bad: the first two have been passed on when the error comes, and the
  // error names the third (#3).
  std::vector<std::string> seen;
  std::istringstream in(R"({"patients": [{"id": "a"}, {"id": "b"}, {"id": "c", "edss": [{"date": "2013-01-01", "score": 5.25}]}, {"id": "d"}]})");
  const auto e = expect_format_error([&] {
    io::read_cohort_stream(in, io::cohort_layout::document, [&](patient&& p, std::size_t) { seen.push_back(p.id); });
  });
  BOOST_TEST(seen == (std::vector<std::string>{"a", "b"}), boost::test_tools::per_element());
  BOOST_TEST(e.patient() == "c");
  BOOST_TEST(*e.index() == 2u);
  BOOST_TEST(e.key() == "edss[0].score");
  BOOST_TEST(!e.line());
}

BOOST_AUTO_TEST_CASE(streamed_document_errors) {
  // The shape is checked at the end of the document: "extra" after one good patient.
  std::size_t passed = 0;
  std::istringstream in(R"({"patients": [{"id": "a"}], "extra": 1})");
  auto e = expect_format_error([&] { io::read_cohort_stream(in, io::cohort_layout::document, [&](patient&&, std::size_t) { ++passed; }); });
  BOOST_TEST(passed == 1u);
  BOOST_TEST(e.key() == "extra");
  BOOST_TEST(e.rule() == "unknown key");
  // Duplicate ids, a syntax error (the 25th byte is the stray "]"), the errors a whole document gives.
  e = expect_format_error([] { stream(R"({"patients": [{"id": "a"}, {"id": "a"}]})", io::cohort_layout::document); });
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.rule() == "another patient has the same id");
  e = expect_format_error([] { stream(R"({"patients": [{"id": "a"]})", io::cohort_layout::document); });
  BOOST_TEST(e.key() == "cohort JSON");
  BOOST_TEST(e.value() == "byte 25");
  e = expect_format_error([] { stream(R"({"patients": [{"id": "a"}, {"id": "b", "x": 1}]})", io::cohort_layout::document); });
  BOOST_TEST(e.patient() == "b");
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.key() == "x");
  // An element of "patients" that is not an object.
  e = expect_format_error([] { stream(R"({"patients": [{"id": "a"}, 7]})", io::cohort_layout::document); });
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.rule() == "a patient must be a JSON object");
  BOOST_TEST(stream(R"({"patients": []})", io::cohort_layout::document).patients.empty());
}

BOOST_AUTO_TEST_CASE(json_lines_errors_name_the_line) {
  // Line 2 is blank and skipped: "b" is the second patient, on line 3.
  auto e = expect_format_error([] { stream("{\"id\": \"a\"}\n\n{\"id\": \"b\", \"sex\": \"x\"}\n", io::cohort_layout::json_lines); });
  BOOST_TEST(*e.line() == 3u);
  BOOST_TEST(*e.index() == 1u);
  BOOST_TEST(e.patient() == "b");
  BOOST_TEST(e.key() == "sex");
  BOOST_TEST(std::string(e.what()).starts_with("line 3: patient \"b\" (#2): sex \"x\": expected "));
  // A syntax error: the column in the line (the 13th character is the second "{").
  e = expect_format_error([] { stream("{\"id\": \"a\"} {\"id\": \"b\"}\n", io::cohort_layout::json_lines); });
  BOOST_TEST(*e.line() == 1u);
  BOOST_TEST(e.value() == "column 13");
  // The same id on lines 1 and 3.
  e = expect_format_error([] { stream("{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"a\"}\n", io::cohort_layout::json_lines); });
  BOOST_TEST(*e.line() == 3u);
  BOOST_TEST(e.rule() == "another patient has the same id");
  // A line that is a document is not a patient: it has no id.
  e = expect_format_error([] { stream(R"({"patients": [{"id": "a"}]})", io::cohort_layout::json_lines); });
  BOOST_TEST(e.key() == "id");
  BOOST_TEST(*e.line() == 1u);
  // A byte-order mark before the first line, a last line without a newline, CRLF line ends.
  const auto ok = stream("\xEF\xBB\xBF{\"id\": \"a\"}\r\n{\"id\": \"b\"}", io::cohort_layout::json_lines);
  BOOST_TEST_REQUIRE(ok.patients.size() == 2u);
  BOOST_TEST(ok.patients[1].id == "b");
}

BOOST_AUTO_TEST_CASE(streamed_files_name_the_file_and_layout_follows_the_name) {
  BOOST_TEST((io::layout_of("a.jsonl") == io::cohort_layout::json_lines));
  BOOST_TEST((io::layout_of("dir/a.ndjson") == io::cohort_layout::json_lines));
  BOOST_TEST((io::layout_of("a.json") == io::cohort_layout::document));
  BOOST_TEST((io::layout_of("jsonl") == io::cohort_layout::document));
  const temp_file f("{\"id\": \"a\"}\n{\"id\": \"b\", \"weight_kg\": \"heavy\"}\n");
  const std::string path = f.path.string();
  // The temporary file ends in .json: the layout is given.
  const auto e = expect_format_error([&] { io::load_cohort_stream(path, [](patient&&, std::size_t) {}, io::cohort_layout::json_lines); });
  BOOST_TEST(e.file() == path);
  BOOST_TEST(std::string(e.what()).starts_with(path + ":2: patient \"b\" (#2): weight_kg \"heavy\""));
  BOOST_CHECK_THROW(io::load_cohort_stream("/nonexistent/cohort.jsonl", [](patient&&, std::size_t) {}), invalid_input);
}

BOOST_AUTO_TEST_CASE(id_register_finds_repeated_ids) {
  io::id_register ids;
  BOOST_TEST(ids.insert("a"));
  BOOST_TEST(ids.insert("b"));
  BOOST_TEST(!ids.insert("a"));
  BOOST_TEST(ids.insert(""));
  // Through several growths of the table: 100,000 distinct ids, then each again.
  io::id_register many;
  std::size_t fresh = 0, repeated = 0;
  // The id is appended to, not made by "P" + std::to_string(i): g++ 12 at -O3 reports a false
  // -Wrestrict on that concatenation.
  const auto id = [](int i) { return std::string("P").append(std::to_string(i)); };
  for (int i = 0; i < 100000; ++i) fresh += many.insert(id(i)) ? 1 : 0;
  for (int i = 0; i < 100000; i += 7) repeated += many.insert(id(i)) ? 0 : 1;
  BOOST_TEST(fresh == 100000u);
  BOOST_TEST(repeated == 14286u); // i = 0, 7, ..., 99995: 99995 / 7 + 1
  BOOST_TEST(many.size() == 100000u);
}

// insert_hash(hash_of(id)) is insert(id): an id inserted one way is found the other way, and a
// prefetch (a hint) changes nothing, before or after the table grows.
BOOST_AUTO_TEST_CASE(id_register_by_hash_is_the_same_register) {
  io::id_register ids;
  ids.prefetch(io::id_register::hash_of("a")); // an empty register: nothing to ask for
  BOOST_TEST(ids.insert_hash(io::id_register::hash_of("a")));
  BOOST_TEST(!ids.insert("a"));
  BOOST_TEST(ids.insert("b"));
  BOOST_TEST(!ids.insert_hash(io::id_register::hash_of("b")));
  BOOST_TEST(io::id_register::hash_of("a") != io::id_register::hash_of("b"));
  const auto id = [](int i) { return std::string("Q").append(std::to_string(i)); };
  std::size_t fresh = 0, repeated = 0;
  for (int i = 0; i < 20000; ++i) {
    ids.prefetch(io::id_register::hash_of(id(i + 8)));
    fresh += ids.insert_hash(io::id_register::hash_of(id(i))) ? 1 : 0;
  }
  for (int i = 0; i < 20000; i += 3) repeated += ids.insert(id(i)) ? 0 : 1;
  BOOST_TEST(fresh == 20000u);
  BOOST_TEST(repeated == 6667u); // i = 0, 3, ..., 19998: 19998 / 3 + 1
  BOOST_TEST(ids.size() == 20002u);  // a, b and the 20,000
}

BOOST_AUTO_TEST_SUITE_END()
