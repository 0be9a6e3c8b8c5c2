// trialspec/io/cohort_json.hpp - reads and writes a cohort of trialspec::patient as JSON.
//
// Opt-in: this header needs nlohmann_json (Debian nlohmann-json3-dev, header-only); nothing else
// in the library includes it.
//
// Layouts: a document {"patients": [ {...}, ... ]}, or JSON Lines, one patient object per line
// (read_cohort_stream / load_cohort_stream; parse_patient reads one line). Whole documents are
// read by load_cohort / parse_cohort / cohort_from_json; read_cohort_stream and
// load_cohort_stream read either layout one patient at a time, never holding the whole input.
//
// A patient object has the keys
//   id (string, required), birth_date (YYYY-MM-DD, or YYYY-MM / YYYY: a partial_date), sex
//   (female|male|other), weight_kg,
//   diagnosis {nmosd (bool), kind (nmo|nmosd|ms|other), criteria (wingerchuk2006|ipnd2015|other),
//              aqp4_igg (positive|negative|not_tested)},
//   edss [{date, score}],
//   relapses [{onset, severity (mild|moderate|severe), phenotype (optic_neuritis|myelitis|
//             area_postrema|brainstem|diencephalic|cerebral|other)}], relapses_recorded_since,
//   mri [{date, gd_enhancing_lesions, gd_dose (single|double|triple), new_t2_lesions}],
//   therapies [{name, class (immunosuppressant|immunomodulator|corticosteroid|other), start, end,
//               agent, stable_since}],
//   therapies_recorded_since,
//   conditions [{code (cardiac_failure|renal_failure|hepatic_failure|allergy|brain_tumor|other),
//                name, present, significant}], conditions_complete,
//   labs [{test (hiv|tumor_marker|other), date, result (positive|negative|indeterminate)}],
//   blood_pressure [{date, systolic, diastolic}],
//   pregnancy (pregnant|possibly_pregnant|not_pregnant), can_consent, judged_unsuitable,
//   infusion_date.
// Dates are ISO 8601 (YYYY-MM-DD); birth_date, edss[].date, relapses[].onset, mri[].date, labs[].date,
// blood_pressure[].date, pregnancy_test.date, therapies[].start, therapies[].end,
// therapies[].stable_since, diagnosis.first_symptom and
// diagnosis.history.attacks[].onset may also be YYYY-MM or YYYY (a partial_date: the month or
// year only).
//
// The clinical history the diagnostic criteria read (NMO 2006, the NMO spectrum 2007, NMOSD 2015;
// clinical/diagnostic_findings.hpp), for I1 computed from clinical data, absent meaning not recorded
// (the criteria are then unknown):
//   diagnosis.history {attacks [{onset, phenotype (as relapses[].phenotype), mri {brain_normal_or_nonspecific,
//     optic_nerve_long_or_chiasm, letm, cord_atrophy_3_segments, dorsal_medulla_lesion,
//     periependymal_brainstem_lesion, typical_diencephalic_lesion, typical_cerebral_lesion} (true|false;
//     absent: not examined), simultaneous_bilateral (true|false, optic neuritis in both eyes at once;
//     absent: not examined)}] (required: the complete list of core clinical characteristics, one item
//     each, [] for none), aqp4_igg (positive|negative|not_tested; absent: diagnosis.aqp4_igg, else
//     not_tested; must agree with diagnosis.aqp4_igg), onset_brain_mri_meets_ms_criteria,
//     alternatives_excluded, optic_spinal_ms (Asian optic-spinal MS diagnosed),
//     systemic_autoimmune_disease (SLE, Sjogren syndrome ...), nmo_typical_brain_lesions
//     (hypothalamic, corpus callosal, periventricular or brainstem) (true|false; absent: not
//     examined)}.
//
// Keys for the NMOSD trials (protocols/prevent.hpp ...), absent or null meaning unknown:
//   relapses[].rescue_therapy (true|false): the attack was treated with rescue therapy (IV
//     corticosteroids, plasma exchange, IV immunoglobulin);
//   therapies[].agent: one of the tokens of therapy_agent_names (clinical/agents.hpp: rituximab,
//     eculizumab, ..., ivig, azathioprine, ..., investigational); with an agent, `class` may be
//     left out (the agent's class is taken) and, when given, must fit the agent (class_fits);
//   therapies[].stable_since: the date of the course's last dose change (within the course);
//   lactating, childbearing_potential, effective_contraception (true|false);
//   pregnancy_test {date, result (positive|negative|indeterminate)};
//   conditions[].code neisseria_meningitidis_infection;
//   investigator_judgements {"<key>": true|false}: answers to the questions a protocol leaves to
//     the investigator (eligibility/criteria/judgement.hpp), keyed "<NCT id>.<criterion id>".
//
// Keys for the MS trials (protocols/opera.hpp, oratorio.hpp, asclepios.hpp), absent or null
// meaning unknown:
//   diagnosis.ms_course (rrms|spms|ppms|prms): the course at screening; diagnosis.mcdonald
//     (2005|2010|2017, a number): the McDonald revision the diagnosis was made with;
//     diagnosis.first_symptom: the date of the first MS symptoms (disease duration runs from it);
//   functional_systems [{date, pyramidal, cerebellar, brainstem, sensory, bowel_bladder, visual,
//     cerebral, ambulation (the grades as `trialspec edss` reads them, whole numbers; a grade left
//     out is not recorded), pyramidal_lower_limb (true|false: the pyramidal grade is due to
//     lower-limb findings)}];
//   conditions[].code mri_contraindication, hepatitis_b_risk, pml_findings, chronic_infection,
//     cancer, other_neurological_disorder, immune_disease_other_than_ms; for code cancer only,
//     conditions[].excised_skin_or_cervix_in_situ (true|false): basal cell or in situ squamous
//     cell carcinoma of the skin or in situ carcinoma of the cervix, excised and resolved.
//
// Beyond the list, the format has keys for what the record needs to be read faithfully:
// diagnosis.kind (NMO and MS are not expressible with the boolean `nmosd` alone),
// relapses_recorded_since / therapies_recorded_since / conditions_complete (without them an
// absent relapse or condition proves nothing), conditions[].name / present (a condition looked
// for and found absent), and the enumerators sex "other", lab test "other" and lab result
// "indeterminate" that the record types have. The writer emits these only when they carry
// information, so a file written from a record that uses none of them is in the format.
//
// Missing data: a top-level key or an item key that is absent or null is unknown (an empty
// optional, pregnancy_status::unknown, a list with no items, conditions_complete = false). An
// item of a list still needs the keys that make it an item at all (an EDSS assessment without a
// score, a relapse without an onset, a therapy without a class or start): the record types have no
// representation for them, and dropping them would hide data. A therapy without `end` is
// ongoing (the record's convention).
//
// The spellings of the enumerated values are the tokens of each enumeration's name table (see
// trialspec/enum_names.hpp), e.g. condition_kind_names: the reader and the writer use those tables
// and nothing else.
//
// Errors: an unknown key, a key given twice in one object, a value of the wrong type or outside
// its rule, a duplicate patient id, a number beyond the range of a double, nesting deeper than
// max_nesting_depth, and malformed JSON all throw cohort_format_error (an invalid_input), which
// names the file (load_cohort), the patient (its id, and its position in the list), the key as a
// path ("edss[2].score") and the value, cut to max_echoed_chars characters. Values are checked by
// the record's own rules (edss::from_double, parse_date, mri_scan / therapy / blood_pressure_reading
// ::validate(), patient::validate() for the weight), so the file format and the library cannot
// disagree. Reading stops at the first error: a bad patient never silently drops out of the cohort.
// A UTF-8 byte-order mark before the document is skipped.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/io/cohort_format_error.hpp>
#include <trialspec/io/detail/cohort_parser.hpp>
#include <trialspec/io/detail/json_echo.hpp>
#include <trialspec/text.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <istream>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec::io {

