// Tests of trialspec/io/fhir.hpp: hand-written FHIR R4 bundles in Synthea's layout (fullUrl
// urn:uuid:..., entry[].resource, references to the Patient by its fullUrl), every mapped
// resource, the date forms, what is counted rather than read, and the bad-input classes. Each
// expected value is read off the bundle by hand (comment next to the assertion).
#include <trialspec/io/fhir.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace trialspec;
namespace fs = std::filesystem;

namespace {

date d(const char* text) { return parse_date(text); }

// A collection bundle as Synthea writes one, every mapped resource once or more, plus resources
// and codes the mapping does not know (Encounter, body height, a Claim).
const char* full_bundle = R"({
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"fullUrl": "urn:uuid:p-1",
     "resource": {"resourceType": "Patient", "id": "p-1", "gender": "female", "birthDate": "1980-05-12"}},
    {"fullUrl": "urn:uuid:enc-1",
     "resource": {"resourceType": "Encounter", "id": "enc-1", "status": "finished"}},
    {"fullUrl": "urn:uuid:c-nmo",
     "resource": {"resourceType": "Condition", "id": "c-nmo",
       "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "25044007", "display": "Neuromyelitis optica"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "onsetDateTime": "2009-04-02T08:00:00+08:00", "recordedDate": "2009-05-01"}},
    {"fullUrl": "urn:uuid:c-ms",
     "resource": {"resourceType": "Condition", "id": "c-ms",
       "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "refuted"}]},
       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "24700007"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "recordedDate": "2012-01-01"}},
    {"fullUrl": "urn:uuid:edss-1",
     "resource": {"resourceType": "Observation", "id": "edss-1", "status": "final",
       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "273554001"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2012-11-20T10:00:00+01:00",
       "valueQuantity": {"value": 3.5, "unit": "{score}"}}},
    {"fullUrl": "urn:uuid:edss-2",
     "resource": {"resourceType": "Observation", "id": "edss-2", "status": "amended",
       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "273554001"}]},
       "subject": {"reference": "Patient/p-1"}, "effectiveDateTime": "2013-12-10",
       "valueQuantity": {"value": 4.5}}},
    {"fullUrl": "urn:uuid:aqp4-1",
     "resource": {"resourceType": "Observation", "id": "aqp4-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "68548-7"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2009-04-20",
       "valueQuantity": {"value": 12.0, "unit": "U/mL"},
       "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "POS"}]}]}},
    {"fullUrl": "urn:uuid:aqp4-2",
     "resource": {"resourceType": "Observation", "id": "aqp4-2", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "63439-4"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-06-01",
       "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "260385009"}]}}},
    {"fullUrl": "urn:uuid:bp-1",
     "resource": {"resourceType": "Observation", "id": "bp-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-10T09:15:00Z",
       "component": [
         {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 82, "unit": "mm[Hg]"}},
         {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 128.0, "unit": "mm[Hg]"}}]}},
    {"fullUrl": "urn:uuid:preg-1",
     "resource": {"resourceType": "Observation", "id": "preg-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-10",
       "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "60001007"}]}}},
    {"fullUrl": "urn:uuid:preg-0",
     "resource": {"resourceType": "Observation", "id": "preg-0", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2011-02-01",
       "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "77386006"}]}}},
    {"fullUrl": "urn:uuid:ms-aza",
     "resource": {"resourceType": "MedicationStatement", "id": "ms-aza", "status": "completed",
       "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01", "display": "azathioprine"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectivePeriod": {"start": "2011-06-01", "end": "2013-09-01"}}},
    {"fullUrl": "urn:uuid:mr-rtx",
     "resource": {"resourceType": "MedicationRequest", "id": "mr-rtx", "status": "active", "intent": "order",
       "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "121191"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "authoredOn": "2013-10-15T14:00:00-05:00"}},
    {"fullUrl": "urn:uuid:ma-mp",
     "resource": {"resourceType": "MedicationAdministration", "id": "ma-mp", "status": "completed",
       "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "H02AB04"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-05-21T11:00:00+08:00",
       "dosage": {"route": {"coding": [{"system": "http://snomed.info/sct", "code": "47625008"}]}}}},
    {"fullUrl": "urn:uuid:med-1",
     "resource": {"resourceType": "Medication", "id": "med-1",
       "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AA06"}]}}},
    {"fullUrl": "urn:uuid:mr-mmf",
     "resource": {"resourceType": "MedicationRequest", "id": "mr-mmf", "status": "stopped", "intent": "order",
       "medicationReference": {"reference": "urn:uuid:med-1"},
       "subject": {"reference": "urn:uuid:p-1"}, "authoredOn": "2010-01-10"}},
    {"fullUrl": "urn:uuid:r-1",
     "resource": {"resourceType": "Condition", "id": "r-1",
       "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "relapse-myelitis"}]},
       "severity": {"coding": [{"system": "http://snomed.info/sct", "code": "6736007"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "onsetDateTime": "2013-05-20"}},
    {"fullUrl": "urn:uuid:r-2",
     "resource": {"resourceType": "Observation", "id": "r-2", "status": "final",
       "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "relapse"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2012-03-10"}},
    {"fullUrl": "urn:uuid:hiv-1",
     "resource": {"resourceType": "Observation", "id": "hiv-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "56888-1"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-01",
       "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "260385009"}]}}},
    {"fullUrl": "urn:uuid:cea-1",
     "resource": {"resourceType": "Observation", "id": "cea-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "2039-6"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-01",
       "valueQuantity": {"value": 1.2, "unit": "ng/mL"},
       "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "N"}]}]}},
    {"fullUrl": "urn:uuid:gd-1",
     "resource": {"resourceType": "Observation", "id": "gd-1", "status": "final",
       "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "gd-enhancing-lesions-double-dose"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-12", "valueInteger": 2}},
    {"fullUrl": "urn:uuid:t2-1",
     "resource": {"resourceType": "Observation", "id": "t2-1", "status": "final",
       "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "new-t2-lesions"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-12", "valueQuantity": {"value": 1}}},
    {"fullUrl": "urn:uuid:h-1",
     "resource": {"resourceType": "Observation", "id": "h-1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "8302-6", "display": "Body Height"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-10", "valueQuantity": {"value": 165}}},
    {"fullUrl": "urn:uuid:edss-x",
     "resource": {"resourceType": "Observation", "id": "edss-x", "status": "entered-in-error",
       "code": {"coding": [{"system": "http://snomed.info/sct", "code": "273554001"}]},
       "subject": {"reference": "urn:uuid:p-1"}, "effectiveDateTime": "2013-12-11", "valueQuantity": {"value": 9.5}}},
    {"fullUrl": "urn:uuid:claim-1",
     "resource": {"resourceType": "Claim", "id": "claim-1", "status": "active"}}
  ]
})";

/// A bundle of `type` holding the Patient "p-9" (fullUrl urn:uuid:p-9) and `entries` (JSON
/// objects of Bundle.entry, comma-separated).
std::string bundle_with(const std::string& entries, const std::string& type = "collection") {
  return R"({"resourceType": "Bundle", "type": ")" + type +
         R"(", "entry": [{"fullUrl": "urn:uuid:p-9", "resource": {"resourceType": "Patient", "id": "p-9", "birthDate": "1970-01-01"}})" +
         (entries.empty() ? "" : ", " + entries) + "]}";
}
/// One Observation entry with the given code (system|code) and the rest of its members.
std::string observation(const std::string& id, const std::string& system, const std::string& code, const std::string& rest) {
  return R"({"fullUrl": "urn:uuid:)" + id + R"(", "resource": {"resourceType": "Observation", "id": ")" + id +
         R"(", "status": "final", "code": {"coding": [{"system": ")" + system + R"(", "code": ")" + code +
         R"("}]}, "subject": {"reference": "urn:uuid:p-9"})" + (rest.empty() ? "" : ", " + rest) + "}}";
}

/// The message of the fhir_format_error `f` throws (empty when it throws none).
template <class F> std::string error_of(F&& f) {
  try {
    f();
  } catch (const io::fhir_format_error& e) {
    return e.what();
  }
  return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(fhir)

BOOST_AUTO_TEST_CASE(reads_every_mapped_resource_of_a_synthea_bundle) {
  io::fhir_summary s;
  const patient p = io::parse_fhir_bundle(full_bundle, {}, &s, "full.json");
  BOOST_TEST(p.id == "p-1");                        // Patient.id
  BOOST_TEST(*p.birth_date == d("1980-05-12"));     // birthDate
  BOOST_TEST((p.sex == sex::female));               // gender
  // c-nmo SNOMED 25044007 -> NMOSD; c-ms is refuted: not a finding, not a disagreement.
  BOOST_TEST((p.diagnosis.kind == diagnosis_kind::nmosd));
  // aqp4-1 POS (68548-7), aqp4-2 negative (63439-4): any positive result makes the status positive.
  BOOST_TEST((p.diagnosis.aqp4_igg == aqp4_status::positive));
  // edss-1 3.5 on 2012-11-20 (10:00 +01:00 is still that day), edss-2 4.5 on 2013-12-10;
  // edss-x (9.5) is entered in error.
  BOOST_TEST_REQUIRE(p.edss.size() == 2u);
  BOOST_TEST(p.edss[0].on == d("2012-11-20"));
  BOOST_TEST(p.edss[0].score.half_steps() == 7); // 3.5
  BOOST_TEST(p.edss[1].on == d("2013-12-10"));
  BOOST_TEST(p.edss[1].score.half_steps() == 9); // 4.5
  // bp-1: components in either order, 8480-6 systolic 128.0, 8462-4 diastolic 82.
  BOOST_TEST_REQUIRE(p.blood_pressure.size() == 1u);
  BOOST_TEST(p.blood_pressure[0].on == d("2013-12-10"));
  BOOST_TEST(p.blood_pressure[0].systolic == 128);
  BOOST_TEST(p.blood_pressure[0].diastolic == 82);
  // preg-1 not pregnant on 2013-12-10 is later than preg-0 pregnant on 2011-02-01.
  BOOST_TEST((p.pregnancy == pregnancy_status::not_pregnant));
  // Therapies in bundle order: azathioprine 2011-06-01..2013-09-01 (statement, completed);
  // rituximab from 2013-10-15 (request, active: ongoing; 14:00 -05:00 is that day as written);
  // methylprednisolone 2013-05-21 (one administration, IV route). mr-mmf (stopped, no end date)
  // is skipped.
  BOOST_TEST_REQUIRE(p.therapies.size() == 3u);
  BOOST_TEST(p.therapies[0].name == "azathioprine");
  BOOST_TEST((p.therapies[0].agent == therapy_agent::azathioprine));
  BOOST_TEST((p.therapies[0].kind == therapy_class::immunosuppressant));
  BOOST_TEST(p.therapies[0].start == d("2011-06-01"));
  BOOST_TEST(*p.therapies[0].end == d("2013-09-01"));
  BOOST_TEST((p.therapies[1].agent == therapy_agent::rituximab));
  BOOST_TEST(p.therapies[1].start == d("2013-10-15"));
  BOOST_TEST(!p.therapies[1].end.has_value());
  BOOST_TEST((p.therapies[2].agent == therapy_agent::iv_corticosteroid));
  BOOST_TEST((p.therapies[2].kind == therapy_class::corticosteroid));
  BOOST_TEST(p.therapies[2].start == d("2013-05-21"));
  BOOST_TEST(*p.therapies[2].end == d("2013-05-21"));
  // r-1 Condition relapse-myelitis, moderate, 2013-05-20; r-2 Observation relapse 2012-03-10.
  BOOST_TEST_REQUIRE(p.relapses.size() == 2u);
  BOOST_TEST(p.relapses[0].onset == d("2013-05-20"));
  BOOST_TEST((p.relapses[0].severity == relapse_severity::moderate));
  BOOST_TEST((p.relapses[0].phenotype == relapse_phenotype::myelitis));
  BOOST_TEST(p.relapses[1].onset == d("2012-03-10"));
  BOOST_TEST((p.relapses[1].severity == relapse_severity::unknown));
  BOOST_TEST(!p.relapses[1].phenotype.has_value());
  // hiv-1 negative (SNOMED 260385009); cea-1 interpretation N: negative.
  BOOST_TEST_REQUIRE(p.labs.size() == 2u);
  BOOST_TEST((p.labs[0].test == lab_test::hiv));
  BOOST_TEST((p.labs[0].outcome == lab_outcome::negative));
  BOOST_TEST(p.labs[0].on == d("2013-12-01"));
  BOOST_TEST((p.labs[1].test == lab_test::tumour_marker));
  BOOST_TEST((p.labs[1].outcome == lab_outcome::negative));
  // gd-1 (2 lesions, double dose) and t2-1 (1 new T2) on 2013-12-12: one scan.
  BOOST_TEST_REQUIRE(p.mri.size() == 1u);
  BOOST_TEST(p.mri[0].on == d("2013-12-12"));
  BOOST_TEST(*p.mri[0].gd_enhancing_lesions == 2);
  BOOST_TEST((p.mri[0].dose == gd_dose::double_dose));
  BOOST_TEST(*p.mri[0].new_t2_lesions == 1);
  // FHIR says nothing of completeness: every list's absence stays unknown.
  BOOST_TEST(!p.relapses_recorded_since.has_value());
  BOOST_TEST(!p.therapies_recorded_since.has_value());
  BOOST_TEST(!p.conditions_complete);
  BOOST_TEST(p.conditions.empty());
  BOOST_TEST(!p.consent_capacity.has_value());

  // The summary: 25 entries, all with a resource. Mapped: Patient, c-nmo, edss-1, edss-2,
  // aqp4-1, aqp4-2, bp-1, preg-1, preg-0, ms-aza, mr-rtx, ma-mp, r-1, r-2, hiv-1, cea-1, gd-1,
  // t2-1 (18) and med-1 read through mr-mmf (19). Not mapped: Encounter, Claim, the body height
  // code. Not findings: c-ms (refuted), edss-x (entered in error). Skipped: mr-mmf.
  BOOST_TEST(s.bundles == 1u);
  BOOST_TEST(s.resources == 25u);
  BOOST_TEST(s.mapped == 19u);
  BOOST_TEST(s.unmapped_resources.size() == 2u);
  BOOST_TEST(s.unmapped_resources.at("Encounter") == 1u);
  BOOST_TEST(s.unmapped_resources.at("Claim") == 1u);
  BOOST_TEST_REQUIRE(s.unmapped_codes.size() == 1u);
  BOOST_TEST(s.unmapped_codes.at("Observation http://loinc.org|8302-6").count == 1u);
  BOOST_TEST(s.unmapped_codes.at("Observation http://loinc.org|8302-6").display == "Body Height");
  BOOST_TEST(s.not_findings.at("Condition verificationStatus refuted") == 1u);
  BOOST_TEST(s.not_findings.at("Observation status entered-in-error") == 1u);
  BOOST_TEST(s.skipped.at("MedicationRequest: status stopped, course end not recorded") == 1u);
  std::ostringstream text;
  s.print(text);
  // 19 mapped; not mapped 2 types + 1 code = 3; 2 not findings + 1 skipped = 3.
  BOOST_TEST(text.str().starts_with("FHIR input: 1 bundle, 25 resources: 19 mapped, 3 not mapped, 3 not findings or skipped\n"));
  BOOST_TEST(text.str().find("  Observation http://loinc.org|8302-6: 1 (Body Height)\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(transaction_and_searchset_bundles) {
  // Synthea's transaction bundles carry entry.request; a searchset carries entry.search.
  const std::string entry = observation("e-1", "http://snomed.info/sct", "273554001",
                                        R"("effectiveDateTime": "2014-01-02", "valueQuantity": {"value": 6})");
  for (const char* type : {"transaction", "searchset"}) {
    const patient p = io::parse_fhir_bundle(bundle_with(entry, type));
    BOOST_TEST(p.id == "p-9");
    BOOST_TEST_REQUIRE(p.edss.size() == 1u);
    BOOST_TEST(p.edss[0].score.half_steps() == 12); // 6.0
  }
  const std::string with_request =
      R"({"resourceType": "Bundle", "type": "transaction", "entry": [{"fullUrl": "urn:uuid:q", "resource": {"resourceType": "Patient", "id": "q"}, "request": {"method": "POST", "url": "Patient"}}]})";
  BOOST_TEST(io::parse_fhir_bundle(with_request).id == "q");
}

BOOST_AUTO_TEST_CASE(one_date_conversion_day_precision_only) {
  // A day, and a dateTime as the calendar date written, whatever its zone.
  BOOST_TEST(io::fhir_date("2013-03-04") == d("2013-03-04"));
  BOOST_TEST(io::fhir_date("2013-03-04T10:00:00+01:00") == d("2013-03-04"));
  BOOST_TEST(io::fhir_date("2013-03-04T23:30:00-05:00") == d("2013-03-04")); // 2013-03-05 in UTC
  BOOST_TEST(io::fhir_date("2013-03-04T00:15:00.250Z") == d("2013-03-04"));
  // Year and month precision: a partial_date (the interval of days it can be); fhir_date, for the
  // record's day-precise dates, says it needs the day.
  BOOST_TEST(to_iso(io::fhir_partial_date("1995")) == "1995");
  BOOST_TEST(io::fhir_partial_date("1995").latest() == d("1995-12-31"));
  BOOST_TEST(io::fhir_partial_date("2013-02").latest() == d("2013-02-28"));
  BOOST_TEST(to_iso(io::fhir_partial_date("2013-03-04T10:00:00+01:00")) == "2013-03-04");
  for (const char* text : {"1995", "2013-03"}) {
    try {
      (void)io::fhir_date(text);
      BOOST_FAIL("no error for " << text);
    } catch (const invalid_input& e) {
      BOOST_TEST(e.value() == text);
      BOOST_TEST(e.rule().starts_with("a date known only to the year or month: fhir_date needs the day (YYYY-MM-DD)"));
    }
  }
  // Anything else names the rule it breaks.
  const auto rule_of = [](const char* text) {
    try {
      (void)io::fhir_date(text);
    } catch (const invalid_input& e) {
      return e.rule();
    }
    return std::string("(accepted)");
  };
  BOOST_TEST(rule_of("2013-02-29") == "February 2013 has 28 days");
  BOOST_TEST(rule_of("2013-13") == "month must be 01 to 12");
  BOOST_TEST(rule_of("2013-03-04T10:00:00") == "a dateTime with a time needs its zone (Z or +hh:mm)");
  BOOST_TEST(rule_of("2013-03-04T10:00+01:00").starts_with("expected a FHIR date"));
  BOOST_TEST(rule_of("2013-03-04T25:00:00Z") == "the time of day must be 00:00:00 to 23:59:60");
  BOOST_TEST(rule_of("2013-03-04T10:00:00+15:00") == "a zone offset must be -14:00 to +14:00");
  BOOST_TEST(rule_of("4 March 2013").starts_with("expected a FHIR date"));
  BOOST_TEST(rule_of("2013-3-4").starts_with("expected a FHIR date"));
}

BOOST_AUTO_TEST_CASE(a_year_of_birth_is_read_and_other_imprecise_dates_are_errors_naming_where) {
  const std::string text = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x", "birthDate": "1995"}}]})";
  const patient p = io::parse_fhir_bundle(text, {}, nullptr, "x.json");
  BOOST_REQUIRE(p.birth_date.has_value());
  BOOST_TEST(to_iso(*p.birth_date) == "1995");
  BOOST_TEST((p.birth_date->precision() == date_precision::year));
  const std::string bad_month = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x", "birthDate": "1995-13"}}]})";
  BOOST_TEST(error_of([&] { (void)io::parse_fhir_bundle(bad_month, {}, nullptr, "x.json"); }) ==
             "x.json: entry[0] Patient \"x\": Patient.birthDate \"1995-13\": month must be 01 to 12");
  // A pregnancy status dated to the month is read (the latest of several: below); a malformed
  // month is named.
  const auto pregnancy = [](const char* on) {
    return bundle_with(observation("e-7", "http://loinc.org", "82810-3",
                                   std::string(R"("effectiveDateTime": ")") + on +
                                       R"(", "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "60001007"}]})"));
  };
  BOOST_TEST((io::parse_fhir_bundle(pregnancy("2013-03"), {}, nullptr, "b.json").pregnancy == pregnancy_status::not_pregnant));
  BOOST_TEST(error_of([&] { (void)io::parse_fhir_bundle(pregnancy("2013-3"), {}, nullptr, "b.json"); })
                 .starts_with("b.json: entry[1] Observation \"e-7\": Observation.effectiveDateTime \"2013-3\": "));
}

BOOST_AUTO_TEST_CASE(the_latest_pregnancy_status_and_diagnosis_with_imprecise_dates) {
  // 77386006 pregnant, 60001007 not pregnant (SNOMED CT).
  const auto status = [](const char* id, const char* on, const char* code) {
    return observation(id, "http://loinc.org", "82810-3",
                       std::string(R"("effectiveDateTime": ")") + on +
                           R"(", "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": ")" + code + R"("}]})");
  };
  const auto read = [](const std::string& entries, io::fhir_summary* s = nullptr) { return io::parse_fhir_bundle(bundle_with(entries), {}, s); };
  // Pregnant in 2013-03, not pregnant on 2013-04-01: April 1 is after every day of March.
  BOOST_TEST((read(status("a", "2013-03", "77386006") + "," + status("b", "2013-04-01", "60001007")).pregnancy ==
              pregnancy_status::not_pregnant));
  // Pregnant in 2013-04 and not pregnant on 2013-04-10: either may be the latest.
  io::fhir_summary s;
  BOOST_TEST((read(status("a", "2013-04", "77386006") + "," + status("b", "2013-04-10", "60001007"), &s).pregnancy ==
              pregnancy_status::unknown));
  BOOST_TEST(s.skipped.at("Observation: pregnancy statuses disagree and either may be the latest (left unknown)") == 1u);
  // The same status twice, whichever is the latest: read.
  BOOST_TEST((read(status("a", "2013", "60001007") + "," + status("b", "2013-04-10", "60001007")).pregnancy ==
              pregnancy_status::not_pregnant));
  // Pregnant on 2013-04-30 (listed first) and not pregnant in 2013-04: April 30 is the month's last
  // day, so the month's reading is on or before it; on that same day the later entry is the
  // latest, so either may be.
  BOOST_TEST((read(status("a", "2013-04-30", "77386006") + "," + status("b", "2013-04", "60001007")).pregnancy ==
              pregnancy_status::unknown));
  // Listed the other way round, the day-precise one is the latest on every day of April.
  BOOST_TEST((read(status("b", "2013-04", "60001007") + "," + status("a", "2013-04-30", "77386006")).pregnancy ==
              pregnancy_status::pregnant));

  const auto condition = [](const char* id, const char* code, const char* recorded) {
    return std::string(R"({"resource": {"resourceType": "Condition", "id": ")") + id +
           R"(", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": ")" + code + R"("}]}, "recordedDate": ")" +
           recorded + R"("}})";
  };
  // MS (G35) recorded in 2010, NMO (G36.0) in 2012-06: NMOSD, the later one.
  io::fhir_summary t;
  const patient p = read(condition("c1", "G35", "2010") + "," + condition("c2", "G36.0", "2012-06"), &t);
  BOOST_TEST((p.diagnosis.kind == diagnosis_kind::nmosd));
  BOOST_TEST(t.skipped.at("Condition: diagnoses disagree (the latest recorded is kept)") == 1u);
  // MS recorded in 2012, NMO on 2012-06-30: either may be the latest, the diagnosis is unknown.
  io::fhir_summary u;
  BOOST_TEST(!read(condition("c1", "G35", "2012") + "," + condition("c2", "G36.0", "2012-06-30"), &u).diagnosis.kind.has_value());
  BOOST_TEST(u.skipped.at("Condition: diagnoses disagree and either may be the latest recorded (left unknown)") == 1u);
  BOOST_TEST(u.skipped.count("Condition: diagnoses disagree (the latest recorded is kept)") == 0u);
}

BOOST_AUTO_TEST_CASE(malformed_resources_name_bundle_entry_id_path_and_value) {
  struct bad {
    std::string bundle;
    std::string message; // the start of the message, worked out from the bundle
  };
  const std::vector<bad> cases{
      {bundle_with(observation("e-1", "http://snomed.info/sct", "273554001",
                               R"("effectiveDateTime": "2013-01-01", "valueQuantity": {"value": 5.25})")),
       "b.json: entry[1] Observation \"e-1\": Observation.valueQuantity.value \"5.25\": an EDSS score must be"},
      {bundle_with(observation("e-2", "http://snomed.info/sct", "273554001", R"("effectiveDateTime": "2013-01-01", "valueQuantity": {"value": "4"})")),
       "b.json: entry[1] Observation \"e-2\": Observation.valueQuantity.value \"4\": expected a number"},
      {bundle_with(observation("e-3", "http://snomed.info/sct", "273554001", R"("valueQuantity": {"value": 4})")),
       "b.json: entry[1] Observation \"e-3\": Observation.effective[x] \"absent\": the record needs the date"},
      {bundle_with(observation("bp", "http://loinc.org", "85354-9",
                               R"("effectiveDateTime": "2013-01-01", "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 80}}, {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 120}}])")),
       "b.json: entry[1] Observation \"bp\": Observation.component \"80/120\": the diastolic pressure cannot exceed the systolic"},
      {bundle_with(observation("gd", "urn:trialspec:fhir", "new-t2-lesions", R"("effectiveDateTime": "2013-01-01", "valueInteger": -1)")),
       "b.json: entry[1] Observation \"gd\": Observation.valueInteger \"-1\": a lesion count cannot be negative"},
      {bundle_with(observation("gd2", "urn:trialspec:fhir", "new-t2-lesions", R"("effectiveDateTime": "2013-01-01", "valueQuantity": {"value": 1.5})")),
       "b.json: entry[1] Observation \"gd2\": Observation.valueQuantity.value \"1.5\": expected a whole number of lesions"},
      {bundle_with(R"({"resource": {"resourceType": "Observation", "id": "s", "status": "done", "code": {"coding": []}}})"),
       "b.json: entry[1] Observation \"s\": Observation.status \"done\": expected one of registered, preliminary"},
      {bundle_with(R"({"resource": {"resourceType": "Observation", "id": "s2", "code": {"coding": []}}})"),
       "b.json: entry[1] Observation \"s2\": Observation.status \"absent\": required in FHIR R4"},
      {bundle_with(R"({"resource": {"resourceType": "Condition", "id": "c", "code": {"coding": [{"system": 7, "code": "x"}]}}})"),
       "b.json: entry[1] Condition \"c\": Condition.code.coding[0].system \"7\": expected a string"},
      {bundle_with(R"({"resource": {"resourceType": "Condition", "id": "c2", "code": {"coding": [{"system": "urn:trialspec:fhir", "code": "relapse"}]}}})"),
       "b.json: entry[1] Condition \"c2\": Condition.onsetDateTime \"absent\": a relapse needs its onset date"},
      {bundle_with(R"({"resource": {"resourceType": "Condition", "id": "c3", "subject": {"reference": "Patient/someone-else"}, "code": {"coding": []}}})"),
       "b.json: entry[1] Condition \"c3\": Condition.subject.reference \"Patient/someone-else\": refers to another patient"},
      {bundle_with(R"({"resource": {"resourceType": "MedicationStatement", "id": "m", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}, "effectivePeriod": {"start": "2013-05-01", "end": "2013-04-01"}}})"),
       "b.json: entry[1] MedicationStatement \"m\": MedicationStatement.effectivePeriod.end \"2013-04-01\": ends before its start"},
      {bundle_with(R"({"resource": {"resourceType": "MedicationRequest", "id": "m2", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}}})"),
       "b.json: entry[1] MedicationRequest \"m2\": MedicationRequest.authoredOn \"absent\": a therapy course needs its start date"},
      {bundle_with(R"({"resource": {"resourceType": "MedicationAdministration", "id": "m3", "status": "completed"}})"),
       "b.json: entry[1] MedicationAdministration \"m3\": MedicationAdministration.medication[x] \"absent\""},
      {bundle_with(R"({"resource": {"id": "n"}})"),
       "b.json: Bundle.entry[1].resource.resourceType \"absent\": every resource needs its resourceType"},
      {R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "id": "a", "gender": "F"}}]})",
       "b.json: entry[0] Patient \"a\": Patient.gender \"F\": expected male, female, other or unknown"},
      {R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient"}}]})",
       "b.json: entry[0] Patient: Patient.id \"absent\": the record's id is Patient.id"},
      {R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Encounter", "id": "e"}}]})",
       "b.json: Bundle.entry \"1 entries\": a bundle holds one Patient: none found"},
      {bundle_with(R"({"resource": {"resourceType": "Patient", "id": "p-10"}})"),
       "b.json: entry[1] Patient \"p-10\": Patient.id \"p-10\": a bundle holds one patient: another Patient is entry[0]"},
      {R"({"resourceType": "Bundle", "type": "document", "entry": []})",
       "b.json: Bundle.type \"document\": expected collection, transaction or searchset"},
      {R"({"resourceType": "Patient", "id": "p"})", "b.json: Bundle.resourceType \"Patient\": expected a FHIR Bundle"},
      {R"({"resourceType": "Bundle", "type": "collection", "type": "searchset"})",
       "b.json: Bundle.type \"searchset\": duplicate key"},
      {R"({"resourceType": "Bundle", "type": )", "b.json: JSON \"byte "},
  };
  for (const auto& c : cases) {
    const std::string what = error_of([&] { (void)io::parse_fhir_bundle(c.bundle, {}, nullptr, "b.json"); });
    BOOST_TEST(what.starts_with(c.message), "got: " << what << "\nexpected: " << c.message);
  }
  // The error's parts are there for a program too.
  try {
    (void)io::parse_fhir_bundle(cases[0].bundle, {}, nullptr, "b.json");
    BOOST_FAIL("no error");
  } catch (const io::fhir_format_error& e) {
    BOOST_TEST(e.bundle() == "b.json");
    BOOST_TEST(*e.entry() == 1u);
    BOOST_TEST(e.resource_type() == "Observation");
    BOOST_TEST(e.resource_id() == "e-1");
    BOOST_TEST(e.path() == "Observation.valueQuantity.value");
    BOOST_TEST(e.value() == "5.25");
    // Named again, as a caller that knows the file names it.
    const io::fhir_format_error renamed(e, "other.json");
    BOOST_TEST(std::string(renamed.what()) ==
               "other.json: entry[1] Observation \"e-1\": Observation.valueQuantity.value \"5.25\": " + e.rule());
  }
}

