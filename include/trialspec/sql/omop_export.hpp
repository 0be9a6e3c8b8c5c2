// trialspec/sql/omop_export.hpp - trialspec::patient records as OMOP CDM v5.4 CSV files (the
// tables and columns sql/writer.hpp reads), with the concept ids of a vocabulary
// (sql/vocabulary.hpp), and the load script that creates those tables and fills them with psql's
// \copy.
//
// What is written, per record (person_id is the record's position, from 1):
//   person.csv               gender (0 without a recorded sex), year / month / day of birth as far
//                            as the birth date is known (all NULL without one), the id as
//                            person_source_value
//   observation_period.csv   from therapies_recorded_since to 9999-12-31 (the record's list is
//                            complete from that day on, without end), when it has that date, of
//                            type drug_history_period; the same from relapses_recorded_since, of
//                            type relapse_history_period (each proves absences only in its list)
//   condition_occurrence.csv the recorded diagnosis kind, dated by the first symptom (NULL when the
//                            record has none); each present condition of the record's
//                            `conditions`, undated (its grading an observation, below)
//   measurement.csv          the AQP4-IgG result when positive or negative (not tested: no row),
//                            undated (the record gives no test date); every EDSS assessment, dated,
//                            its score in value_as_number; the pregnancy test, dated, its result
//                            as the value concept (positive, negative, indeterminate); each
//                            MRI scan's Gd-enhancing lesion count (when given contrast: its
//                            concept says the dose, NULL count when not counted) and new T2
//                            lesion count (when assessed), dated, linked to the scan by
//                            measurement_event_id; each laboratory result, dated, its result as
//                            the value concept; each blood pressure reading as a systolic row and
//                            a diastolic row linked to it by measurement_event_id; the body
//                            weight, undated, in kg (the shortest text that reads back as the
//                            record's number)
//   observation.csv          the pregnancy status when recorded (pregnant, possibly pregnant, not
//                            pregnant), the capacity to consent and the investigator's judgement
//                            when recorded (Yes / No), undated; childbearing potential,
//                            effective contraception and lactation when recorded (Yes / No),
//                            undated; the
//                            diagnostic criteria set, the MS course and the McDonald revision
//                            when recorded, undated; the first MS symptoms, dated; each investigator's answer (Yes / No), undated,
//                            its question's key in observation_source_value; each relapse report,
//                            dated by its onset, its severity as the value concept (none when
//                            ungraded), and its rescue treatment when recorded (Yes / No, dated
//                            by the onset, linked to the report by observation_event_id)
//   drug_exposure.csv        every therapy course: its class's concept, start, end (NULL: ongoing),
//                            its agent's concept as drug_source_concept_id (0: none named); its
//                            last dose change, when recorded, is an observation dated by it and
//                            linked by observation_event_id
//   observation.csv          also each condition looked for and found absent (its concept, No),
//                            each present condition's grading (Yes / No significant, linked to
//                            its condition_occurrence_id by observation_event_id), and a
//                            condition list documented complete (Yes), and whether a present
//                            cancer is the MS trials' exception (Yes / No, linked likewise)
//   measurement.csv          also each functional-system assessment's pyramidal grade when
//                            recorded, dated (in the record's order); observation.csv its
//                            lower-limb attribution when recorded (Yes / No, dated, linked to the
//                            grade's measurement_id by observation_event_id)
//   procedure_occurrence.csv each MRI scan, dated
// Departures from the CDM's NOT NULL columns, all in the load script's DDL: year_of_birth,
// condition_start_date, measurement_date, observation_date and drug_exposure_end_date accept NULL, for the data the
// record does not have; observation_source_value is text, not varchar(50) (a question's key may be
// longer). measurement_event_id is written without the CDM's meas_event_field_concept_id (the
// measurement's concept says which table the id refers to). Columns the queries do not read are
// not created.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/fs_assessment.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/clinical/vitals.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/sql/dialect.hpp>
#include <trialspec/sql/vocabulary.hpp>
#include <trialspec/text.hpp>

#include <charconv>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec::sql {

/// The CSV files' streams.
struct omop_streams {
  std::ostream& person;
  std::ostream& observation_period;
  std::ostream& condition_occurrence;
  std::ostream& measurement;
  std::ostream& observation;
  std::ostream& drug_exposure;
  std::ostream& procedure_occurrence;
};

/// The file name of each table's CSV (table + ".csv").
inline constexpr std::string_view omop_tables[] = {"person", "observation_period", "condition_occurrence", "measurement", "observation",
                                                   "drug_exposure", "procedure_occurrence"};