namespace detail {

using json = nlohmann::ordered_json;

/// Reads one patient object, with enough context to name it in every error.
template <class Json> class patient_reader {
public:
  patient_reader(const Json& j, std::optional<std::size_t> index) : j_(j), index_(index) {}

  patient read() {
    try {
      return read_fields();
    } catch (const nlohmann::json::exception& e) {
      // Not expected (each type is checked before it is converted), but every reader error is an
      // invalid_input naming the patient.
      fail("(patient)", "", e.what());
    }
  }

private:
  patient read_fields() {
    patient p;
    if (!j_.is_object()) fail_value("(patient)", j_, "a patient must be a JSON object");
    read_id(p);
    allow(j_, "", {"id", "birth_date", "sex", "weight_kg", "diagnosis", "edss", "relapses", "relapses_recorded_since",
                   "mri", "therapies", "therapies_recorded_since", "conditions", "conditions_complete", "labs",
                   "blood_pressure", "pregnancy", "can_consent", "judged_unsuitable", "infusion_date",
                   // the NMOSD trials' keys
                   "lactating", "childbearing_potential", "effective_contraception", "pregnancy_test",
                   "investigator_judgements",
                   // the MS trials' keys
                   "functional_systems"});
    p.birth_date = opt_partial_date(j_, "", "birth_date");
    p.sex = opt_enum<trialspec::sex>(j_, "", "sex");
    if (const auto* w = present(j_, "weight_kg")) {
      if (!w->is_number()) fail_value("weight_kg", *w, "expected a number (kg)");
      // The record's rule, quoted with the number as written (the record prints it rounded).
      patient weight_only;
      weight_only.weight_kg = w->template get<double>();
      try {
        weight_only.validate();
      } catch (const invalid_input& e) {
        fail_value("weight_kg", *w, e.rule());
      }
      p.weight_kg = weight_only.weight_kg;
    }
    read_diagnosis(p);
    for_each_item("edss", [&](const Json& e, const std::string& at) {
      allow(e, at, {"date", "score"});
      p.edss.push_back({req_partial_date(e, at, "date"), req_score(e, at)});
    });
    for_each_item("relapses", [&](const Json& e, const std::string& at) {
      allow(e, at, {"onset", "severity", "phenotype", "rescue_therapy"});
      relapse r;
      r.onset = req_partial_date(e, at, "onset");
      r.severity = opt_enum<relapse_severity>(e, at, "severity").value_or(relapse_severity::unknown);
      r.phenotype = opt_enum<relapse_phenotype>(e, at, "phenotype");
      r.rescue_therapy = opt_bool(e, at, "rescue_therapy");
      p.relapses.push_back(r);
    });
    for_each_item("functional_systems", [&](const Json& e, const std::string& at) {
      allow(e, at, {"date", "pyramidal", "cerebellar", "brainstem", "sensory", "bowel_bladder", "visual", "cerebral", "ambulation",
                    "pyramidal_lower_limb"});
      fs_assessment f;
      f.on = req_partial_date(e, at, "date");
      const auto grade = [&](const char* key) {
        const auto* v = present(e, key);
        return v ? static_cast<int>(integer(*v, join(at, key))) : functional_systems::not_recorded;
      };
      f.grades.pyramidal = grade("pyramidal");
      f.grades.cerebellar = grade("cerebellar");
      f.grades.brainstem = grade("brainstem");
      f.grades.sensory = grade("sensory");
      f.grades.bowel_bladder = grade("bowel_bladder");
      f.grades.visual = grade("visual");
      f.grades.cerebral = grade("cerebral");
      f.grades.ambulation = grade("ambulation");
      f.pyramidal_lower_limb = opt_bool(e, at, "pyramidal_lower_limb");
      check(f, at);
      p.functional_systems.push_back(f);
    });
    p.relapses_recorded_since = opt_date(j_, "", "relapses_recorded_since");
    for_each_item("mri", [&](const Json& e, const std::string& at) {
      allow(e, at, {"date", "gd_enhancing_lesions", "gd_dose", "new_t2_lesions"});
      mri_scan s;
      s.on = req_partial_date(e, at, "date");
      s.gd_enhancing_lesions = opt_count(e, at, "gd_enhancing_lesions");
      s.dose = opt_enum<gd_dose>(e, at, "gd_dose");
      s.new_t2_lesions = opt_count(e, at, "new_t2_lesions");
      check(s, at);
      p.mri.push_back(s);
    });
    for_each_item("therapies", [&](const Json& e, const std::string& at) {
      allow(e, at, {"name", "class", "start", "end", "agent", "stable_since"});
      therapy t;
      if (const auto* n = present(e, "name")) {
        if (!n->is_string()) fail_value(trialspec::detail::cat(at, ".name"), *n, "expected a string");
        t.name = n->template get<std::string>();
      }
      t.agent = opt_enum<therapy_agent>(e, at, "agent");
      const auto kind = opt_enum<therapy_class>(e, at, "class");
      if (!kind && !t.agent)
        fail(trialspec::detail::cat(at, ".class"), "null", "a therapy needs its class or its agent (criteria select therapies by class)");
      t.kind = kind ? *kind : default_class(*t.agent);
      t.start = req_partial_date(e, at, "start");
      t.end = opt_partial_date(e, at, "end");
      t.stable_since = opt_partial_date(e, at, "stable_since");
      try {
        t.validate();
      } catch (const invalid_input&) {
        // The record's message quotes the name: quote no more of it than of any other value.
        therapy shown = t;
        shown.name = echo_text(t.name);
        check(shown, at);
        throw;
      }
      p.therapies.push_back(std::move(t));
    });
    p.therapies_recorded_since = opt_date(j_, "", "therapies_recorded_since");
    for_each_item("conditions", [&](const Json& e, const std::string& at) {
      allow(e, at, {"code", "name", "present", "significant", "excised_skin_or_cervix_in_situ"});
      condition c;
      const auto kind = opt_enum<condition_kind>(e, at, "code");
      if (!kind) fail(trialspec::detail::cat(at, ".code"), "null", "a condition needs its code");
      c.kind = *kind;
      if (const auto* n = present(e, "name")) {
        if (!n->is_string()) fail_value(trialspec::detail::cat(at, ".name"), *n, "expected a string");
        c.name = n->template get<std::string>();
      }
      c.present = opt_bool(e, at, "present").value_or(true);
      c.significant = opt_bool(e, at, "significant");
      c.excised_skin_or_cervix_in_situ = opt_bool(e, at, "excised_skin_or_cervix_in_situ");
      if (c.excised_skin_or_cervix_in_situ && c.kind != condition_kind::cancer)
        fail(trialspec::detail::cat(at, ".excised_skin_or_cervix_in_situ"), *c.excised_skin_or_cervix_in_situ ? "true" : "false",
             trialspec::detail::cat("applies to code \"cancer\" only, not \"", token_of(c.kind), "\""));
      p.conditions.push_back(c);
    });
    p.conditions_complete = opt_bool(j_, "", "conditions_complete").value_or(false);
    for_each_item("labs", [&](const Json& e, const std::string& at) {
      allow(e, at, {"test", "date", "result"});
      lab_result l;
      const auto test = opt_enum<lab_test>(e, at, "test");
      if (!test) fail(trialspec::detail::cat(at, ".test"), "null", "a laboratory result needs its test");
      l.test = *test;
      l.on = req_partial_date(e, at, "date");
      const auto outcome = opt_enum<lab_outcome>(e, at, "result");
      if (!outcome) fail(trialspec::detail::cat(at, ".result"), "null", "a laboratory result needs its result (leave out a test not done)");
      l.outcome = *outcome;
      p.labs.push_back(l);
    });
    for_each_item("blood_pressure", [&](const Json& e, const std::string& at) {
      allow(e, at, {"date", "systolic", "diastolic"});
      blood_pressure_reading b;
      b.on = req_partial_date(e, at, "date");
      b.systolic = req_int(e, at, "systolic");
      b.diastolic = req_int(e, at, "diastolic");
      check(b, at);
      p.blood_pressure.push_back(b);
    });
    p.pregnancy = opt_enum<pregnancy_status>(j_, "", "pregnancy").value_or(pregnancy_status::unknown);
    p.consent_capacity = opt_bool(j_, "", "can_consent");
    p.judged_unsuitable = opt_bool(j_, "", "judged_unsuitable");
    p.infusion_date = opt_date(j_, "", "infusion_date");
    read_nmosd_trial_keys(p);
    return p;
  }

  [[noreturn]] void fail(const std::string& key, std::string_view value, std::string_view rule) const {
    throw cohort_format_error(id_, index_, key, value, rule);
  }
  [[noreturn]] void fail_value(const std::string& key, const Json& value, std::string_view rule) const {
    fail(key, bounded_text(value), rule);
  }
  /// Applies the record's own validation of `item`, read from the key path `at`.
  template <class Item> void check(const Item& item, const std::string& at) const {
    try {
      item.validate();
    } catch (const invalid_input& e) {
      throw cohort_format_error(id_, index_, at, e);
    }
  }
  static std::string join(const std::string& at, std::string_view key) {
    return at.empty() ? std::string(key) : trialspec::detail::cat(at, ".", key);
  }
  /// The value of `key` in `obj`, or nullptr when absent or null (unknown).
  static const Json* present(const Json& obj, const char* key) {
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }
  void allow(const Json& obj, const std::string& at, std::initializer_list<std::string_view> keys) const {
    if (!obj.is_object()) fail_value(at, obj, "expected a JSON object");
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool known = false;
      for (std::string_view k : keys) known = known || it.key() == k;
      if (!known) fail_value(join(at, it.key()), *it, "unknown key");
    }
  }
  void read_id(patient& p) {
    const auto* id = present(j_, "id");
    if (!id) fail("id", "null", "every patient needs an id");
    if (!id->is_string()) fail_value("id", *id, "expected a string");
    p.id = id->template get<std::string>();
    if (p.id.empty()) fail("id", "", "an id must not be empty");
    id_ = p.id;
  }
  date to_date(const Json& v, const std::string& key) const {
    if (!v.is_string()) fail_value(key, v, "expected an ISO 8601 date string YYYY-MM-DD");
    try {
      return parse_date(v.template get<std::string>(), key);
    } catch (const invalid_input& e) {
      fail(key, e.value(), e.rule());
    }
  }
  std::optional<partial_date> opt_partial_date(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) return std::nullopt;
    const std::string k = join(at, key);
    if (!v->is_string()) fail_value(k, *v, "expected an ISO 8601 date string YYYY-MM-DD, YYYY-MM or YYYY");
    try {
      return parse_partial_date(v->template get<std::string>(), k);
    } catch (const invalid_input& e) {
      fail(k, e.value(), e.rule());
    }
  }
  std::optional<date> opt_date(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) return std::nullopt;
    return to_date(*v, join(at, key));
  }
  partial_date req_partial_date(const Json& obj, const std::string& at, const char* key) const {
    if (!present(obj, key)) fail(join(at, key), "null", "required in each item");
    return *opt_partial_date(obj, at, key);
  }
  date req_date(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) fail(join(at, key), "null", "required in each item");
    return to_date(*v, join(at, key));
  }
  std::optional<bool> opt_bool(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) fail_value(join(at, key), *v, "expected true or false");
    return v->template get<bool>();
  }
  /// The enumerator spelled by the value of `key` (its token in E's name table).
  template <NamedEnum E> std::optional<E> opt_enum(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_string()) fail_value(join(at, key), *v, trialspec::detail::cat("expected ", tokens_of<E>()));
    const auto& text = v->template get_ref<const typename Json::string_t&>();
    if (const auto e = enum_from_token<E>(text)) return e;
    fail_value(join(at, key), *v, trialspec::detail::cat("expected ", tokens_of<E>()));
  }
  long integer(const Json& v, const std::string& key) const {
    if (!v.is_number_integer()) fail_value(key, v, "expected a whole number");
    if (v.is_number_unsigned()) {
      const auto u = v.template get<std::uint64_t>();
      if (u > 1000000u) fail_value(key, v, "implausibly large");
      return static_cast<long>(u);
    }
    const auto s = v.template get<std::int64_t>();
    if (s > 1000000 || s < -1000000) fail_value(key, v, "implausibly large");
    return static_cast<long>(s);
  }
  std::optional<int> opt_count(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) return std::nullopt;
    return static_cast<int>(integer(*v, join(at, key))); // the sign is the record's rule (mri_scan::validate)
  }
  int req_int(const Json& obj, const std::string& at, const char* key) const {
    const auto* v = present(obj, key);
    if (!v) fail(join(at, key), "null", "required in each item");
    return static_cast<int>(integer(*v, join(at, key)));
  }
  edss req_score(const Json& obj, const std::string& at) const {
    const auto* v = present(obj, "score");
    if (!v) fail(join(at, "score"), "null", "required in each item");
    if (!v->is_number()) fail_value(join(at, "score"), *v, "expected a number");
    try {
      return edss::from_double(v->template get<double>());
    } catch (const invalid_input& e) {
      fail_value(join(at, "score"), *v, e.rule());
    }
  }
  template <class F> void for_each_item(const char* key, F&& f) const {
    const auto* list = present(j_, key);
    if (!list) return;
    if (!list->is_array()) fail_value(key, *list, "expected a JSON array");
    std::size_t i = 0;
    for (const auto& item : *list) {
      const std::string at = trialspec::detail::cat(key, "[", std::to_string(i++), "]");
      f(item, at);
    }
  }
  /// The keys added for the NMOSD trials (see the banner).
  void read_nmosd_trial_keys(patient& p) const {
    p.lactating = opt_bool(j_, "", "lactating");
    p.childbearing_potential = opt_bool(j_, "", "childbearing_potential");
    p.effective_contraception = opt_bool(j_, "", "effective_contraception");
    if (const auto* t = present(j_, "pregnancy_test")) {
      allow(*t, "pregnancy_test", {"date", "result"});
      pregnancy_test_result r;
      r.on = req_partial_date(*t, "pregnancy_test", "date");
      const auto outcome = opt_enum<lab_outcome>(*t, "pregnancy_test", "result");
      if (!outcome) fail("pregnancy_test.result", "null", "a pregnancy test needs its result (leave out a test not done)");
      r.result = *outcome;
      p.pregnancy_test = r;
    }
    if (const auto* js = present(j_, "investigator_judgements")) {
      if (!js->is_object()) fail_value("investigator_judgements", *js, "expected a JSON object {\"<key>\": true|false}");
      for (auto it = js->begin(); it != js->end(); ++it) {
        const std::string at = trialspec::detail::cat("investigator_judgements.", echo_text(it.key()));
        if (it.key().empty()) fail(at, "", "a judgement key must not be empty");
        if (!it->is_boolean()) fail_value(at, *it, "expected true or false");
        p.investigator_judgements[it.key()] = it->template get<bool>();
      }
    }
  }
  void read_diagnosis(patient& p) const {
    const auto* d = present(j_, "diagnosis");
    if (!d) return;
    allow(*d, "diagnosis", {"nmosd", "kind", "criteria", "aqp4_igg", "ms_course", "mcdonald", "first_symptom", "history"});
    const auto nmosd = opt_bool(*d, "diagnosis", "nmosd");
    const auto kind = opt_enum<diagnosis_kind>(*d, "diagnosis", "kind");
    if (kind) {
      const bool spectrum = *kind == diagnosis_kind::nmo || *kind == diagnosis_kind::nmosd;
      if (nmosd && *nmosd != spectrum)
        fail("diagnosis.nmosd", *nmosd ? "true" : "false",
             trialspec::detail::cat("contradicts diagnosis.kind \"", token_of(*kind), "\""));
      p.diagnosis.kind = kind;
    } else if (nmosd) {
      p.diagnosis.kind = *nmosd ? diagnosis_kind::nmosd : diagnosis_kind::other;
    }
    p.diagnosis.criteria = opt_enum<diagnostic_standard>(*d, "diagnosis", "criteria");
    p.diagnosis.aqp4_igg = opt_enum<aqp4_status>(*d, "diagnosis", "aqp4_igg");
    // The MS trials' keys.
    p.diagnosis.ms_course = opt_enum<ms_course>(*d, "diagnosis", "ms_course");
    if (const auto* m = present(*d, "mcdonald")) {
      const std::string expected = "expected the year of the McDonald revision: 2005, 2010 or 2017";
      if (!m->is_number_integer()) fail_value("diagnosis.mcdonald", *m, expected);
      const auto v = enum_from_token<mcdonald_version>(std::to_string(m->template get<std::int64_t>()));
      if (!v) fail_value("diagnosis.mcdonald", *m, expected);
      p.diagnosis.mcdonald = v;
    }
    p.diagnosis.first_symptom = opt_partial_date(*d, "diagnosis", "first_symptom");
    read_diagnostic_history(p, *d);
  }
  /// diagnosis.history: what the diagnostic criteria read (diagnosis/findings.hpp).
  void read_diagnostic_history(patient& p, const Json& d) const {
    const auto* h = present(d, "history");
    if (!h) return;
    const std::string at = "diagnosis.history";
    allow(*h, at, {"attacks", "aqp4_igg", "onset_brain_mri_meets_ms_criteria", "alternatives_excluded", "optic_spinal_ms",
                   "systemic_autoimmune_disease", "nmo_typical_brain_lesions"});
    diagnosis::clinical_history out;
    const auto* attacks = present(*h, "attacks");
    if (!attacks)
      fail(trialspec::detail::cat(at, ".attacks"), "null", "a clinical history needs its list of attacks (the criteria take it as complete: [] for none)");
    if (!attacks->is_array()) fail_value(trialspec::detail::cat(at, ".attacks"), *attacks, "expected a JSON array");
    std::size_t i = 0;
    for (const auto& a : *attacks) {
      const std::string item = trialspec::detail::cat(at, ".attacks[", std::to_string(i++), "]");
      allow(a, item, {"onset", "phenotype", "mri", "simultaneous_bilateral"});
      diagnosis::attack x;
      x.onset = opt_partial_date(a, item, "onset");
      x.phenotype = opt_enum<relapse_phenotype>(a, item, "phenotype");
      if (const auto* m = present(a, "mri")) {
        const std::string mri = trialspec::detail::cat(item, ".mri");
        allow(*m, mri, {"brain_normal_or_nonspecific", "optic_nerve_long_or_chiasm", "letm", "cord_atrophy_3_segments",
                        "dorsal_medulla_lesion", "periependymal_brainstem_lesion", "typical_diencephalic_lesion",
                        "typical_cerebral_lesion"});
        x.mri.brain_normal_or_nonspecific = opt_bool(*m, mri, "brain_normal_or_nonspecific");
        x.mri.optic_nerve_long_or_chiasm = opt_bool(*m, mri, "optic_nerve_long_or_chiasm");
        x.mri.letm = opt_bool(*m, mri, "letm");
        x.mri.cord_atrophy_3_segments = opt_bool(*m, mri, "cord_atrophy_3_segments");
        x.mri.dorsal_medulla_lesion = opt_bool(*m, mri, "dorsal_medulla_lesion");
        x.mri.periependymal_brainstem_lesion = opt_bool(*m, mri, "periependymal_brainstem_lesion");
        x.mri.typical_diencephalic_lesion = opt_bool(*m, mri, "typical_diencephalic_lesion");
        x.mri.typical_cerebral_lesion = opt_bool(*m, mri, "typical_cerebral_lesion");
      }
      x.simultaneous_bilateral = opt_bool(a, item, "simultaneous_bilateral");
      out.attacks.push_back(x);
    }
    // AQP4-IgG: the history's own, or else the recorded one; neither is "not tested" (the criteria
    // then treat it as a test not done, never as negative). The two must agree when both are given.
    const auto recorded = p.diagnosis.aqp4_igg;
    const auto as_serostatus = [](aqp4_status s) {
      return s == aqp4_status::positive   ? diagnosis::serostatus::positive
             : s == aqp4_status::negative ? diagnosis::serostatus::negative
                                          : diagnosis::serostatus::not_tested;
    };
    if (const auto own = opt_enum<diagnosis::serostatus>(*h, at, "aqp4_igg")) {
      if (recorded && as_serostatus(*recorded) != *own)
        fail(trialspec::detail::cat(at, ".aqp4_igg"), token_of(*own), trialspec::detail::cat("contradicts diagnosis.aqp4_igg \"", token_of(*recorded), "\""));
      out.aqp4_igg = *own;
    } else {
      out.aqp4_igg = recorded ? as_serostatus(*recorded) : diagnosis::serostatus::not_tested;
    }
    out.onset_brain_mri_meets_ms_criteria = opt_bool(*h, at, "onset_brain_mri_meets_ms_criteria");
    out.alternatives_excluded = opt_bool(*h, at, "alternatives_excluded");
    out.optic_spinal_ms = opt_bool(*h, at, "optic_spinal_ms");
    out.systemic_autoimmune_disease = opt_bool(*h, at, "systemic_autoimmune_disease");
    out.nmo_typical_brain_lesions = opt_bool(*h, at, "nmo_typical_brain_lesions");
    p.diagnosis.history = std::move(out);
  }

  const Json& j_;
  std::optional<std::size_t> index_;
  std::string id_;
};