BOOST_AUTO_TEST_CASE(not_findings_and_records_it_cannot_hold_are_counted_not_read) {
  const std::string entries =
      std::string() +
      // A condition entered in error: not a finding.
      R"({"resource": {"resourceType": "Condition", "id": "c", "verificationStatus": {"coding": [{"code": "entered-in-error"}]}, "code": {"coding": [{"system": "http://snomed.info/sct", "code": "24700007"}]}}},)"
      // A statement of a drug not taken, and one the patient only intends to take.
      R"({"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "not-taken", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}, "effectiveDateTime": "2013-01-01"}},)"
      R"({"resource": {"resourceType": "MedicationStatement", "id": "m2", "status": "intended", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}, "effectiveDateTime": "2013-01-01"}},)"
      // An administration not done, a cancelled observation.
      R"({"resource": {"resourceType": "MedicationAdministration", "id": "m3", "status": "not-done", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX01"}]}, "effectiveDateTime": "2013-01-01"}},)" +
      R"({"resource": {"resourceType": "Observation", "id": "o0", "status": "cancelled", "code": {"coding": [{"system": "http://loinc.org", "code": "56888-1"}]}}},)" +
      // An HIV test without a qualitative result.
      observation("o1", "http://loinc.org", "56888-1", R"("effectiveDateTime": "2013-01-01")") + "," +
      // A statement of an unmapped drug (paracetamol, N02BE01) and a panel missing its diastolic.
      R"({"resource": {"resourceType": "MedicationStatement", "id": "m4", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "N02BE01"}]}, "effectiveDateTime": "2013-01-01"}},)" +
      observation("bp", "http://loinc.org", "85354-9",
                  R"("effectiveDateTime": "2013-01-01", "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 120}}])");
  io::fhir_summary s;
  const patient p = io::parse_fhir_bundle(bundle_with(entries), {}, &s);
  BOOST_TEST(!p.diagnosis.kind.has_value()); // the MS condition was entered in error
  BOOST_TEST(p.therapies.empty());
  BOOST_TEST(p.labs.empty());
  BOOST_TEST(p.blood_pressure.empty());
  BOOST_TEST(s.not_findings.at("Condition verificationStatus entered-in-error") == 1u);
  BOOST_TEST(s.not_findings.at("MedicationStatement status not-taken") == 1u);
  BOOST_TEST(s.not_findings.at("MedicationStatement status intended") == 1u);
  BOOST_TEST(s.not_findings.at("MedicationAdministration status not-done") == 1u);
  BOOST_TEST(s.not_findings.at("Observation status cancelled") == 1u);
  BOOST_TEST(s.skipped.at("Observation: laboratory result without a qualitative result") == 1u);
  BOOST_TEST(s.skipped.at("Observation: blood pressure panel without both a systolic and a diastolic value") == 1u);
  BOOST_TEST(s.unmapped_codes.at("MedicationStatement http://www.whocc.no/atc|N02BE01").count == 1u);
  BOOST_TEST(s.mapped == 1u); // the Patient alone
}