namespace detail {
/// A CSV field, always quoted (quotes doubled): ids may hold commas.
inline std::string csv_text(std::string_view s) { return quoted(s, '"'); }
/// An event date: OMOP stores days, so a date known only to the month or year is refused.
inline std::string csv_day(const std::optional<partial_date>& d, std::string_view field) {
  if (d && !d->is_exact())
    throw invalid_input(field, d->text(), "OMOP stores an event date to the day; a date known only to the month or year cannot be exported");
  return d ? to_iso(*d) : std::string();
}
} // namespace detail

template <class Vocabulary = omop_vocabulary> class omop_export {
public:
  explicit omop_export(omop_streams out) : out_(out) {
    out_.person << "person_id,gender_concept_id,year_of_birth,month_of_birth,day_of_birth,race_concept_id,ethnicity_concept_id,person_source_value\n";
    out_.observation_period << "observation_period_id,person_id,observation_period_start_date,observation_period_end_date,period_type_concept_id\n";
    out_.condition_occurrence << "condition_occurrence_id,person_id,condition_concept_id,condition_start_date,condition_type_concept_id\n";
    out_.measurement << "measurement_id,person_id,measurement_concept_id,measurement_date,measurement_type_concept_id,value_as_concept_id,value_as_number,"
                        "measurement_event_id\n";
    out_.observation << "observation_id,person_id,observation_concept_id,observation_date,observation_type_concept_id,value_as_concept_id,"
                        "observation_source_value,observation_event_id\n";
    out_.drug_exposure << "drug_exposure_id,person_id,drug_concept_id,drug_exposure_start_date,drug_exposure_end_date,drug_type_concept_id,drug_source_value,"
                          "drug_source_concept_id\n";
    out_.procedure_occurrence << "procedure_occurrence_id,person_id,procedure_concept_id,procedure_date,procedure_type_concept_id\n";
  }

  /// Writes one record's rows. Throws invalid_input, writing nothing, for a record with an event
  /// date known only to the month or year (diagnosis.first_symptom, a relapse's onset, the date of
  /// an MRI, an EDSS assessment, a laboratory result, a blood pressure reading or the pregnancy test, a therapy's start,
  /// end or last dose change, which go to drug_exposure and observation): OMOP's dates are days.
  void add(const patient& p) {
    // Refused before any row is written: a record is exported whole or not at all.
    const std::string first_symptom = detail::csv_day(p.diagnosis.first_symptom, "diagnosis.first_symptom");
    for (std::size_t i = 0; i < p.relapses.size(); ++i)
      if (!p.relapses[i].onset.is_exact())
        static_cast<void>(detail::csv_day(p.relapses[i].onset, trialspec::detail::cat("relapses[", std::to_string(i), "].onset")));
    refuse_imprecise(p.mri, "mri");
    refuse_imprecise(p.labs, "labs");
    refuse_imprecise(p.blood_pressure, "blood_pressure");
    refuse_imprecise(p.edss, "edss");
    refuse_imprecise(p.functional_systems, "functional_systems");
    if (p.pregnancy_test) static_cast<void>(detail::csv_day(p.pregnancy_test->on, "pregnancy_test.date"));
    for (std::size_t i = 0; i < p.therapies.size(); ++i) {
      const therapy& t = p.therapies[i];
      if (t.is_exact()) continue;
      const auto field = [i](const char* key) { return trialspec::detail::cat("therapies[", std::to_string(i), "].", key); };
      static_cast<void>(detail::csv_day(t.start, field("start")));
      static_cast<void>(detail::csv_day(t.end, field("end")));
      static_cast<void>(detail::csv_day(t.stable_since, field("stable_since")));
    }
    const std::size_t id = ++persons_;
    const std::string pid = std::to_string(id), type = std::to_string(Vocabulary::record_type);
    std::string y, m, d;
    if (p.birth_date) {
      const date first = p.birth_date->earliest();
      y = std::to_string(static_cast<int>(first.year()));
      if (p.birth_date->precision() != date_precision::year) m = std::to_string(static_cast<int>(first.month()));
      if (p.birth_date->precision() == date_precision::day) d = std::to_string(static_cast<int>(first.day()));
    }
    out_.person << pid << ',' << (p.sex ? Vocabulary::gender(*p.sex) : Vocabulary::no_matching_concept) << ',' << y << ',' << m << ','
                << d << ",0,0," << detail::csv_text(p.id) << '\n';
    if (p.therapies_recorded_since)
      out_.observation_period << ++periods_ << ',' << pid << ',' << to_iso(*p.therapies_recorded_since) << ",9999-12-31,"
                              << Vocabulary::drug_history_period << '\n';
    if (p.relapses_recorded_since)
      out_.observation_period << ++periods_ << ',' << pid << ',' << to_iso(*p.relapses_recorded_since) << ",9999-12-31,"
                              << Vocabulary::relapse_history_period << '\n';
    if (p.diagnosis.kind)
      out_.condition_occurrence << ++conditions_ << ',' << pid << ',' << Vocabulary::diagnosis(*p.diagnosis.kind) << ','
                                << first_symptom << ',' << type << '\n';
    if (p.diagnosis.aqp4_igg && *p.diagnosis.aqp4_igg != aqp4_status::not_tested)
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::aqp4_igg << ",," << type << ','
                       << (*p.diagnosis.aqp4_igg == aqp4_status::positive ? Vocabulary::positive : Vocabulary::negative) << ",,\n";
    // In the record's order: the measurement_id orders assessments of one day as the library does.
    for (const fs_assessment& a : p.functional_systems) {
      if (a.grades.pyramidal == functional_systems::not_recorded) continue;
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::fs_pyramidal << ',' << to_iso(a.on.earliest()) << ',' << type << ",,"
                       << a.grades.pyramidal << ",\n";
      if (a.pyramidal_lower_limb)
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::fs_pyramidal_lower_limb << ',' << to_iso(a.on.earliest()) << ',' << type
                         << ',' << (*a.pyramidal_lower_limb ? Vocabulary::yes : Vocabulary::no) << ",," << measurements_ << '\n';
    }
    for (const edss_assessment& a : p.edss) {
      const int h = a.score.half_steps();
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::edss << ',' << to_iso(a.on.earliest()) << ',' << type << ",," << h / 2
                       << (h % 2 ? ".5" : ".0") << ",\n";
    }
    if (p.pregnancy != pregnancy_status::unknown)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::pregnancy_status << ",," << type << ','
                       << (p.pregnancy == pregnancy_status::pregnant            ? Vocabulary::pregnant
                           : p.pregnancy == pregnancy_status::possibly_pregnant ? Vocabulary::possibly_pregnant
                                                                                : Vocabulary::not_pregnant)
                       << ",,\n";
    const auto answer = [&](concept_id what, const std::optional<bool>& yes) {
      if (yes)
        out_.observation << ++observations_ << ',' << pid << ',' << what << ",," << type << ',' << (*yes ? Vocabulary::yes : Vocabulary::no)
                         << ",,\n";
    };
    answer(Vocabulary::consent_capacity, p.consent_capacity);
    answer(Vocabulary::judged_unsuitable, p.judged_unsuitable);
    answer(Vocabulary::childbearing_potential, p.childbearing_potential);
    answer(Vocabulary::effective_contraception, p.effective_contraception);
    answer(Vocabulary::lactation, p.lactating);
    if (p.pregnancy_test)
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::pregnancy_test << ',' << to_iso(p.pregnancy_test->on) << ','
                       << type << ','
                       << (p.pregnancy_test->result == lab_outcome::positive   ? Vocabulary::positive
                           : p.pregnancy_test->result == lab_outcome::negative ? Vocabulary::negative
                                                                               : Vocabulary::indeterminate)
                       << ",,\n";
    if (p.diagnosis.criteria)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::diagnostic_criteria << ",," << type << ','
                       << Vocabulary::diagnostic_criteria_set(*p.diagnosis.criteria) << ",,\n";
    if (p.diagnosis.ms_course)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::ms_course_observed << ",," << type << ','
                       << Vocabulary::course(*p.diagnosis.ms_course) << ",,\n";
    if (p.diagnosis.mcdonald)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::mcdonald_revision << ",," << type << ','
                       << Vocabulary::mcdonald(*p.diagnosis.mcdonald) << ",,\n";
    if (p.diagnosis.first_symptom)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::first_symptom << ',' << first_symptom
                       << ',' << type << ",,,\n";
    for (const auto& [key, yes] : p.investigator_judgements)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::investigator_judgement << ",," << type << ','
                       << (yes ? Vocabulary::yes : Vocabulary::no) << ',' << detail::csv_text(key) << ",\n";
    // In the record's order: the observation_id orders reports of one day as the library does.
    for (const relapse& r : p.relapses) {
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::relapse_report << ',' << to_iso(r.onset) << ',' << type << ',';
      if (r.severity != relapse_severity::unknown) out_.observation << Vocabulary::severity(r.severity);
      out_.observation << ",,\n";
      const std::size_t report = observations_;
      if (r.rescue_therapy)
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::rescue_therapy << ',' << to_iso(r.onset) << ',' << type << ','
                         << (*r.rescue_therapy ? Vocabulary::yes : Vocabulary::no) << ",," << report << '\n';
    }
    for (const therapy& t : p.therapies) {
      const std::size_t course = ++drugs_;
      out_.drug_exposure << course << ',' << pid << ',' << Vocabulary::therapy(t.kind) << ',' << to_iso(t.start) << ','
                         << (t.end ? to_iso(*t.end) : std::string()) << ',' << type << ',' << detail::csv_text(t.name) << ','
                         << (t.agent ? Vocabulary::agent(*t.agent) : Vocabulary::no_matching_concept) << '\n';
      if (t.stable_since)
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::last_dose_change << ',' << to_iso(*t.stable_since) << ','
                         << type << ",,," << course << '\n';
    }
    for (const condition& c : p.conditions) {
      if (!c.present) {
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::condition(c.kind) << ",," << type << ',' << Vocabulary::no << ",,\n";
        continue;
      }
      const std::size_t occurrence = ++conditions_;
      out_.condition_occurrence << occurrence << ',' << pid << ',' << Vocabulary::condition(c.kind) << ",," << type << '\n';
      if (c.significant)
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::condition_significant << ",," << type << ','
                         << (*c.significant ? Vocabulary::yes : Vocabulary::no) << ",," << occurrence << '\n';
      if (c.kind == condition_kind::cancer && c.excised_skin_or_cervix_in_situ)
        out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::cancer_excepted << ",," << type << ','
                         << (*c.excised_skin_or_cervix_in_situ ? Vocabulary::yes : Vocabulary::no) << ",," << occurrence << '\n';
    }
    if (p.conditions_complete)
      out_.observation << ++observations_ << ',' << pid << ',' << Vocabulary::condition_list_complete << ",," << type << ',' << Vocabulary::yes
                       << ",,\n";
    for (const mri_scan& s : p.mri) {
      const std::size_t scan = ++procedures_;
      out_.procedure_occurrence << scan << ',' << pid << ',' << Vocabulary::mri_procedure << ',' << to_iso(s.on) << ',' << type << '\n';
      if (s.gd_enhancing_lesions || s.dose) {
        out_.measurement << ++measurements_ << ',' << pid << ',' << (s.dose ? Vocabulary::gd_lesions(*s.dose) : Vocabulary::gd_lesions_dose_not_recorded)
                         << ',' << to_iso(s.on) << ',' << type << ",,";
        if (s.gd_enhancing_lesions) out_.measurement << *s.gd_enhancing_lesions;
        out_.measurement << ',' << scan << '\n';
      }
      if (s.new_t2_lesions)
        out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::new_t2_lesions << ',' << to_iso(s.on) << ',' << type << ",,"
                         << *s.new_t2_lesions << ',' << scan << '\n';
    }
    for (const lab_result& l : p.labs)
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::lab(l.test) << ',' << to_iso(l.on) << ',' << type << ','
                       << (l.outcome == lab_outcome::positive   ? Vocabulary::positive
                           : l.outcome == lab_outcome::negative ? Vocabulary::negative
                                                                : Vocabulary::indeterminate)
                       << ",,\n";
    if (p.weight_kg) {
      // The shortest text that reads back as the same double: a comparison with a whole number
      // of kilograms in SQL's numeric then gives the library's double comparison.
      char text[32];
      const auto written = std::to_chars(text, text + sizeof text, *p.weight_kg);
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::body_weight << ",," << type << ",,"
                       << std::string_view(text, static_cast<std::size_t>(written.ptr - text)) << ",\n";
    }
    for (const blood_pressure_reading& b : p.blood_pressure) {
      const std::size_t reading = ++measurements_;
      out_.measurement << reading << ',' << pid << ',' << Vocabulary::systolic_pressure << ',' << to_iso(b.on) << ',' << type << ",," << b.systolic
                       << ",\n";
      out_.measurement << ++measurements_ << ',' << pid << ',' << Vocabulary::diastolic_pressure << ',' << to_iso(b.on) << ',' << type << ",,"
                       << b.diastolic << ',' << reading << '\n';
    }
  }

  [[nodiscard]] std::size_t persons() const noexcept { return persons_; }

private:
  /// Throws invalid_input naming `list[i].date` for the first entry dated only to the month or year.
  template <class List> static void refuse_imprecise(const List& list, std::string_view name) {
    std::size_t i = 0;
    for (const auto& x : list) {
      if (!x.on.is_exact()) {
        std::string field(name);
        field.append("[").append(std::to_string(i)).append("].date");
        static_cast<void>(detail::csv_day(x.on, field));
      }
      ++i;
    }
  }

  omop_streams out_;
  std::size_t persons_ = 0, periods_ = 0, conditions_ = 0, measurements_ = 0, observations_ = 0, drugs_ = 0, procedures_ = 0;
};