/// diagnosis.history as written: every attack with what is recorded of it, the AQP4-IgG status
/// always (so that it reads back the same whatever diagnosis.aqp4_igg says), findings not examined
/// left out.
inline json history_json(const diagnosis::clinical_history& h) {
  json attacks = json::array();
  for (const auto& a : h.attacks) {
    json o = json::object();
    if (a.onset) o["onset"] = to_iso(*a.onset);
    if (a.phenotype) o["phenotype"] = token_of(*a.phenotype);
    json m = json::object();
    const auto put = [&](const char* key, const diagnosis::finding& f) {
      if (f) m[key] = *f;
    };
    put("brain_normal_or_nonspecific", a.mri.brain_normal_or_nonspecific);
    put("optic_nerve_long_or_chiasm", a.mri.optic_nerve_long_or_chiasm);
    put("letm", a.mri.letm);
    put("cord_atrophy_3_segments", a.mri.cord_atrophy_3_segments);
    put("dorsal_medulla_lesion", a.mri.dorsal_medulla_lesion);
    put("periependymal_brainstem_lesion", a.mri.periependymal_brainstem_lesion);
    put("typical_diencephalic_lesion", a.mri.typical_diencephalic_lesion);
    put("typical_cerebral_lesion", a.mri.typical_cerebral_lesion);
    if (!m.empty()) o["mri"] = m;
    if (a.simultaneous_bilateral) o["simultaneous_bilateral"] = *a.simultaneous_bilateral;
    attacks.push_back(o);
  }
  json j{{"attacks", attacks}, {"aqp4_igg", token_of(h.aqp4_igg)}};
  if (h.onset_brain_mri_meets_ms_criteria) j["onset_brain_mri_meets_ms_criteria"] = *h.onset_brain_mri_meets_ms_criteria;
  if (h.alternatives_excluded) j["alternatives_excluded"] = *h.alternatives_excluded;
  if (h.optic_spinal_ms) j["optic_spinal_ms"] = *h.optic_spinal_ms;
  if (h.systemic_autoimmune_disease) j["systemic_autoimmune_disease"] = *h.systemic_autoimmune_disease;
  if (h.nmo_typical_brain_lesions) j["nmo_typical_brain_lesions"] = *h.nmo_typical_brain_lesions;
  return j;
}