BOOST_AUTO_TEST_CASE(therapy_courses_by_resource_status_and_route) {
  const auto med = [](const std::string& type, const std::string& id, const std::string& status, const std::string& atc,
                      const std::string& rest) {
    return R"({"resource": {"resourceType": ")" + type + R"(", "id": ")" + id + R"(", "status": ")" + status +
           R"(", "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": ")" + atc + R"("}]}, )" +
           rest + "}}";
  };
  const std::string oral = R"({"route": {"coding": [{"system": "http://snomed.info/sct", "code": "26643006"}]}})";
  const std::string entries =
      // a1: an infusion in progress since 2013-11-01: ongoing.
      med("MedicationAdministration", "a1", "in-progress", "L04AA23", R"("effectivePeriod": {"start": "2013-11-01"})") + "," +
      // a2: an infusion completed without its end time: the end is not recorded, skipped.
      med("MedicationAdministration", "a2", "completed", "L04AA23", R"("effectivePeriod": {"start": "2013-10-01"})") + "," +
      // s1: prednisone taken on 2013-06-01, completed: when it ended is not recorded, skipped.
      med("MedicationStatement", "s1", "completed", "H02AB07", R"("effectiveDateTime": "2013-06-01")") + "," +
      // s2: prednisone from 2013-07-01 to 2013-07-14, by mouth (dosage[0].route): oral corticosteroid.
      med("MedicationStatement", "s2", "completed", "H02AB07",
          R"("effectivePeriod": {"start": "2013-07-01", "end": "2013-07-14"}, "dosage": [)" + oral + "]") + "," +
      // r1: prednisolone ordered 2013-08-01, active, oral (dosageInstruction[0].route): ongoing, oral.
      med("MedicationRequest", "r1", "active", "H02AB06", R"("authoredOn": "2013-08-01", "dosageInstruction": [)" + oral + "]") +
      "," +
      // r2: methylprednisolone ordered 2013-09-01, on hold, no route: not ongoing, so skipped.
      med("MedicationRequest", "r2", "on-hold", "H02AB04", R"("authoredOn": "2013-09-01")") + "," +
      // r3: methylprednisolone, active, no route: a corticosteroid of no named agent.
      med("MedicationRequest", "r3", "active", "H02AB04", R"("authoredOn": "2013-09-02")");
  io::fhir_summary s;
  const patient p = io::parse_fhir_bundle(bundle_with(entries), {}, &s);
  BOOST_TEST_REQUIRE(p.therapies.size() == 4u); // a1, s2, r1, r3
  BOOST_TEST((p.therapies[0].agent == therapy_agent::natalizumab));
  BOOST_TEST(p.therapies[0].start == d("2013-11-01"));
  BOOST_TEST(!p.therapies[0].end.has_value());
  BOOST_TEST((p.therapies[1].agent == therapy_agent::oral_corticosteroid));
  BOOST_TEST(p.therapies[1].name == "prednisone");
  BOOST_TEST(*p.therapies[1].end == d("2013-07-14"));
  BOOST_TEST((p.therapies[2].agent == therapy_agent::oral_corticosteroid));
  BOOST_TEST(!p.therapies[2].end.has_value());
  BOOST_TEST(!p.therapies[3].agent.has_value());
  BOOST_TEST((p.therapies[3].kind == therapy_class::corticosteroid));
  BOOST_TEST(s.skipped.at("MedicationAdministration: status completed, course end not recorded") == 1u);
  BOOST_TEST(s.skipped.at("MedicationStatement: status completed, course end not recorded") == 1u);
  BOOST_TEST(s.skipped.at("MedicationRequest: status on-hold, course end not recorded") == 1u);
}