/// The load script: drops and creates the tables in `schema` (empty: the search path; a
/// non-empty schema is created if missing) and loads each CSV with psql's \copy from
/// `directory` (paths as psql sees them; empty: psql's working directory).
template <class Dialect = postgresql> std::string omop_load_script(std::string_view schema, std::string_view directory) {
  const auto t = [&](std::string_view name) { return Dialect::table(schema, name); };
  std::string s = "-- trialspec omop-export: the OMOP CDM v5.4 tables the trialspec queries read (only their columns)\n"
                  "\\set ON_ERROR_STOP on\n";
  if (!schema.empty()) s += trialspec::detail::cat("CREATE SCHEMA IF NOT EXISTS ", Dialect::identifier(schema), ";\n");
  s += trialspec::detail::cat("DROP TABLE IF EXISTS ", t("person"), ", ", t("observation_period"), ", ", t("condition_occurrence"), ", ", t("measurement"),
       ", ", t("observation"), ", ", t("drug_exposure"), ", ", t("procedure_occurrence"), ";\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("person"), " (person_id bigint PRIMARY KEY, gender_concept_id integer NOT NULL, year_of_birth integer, "
       "month_of_birth integer, day_of_birth integer, race_concept_id integer NOT NULL, ethnicity_concept_id integer NOT NULL, "
       "person_source_value varchar(50));\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("observation_period"), " (observation_period_id bigint PRIMARY KEY, person_id bigint NOT NULL, "
       "observation_period_start_date date NOT NULL, observation_period_end_date date NOT NULL, period_type_concept_id integer NOT NULL);\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("condition_occurrence"), " (condition_occurrence_id bigint PRIMARY KEY, person_id bigint NOT NULL, "
       "condition_concept_id integer NOT NULL, condition_start_date date, condition_type_concept_id integer NOT NULL);\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("measurement"), " (measurement_id bigint PRIMARY KEY, person_id bigint NOT NULL, measurement_concept_id integer "
       "NOT NULL, measurement_date date, measurement_type_concept_id integer NOT NULL, value_as_concept_id integer, value_as_number numeric, "
       "measurement_event_id bigint);\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("observation"), " (observation_id bigint PRIMARY KEY, person_id bigint NOT NULL, observation_concept_id integer "
       "NOT NULL, observation_date date, observation_type_concept_id integer NOT NULL, value_as_concept_id integer, "
       "observation_source_value text, observation_event_id bigint);\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("drug_exposure"), " (drug_exposure_id bigint PRIMARY KEY, person_id bigint NOT NULL, drug_concept_id integer "
       "NOT NULL, drug_exposure_start_date date NOT NULL, drug_exposure_end_date date, drug_type_concept_id integer NOT NULL, "
       "drug_source_value varchar(50), drug_source_concept_id integer);\n");
  s += trialspec::detail::cat("CREATE TABLE ", t("procedure_occurrence"), " (procedure_occurrence_id bigint PRIMARY KEY, person_id bigint NOT NULL, "
       "procedure_concept_id integer NOT NULL, procedure_date date NOT NULL, procedure_type_concept_id integer NOT NULL);\n");
  std::string dir(directory);
  if (!dir.empty() && dir.back() != '/') dir += '/';
  for (const std::string_view table : omop_tables)
    s += trialspec::detail::cat("\\copy ", t(table), " FROM ", Dialect::string_literal(trialspec::detail::cat(dir, std::string(table), ".csv")), " WITH (FORMAT csv, HEADER true)\n");
  for (const std::string_view table : {"observation_period", "condition_occurrence", "measurement", "observation", "drug_exposure",
                                        "procedure_occurrence"})
    s += trialspec::detail::cat("CREATE INDEX ON ", t(table), " (person_id);\n");
  s += "ANALYZE;\n";
  return s;
}

} // namespace trialspec::sql