/// An EDSS score as a JSON number: whole scores as integers (4, not 4.0), halves as 4.5.
inline json score_json(edss e) {
  if (e.half_steps() % 2 == 0) return e.half_steps() / 2;
  return e.value();
}

} // namespace detail

/// One patient object of the format. `index`, when given, is the patient's position in the
/// cohort, used in error messages.
template <class Json = nlohmann::ordered_json>
patient patient_from_json(const Json& j, std::optional<std::size_t> index = std::nullopt) {
  return detail::patient_reader<Json>(j, index).read();
}

/// The JSON object of one patient. Unknown items are left out; list items keep their order.
inline nlohmann::ordered_json patient_to_json(const patient& p) {
  using detail::json;
  json j = json::object();
  j["id"] = p.id;
  if (p.birth_date) j["birth_date"] = to_iso(*p.birth_date);
  if (p.sex) j["sex"] = token_of(*p.sex);
  if (p.weight_kg) j["weight_kg"] = *p.weight_kg;
  const auto& d = p.diagnosis;
  if (d.kind || d.criteria || d.aqp4_igg || d.ms_course || d.mcdonald || d.first_symptom || d.history) {
    json dj = json::object();
    if (d.kind) {
      dj["nmosd"] = *d.kind == diagnosis_kind::nmo || *d.kind == diagnosis_kind::nmosd;
      // `nmosd` alone reads back as nmosd / other; name the kind when it is neither.
      if (*d.kind == diagnosis_kind::nmo || *d.kind == diagnosis_kind::multiple_sclerosis) dj["kind"] = token_of(*d.kind);
    }
    if (d.criteria) dj["criteria"] = token_of(*d.criteria);
    if (d.aqp4_igg) dj["aqp4_igg"] = token_of(*d.aqp4_igg);
    if (d.ms_course) dj["ms_course"] = token_of(*d.ms_course);
    if (d.mcdonald) dj["mcdonald"] = std::stoi(std::string(token_of(*d.mcdonald)));
    if (d.first_symptom) dj["first_symptom"] = to_iso(*d.first_symptom);
    if (d.history) dj["history"] = detail::history_json(*d.history);
    j["diagnosis"] = dj;
  }
  if (!p.edss.empty()) {
    json a = json::array();
    for (const auto& e : p.edss) a.push_back(json{{"date", to_iso(e.on)}, {"score", detail::score_json(e.score)}});
    j["edss"] = a;
  }
  if (!p.functional_systems.empty()) {
    json a = json::array();
    for (const auto& f : p.functional_systems) {
      json o{{"date", to_iso(f.on)}};
      const auto put = [&](const char* key, int grade) {
        if (grade != functional_systems::not_recorded) o[key] = grade;
      };
      put("pyramidal", f.grades.pyramidal);
      put("cerebellar", f.grades.cerebellar);
      put("brainstem", f.grades.brainstem);
      put("sensory", f.grades.sensory);
      put("bowel_bladder", f.grades.bowel_bladder);
      put("visual", f.grades.visual);
      put("cerebral", f.grades.cerebral);
      put("ambulation", f.grades.ambulation);
      if (f.pyramidal_lower_limb) o["pyramidal_lower_limb"] = *f.pyramidal_lower_limb;
      a.push_back(o);
    }
    j["functional_systems"] = a;
  }
  if (!p.relapses.empty()) {
    json a = json::array();
    for (const auto& r : p.relapses) {
      json o{{"onset", to_iso(r.onset)}};
      if (r.severity != relapse_severity::unknown) o["severity"] = token_of(r.severity);
      if (r.phenotype) o["phenotype"] = token_of(*r.phenotype);
      if (r.rescue_therapy) o["rescue_therapy"] = *r.rescue_therapy;
      a.push_back(o);
    }
    j["relapses"] = a;
  }
  if (p.relapses_recorded_since) j["relapses_recorded_since"] = to_iso(*p.relapses_recorded_since);
  if (!p.mri.empty()) {
    json a = json::array();
    for (const auto& s : p.mri) {
      json o{{"date", to_iso(s.on)}};
      if (s.gd_enhancing_lesions) o["gd_enhancing_lesions"] = *s.gd_enhancing_lesions;
      if (s.dose) o["gd_dose"] = token_of(*s.dose);
      if (s.new_t2_lesions) o["new_t2_lesions"] = *s.new_t2_lesions;
      a.push_back(o);
    }
    j["mri"] = a;
  }
  if (!p.therapies.empty()) {
    json a = json::array();
    for (const auto& t : p.therapies) {
      json o{{"name", t.name}, {"class", token_of(t.kind)}, {"start", to_iso(t.start)}};
      if (t.end) o["end"] = to_iso(*t.end);
      if (t.agent) o["agent"] = token_of(*t.agent);
      if (t.stable_since) o["stable_since"] = to_iso(*t.stable_since);
      a.push_back(o);
    }
    j["therapies"] = a;
  }
  if (p.therapies_recorded_since) j["therapies_recorded_since"] = to_iso(*p.therapies_recorded_since);
  if (!p.conditions.empty()) {
    json a = json::array();
    for (const auto& c : p.conditions) {
      json o{{"code", token_of(c.kind)}};
      if (!c.name.empty()) o["name"] = c.name;
      if (!c.present) o["present"] = false;
      if (c.significant) o["significant"] = *c.significant;
      if (c.excised_skin_or_cervix_in_situ) o["excised_skin_or_cervix_in_situ"] = *c.excised_skin_or_cervix_in_situ;
      a.push_back(o);
    }
    j["conditions"] = a;
  }
  if (p.conditions_complete) j["conditions_complete"] = true;
  if (!p.labs.empty()) {
    json a = json::array();
    for (const auto& l : p.labs)
      a.push_back(json{{"test", token_of(l.test)}, {"date", to_iso(l.on)}, {"result", token_of(l.outcome)}});
    j["labs"] = a;
  }
  if (!p.blood_pressure.empty()) {
    json a = json::array();
    for (const auto& b : p.blood_pressure)
      a.push_back(json{{"date", to_iso(b.on)}, {"systolic", b.systolic}, {"diastolic", b.diastolic}});
    j["blood_pressure"] = a;
  }
  if (p.pregnancy != pregnancy_status::unknown) j["pregnancy"] = token_of(p.pregnancy);
  if (p.consent_capacity) j["can_consent"] = *p.consent_capacity;
  if (p.judged_unsuitable) j["judged_unsuitable"] = *p.judged_unsuitable;
  if (p.infusion_date) j["infusion_date"] = to_iso(*p.infusion_date);
  // The NMOSD trials' keys.
  if (p.lactating) j["lactating"] = *p.lactating;
  if (p.childbearing_potential) j["childbearing_potential"] = *p.childbearing_potential;
  if (p.effective_contraception) j["effective_contraception"] = *p.effective_contraception;
  if (p.pregnancy_test)
    j["pregnancy_test"] = json{{"date", to_iso(p.pregnancy_test->on)}, {"result", token_of(p.pregnancy_test->result)}};
  if (!p.investigator_judgements.empty()) {
    json o = json::object();
    for (const auto& [key, answer] : p.investigator_judgements) o[key] = answer;
    j["investigator_judgements"] = o;
  }
  return j;
}