BOOST_AUTO_TEST_CASE(summary_lines_escape_what_they_quote) {
  // A resource type with a newline in it (JSON "\n") must not start a line of its own.
  io::fhir_summary s;
  (void)io::parse_fhir_bundle(bundle_with(R"({"resource": {"resourceType": "Enc\nounter", "id": "e"}})"), {}, &s);
  std::ostringstream text;
  s.print(text);
  BOOST_TEST(text.str().find("  Enc\\u000aounter: 1\n") != std::string::npos, text.str());
}

BOOST_AUTO_TEST_CASE(diagnoses_that_disagree_keep_the_latest_recorded) {
  const auto condition = [](const char* id, const char* system, const char* code, const char* recorded) {
    return std::string(R"({"resource": {"resourceType": "Condition", "id": ")") + id + R"(", "code": {"coding": [{"system": ")" +
           system + R"(", "code": ")" + code + R"("}]}, "recordedDate": ")" + recorded + R"("}})";
  };
  io::fhir_summary s;
  // MS (ICD-10 G35) recorded 2010-02-01, then NMO (ICD-10 G36.0) recorded 2012-06-30: NMOSD.
  const patient p = io::parse_fhir_bundle(bundle_with(condition("c2", "http://hl7.org/fhir/sid/icd-10", "G36.0", "2012-06-30") + "," +
                                                      condition("c1", "http://hl7.org/fhir/sid/icd-10", "G35", "2010-02-01")),
                                          {}, &s);
  BOOST_TEST((p.diagnosis.kind == diagnosis_kind::nmosd));
  BOOST_TEST(s.skipped.at("Condition: diagnoses disagree (the latest recorded is kept)") == 1u);
}

