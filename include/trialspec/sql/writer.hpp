// trialspec/sql/writer.hpp - the SQL of each built-in criterion over OMOP CDM v5.4 tables, as
// boolean expressions on one row `p` of the person table: TRUE = met, FALSE = not met,
// NULL = unknown.
//
// A criterion states which of these it is next to its definition (its `sql` member,
// sql/expression.hpp); the writer holds how each is written: the screening date (every window is
// resolved to literal dates before the SQL is written, as the C++ evaluation resolves it), the
// schema, the vocabulary (sql/vocabulary.hpp) and the dialect (sql/dialect.hpp).
//
// Tables and columns read (OMOP CDM v5.4 names):
//   person              person_id, person_source_value (the record's id), gender_concept_id,
//                       year_of_birth, month_of_birth, day_of_birth (month and day may be NULL:
//                       a birth known to the year or month, as partial_date)
//   observation_period  person_id, observation_period_start_date, observation_period_end_date,
//                       period_type_concept_id: the drug history (type drug_history_period, the
//                       record's therapies_recorded_since) or the relapse history (type
//                       relapse_history_period, relapses_recorded_since) is complete inside it
//   condition_occurrence person_id, condition_concept_id (the recorded diagnosis)
//   measurement         person_id, measurement_concept_id, measurement_date, measurement_id,
//                       value_as_concept_id (AQP4-IgG positive / negative), value_as_number (EDSS)
//   observation         person_id, observation_concept_id, observation_date, observation_id,
//                       value_as_concept_id (the pregnancy status, yes / no statements, the
//                       diagnostic criteria set, a relapse report's severity),
//                       observation_source_value (the key of an investigator's judgement)
//   drug_exposure       person_id, drug_exposure_id, drug_concept_id (the class),
//                       drug_source_concept_id (the agent; 0: none named), drug_exposure_start_date,
//                       drug_exposure_end_date (NULL: ongoing)
//   observation         also observation_event_id (a last dose change's drug_exposure_id)
//   measurement         also the pregnancy test, dated, its result as value_as_concept_id
//                       (positive / negative; indeterminate: Vocabulary::indeterminate)
//   observation         also childbearing potential, effective contraception and lactation
//                       (Yes / No), and whether a relapse report was treated with rescue therapy
//                       (Yes / No; observation_event_id = the report's observation_id)
//   condition_occurrence also the present conditions (has_condition); observation also the
//                       conditions found absent (No), their grading (observation_event_id = the
//                       condition_occurrence_id) and a condition list documented complete
//   measurement         also measurement_event_id (an MRI lesion count's procedure_occurrence_id,
//                       a diastolic pressure's systolic measurement_id), the Gd-enhancing and new
//                       T2 lesion counts, laboratory results, blood pressure, the body weight
//   observation         also the MS course and the McDonald revision of the diagnosis (the
//                       value concept; ms_course_is, mcdonald_is) and the first MS symptoms
//                       (observation_date; disease_duration, disease_duration_by_edss)
//   measurement         also the pyramidal functional-system grade (dated); observation its
//                       lower-limb attribution (observation_event_id = the grade's measurement_id)
//                       and whether a cancer is the MS trials' exception (observation_event_id =
//                       the condition_occurrence_id)
//   procedure_occurrence person_id, procedure_occurrence_id, procedure_concept_id (MRI scans),
//                       procedure_date
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/agents.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/sql/dialect.hpp>
#include <trialspec/sql/vocabulary.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict/truth.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec::sql {