namespace detail {
/// The checks of a cohort document's shape: an object whose only key is "patients", an array.
template <class Json> void check_document_shape(const Json& doc) {
  if (!doc.is_object())
    throw cohort_format_error("", std::nullopt, "(document)", bounded_text(doc), "expected {\"patients\": [...]}");
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (it.key() != "patients")
      throw cohort_format_error("", std::nullopt, std::string(bounded_prefix(it.key())), bounded_text(*it), "unknown key");
  const auto list = doc.find("patients");
  if (list == doc.end() || !list->is_array())
    throw cohort_format_error("", std::nullopt, "patients", list == doc.end() ? "absent" : bounded_text(*list),
                              "expected an array of patients");
}
} // namespace detail

/// The patients of a cohort document {"patients": [...]}. Throws cohort_format_error at the first
/// problem (including a duplicate id), naming the patient, the key and the value.
template <class Json = nlohmann::ordered_json> std::vector<patient> cohort_from_json(const Json& doc) {
  detail::check_document_shape(doc);
  const auto list = doc.find("patients");
  std::vector<patient> out;
  out.reserve(list->size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    out.push_back(patient_from_json((*list)[i], i));
    if (!ids.insert(out.back().id).second)
      throw cohort_format_error(out.back().id, i, "id", out.back().id, "another patient has the same id");
  }
  return out;
}