BOOST_AUTO_TEST_CASE(the_mapping_is_the_users_to_change) {
  io::fhir_mapping m;
  // A site's own code for a brain tumour, NMO mapped to Wingerchuk 2006 NMO, and a Synthea
  // product code for oral prednisone (the route decides oral vs IV only where the code does not).
  m.conditions.push_back({{"urn:example:site", "BT"}, condition_kind::brain_tumour});
  for (auto& e : m.diagnoses)
    if (e.kind == diagnosis_kind::nmosd) e.kind = diagnosis_kind::nmo;
  m.therapies.push_back({{"urn:example:site", "PRED-5"}, "prednisone 5 mg", therapy_class::corticosteroid, therapy_agent::oral_corticosteroid});
  // And the completeness of the lists, which this source vouches for.
  m.complete = [](patient& p, const nlohmann::ordered_json&) {
    if (p.birth_date) p.relapses_recorded_since = p.birth_date->earliest();
    p.conditions_complete = true;
  };
  const std::string entries =
      R"({"resource": {"resourceType": "Condition", "id": "c", "code": {"coding": [{"system": "urn:example:site", "code": "BT", "display": "glioma"}]}}},)"
      R"({"resource": {"resourceType": "Condition", "id": "n", "code": {"coding": [{"system": "http://snomed.info/sct", "code": "25044007"}]}}},)"
      R"({"resource": {"resourceType": "MedicationStatement", "id": "m", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "urn:example:site", "code": "PRED-5"}]}, "effectiveDateTime": "2013-01-01"}})";
  const patient p = io::parse_fhir_bundle(bundle_with(entries), m);
  BOOST_TEST_REQUIRE(p.conditions.size() == 1u);
  BOOST_TEST((p.conditions[0].kind == condition_kind::brain_tumour));
  BOOST_TEST(p.conditions[0].name == "glioma");
  BOOST_TEST(p.conditions[0].present);
  BOOST_TEST((p.diagnosis.kind == diagnosis_kind::nmo));
  BOOST_TEST_REQUIRE(p.therapies.size() == 1u);
  BOOST_TEST((p.therapies[0].agent == therapy_agent::oral_corticosteroid));
  BOOST_TEST(!p.therapies[0].end.has_value()); // active statement: ongoing from 2013-01-01
  BOOST_TEST(*p.relapses_recorded_since == d("1970-01-01"));
  BOOST_TEST(p.conditions_complete);
  // The default mapping reads none of these: the site's codes are listed as not mapped.
  io::fhir_summary s;
  const patient q = io::parse_fhir_bundle(bundle_with(entries), {}, &s);
  BOOST_TEST(q.conditions.empty());
  BOOST_TEST((q.diagnosis.kind == diagnosis_kind::nmosd));
  BOOST_TEST(s.unmapped_codes.at("Condition urn:example:site|BT").count == 1u);
  BOOST_TEST(s.unmapped_codes.at("MedicationStatement urn:example:site|PRED-5").count == 1u);
}