template <class Vocabulary = omop_vocabulary, class Dialect = postgresql> class basic_writer {
public:
  using vocabulary = Vocabulary;
  using dialect = Dialect;

  /// SQL screening as of `as_of`, over the tables of `schema` (empty: the search path).
  explicit basic_writer(date as_of, std::string schema = {}) : as_of_(as_of), schema_(std::move(schema)) {}

  [[nodiscard]] date as_of() const noexcept { return as_of_; }
  [[nodiscard]] const std::string& schema() const noexcept { return schema_; }
  [[nodiscard]] std::string table(std::string_view name) const { return Dialect::table(schema_, name); }
  [[nodiscard]] static std::string literal(date d) { return Dialect::date_literal(d); }
  [[nodiscard]] static std::string number(long long n) { return std::to_string(n); }

  // --- ages ---------------------------------------------------------------------------------

  /// age<op, years> at screening: compare_range over the youngest and oldest the person can be
  /// (partial_date.hpp, age_range): with month and day of birth known both are the age; with the
  /// year alone, the oldest is the age on 1 January and the youngest the age on 31 December (0
  /// when that day is after screening); with the month, the first and last day of that month.
  [[nodiscard]] std::string age(eligibility::comparison op, int years) const {
    const std::string lo = youngest(), hi = oldest(), n = number(years);
    std::string all, none;
    switch (op) {
    case eligibility::comparison::less: all = trialspec::detail::cat(hi, " < ", n), none = trialspec::detail::cat(lo, " >= ", n); break;
    case eligibility::comparison::less_equal: all = trialspec::detail::cat(hi, " <= ", n), none = trialspec::detail::cat(lo, " > ", n); break;
    case eligibility::comparison::greater: all = trialspec::detail::cat(lo, " > ", n), none = trialspec::detail::cat(hi, " <= ", n); break;
    case eligibility::comparison::greater_equal: all = trialspec::detail::cat(lo, " >= ", n), none = trialspec::detail::cat(hi, " < ", n); break;
    case eligibility::comparison::equal: all = trialspec::detail::cat("(", lo, " = ", n, " AND ", hi, " = ", n, ")"), none = trialspec::detail::cat("(", n, " < ", lo, " OR ", n, " > ", hi, ")"); break;
    case eligibility::comparison::not_equal: all = trialspec::detail::cat("(", n, " < ", lo, " OR ", n, " > ", hi, ")"), none = trialspec::detail::cat("(", lo, " = ", n, " AND ", hi, " = ", n, ")"); break;
    }
    return decided(all, none);
  }

  /// age_between<low, high> at screening: met when every possible age is in [low, high], not met
  /// when none is.
  [[nodiscard]] std::string age_between(int low, int high) const {
    const std::string lo = youngest(), hi = oldest();
    return decided(trialspec::detail::cat("(", number(low), " <= ", lo, " AND ", hi, " <= ", number(high), ")"),
                   trialspec::detail::cat("(", hi, " < ", number(low), " OR ", lo, " > ", number(high), ")"));
  }

  // --- demographics and the recorded diagnosis ----------------------------------------------

  /// sex_is<s>: the gender concept; a person whose concept is none of the vocabulary's three is
  /// unknown.
  [[nodiscard]] std::string sex_is(sex s) const {
    const std::string g = "p.gender_concept_id";
    return trialspec::detail::cat("(CASE WHEN ", g, " = ", number(Vocabulary::gender(s)), " THEN TRUE WHEN ", g, " IN (",
           number(Vocabulary::gender(sex::female)), ", ", number(Vocabulary::gender(sex::male)), ", ",
           number(Vocabulary::gender(sex::other)), ") THEN FALSE ELSE NULL END)");
  }

  /// diagnosis_is<kinds...>: a condition occurrence of one of the kinds' concepts; not met when
  /// the person has a diagnosis of another kind only; unknown without any.
  [[nodiscard]] std::string diagnosis_in(std::initializer_list<diagnosis_kind> kinds) const {
    std::string wanted;
    for (const diagnosis_kind k : kinds) wanted += trialspec::detail::cat((wanted.empty() ? "" : ", "), number(Vocabulary::diagnosis(k)));
    std::string any;
    for (const diagnosis_kind k : {diagnosis_kind::nmo, diagnosis_kind::nmosd, diagnosis_kind::multiple_sclerosis, diagnosis_kind::other})
      any += trialspec::detail::cat((any.empty() ? "" : ", "), number(Vocabulary::diagnosis(k)));
    const auto exists = [&](const std::string& ids) {
      return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("condition_occurrence"),
             " co WHERE co.person_id = p.person_id AND co.condition_concept_id IN (", ids, "))");
    };
    return trialspec::detail::cat("(CASE WHEN ", exists(wanted), " THEN TRUE WHEN ", exists(any), " THEN FALSE ELSE NULL END)");
  }

  /// aqp4_igg_is<status>: the latest AQP4-IgG measurement's value concept; no result (not
  /// tested, or a value that is neither positive nor negative) is unknown.
  [[nodiscard]] std::string aqp4_is(aqp4_status s) const {
    const concept_id yes = s == aqp4_status::positive ? Vocabulary::positive : Vocabulary::negative;
    const concept_id no = s == aqp4_status::positive ? Vocabulary::negative : Vocabulary::positive;
    return trialspec::detail::cat("(SELECT CASE WHEN m.value_as_concept_id = ", number(yes), " THEN TRUE WHEN m.value_as_concept_id = ", number(no),
           " THEN FALSE ELSE NULL END FROM ", table("measurement"), " m WHERE m.person_id = p.person_id AND m.measurement_concept_id = ",
           number(Vocabulary::aqp4_igg), " ORDER BY m.measurement_date DESC NULLS LAST, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  /// edss_latest<op, threshold, window> at screening: the latest EDSS measurement dated in
  /// `window` (on a tie of dates, the one written last: the highest measurement_id, as the
  /// library takes the last listed) compared with the threshold (`half_steps` / 2, exact in
  /// SQL's numeric); no measurement in the window is unknown.
  [[nodiscard]] std::string edss_latest(eligibility::comparison op, int half_steps, const date_interval& window) const {
    std::string where = trialspec::detail::cat("m.person_id = p.person_id AND m.measurement_concept_id = ", number(Vocabulary::edss));
    if (!window.first().is_special()) where += trialspec::detail::cat(" AND m.measurement_date >= ", literal(window.first()));
    if (!window.last().is_special()) where += trialspec::detail::cat(" AND m.measurement_date <= ", literal(window.last()));
    const std::string threshold = trialspec::detail::cat(std::to_string(half_steps / 2), (half_steps % 2 ? ".5" : ".0"));
    return trialspec::detail::cat("(SELECT m.value_as_number ", symbol(op), " ", threshold, " FROM ", table("measurement"), " m WHERE ", where,
           " ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  /// pregnant<count_possible>: the latest pregnancy-status observation (undated last; on a tie
  /// the highest observation_id): pregnant met, not pregnant not met, possibly pregnant met when
  /// it counts, else unknown; without one, a man is not pregnant and anyone else unknown.
  [[nodiscard]] std::string pregnant(bool count_possible) const {
    const std::string latest = trialspec::detail::cat("SELECT o.value_as_concept_id FROM ", table("observation"),
                               " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ", number(Vocabulary::pregnancy_status),
                               " AND o.value_as_concept_id IN (", number(Vocabulary::pregnant), ", ",
                               number(Vocabulary::possibly_pregnant), ", ", number(Vocabulary::not_pregnant),
                               ") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY");
    return trialspec::detail::cat("(CASE (", latest, ") WHEN ", number(Vocabulary::pregnant), " THEN TRUE WHEN ", number(Vocabulary::possibly_pregnant),
           (count_possible ? " THEN TRUE" : " THEN NULL"), " WHEN ", number(Vocabulary::not_pregnant),
           " THEN FALSE ELSE (CASE WHEN p.gender_concept_id = ", number(Vocabulary::gender(sex::male)), " THEN FALSE ELSE NULL END) END)");
  }

  /// A yes / no statement recorded as an observation of `what` (the latest, undated last; on a
  /// tie the highest observation_id): TRUE when the answer is `met_when`, FALSE for the other
  /// answer, NULL without one (unable_to_consent, able_to_consent, judged_unsuitable).
  [[nodiscard]] std::string answered(concept_id what, bool met_when_yes) const {
    const std::string latest = trialspec::detail::cat("SELECT o.value_as_concept_id FROM ", table("observation"),
                               " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ", number(what),
                               " AND o.value_as_concept_id IN (", number(Vocabulary::yes), ", ", number(Vocabulary::no),
                               ") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY");
    return trialspec::detail::cat("(CASE (", latest, ") WHEN ", number(Vocabulary::yes), (met_when_yes ? " THEN TRUE" : " THEN FALSE"), " WHEN ",
           number(Vocabulary::no), (met_when_yes ? " THEN FALSE" : " THEN TRUE"), " ELSE NULL END)");
  }
  [[nodiscard]] std::string unable_to_consent() const { return answered(Vocabulary::consent_capacity, false); }
  [[nodiscard]] std::string able_to_consent() const { return answered(Vocabulary::consent_capacity, true); }
  [[nodiscard]] std::string judged_unsuitable() const { return answered(Vocabulary::judged_unsuitable, true); }

  // --- histories -----------------------------------------------------------------------------

  /// therapy_exposure<classes, window> at screening: met when a drug exposure of one of the
  /// classes overlaps `window` (resolved against the screening date); not met when none does
  /// and an observation period proves the absence (history_covers: the period starts on or
  /// before the window's first day, or on or before the earliest possible birth day, and does
  /// not end before its last day); unknown otherwise.
  template <class ClassSet> [[nodiscard]] std::string therapy_exposure(const ClassSet& classes, const date_interval& window) const {
    std::string ids;
    for (const therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other})
      if (classes.contains(c)) ids += trialspec::detail::cat((ids.empty() ? "" : ", "), number(Vocabulary::therapy(c)));
    std::string overlap = trialspec::detail::cat("d.drug_concept_id IN (", ids, ")");
    if (!window.last().is_special()) overlap += trialspec::detail::cat(" AND d.drug_exposure_start_date <= ", literal(window.last()));
    if (!window.first().is_special())
      overlap += trialspec::detail::cat(" AND (d.drug_exposure_end_date IS NULL OR d.drug_exposure_end_date >= ", literal(window.first()), ")");
    const std::string met = trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("drug_exposure"), " d WHERE d.person_id = p.person_id AND ", overlap, ")");
    return trialspec::detail::cat("(CASE WHEN ", met, " THEN TRUE WHEN ", history_covers(window), " THEN FALSE ELSE NULL END)");
  }

  /// Whether an observation period of type `period_type` (the drug history's by default; the
  /// vocabulary's relapse_history_period for relapses) proves an absence over `window`
  /// (eligibility::history_covers with the period's start as the history's `since` and the
  /// earliest possible birth day as its origin).
  [[nodiscard]] std::string history_covers(const date_interval& window, concept_id period_type = Vocabulary::drug_history_period) const {
    const std::string start = "o.observation_period_start_date";
    const std::string by_birth = trialspec::detail::cat("(p.year_of_birth IS NOT NULL AND ", start, " <= ", birth_earliest(), ")");
    std::string starts = window.first().is_neg_infinity() ? by_birth : trialspec::detail::cat("(", start, " <= ", literal(window.first()), " OR ", by_birth, ")");
    if (!window.last().is_special()) starts += trialspec::detail::cat(" AND o.observation_period_end_date >= ", literal(window.last()));
    return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("observation_period"), " o WHERE o.person_id = p.person_id AND o.period_type_concept_id = ",
           number(period_type), " AND ", starts, ")");
  }

  /// relapse_count<op, count, window, severities, screening, gap> (eligibility/criteria/
  /// relapses.hpp), exactly as the library counts:
  ///  - the relapse reports are observations of Vocabulary::relapse_report dated by their onset,
  ///    severity the value concept (mild, moderate, severe; anything else ungraded); only reports
  ///    on or before the window's last day are read (what was known by then);
  ///  - with a gap of g > 0 days, reports in date order (same day: observation_id order, the
  ///    record's order) are chained into attacks when a report is less than g days after the
  ///    previous one (LAG): the gap is measured from the previous report, not from the attack's
  ///    first onset, as detail::begins_attack and attack_from chain them; a running SUM of the
  ///    reports that begin an attack numbers the attacks; each is dated at its first report and
  ///    has its worst severity (unknown < mild < moderate < severe, the enum's order); g = 0:
  ///    each report is an attack;
  ///  - an attack is in the window when its first report is (one begun before the window is not,
  ///    even when a later report of it is inside);
  ///  - an attack counts (low end) when its severity passes the filter, may count (high end) when
  ///    it is ungraded and the filter does not take every grade, or when it may continue an
  ///    unrecorded report before the window (detail::may_begin_before: g > 1, the g - 1 days
  ///    before its onset reach before the window's first day, before the history's `since`, and
  ///    not before the earliest possible birth day);
  ///  - the high end is unbounded (NULL) unless the relapse history covers the window
  ///    (history_covers with the relapse-history observation period; `since` is the earliest
  ///    start of such a period that does not end before the window's last day);
  ///  - compare_range over [low, high]; a NULL high end makes the comparisons that need it NULL.
  [[nodiscard]] std::string relapse_count(eligibility::comparison op, int count, const date_interval& window, bool mild, bool moderate,
                                          bool severe, int gap) const {
    const std::string last_day = window.last().is_special() ? std::string() : literal(window.last());
    // The reports known by the window's end: onset d, id i, severity rank s.
    std::string reports = trialspec::detail::cat("SELECT r.observation_date AS d, r.observation_id AS i, (CASE r.value_as_concept_id WHEN ",
                          number(Vocabulary::severity_mild), " THEN 1 WHEN ", number(Vocabulary::severity_moderate), " THEN 2 WHEN ",
                          number(Vocabulary::severity_severe), " THEN 3 ELSE 0 END) AS s FROM ", table("observation"),
                          " r WHERE r.person_id = p.person_id AND r.observation_concept_id = ", number(Vocabulary::relapse_report),
                          " AND r.observation_date IS NOT NULL");
    if (!last_day.empty()) reports += trialspec::detail::cat(" AND r.observation_date <= ", last_day);
    // Attacks: onset d, severity s.
    std::string attacks;
    if (gap <= 0) {
      attacks = reports;
    } else {
      const std::string previous = "LAG(x.d) OVER (ORDER BY x.d, x.i)";
      const std::string begins = trialspec::detail::cat("(CASE WHEN ", previous, " IS NULL OR ", Dialect::days_between(previous, "x.d"), " >= ",
                                 number(gap), " THEN 1 ELSE 0 END)");
      const std::string numbered = trialspec::detail::cat("SELECT y.d, y.s, SUM(y.b) OVER (ORDER BY y.d, y.i ROWS UNBOUNDED PRECEDING) AS k FROM (SELECT x.d, x.i, x.s, ",
                                   begins, " AS b FROM (", reports, ") x) y");
      attacks = trialspec::detail::cat("SELECT MIN(z.d) AS d, MAX(z.s) AS s FROM (", numbered, ") z GROUP BY z.k");
    }
    const bool all_graded = mild && moderate && severe;
    std::string ranks;
    for (const auto& [on, rank] : {std::pair{mild, "1"}, std::pair{moderate, "2"}, std::pair{severe, "3"}})
      if (on) ranks += trialspec::detail::cat((ranks.empty() ? "" : ", "), rank);
    const std::string passes = all_graded ? "TRUE" : trialspec::detail::cat("a.s IN (", ranks, ")");
    const std::string relevant = all_graded ? "TRUE" : trialspec::detail::cat("a.s IN (0, ", ranks, ")");
    // The relapse history's `since` and the earliest birth day (NULL when unknown).
    std::string since = trialspec::detail::cat("(SELECT MIN(o.observation_period_start_date) FROM ", table("observation_period"),
                        " o WHERE o.person_id = p.person_id AND o.period_type_concept_id = ", number(Vocabulary::relapse_history_period));
    if (!last_day.empty()) since += trialspec::detail::cat(" AND o.observation_period_end_date >= ", last_day);
    since += ")";
    const std::string origin = birth_earliest();
    std::string may_begin_before = "FALSE";
    if (gap > 1 && !window.first().is_special()) {
      // lo = max(onset - (gap - 1), origin) <= hi = min(first - 1, since - 1).
      may_begin_before = trialspec::detail::cat("(a.d <= ", literal(window.first() + boost::gregorian::date_duration(gap - 2)), " AND (", since, " IS NULL OR a.d <= ",
                         Dialect::add_days(since, gap - 2), ") AND (", origin, " IS NULL OR (", origin, " < ", literal(window.first()),
                         " AND (", since, " IS NULL OR ", origin, " < ", since, "))))");
    }
    std::string in_window = "a.d IS NOT NULL";
    if (!window.first().is_special()) in_window += trialspec::detail::cat(" AND a.d >= ", literal(window.first()));
    const std::string low = trialspec::detail::cat("COALESCE(SUM(CASE WHEN ", passes, " AND NOT ", may_begin_before, " THEN 1 ELSE 0 END), 0)");
    const std::string n = "COUNT(*)";
    std::string complete;
    if (window.first().is_neg_infinity()) complete = trialspec::detail::cat("(", origin, " IS NOT NULL AND ", since, " <= ", origin, ")");
    else complete = trialspec::detail::cat("(", since, " <= ", literal(window.first()), " OR (", origin, " IS NOT NULL AND ", since, " <= ", origin, "))");
    const std::string counted = trialspec::detail::cat("SELECT ", low, " AS lo, ", n, " AS n FROM (", attacks, ") a WHERE ", in_window, " AND ", relevant);
    return trialspec::detail::cat("(SELECT ", compared(op, "t.lo", trialspec::detail::cat("(CASE WHEN ", complete, " THEN t.n ELSE NULL END)"), count), " FROM (", counted, ") t)");
  }

  /// rescue_treated_relapse_count<op, count, window> at screening (eligibility/criteria/
  /// rescue_therapy.hpp): each relapse report dated in `window` (reports, not attacks: no gap
  /// chaining) counts when its rescue-therapy observation (Vocabulary::rescue_therapy, linked to
  /// the report by observation_event_id) is Yes (low end), may count when it has none (high end),
  /// and does not when it is No; the high end is unbounded (NULL) unless the relapse history
  /// covers the window (history_covers with the relapse-history period). compare_range over
  /// [low, high].
  [[nodiscard]] std::string rescue_treated_count(eligibility::comparison op, int count, const date_interval& window) const {
    std::string in = "r.observation_date IS NOT NULL";
    if (!window.first().is_special()) in += trialspec::detail::cat(" AND r.observation_date >= ", literal(window.first()));
    if (!window.last().is_special()) in += trialspec::detail::cat(" AND r.observation_date <= ", literal(window.last()));
    const std::string treated = trialspec::detail::cat("(SELECT x.value_as_concept_id FROM ", table("observation"),
                                " x WHERE x.person_id = p.person_id AND x.observation_concept_id = ", number(Vocabulary::rescue_therapy),
                                " AND x.observation_event_id = r.observation_id AND x.value_as_concept_id IN (", number(Vocabulary::yes), ", ",
                                number(Vocabulary::no), ") ORDER BY x.observation_id DESC FETCH FIRST 1 ROW ONLY)");
    const std::string counted = trialspec::detail::cat("SELECT COALESCE(SUM(CASE WHEN q.rx = ", number(Vocabulary::yes),
                                " THEN 1 ELSE 0 END), 0) AS lo, COALESCE(SUM(CASE WHEN q.rx IS NULL THEN 1 ELSE 0 END), 0) AS n FROM (SELECT ",
                                treated, " AS rx FROM ", table("observation"),
                                " r WHERE r.person_id = p.person_id AND r.observation_concept_id = ", number(Vocabulary::relapse_report), " AND ",
                                in, ") q");
    const std::string hi = trialspec::detail::cat("(CASE WHEN ", history_covers(window, Vocabulary::relapse_history_period), " THEN t.lo + t.n ELSE NULL END)");
    return trialspec::detail::cat("(SELECT ", compared(op, "t.lo", hi, count), " FROM (", counted, ") t)");
  }

  /// concurrent_agents<agents, op, count> at screening (eligibility/criteria/
  /// background_therapy.hpp): the distinct listed agents (drug_source_concept_id) with a course
  /// ongoing on the screening day (started on or before it, no end or an end on or after it) are
  /// the low end; ongoing courses naming no agent whose class fits a listed agent may each be one
  /// more (up to the number of listed agents); the high end is unbounded (NULL) unless a
  /// drug-history period covers the day. compare_range over [low, high].
  template <class AgentSet> [[nodiscard]] std::string concurrent_agents(const AgentSet& agents, eligibility::comparison op, int count) const {
    int listed = 0;
    for (unsigned i = 0; i < therapy_agent_count; ++i) listed += agents.contains(static_cast<therapy_agent>(i)) ? 1 : 0;
    const std::string counted = trialspec::detail::cat("SELECT COUNT(DISTINCT CASE WHEN ", listed_agent(agents), " THEN d.drug_source_concept_id END) AS lo, "
                                "COALESCE(SUM(CASE WHEN ", unnamed_fitting(agents), " THEN 1 ELSE 0 END), 0) AS n FROM ",
                                table("drug_exposure"), " d WHERE ", ongoing_at_screening());
    const std::string room = trialspec::detail::cat("(", number(listed), " - t.lo)");
    const std::string hi = trialspec::detail::cat("(CASE WHEN ", drug_history_covers_day(), " THEN t.lo + (CASE WHEN t.n < ", room, " THEN t.n ELSE ", room,
                           " END) ELSE NULL END)");
    return trialspec::detail::cat("(SELECT ", compared(op, "t.lo", hi, count), " FROM (", counted, ") t)");
  }

  /// stable_dose<agents, min_stable> at screening: not met when a course of a listed agent
  /// ongoing on the screening day had its last dose change (the observation of
  /// Vocabulary::last_dose_change linked to it by observation_event_id) after `latest`; else
  /// unknown when an ongoing listed course has no recorded change or an ongoing course naming no
  /// agent may be a listed one, or when no drug-history period covers the day; else met.
  template <class AgentSet> [[nodiscard]] std::string stable_dose(const AgentSet& agents, date latest) const {
    const std::string changed = trialspec::detail::cat("(SELECT MAX(s.observation_date) FROM ", table("observation"),
                                " s WHERE s.person_id = p.person_id AND s.observation_concept_id = ", number(Vocabulary::last_dose_change),
                                " AND s.observation_event_id = d.drug_exposure_id)");
    const auto exists = [&](const std::string& what) {
      return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("drug_exposure"), " d WHERE ", ongoing_at_screening(), " AND ", what, ")");
    };
    return trialspec::detail::cat("(CASE WHEN ", exists(trialspec::detail::cat(listed_agent(agents), " AND ", changed, " > ", literal(latest))), " THEN FALSE WHEN ",
           exists(trialspec::detail::cat("((", listed_agent(agents), " AND ", changed, " IS NULL) OR ", unnamed_fitting(agents), ")")), " THEN NULL WHEN ",
           drug_history_covers_day(), " THEN TRUE ELSE NULL END)");
  }

  /// agent_exposure<agents, window> at screening (eligibility/criteria/washout.hpp): met when a
  /// course naming a listed agent (drug_source_concept_id) overlaps `window` (resolved against
  /// the screening date: started on or before its last day, no end or an end on or after its
  /// first day); else unknown when an overlapping course names no agent and its class fits a
  /// listed agent (detail::could_be); else not met when a drug-history period proves the absence
  /// (history_covers, as therapy_exposure), unknown otherwise. A course naming another agent
  /// plays no part.
  template <class AgentSet> [[nodiscard]] std::string agent_exposure(const AgentSet& agents, const date_interval& window) const {
    std::string overlap = "d.person_id = p.person_id";
    if (!window.last().is_special()) overlap += trialspec::detail::cat(" AND d.drug_exposure_start_date <= ", literal(window.last()));
    if (!window.first().is_special())
      overlap += trialspec::detail::cat(" AND (d.drug_exposure_end_date IS NULL OR d.drug_exposure_end_date >= ", literal(window.first()), ")");
    const auto exists = [&](const std::string& what) {
      return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("drug_exposure"), " d WHERE ", overlap, " AND ", what, ")");
    };
    return trialspec::detail::cat("(CASE WHEN ", exists(listed_agent(agents)), " THEN TRUE WHEN ", exists(unnamed_fitting(agents)), " THEN NULL WHEN ",
           history_covers(window), " THEN FALSE ELSE NULL END)");
  }

  // --- reproductive facts (eligibility/criteria/reproductive.hpp) ------------------------------

  /// of_childbearing_potential: the latest Yes / No observation of
  /// Vocabulary::childbearing_potential (Yes met, No not met); none is unknown, whatever the sex.
  [[nodiscard]] std::string of_childbearing_potential() const { return answered(Vocabulary::childbearing_potential, true); }
  /// uses_effective_contraception: the same for Vocabulary::effective_contraception.
  [[nodiscard]] std::string uses_effective_contraception() const { return answered(Vocabulary::effective_contraception, true); }
  /// lactating: the latest Yes / No observation of Vocabulary::lactation; without one, a man is
  /// not lactating and anyone else unknown (as pregnant).
  [[nodiscard]] std::string lactating() const {
    const std::string latest = trialspec::detail::cat("SELECT o.value_as_concept_id FROM ", table("observation"),
                               " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ", number(Vocabulary::lactation),
                               " AND o.value_as_concept_id IN (", number(Vocabulary::yes), ", ", number(Vocabulary::no),
                               ") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY");
    return trialspec::detail::cat("(CASE (", latest, ") WHEN ", number(Vocabulary::yes), " THEN TRUE WHEN ", number(Vocabulary::no),
           " THEN FALSE ELSE (CASE WHEN p.gender_concept_id = ", number(Vocabulary::gender(sex::male)), " THEN FALSE ELSE NULL END) END)");
  }

  /// pregnancy_test_negative<window> at screening: the record's pregnancy test is its latest, so
  /// the latest measurement of Vocabulary::pregnancy_test (undated last; on a tie of dates the
  /// highest measurement_id) is read: dated in `window` (resolved against the screening date)
  /// and negative is met, positive not met; indeterminate (any other value), dated outside the
  /// window, or no test is unknown. An earlier test inside the window behind a later one outside
  /// it decides nothing, as in the record, which keeps only the latest.
  [[nodiscard]] std::string pregnancy_test_negative(const date_interval& window) const {
    std::string in = "t.measurement_date IS NOT NULL";
    if (!window.first().is_special()) in += trialspec::detail::cat(" AND t.measurement_date >= ", literal(window.first()));
    if (!window.last().is_special()) in += trialspec::detail::cat(" AND t.measurement_date <= ", literal(window.last()));
    const std::string latest = trialspec::detail::cat("SELECT m.measurement_date, m.value_as_concept_id FROM ", table("measurement"),
                               " m WHERE m.person_id = p.person_id AND m.measurement_concept_id = ", number(Vocabulary::pregnancy_test),
                               " ORDER BY m.measurement_date DESC NULLS LAST, m.measurement_id DESC FETCH FIRST 1 ROW ONLY");
    return trialspec::detail::cat("(SELECT CASE WHEN NOT (", in, ") THEN NULL WHEN t.value_as_concept_id = ", number(Vocabulary::negative),
           " THEN TRUE WHEN t.value_as_concept_id = ", number(Vocabulary::positive), " THEN FALSE ELSE NULL END FROM (", latest, ") t)");
  }

  /// diagnosed_with<sets...>: the latest observation of the diagnostic criteria set (undated
  /// last; on a tie the highest observation_id) is one of `sets` (met) or another (not met);
  /// none is unknown.
  [[nodiscard]] std::string diagnosed_with(std::initializer_list<diagnostic_standard> sets) const {
    std::string wanted;
    for (const diagnostic_standard s : sets) wanted += trialspec::detail::cat((wanted.empty() ? "" : ", "), number(Vocabulary::diagnostic_criteria_set(s)));
    std::string any;
    for (const diagnostic_standard s : {diagnostic_standard::wingerchuk2006, diagnostic_standard::ipnd2015, diagnostic_standard::other})
      any += trialspec::detail::cat((any.empty() ? "" : ", "), number(Vocabulary::diagnostic_criteria_set(s)));
    return trialspec::detail::cat("(SELECT CASE WHEN o.value_as_concept_id IN (", wanted, ") THEN TRUE ELSE FALSE END FROM ", table("observation"),
           " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ", number(Vocabulary::diagnostic_criteria),
           " AND o.value_as_concept_id IN (", any, ") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  /// ms_course_is<courses...>: the latest observation of the MS course (undated last; on a tie
  /// the highest observation_id) is one of `courses` (met) or another (not met); none is
  /// unknown.
  [[nodiscard]] std::string ms_course_in(std::initializer_list<ms_course> courses) const {
    std::string wanted;
    for (const ms_course c : courses) wanted += trialspec::detail::cat((wanted.empty() ? "" : ", "), number(Vocabulary::course(c)));
    std::string any;
    for (const ms_course c : {ms_course::rrms, ms_course::spms, ms_course::ppms, ms_course::prms})
      any += trialspec::detail::cat((any.empty() ? "" : ", "), number(Vocabulary::course(c)));
    return latest_value_in(Vocabulary::ms_course_observed, wanted, any);
  }

  /// mcdonald_is<versions...>: the latest observation of the McDonald revision (undated last; on
  /// a tie the highest observation_id) is one of `versions` (met) or another (not met); none is
  /// unknown.
  [[nodiscard]] std::string mcdonald_in(std::initializer_list<mcdonald_version> versions) const {
    std::string wanted;
    for (const mcdonald_version v : versions) wanted += trialspec::detail::cat((wanted.empty() ? "" : ", "), number(Vocabulary::mcdonald(v)));
    std::string any;
    for (const mcdonald_version v : {mcdonald_version::mcdonald2005, mcdonald_version::mcdonald2010, mcdonald_version::mcdonald2017})
      any += trialspec::detail::cat((any.empty() ? "" : ", "), number(Vocabulary::mcdonald(v)));
    return latest_value_in(Vocabulary::mcdonald_revision, wanted, any);
  }

  /// disease_duration<op, years> at screening: the screening day compared with the anniversary
  /// `years` after the first MS symptoms (Dialect::add_years: 29 February falls on 28 February in
  /// a common year, as detail::anniversary); no first symptom is unknown. Dates are exact.
  [[nodiscard]] std::string disease_duration(eligibility::comparison op, int years) const {
    std::string q = "(";
    q.append(literal(as_of_)).append(" ").append(symbol(op)).append(" ").append(Dialect::add_years(first_symptom(), years)).append(")");
    return q;
  }

  /// disease_duration_by_edss<rows...> at screening: the latest EDSS on or before screening (on a
  /// tie of dates the highest measurement_id, the last listed) selects the row whose condition
  /// holds, whose requirement decides (a duration as disease_duration, or a fixed value); without
  /// an EDSS every row is evaluated and their common value is the answer (IS NOT DISTINCT FROM:
  /// two unknowns agree), else unknown.
  template <class Rows> [[nodiscard]] std::string disease_duration_by_edss(const Rows& rows) const {
    const auto value = [&](const auto& row) -> std::string {
      if (row.what == std::decay_t<decltype(row)>::requirement::fixed)
        return row.fixed == truth::met ? "TRUE" : row.fixed == truth::not_met ? "FALSE" : "CAST(NULL AS boolean)";
      return disease_duration(row.duration_op, row.years);
    };
    std::string h = "(SELECT CAST(m.value_as_number * 2 AS integer) FROM ";
    h.append(table("measurement")).append(" m WHERE m.person_id = p.person_id AND m.measurement_concept_id = ").append(number(Vocabulary::edss));
    h.append(" AND m.measurement_date <= ").append(literal(as_of_)).append(" ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
    std::string by_score = "(CASE";
    for (const auto& row : rows)
      by_score.append(" WHEN e.h ").append(symbol(row.edss_op)).append(" ").append(number(row.edss_half_steps)).append(" THEN ").append(value(row));
    by_score.append(" END)");
    std::string agree = "TRUE";
    for (const auto& row : rows) agree.append(" AND ").append(value(row)).append(" IS NOT DISTINCT FROM ").append(value(rows[0]));
    std::string q = "(SELECT CASE WHEN e.h IS NOT NULL THEN ";
    q.append(by_score).append(" WHEN ").append(agree).append(" THEN ").append(value(rows[0])).append(" ELSE NULL END FROM (SELECT ").append(h);
    q.append(" AS h) e)");
    return q;
  }

  /// investigator_judgement<key, question>: the latest Yes / No observation of
  /// Vocabulary::investigator_judgement whose observation_source_value is `key` (met on Yes, not
  /// met on No); none is unknown.
  [[nodiscard]] std::string investigator_judgement(std::string_view key) const {
    const std::string latest = trialspec::detail::cat("SELECT o.value_as_concept_id FROM ", table("observation"),
                               " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ", number(Vocabulary::investigator_judgement),
                               " AND o.observation_source_value = ", Dialect::string_literal(key), " AND o.value_as_concept_id IN (",
                               number(Vocabulary::yes), ", ", number(Vocabulary::no),
                               ") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY");
    return trialspec::detail::cat("(CASE (", latest, ") WHEN ", number(Vocabulary::yes), " THEN TRUE WHEN ", number(Vocabulary::no), " THEN FALSE ELSE NULL END)");
  }

  // --- conditions, laboratory results, blood pressure (eligibility/criteria/conditions.hpp,
  //     labs.hpp, vitals.hpp) ---------------------------------------------------------------

  /// has_condition<kinds, significance>: met when a condition_occurrence of one of the kinds'
  /// concepts is present (with significant_only: graded significant, the Yes of its linked
  /// Vocabulary::condition_significant observation); else unknown when, under significant_only,
  /// such a condition has no grading; else not met when the condition list is documented
  /// complete (Vocabulary::condition_list_complete Yes) or every kind was looked for: found
  /// absent (an observation of its concept with the value No) or, under significant_only,
  /// present and graded not significant; otherwise unknown.
  template <class ConditionSet> [[nodiscard]] std::string has_condition(const ConditionSet& kinds, bool significant_only) const {
    const auto grading = [&](const std::string& of) {
      return trialspec::detail::cat("(SELECT g.value_as_concept_id FROM ", table("observation"), " g WHERE g.person_id = p.person_id AND g.observation_concept_id = ",
             number(Vocabulary::condition_significant), " AND g.observation_event_id = ", of, " AND g.value_as_concept_id IN (",
             number(Vocabulary::yes), ", ", number(Vocabulary::no), ") ORDER BY g.observation_id DESC FETCH FIRST 1 ROW ONLY)");
    };
    const auto present = [&](const std::string& ids, const std::string& graded) {
      return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("condition_occurrence"), " c WHERE c.person_id = p.person_id AND c.condition_concept_id IN (",
             ids, ")", graded, ")");
    };
    std::string ids, every_kind;
    for (unsigned i = 0; i <= static_cast<unsigned>(condition_kind::other); ++i) {
      const auto k = static_cast<condition_kind>(i);
      if (!kinds.contains(k)) continue;
      const std::string id = number(Vocabulary::condition(k));
      ids += trialspec::detail::cat((ids.empty() ? "" : ", "), id);
      std::string looked_for = trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("observation"), " a WHERE a.person_id = p.person_id AND a.observation_concept_id = ",
                               id, " AND a.value_as_concept_id = ", number(Vocabulary::no), ")");
      if (significant_only) looked_for = trialspec::detail::cat("(", looked_for, " OR ", present(id, trialspec::detail::cat(" AND ", grading("c.condition_occurrence_id"), " = ", number(Vocabulary::no))), ")");
      every_kind += trialspec::detail::cat((every_kind.empty() ? "" : " AND "), looked_for);
    }
    const std::string complete = trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("observation"), " l WHERE l.person_id = p.person_id AND l.observation_concept_id = ",
                                 number(Vocabulary::condition_list_complete), " AND l.value_as_concept_id = ", number(Vocabulary::yes), ")");
    std::string out = "(CASE WHEN ";
    if (significant_only) {
      out += trialspec::detail::cat(present(ids, trialspec::detail::cat(" AND ", grading("c.condition_occurrence_id"), " = ", number(Vocabulary::yes))), " THEN TRUE WHEN ",
             present(ids, trialspec::detail::cat(" AND ", grading("c.condition_occurrence_id"), " IS NULL")), " THEN NULL WHEN ");
    } else {
      out += trialspec::detail::cat(present(ids, ""), " THEN TRUE WHEN ");
    }
    return trialspec::detail::cat(out, complete, " OR (", every_kind, ") THEN FALSE ELSE NULL END)");
  }

  /// cancer_history (eligibility/criteria/conditions.hpp): met when a present cancer
  /// (condition_occurrence of condition(cancer)) is recorded as not the exception (its linked
  /// cancer_excepted observation No); else unknown when a present cancer has no such Yes / No;
  /// else not met when the condition list is documented complete or cancer was looked for and
  /// found absent (an observation of its concept with the value No); otherwise unknown (an
  /// excepted cancer alone proves nothing about an incomplete list).
  [[nodiscard]] std::string cancer_history() const {
    const std::string cancer = number(Vocabulary::condition(condition_kind::cancer));
    std::string excepted = "(SELECT x.value_as_concept_id FROM ";
    excepted += table("observation");
    excepted += " x WHERE x.person_id = p.person_id AND x.observation_concept_id = ";
    excepted += number(Vocabulary::cancer_excepted);
    excepted += " AND x.observation_event_id = c.condition_occurrence_id AND x.value_as_concept_id IN (";
    excepted += number(Vocabulary::yes);
    excepted += ", ";
    excepted += number(Vocabulary::no);
    excepted += ") ORDER BY x.observation_id DESC FETCH FIRST 1 ROW ONLY)";
    const auto present = [&](const std::string& which) {
      std::string e = "EXISTS (SELECT 1 FROM ";
      e += table("condition_occurrence");
      e += " c WHERE c.person_id = p.person_id AND c.condition_concept_id = ";
      e += cancer;
      e += " AND ";
      e += excepted;
      e += which;
      e += ")";
      return e;
    };
    std::string is_no = " = ";
    is_no += number(Vocabulary::no);
    std::string out = "(CASE WHEN ";
    out += present(is_no);
    out += " THEN TRUE WHEN ";
    out += present(" IS NULL");
    out += " THEN NULL WHEN EXISTS (SELECT 1 FROM ";
    out += table("observation");
    out += " l WHERE l.person_id = p.person_id AND ((l.observation_concept_id = ";
    out += number(Vocabulary::condition_list_complete);
    out += " AND l.value_as_concept_id = ";
    out += number(Vocabulary::yes);
    out += ") OR (l.observation_concept_id = ";
    out += cancer;
    out += " AND l.value_as_concept_id = ";
    out += number(Vocabulary::no);
    out += "))) THEN FALSE ELSE NULL END)";
    return out;
  }

  /// pyramidal_lower_limb_at_least<min_grade, window> at screening (eligibility/criteria/
  /// functional_systems.hpp): the latest pyramidal grade (Vocabulary::fs_pyramidal) dated in
  /// `window` (on a tie of dates the highest measurement_id, the last listed): below min_grade
  /// not met; else its linked lower-limb attribution: Yes met, No not met, none unknown; no
  /// grade in the window is unknown.
  [[nodiscard]] std::string pyramidal_lower_limb(int min_grade, const date_interval& window) const {
    std::string limb = "(SELECT CASE o.value_as_concept_id WHEN ";
    limb += number(Vocabulary::yes);
    limb += " THEN TRUE WHEN ";
    limb += number(Vocabulary::no);
    limb += " THEN FALSE ELSE NULL END FROM ";
    limb += table("observation");
    limb += " o WHERE o.person_id = p.person_id AND o.observation_concept_id = ";
    limb += number(Vocabulary::fs_pyramidal_lower_limb);
    limb += " AND o.observation_event_id = m.measurement_id ORDER BY o.observation_id DESC FETCH FIRST 1 ROW ONLY)";
    std::string out = "(SELECT CASE WHEN m.value_as_number < ";
    out += std::to_string(min_grade);
    out += " THEN FALSE ELSE ";
    out += limb;
    out += " END FROM ";
    out += table("measurement");
    out += " m WHERE ";
    out += dated_in("m", Vocabulary::fs_pyramidal, window);
    out += " ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)";
    return out;
  }

  /// lab_result_is<test, outcome, window> at screening: the latest measurement of the test's
  /// concept dated in `window` (on a tie of dates the highest measurement_id, the last listed):
  /// its value concept `outcome` is met, the other result not met, indeterminate (any other
  /// value) unknown; no result in the window is unknown.
  [[nodiscard]] std::string lab_result_is(lab_test test, lab_outcome outcome, const date_interval& window) const {
    const concept_id yes = outcome == lab_outcome::positive ? Vocabulary::positive : Vocabulary::negative;
    const concept_id no = outcome == lab_outcome::positive ? Vocabulary::negative : Vocabulary::positive;
    return trialspec::detail::cat("(SELECT CASE WHEN m.value_as_concept_id = ", number(yes), " THEN TRUE WHEN m.value_as_concept_id = ", number(no),
           " THEN FALSE ELSE NULL END FROM ", table("measurement"), " m WHERE ", dated_in("m", Vocabulary::lab(test), window),
           " ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  /// blood_pressure_at_least<systolic, diastolic, window> at screening: the latest reading dated
  /// in `window` (its systolic measurement; on a tie of dates the highest measurement_id, the
  /// last listed) with its diastolic measurement (linked by measurement_event_id): met when the
  /// systolic reaches `systolic` or the diastolic reaches `diastolic`; no reading in the window
  /// is unknown.
  [[nodiscard]] std::string blood_pressure_at_least(int systolic, int diastolic, const date_interval& window) const {
    const std::string dia = trialspec::detail::cat("(SELECT d.value_as_number FROM ", table("measurement"), " d WHERE d.person_id = p.person_id AND d.measurement_concept_id = ",
                            number(Vocabulary::diastolic_pressure), " AND d.measurement_event_id = m.measurement_id ORDER BY d.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
    return trialspec::detail::cat("(SELECT (m.value_as_number >= ", number(systolic), " OR ", dia, " >= ", number(diastolic), ") FROM ",
           table("measurement"), " m WHERE ", dated_in("m", Vocabulary::systolic_pressure, window),
           " ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  /// NCT02249676's blood_pressure_both_at_least<systolic, diastolic, window> (Q7's "and"
  /// reading): the same latest reading as blood_pressure_at_least, met when the systolic reaches
  /// `systolic` and the diastolic reaches `diastolic`; no reading in the window is unknown.
  [[nodiscard]] std::string blood_pressure_both_at_least(int systolic, int diastolic, const date_interval& window) const {
    std::string dia = "(SELECT d.value_as_number FROM ";
    dia.append(table("measurement")).append(" d WHERE d.person_id = p.person_id AND d.measurement_concept_id = ");
    dia.append(number(Vocabulary::diastolic_pressure)).append(" AND d.measurement_event_id = m.measurement_id ORDER BY d.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
    std::string out = "(SELECT (m.value_as_number >= ";
    out.append(number(systolic)).append(" AND ").append(dia).append(" >= ").append(number(diastolic)).append(") FROM ");
    out.append(table("measurement")).append(" m WHERE ").append(dated_in("m", Vocabulary::systolic_pressure, window));
    out.append(" ORDER BY m.measurement_date DESC, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
    return out;
  }

  /// body_weight_is<op, kg>: the body weight measurement (the latest, undated last; on a tie the
  /// highest measurement_id) compared with `kg`; none is unknown.
  [[nodiscard]] std::string body_weight(eligibility::comparison op, int kg) const {
    return trialspec::detail::cat("(SELECT m.value_as_number ", symbol(op), " ", number(kg), " FROM ", table("measurement"),
           " m WHERE m.person_id = p.person_id AND m.measurement_concept_id = ", number(Vocabulary::body_weight),
           " ORDER BY m.measurement_date DESC NULLS LAST, m.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
  }

  // --- MRI (eligibility/criteria/mri.hpp) -------------------------------------------------------

  /// gd_enhancing_lesions<min, window, doses> at screening, over the Gd-enhancing lesion
  /// measurements dated in `window` (one per scan given contrast): for each, the dose is
  /// accepted (TRUE), not (FALSE) or not recorded (NULL; TRUE whatever it is when every dose is
  /// accepted), the count reaches `min` (TRUE), not (FALSE) or was not counted (NULL), and the
  /// scan decides their AND. Met when a scan's AND is TRUE; else unknown when one's is NULL;
  /// else not met when a scan of an accepted dose has fewer lesions; else (no scan, or only
  /// doses left out) unknown.
  template <class DoseSet> [[nodiscard]] std::string gd_enhancing_lesions(int min_count, const date_interval& window, const DoseSet& doses) const {
    const bool every_dose = doses.contains(gd_dose::single) && doses.contains(gd_dose::double_dose) && doses.contains(gd_dose::triple);
    std::string accepted, refused;
    for (const gd_dose d : {gd_dose::single, gd_dose::double_dose, gd_dose::triple}) {
      std::string& list = doses.contains(d) ? accepted : refused;
      if (!list.empty()) list += ", ";
      list += number(Vocabulary::gd_lesions(d));
    }
    const std::string dose = every_dose ? "TRUE"
                                        : trialspec::detail::cat("(CASE WHEN m.measurement_concept_id IN (", accepted, ") THEN TRUE",
                                              (refused.empty() ? std::string() : trialspec::detail::cat(" WHEN m.measurement_concept_id IN (", refused, ") THEN FALSE")),
                                              " ELSE NULL END)");
    const std::string count = trialspec::detail::cat("(m.value_as_number >= ", number(min_count), ")");
    std::string in = trialspec::detail::cat("m.person_id = p.person_id AND m.measurement_concept_id IN (", number(Vocabulary::gd_lesions_dose_not_recorded), ", ",
                     number(Vocabulary::gd_lesions_single_dose), ", ", number(Vocabulary::gd_lesions_double_dose), ", ",
                     number(Vocabulary::gd_lesions_triple_dose), ")");
    in += window_bounds("m.measurement_date", window);
    const auto exists = [&](const std::string& what) { return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("measurement"), " m WHERE ", in, " AND ", what, ")"); };
    return trialspec::detail::cat("(CASE WHEN ", exists(trialspec::detail::cat("(", dose, " AND ", count, ") IS TRUE")), " THEN TRUE WHEN ", exists(trialspec::detail::cat("(", dose, " AND ", count, ") IS NULL")),
           " THEN NULL WHEN ", exists(trialspec::detail::cat(dose, " IS TRUE AND ", count, " IS FALSE")), " THEN FALSE ELSE NULL END)");
  }

  /// new_t2_lesions<min, window> at screening, over the MRI scans (procedure_occurrence of
  /// Vocabulary::mri_procedure) dated in `window`, each with its new T2 lesion count (the
  /// measurement linked by measurement_event_id; none: not assessed): met when a scan's count
  /// reaches `min`; else not met when there is a scan and every one was assessed; else unknown.
  [[nodiscard]] std::string new_t2_lesions(int min_count, const date_interval& window) const {
    const std::string t2 = trialspec::detail::cat("(SELECT t.value_as_number FROM ", table("measurement"), " t WHERE t.person_id = p.person_id AND t.measurement_concept_id = ",
                           number(Vocabulary::new_t2_lesions), " AND t.measurement_event_id = s.procedure_occurrence_id ORDER BY t.measurement_id DESC FETCH FIRST 1 ROW ONLY)");
    const std::string in = trialspec::detail::cat("s.person_id = p.person_id AND s.procedure_concept_id = ", number(Vocabulary::mri_procedure),
                           window_bounds("s.procedure_date", window));
    const auto exists = [&](const std::string& what) { return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("procedure_occurrence"), " s WHERE ", in, what, ")"); };
    return trialspec::detail::cat("(CASE WHEN ", exists(trialspec::detail::cat(" AND ", t2, " >= ", number(min_count))), " THEN TRUE WHEN ", exists(""), " AND NOT ",
           exists(trialspec::detail::cat(" AND ", t2, " IS NULL")), " THEN FALSE ELSE NULL END)");
  }

  // --- EDSS worsening and therapy duration --------------------------------------------------

  /// edss_worsening<window, table> at screening: the first EDSS measurement dated in `window`
  /// (on a tie of dates the lowest measurement_id, the first listed) is the baseline and the last
  /// (the highest measurement_id on a tie) the later score; `change(b, l)` is the library's
  /// worsening_truth of the table for a baseline of b and a later score of l half steps, written
  /// out for the scale's 21 x 21 pairs of scores (so that a table's gaps are decided exactly as in the
  /// library). Fewer than two measurements, or first and last on one date, is unknown.
  template <class Change> [[nodiscard]] std::string edss_worsening(const date_interval& window, const Change& change) const {
    std::string in = trialspec::detail::cat("m.person_id = p.person_id AND m.measurement_concept_id = ", number(Vocabulary::edss), window_bounds("m.measurement_date", window));
    const auto end = [&](const char* order) {
      return trialspec::detail::cat("(SELECT m.measurement_date AS d, CAST(m.value_as_number * 2 AS integer) AS h FROM ", table("measurement"), " m WHERE ", in,
             " ORDER BY m.measurement_date ", order, ", m.measurement_id ", order, " FETCH FIRST 1 ROW ONLY)");
    };
    // The scores in half steps: 0, then 2 (1.0) to 20 (10.0); 1 (0.5) is not a score.
    const auto next = [](int h) { return h == 0 ? 2 : h + 1; };
    std::string met, not_met;
    for (int b = 0; b <= 20; b = next(b)) {
      std::string yes, no;
      for (int l = 0; l <= 20; l = next(l)) {
        const truth t = change(b, l);
        if (t == truth::unknown) continue;
        int to = l;
        while (to < 20 && change(b, next(to)) == t) to = next(to);
        std::string& runs = t == truth::met ? yes : no;
        if (!runs.empty()) runs += " OR ";
        if (to == l) runs.append("l.h = ").append(number(l));
        else runs.append("l.h BETWEEN ").append(number(l)).append(" AND ").append(number(to));
        l = to;
      }
      const auto add = [b](std::string& out, const std::string& runs) {
        if (runs.empty()) return;
        if (!out.empty()) out.append(" OR ");
        out.append("(f.h = ").append(number(b)).append(" AND (").append(runs).append("))");
      };
      add(met, yes);
      add(not_met, no);
    }
    return trialspec::detail::cat("(SELECT CASE WHEN f.d = l.d THEN NULL WHEN ", (met.empty() ? std::string("FALSE") : met), " THEN TRUE WHEN ",
           (not_met.empty() ? std::string("FALSE") : not_met), " THEN FALSE ELSE NULL END FROM ", end("ASC"), " f, ", end("DESC"), " l)");
  }

  /// therapy_duration<duration, classes, since_first_start, window> at screening, `latest_start`
  /// the last day a first start may be for the duration to be complete by the window's last day
  /// (worked out in C++ with the library's calendar): met when a course of one of the classes
  /// overlapping the window starts (from the window's first day, when it began before it) on or
  /// before `latest_start`; else not met when a drug-history observation period (not ending
  /// before the window's last day) shows that no unlisted course could start in time: it begins
  /// on or before the window's first day or the earliest possible birth day, or those days are
  /// already after `latest_start`; otherwise unknown.
  template <class ClassSet>
  [[nodiscard]] std::string therapy_duration_since_first_start(const ClassSet& classes, const date_interval& window, date latest_start) const {
    std::string ids;
    for (const therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other})
      if (classes.contains(c)) ids += trialspec::detail::cat((ids.empty() ? "" : ", "), number(Vocabulary::therapy(c)));
    const bool bounded = !window.first().is_special();
    std::string met;
    if (bounded && window.first() > latest_start) {
      met = "FALSE";
    } else {
      met = trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("drug_exposure"), " d WHERE d.person_id = p.person_id AND d.drug_concept_id IN (", ids,
            ") AND d.drug_exposure_start_date <= ", literal(latest_start));
      if (bounded) met += trialspec::detail::cat(" AND (d.drug_exposure_end_date IS NULL OR d.drug_exposure_end_date >= ", literal(window.first()), ")");
      met += ")";
    }
    const std::string start = "o.observation_period_start_date";
    const std::string born = trialspec::detail::cat("(p.year_of_birth IS NOT NULL AND ", birth_earliest(), " > ", literal(latest_start), ")");
    std::string settled = trialspec::detail::cat("(p.year_of_birth IS NOT NULL AND ", start, " <= ", birth_earliest(), ") OR ", born);
    if (bounded) settled = trialspec::detail::cat(start, " <= ", literal(window.first()), " OR ", settled, (window.first() > latest_start ? " OR TRUE" : ""));
    std::string period = trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("observation_period"), " o WHERE o.person_id = p.person_id AND o.period_type_concept_id = ",
                         number(Vocabulary::drug_history_period));
    if (!window.last().is_special()) period += trialspec::detail::cat(" AND o.observation_period_end_date >= ", literal(window.last()));
    period += trialspec::detail::cat(" AND (", settled, "))");
    return trialspec::detail::cat("(CASE WHEN ", met, " THEN TRUE WHEN ", period, " THEN FALSE ELSE NULL END)");
  }

  /// therapy_duration<duration, classes, continuous_course, window> at screening (window's end
  /// bounded): met when one course of one of the classes, clipped to the window (from the
  /// window's first day when it began before it, to its end or the window's last day, whichever
  /// is first), lasts `duration` (its start plus `duration`, with the library's calendar: months
  /// and years clamped, is on or before its clipped end); else not met when a drug-history
  /// observation period (not ending before the window's last day) shows that no unlisted course
  /// could: such a course ended before the period's start, so it must fit between F (the
  /// window's first day or the earliest possible birth day, the later; for a window without a
  /// first day the birth day alone, none without a year of birth) and the day before the
  /// period's start (or the window's last day, the earlier); the period starts on or before F,
  /// or F plus `duration` is after that day; otherwise unknown.
  template <class ClassSet>
  [[nodiscard]] std::string therapy_duration_continuous(const ClassSet& classes, calendar_duration duration, const date_interval& window) const {
    const bool bounded = !window.first().is_special();
    const std::string last = literal(window.last());
    std::string met = "EXISTS (SELECT 1 FROM ";
    met.append(table("drug_exposure")).append(" d WHERE d.person_id = p.person_id AND d.drug_concept_id IN (").append(class_ids(classes));
    met.append(") AND d.drug_exposure_start_date <= ").append(last);
    if (bounded) met.append(" AND (d.drug_exposure_end_date IS NULL OR d.drug_exposure_end_date >= ").append(literal(window.first())).append(")");
    std::string from = "d.drug_exposure_start_date";
    if (bounded) from = std::string("GREATEST(").append(from).append(", ").append(literal(window.first())).append(")");
    met.append(" AND ").append(Dialect::add_duration(from, duration)).append(" <= LEAST(COALESCE(d.drug_exposure_end_date, ");
    met.append(last).append("), ").append(last).append("))");
    // F: GREATEST skips a NULL birth day (no year of birth), as history_origin gives none.
    std::string f = birth_earliest();
    if (bounded) f = std::string("GREATEST(").append(literal(window.first())).append(", ").append(f).append(")");
    const std::string start = "o.observation_period_start_date";
    std::string settled = "(";
    settled.append(start).append(" <= ").append(f).append(" OR ").append(Dialect::add_duration(f, duration)).append(" > LEAST(");
    settled.append(last).append(", ").append(Dialect::add_days(start, -1)).append("))");
    std::string period = "EXISTS (SELECT 1 FROM ";
    period.append(table("observation_period")).append(" o WHERE o.person_id = p.person_id AND o.period_type_concept_id = ");
    period.append(number(Vocabulary::drug_history_period)).append(" AND o.observation_period_end_date >= ").append(last);
    period.append(" AND ").append(settled).append(")");
    std::string out = "(CASE WHEN ";
    out.append(met).append(" THEN TRUE WHEN ").append(period).append(" THEN FALSE ELSE NULL END)");
    return out;
  }

  /// The date of the first MS symptoms (NULL when not recorded).
  [[nodiscard]] std::string first_symptom() const {
    std::string q = "(SELECT o.observation_date FROM ";
    q.append(table("observation")).append(" o WHERE o.person_id = p.person_id AND o.observation_concept_id = ").append(number(Vocabulary::first_symptom));
    q.append(" ORDER BY o.observation_id DESC FETCH FIRST 1 ROW ONLY)");
    return q;
  }

  /// The first day the birth can be (NULL without a year of birth).
  [[nodiscard]] static std::string birth_earliest() {
    return Dialect::make_date("p.year_of_birth", "COALESCE(p.month_of_birth, 1)", "COALESCE(p.day_of_birth, 1)");
  }

private:
  /// The latest observation of `what` whose value is one of `any` (undated last; on a tie the
  /// highest observation_id): TRUE when its value is one of `wanted`, else FALSE; NULL without one.
  [[nodiscard]] std::string latest_value_in(concept_id what, const std::string& wanted, const std::string& any) const {
    std::string q = "(SELECT o.value_as_concept_id IN (";
    q.append(wanted).append(") FROM ").append(table("observation")).append(" o WHERE o.person_id = p.person_id AND o.observation_concept_id = ");
    q.append(number(what)).append(" AND o.value_as_concept_id IN (").append(any);
    q.append(") ORDER BY o.observation_date DESC NULLS LAST, o.observation_id DESC FETCH FIRST 1 ROW ONLY)");
    return q;
  }
  /// The drug concept ids of the therapy classes in `classes`, comma-separated.
  template <class ClassSet> static std::string class_ids(const ClassSet& classes) {
    std::string ids;
    for (const therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other})
      if (classes.contains(c)) {
        if (!ids.empty()) ids.append(", ");
        ids.append(number(Vocabulary::therapy(c)));
      }
    return ids;
  }
  /// " AND col >= first AND col <= last" for the bounded edges of `window`.
  static std::string window_bounds(const std::string& column, const date_interval& window) {
    std::string out;
    if (!window.first().is_special()) out += trialspec::detail::cat(" AND ", column, " >= ", literal(window.first()));
    if (!window.last().is_special()) out += trialspec::detail::cat(" AND ", column, " <= ", literal(window.last()));
    return out;
  }
  /// Measurement `m` of `what`, of person p, dated in `window`.
  [[nodiscard]] static std::string dated_in(const std::string& m, concept_id what, const date_interval& window) {
    return trialspec::detail::cat(m, ".person_id = p.person_id AND ", m, ".measurement_concept_id = ", number(what), window_bounds(trialspec::detail::cat(m, ".measurement_date"), window));
  }
  /// compare_range(op, lo, hi, k) over SQL integer expressions, hi NULL for an unbounded upper
  /// end: TRUE when the comparison holds over the whole range, FALSE when nowhere, else NULL (a
  /// NULL hi makes every test that needs it NULL, which CASE skips).
  static std::string compared(eligibility::comparison op, const std::string& lo, const std::string& hi, int count) {
    const std::string k = number(count);
    std::string all, none;
    switch (op) {
    case eligibility::comparison::less: all = trialspec::detail::cat(hi, " < ", k), none = trialspec::detail::cat(lo, " >= ", k); break;
    case eligibility::comparison::less_equal: all = trialspec::detail::cat(hi, " <= ", k), none = trialspec::detail::cat(lo, " > ", k); break;
    case eligibility::comparison::greater: all = trialspec::detail::cat(lo, " > ", k), none = trialspec::detail::cat(hi, " <= ", k); break;
    case eligibility::comparison::greater_equal: all = trialspec::detail::cat(lo, " >= ", k), none = trialspec::detail::cat(hi, " < ", k); break;
    case eligibility::comparison::equal: all = trialspec::detail::cat("(", lo, " = ", k, " AND ", hi, " = ", k, ")"), none = trialspec::detail::cat("(", k, " < ", lo, " OR ", k, " > ", hi, ")"); break;
    case eligibility::comparison::not_equal: all = trialspec::detail::cat("(", k, " < ", lo, " OR ", k, " > ", hi, ")"), none = trialspec::detail::cat("(", lo, " = ", k, " AND ", hi, " = ", k, ")"); break;
    }
    return trialspec::detail::cat("CASE WHEN ", all, " THEN TRUE WHEN ", none, " THEN FALSE ELSE NULL END");
  }
  /// A course `d` ongoing on the screening day.
  [[nodiscard]] std::string ongoing_at_screening() const {
    const std::string on = literal(as_of_);
    return trialspec::detail::cat("d.person_id = p.person_id AND d.drug_exposure_start_date <= ", on, " AND (d.drug_exposure_end_date IS NULL OR d.drug_exposure_end_date >= ",
           on, ")");
  }
  /// Course `d` names one of `agents`.
  template <class AgentSet> static std::string listed_agent(const AgentSet& agents) {
    std::string ids;
    for (unsigned i = 0; i < therapy_agent_count; ++i)
      if (agents.contains(static_cast<therapy_agent>(i))) ids += trialspec::detail::cat((ids.empty() ? "" : ", "), number(Vocabulary::agent(static_cast<therapy_agent>(i))));
    return trialspec::detail::cat("d.drug_source_concept_id IN (", ids, ")");
  }
  /// Course `d` names no agent and its class fits one of `agents` (detail::could_be).
  template <class AgentSet> static std::string unnamed_fitting(const AgentSet& agents) {
    std::string ids;
    for (const therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other}) {
      bool fits = false;
      for (unsigned i = 0; i < therapy_agent_count; ++i)
        fits = fits || (agents.contains(static_cast<therapy_agent>(i)) && class_fits(static_cast<therapy_agent>(i), c));
      if (fits) ids += trialspec::detail::cat((ids.empty() ? "" : ", "), number(Vocabulary::therapy(c)));
    }
    if (ids.empty()) return "FALSE";
    return trialspec::detail::cat("(COALESCE(d.drug_source_concept_id, 0) = 0 AND d.drug_concept_id IN (", ids, "))");
  }
  /// A drug-history period covers the screening day (detail::history_covers_day).
  [[nodiscard]] std::string drug_history_covers_day() const {
    const std::string on = literal(as_of_);
    return trialspec::detail::cat("EXISTS (SELECT 1 FROM ", table("observation_period"), " o WHERE o.person_id = p.person_id AND o.period_type_concept_id = ",
           number(Vocabulary::drug_history_period), " AND o.observation_period_start_date <= ", on, " AND o.observation_period_end_date >= ",
           on, ")");
  }
  /// The SQL comparison operator.
  static std::string symbol(eligibility::comparison op) {
    switch (op) {
    case eligibility::comparison::less: return "<";
    case eligibility::comparison::less_equal: return "<=";
    case eligibility::comparison::equal: return "=";
    case eligibility::comparison::not_equal: return "<>";
    case eligibility::comparison::greater_equal: return ">=";
    case eligibility::comparison::greater: return ">";
    }
    return "=";
  }
  /// TRUE when `all`, FALSE when `none`, else NULL; NULL without a year of birth.
  static std::string decided(const std::string& all, const std::string& none) {
    return trialspec::detail::cat("(CASE WHEN p.year_of_birth IS NULL THEN NULL WHEN ", all, " THEN TRUE WHEN ", none, " THEN FALSE ELSE NULL END)");
  }

  /// Completed years on the screening date of a birth on year y, month m, day d (SQL integer
  /// expressions), as age_in_years counts them: a 29 February birthday falls on 28 February in
  /// a common year.
  [[nodiscard]] std::string age_of(const std::string& y, const std::string& m, const std::string& d) const {
    const auto ymd = as_of_.year_month_day();
    const int year = ymd.year, month = ymd.month, day = ymd.day;
    const int february = static_cast<int>(boost::gregorian::gregorian_calendar::end_of_month_day(ymd.year, 2));
    const std::string birthday = trialspec::detail::cat("(CASE WHEN ", m, " = 2 AND ", d, " = 29 THEN ", number(february), " ELSE ", d, " END)");
    const std::string reached = trialspec::detail::cat("(", number(month), " > ", m, " OR (", number(month), " = ", m, " AND ", number(day), " >= ", birthday, "))");
    return trialspec::detail::cat("(", number(year), " - ", y, " - (CASE WHEN ", reached, " THEN 0 ELSE 1 END))");
  }
  /// The oldest the person can be: born on the first possible day.
  [[nodiscard]] std::string oldest() const { return age_of("p.year_of_birth", "COALESCE(p.month_of_birth, 1)", "COALESCE(p.day_of_birth, 1)"); }
  /// The youngest: born on the last possible day (0 when that day is after screening).
  [[nodiscard]] std::string youngest() const {
    const std::string m = "COALESCE(p.month_of_birth, 12)";
    const std::string d = trialspec::detail::cat("COALESCE(p.day_of_birth, ", Dialect::days_in_month("p.year_of_birth", m), ")");
    const std::string latest = Dialect::make_date("p.year_of_birth", m, d);
    return trialspec::detail::cat("(CASE WHEN ", latest, " > ", literal(as_of_), " THEN 0 ELSE ", age_of("p.year_of_birth", m, d), " END)");
  }

  date as_of_;
  std::string schema_;
};

/// The default writer: OMOP concept ids of sql/vocabulary.hpp, PostgreSQL.
using writer = basic_writer<>;

} // namespace trialspec::sql