/// Parses a cohort from text. Unlike nlohmann's own parser, a key given twice in one object,
/// nesting deeper than max_nesting_depth and a number beyond the range of a double are errors;
/// malformed JSON throws cohort_format_error naming the byte position.
inline std::vector<patient> parse_cohort(std::string_view text) {
  nlohmann::ordered_json doc;
  try {
    doc = detail::parse_cohort_document<nlohmann::ordered_json>(text);
  } catch (const nlohmann::json::exception& e) {
    // The parser reports through its handler; this is for anything nlohmann throws besides.
    throw cohort_format_error("", std::nullopt, "cohort JSON", "", e.what());
  }
  return cohort_from_json(doc);
}

/// Reads a cohort from a stream (the whole stream).
inline std::vector<patient> read_cohort(std::istream& in) {
  std::ostringstream text;
  text << in.rdbuf();
  return parse_cohort(text.str());
}

/// Reads a cohort file. A path that is a directory or cannot be opened throws invalid_input
/// naming it; errors in the file are cohort_format_error naming the file too.
inline std::vector<patient> load_cohort(const std::string& path) {
  std::error_code ec;
  // A directory opens as an empty stream on POSIX systems, which would read as "empty input".
  if (std::filesystem::is_directory(path, ec)) throw invalid_input("cohort file", path, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw invalid_input("cohort file", path, "cannot be opened");
  try {
    return read_cohort(in);
  } catch (const cohort_format_error& e) {
    throw cohort_format_error(e, path);
  }
}

// --- Streaming: one patient at a time ---------------------------------------------------------

/// How a cohort file lays out its patients.
enum class cohort_layout : std::uint8_t {
  document,   ///< {"patients": [ {...}, ... ]}
  json_lines, ///< one patient object per line (JSON Lines, also called NDJSON)
};

/// The layout a file name says: ".jsonl" or ".ndjson" is JSON Lines, anything else a document.
inline cohort_layout layout_of(std::string_view path) {
  const auto ends = [&](std::string_view ext) { return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext; };
  return ends(".jsonl") || ends(".ndjson") ? cohort_layout::json_lines : cohort_layout::document;
}

/// Whether a line of JSON Lines holds nothing but blanks (such lines are skipped).
inline bool blank_line(std::string_view line) noexcept {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

/// The one patient object in `text` (a line of JSON Lines), parsed as strictly as a document and
/// read with patient_from_json. `index` is the patient's position in its cohort (0-based), for
/// errors: cohort_format_error names the patient (and a syntax error its column in `text`).
template <class Json = nlohmann::ordered_json> patient parse_patient(std::string_view text, std::size_t index) {
  Json j;
  try {
    j = detail::parse_patient_object<Json>(text, index);
  } catch (const nlohmann::json::exception& e) {
    throw cohort_format_error("", index, "JSON", "", e.what());
  }
  return patient_from_json(j, index);
}

/// The ids of a streamed cohort, for the rule that no two patients share one, in 8 to 14 bytes
/// per patient: each id is kept as a 64-bit hash, not as text, in 256 open-addressing tables
/// (chosen by the hash's top byte) that each double when three quarters full, so that growing
/// never holds two copies of the whole set. Two different ids with the same hash would be taken
/// for one id (a false "same id" error, never a missed duplicate); among 10 million patients the
/// chance of that is about 3 in a million.
class id_register {
public:
  /// False when an id with the same hash was inserted before.
  bool insert(std::string_view id) { return insert_hash(hash(id)); }
  /// The hash insert() keeps for `id`: for a caller that computes it ahead, or on another thread.
  [[nodiscard]] static std::uint64_t hash_of(std::string_view id) noexcept { return hash(id); }
  /// insert(id), for h = hash_of(id).
  bool insert_hash(std::uint64_t h) {
    auto& t = tables_[h >> 56];
    if (4 * (t.used + 1) > 3 * t.slots.size()) grow(t);
    if (!place(t, h)) return false;
    ++used_;
    return true;
  }
  [[nodiscard]] std::size_t size() const noexcept { return used_; }
  /// Asks the processor for the slot where insert_hash(h) starts to look, a hint that changes
  /// nothing else: a caller inserting many ids prefetches a few ahead, so that the slots' cache
  /// misses (the tables outgrow the caches) overlap.
  void prefetch(std::uint64_t h) const noexcept {
#if defined(__GNUC__)
    const auto& t = tables_[h >> 56];
    if (!t.slots.empty()) __builtin_prefetch(t.slots.data() + (h & (t.slots.size() - 1)));
#else
    (void)h;
#endif
  }

private:
  struct table {
    std::vector<std::uint64_t> slots;
    std::size_t used = 0;
  };
  static std::uint64_t hash(std::string_view id) noexcept {
    std::uint64_t h = 0xcbf29ce484222325u; // FNV-1a, then the splitmix64 finaliser to spread the bits
    for (unsigned char c : id) h = (h ^ c) * 0x100000001b3u;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9u;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebu;
    h ^= h >> 31;
    return h == 0 ? 1 : h; // 0 marks an empty slot
  }
  static bool place(table& t, std::uint64_t h) {
    const std::size_t mask = t.slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (t.slots[i] == h) return false;
      if (t.slots[i] == 0) {
        t.slots[i] = h;
        ++t.used;
        return true;
      }
    }
  }
  static void grow(table& t) {
    std::vector<std::uint64_t> old(t.slots.empty() ? 64 : 2 * t.slots.size(), 0);
    old.swap(t.slots);
    t.used = 0;
    for (std::uint64_t h : old)
      if (h != 0) place(t, h);
  }
  table tables_[256];
  std::size_t used_ = 0;
};

namespace detail {
template <class Json, class OnPatient> class forwarding_sink final : public patient_sink<Json> {
public:
  explicit forwarding_sink(OnPatient& on) : on_(on) {}
  void take(Json&& j, std::size_t index) override {
    patient p = patient_from_json(j, index);
    if (!ids_.insert(p.id)) throw cohort_format_error(p.id, index, "id", p.id, "another patient has the same id");
    on_(std::move(p), index);
  }

private:
  OnPatient& on_;
  id_register ids_;
};
} // namespace detail

/// Reads the patients of a cohort from `in` (to its end) one at a time and calls
/// `on_patient(patient&&, std::size_t index)` for each, in file order, as soon as it is read: only
/// one patient (and its JSON) is held at a time, whatever the size of the input. Returns the
/// number of patients. The checks are those of cohort_from_json (ids by id_register); the first
/// problem throws cohort_format_error after the patients before it were passed on (so a caller
/// that must not act on a partial cohort holds its results until this returns). In a document,
/// the shape (an object with "patients" alone) is checked at its end; a syntax error names the
/// byte, as parse_cohort does. In JSON Lines, errors name the line; blank lines are skipped, and
/// a UTF-8 byte-order mark before the first line too.
template <class OnPatient> std::size_t read_cohort_stream(std::istream& in, cohort_layout layout, OnPatient&& on_patient) {
  using Json = nlohmann::ordered_json;
  if (layout == cohort_layout::document) {
    std::size_t count = 0;
    auto counting = [&](patient&& p, std::size_t index) {
      ++count;
      on_patient(std::move(p), index);
    };
    detail::forwarding_sink<Json, decltype(counting)> sink(counting);
    Json rest;
    try {
      rest = detail::stream_cohort_document<Json>(in, sink);
    } catch (const nlohmann::json::exception& e) {
      throw cohort_format_error("", std::nullopt, "cohort JSON", "", e.what());
    }
    detail::check_document_shape(rest);
    return count;
  }
  id_register ids;
  std::string line;
  std::size_t line_no = 0;
  std::size_t index = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (blank_line(line)) continue;
    try {
      patient p = parse_patient(line, index);
      if (!ids.insert(p.id)) throw cohort_format_error(p.id, index, "id", p.id, "another patient has the same id");
      on_patient(std::move(p), index);
    } catch (const cohort_format_error& e) {
      throw cohort_format_error(e, "", line_no);
    }
    ++index;
  }
  return index;
}