BOOST_AUTO_TEST_CASE(directories_and_streams_of_bundles) {
  const fs::path dir = fs::temp_directory_path() / "trialspec_fhir_test_dir";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name) << text; };
  const auto patient_bundle = [](const std::string& id) {
    return R"({"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": "urn:uuid:)" + id +
           R"(", "resource": {"resourceType": "Patient", "id": ")" + id + R"("}}]})";
  };
  // b.json, a.json (read in name order: a, b), c.ndjson with two bundles and a blank line, and a
  // file that is not FHIR input (notes.txt, ignored).
  write("b.json", patient_bundle("B"));
  write("a.json", patient_bundle("A"));
  write("c.ndjson", patient_bundle("C1") + "\n\n" + patient_bundle("C2") + "\n");
  write("notes.txt", "not a bundle");
  std::vector<std::string> seen;
  const io::fhir_summary s = io::load_fhir(dir.string(), {}, [&](patient&& p, std::size_t index, const std::string& bundle) {
    seen.push_back(std::to_string(index) + " " + p.id + " " + fs::path(bundle).filename().string());
  });
  const std::vector<std::string> expected{"0 A a.json", "1 B b.json", "2 C1 c.ndjson:1", "3 C2 c.ndjson:3"};
  BOOST_TEST(seen == expected, boost::test_tools::per_element());
  BOOST_TEST(s.bundles == 4u);
  // The same Patient.id in two bundles is an error naming the second.
  write("d.json", patient_bundle("A"));
  const std::string what = error_of([&] { io::load_fhir(dir.string(), {}, [](patient&&, std::size_t, const std::string&) {}); });
  BOOST_TEST(what == (dir / "d.json").string() + ": Patient.id \"A\": another bundle has the same Patient.id");
  // A syntax error in a stream names the line.
  std::istringstream in(patient_bundle("X") + "\n{\"resourceType\": \n");
  const std::string bad = error_of([&] { io::read_fhir_stream(in, "s.ndjson", {}, [](patient&&, std::size_t, const std::string&) {}); });
  BOOST_TEST(bad.starts_with("s.ndjson:2: JSON \"byte "));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