/// read_cohort_stream over the file `path` ("-": standard input, read as JSON Lines), its layout
/// by its name (layout_of) unless `layout` is given. Errors name the file ("<stdin>" for "-").
template <class OnPatient>
std::size_t load_cohort_stream(const std::string& path, OnPatient&& on_patient, std::optional<cohort_layout> layout = std::nullopt) {
  const bool standard_input = path == "-";
  const std::string name = standard_input ? std::string("<stdin>") : path;
  std::ifstream file;
  if (!standard_input) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw invalid_input("cohort file", path, "is a directory, not a file");
    file.open(path, std::ios::binary);
    if (!file) throw invalid_input("cohort file", path, "cannot be opened");
  }
  std::istream& in = standard_input ? std::cin : file;
  const cohort_layout chosen = layout ? *layout : standard_input ? cohort_layout::json_lines : layout_of(path);
  try {
    return read_cohort_stream(in, chosen, on_patient);
  } catch (const cohort_format_error& e) {
    throw cohort_format_error(e, name);
  }
}

/// The cohort document {"patients": [...]}.
template <class Patients> nlohmann::ordered_json cohort_to_json(const Patients& patients) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const patient& p : patients) list.push_back(patient_to_json(p));
  return nlohmann::ordered_json{{"patients", std::move(list)}};
}

/// Writes the cohort document, indented by `indent` spaces (-1: one line), with a final newline.
template <class Patients> void write_cohort(std::ostream& out, const Patients& patients, int indent = 2) {
  out << cohort_to_json(patients).dump(indent) << '\n';
}

} // namespace trialspec::io
