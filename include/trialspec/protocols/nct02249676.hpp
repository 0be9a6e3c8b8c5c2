// trialspec/protocols/nct02249676.hpp - the seed trial, NCT02249676 (autologous mesenchymal stem
// cells for NMOSD, Tianjin Medical University), criterion by criterion.
//
// Every inclusion (I1-I5) and exclusion (E1-E7) criterion carries its id, the registry wording
// verbatim, and its encoding with the library's criteria. Where the registry text is ambiguous the
// encoding follows a Policy (nct02249676/policy.hpp): `registry_reading` by default, any other
// reading by deriving from it. The decisions are printed with the criteria (print_criteria).
//
// Encoding decisions not covered by DESIGN's ten questions (fixed, stated here and visible in the
// printed encoding):
//  - Windows are relative to screening unless the policy says otherwise (Q8).
//  - I3 uses the latest EDSS on or before screening (no look-back limit: the registry gives none),
//    and E6 the latest HIV, tumour-marker and blood-pressure values, unless the policy's
//    `recency` asks for values from the 3 months before screening.
//  - Relapses are counted as attacks (reports less than the policy's attack_gap_days apart are
//    one attack, 30 by default; 0 counts reports).
//  - I4's four kinds of evidence and I5's three all look at the 18 months before screening: the
//    registry gives a window only for relapses ("in past 18 months"); the same is used for the
//    EDSS increase (first to last assessment in the window), the MRI findings and "recent".
//  - I4's "moderate-severe relapses" (plural, no number) is read as at least one, like I5a.
//  - I4 is "a year of therapy" AND one of the four kinds of evidence; the evidence may be dated
//    before the year was complete unless the policy's `evidence_timing` asks for evidence after it.
//  - I1 from the clinical history (the policy's `diagnosis`): definite NMO 2006 or IPND 2015 NMOSD,
//    or definite NMO 2006 or the NMO spectrum of Wingerchuk et al. 2007 (the definition current at
//    the 2014 registration), its forms other than NMO with AQP4-IgG positive as the 2014 trials
//    using it ask (diagnosis/nmo_spectrum_2007.hpp states its readings).
//  - E2 counts conditions graded significant; E3 any recorded allergy (policy: `allergies`); E6 any
//    of its four parts. E1's "immune inhibitors" leaves corticosteroids out (policy: `corticosteroids`).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/conditions.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/diagnosis_from_history.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/evidence_after_therapy.hpp>
#include <trialspec/eligibility/criteria/labs.hpp>
#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/eligibility/criteria/vitals.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/latest_dated.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocol/cell_therapy/protocol.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::protocols::nct02249676 {

namespace el = trialspec::eligibility;

/// The latest blood pressure reading in Window (default: on or before screening) has systolic >=
/// Systolic AND diastolic >= Diastolic (Q7's alternative reading; the built-in
/// el::blood_pressure_at_least is "or").
template <int Systolic, int Diastolic, relative_window Window = on_or_before_reference>
struct blood_pressure_both_at_least : el::criterion_base {
  static_assert(Diastolic > 0 && Diastolic < Systolic, "blood pressure thresholds: 0 < diastolic < systolic (mmHg)");
  static constexpr std::string_view kind = "blood_pressure_both";
  static constexpr int systolic = Systolic;
  static constexpr int diastolic = Diastolic;
  static constexpr relative_window window = Window;
  /// Boundary probes: one reading on the screening day with both components on their thresholds
  /// (met) or either one below (not met); that reading the day after screening, or none (unknown).
  void boundary_probes(el::probe_writer& p) const {
    const date on = p.context().as_of;
    const auto reading = [](date d, int s, int dia) { return [=](patient& r) { r.blood_pressure = {{d, s, dia}}; }; };
    const auto bp = [&](int s, int dia) { return trialspec::detail::cat("blood pressure ", std::to_string(s), "/", std::to_string(dia), " on ", to_iso(on)); };
    p.add(trialspec::detail::cat(bp(Systolic, Diastolic), " (both on their thresholds)"), truth::met, reading(on, Systolic, Diastolic));
    p.add(trialspec::detail::cat(bp(Systolic - 1, Diastolic), " (systolic one below)"), truth::not_met, reading(on, Systolic - 1, Diastolic));
    p.add(trialspec::detail::cat(bp(Systolic, Diastolic - 1), " (diastolic one below)"), truth::not_met, reading(on, Systolic, Diastolic - 1));
    p.add(trialspec::detail::cat("blood pressure ", std::to_string(Systolic), "/", std::to_string(Diastolic), " the day after screening, ",
              to_iso(el::shift_days(on, 1))),
          truth::unknown, reading(el::shift_days(on, 1), Systolic, Diastolic));
    p.add("no blood pressure reading", truth::unknown, [](patient& r) { r.blood_pressure.clear(); });
  }

  /// Its SQL (trialspec/sql/): the window resolved against the screening date.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const {
    return q.blood_pressure_both_at_least(Systolic, Diastolic, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("blood pressure at least ", std::to_string(Systolic), "/", std::to_string(Diastolic), " mmHg (systolic at least ",
           std::to_string(Systolic), " and diastolic at least ", std::to_string(Diastolic), "; latest reading ",
           Window.describe("screening"), ")");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const el::evaluation_context& ctx) const {
    const auto l = latest(r, ctx);
    return l.best && !l.rival ? trialspec::to_truth(reaches(*l.best)) : truth::unknown;
  }
  // The reading's window as of screening (the calendar is checked by the criteria around it).
  static date_interval window_of(const el::evaluation_context& ctx) { return el::detail::narrowed(ctx, Window.resolve(ctx.as_of)); }
  template <class R> void explain(const R& r, const el::evaluation_context& ctx, verdict_builder& out) const {
    using namespace std::string_view_literals;
    const auto l = latest(r, ctx);
    if (l.rival)
      return l.best ? el::leaf(out, truth::unknown, "blood pressure ", l.best->systolic, "/", l.best->diastolic, " mmHg on ", l.best->on,
                               ", but ", l.rival->systolic, "/", l.rival->diastolic, " mmHg on ", l.rival->on, " may be the latest reading")
                    : el::leaf(out, truth::unknown, "blood pressure ", l.rival->systolic, "/", l.rival->diastolic, " mmHg on ", l.rival->on,
                               " may or may not be ", Window.describe("screening"), " (", ctx.as_of, ")");
    if (!l.best) return el::leaf(out, truth::unknown, "no blood pressure reading ", Window.describe("screening"), " (", ctx.as_of, ")");
    const auto& b = l.best;
    const bool ok = reaches(*b);
    if (ok)
      return el::leaf(out, truth::met, "blood pressure ", b->systolic, "/", b->diastolic, " mmHg on ", b->on, ": systolic ", b->systolic,
                      " reaches ", Systolic, " and diastolic ", b->diastolic, " reaches ", Diastolic);
    el::leaf(out, truth::not_met, "blood pressure ", b->systolic, "/", b->diastolic, " mmHg on ", b->on,
             b->systolic < Systolic ? ": systolic "sv : ": diastolic "sv, b->systolic < Systolic ? b->systolic : b->diastolic,
             " is below "sv, b->systolic < Systolic ? Systolic : Diastolic, " (both must reach "sv, Systolic, "/", Diastolic, ")"sv);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return el::evaluate_by_explaining(*this, r, ctx);
  }

private:
  static constexpr bool reaches(const blood_pressure_reading& b) noexcept {
    return b.systolic >= Systolic && b.diastolic >= Diastolic;
  }
  // Readings dated to the month or year are read as el::blood_pressure_at_least reads them.
  template <class R> static el::latest_dated<blood_pressure_reading> latest(const R& r, const el::evaluation_context& ctx) {
    static_assert(RecordWithBloodPressure<R>, "blood pressure criteria read readings: record_traits<R> needs "
                                              "`static <range of blood_pressure_reading> blood_pressure(const R&)`");
    return el::latest_in<blood_pressure_reading>(
        record_traits<R>::blood_pressure(r), window_of(ctx), [](const blood_pressure_reading&) { return true; },
        [](const blood_pressure_reading& x, const blood_pressure_reading& best) { return reaches(x) != reaches(best); });
  }
};

/// NMOSD (IPND 2015) for I1 from the clinical history: an untested AQP4-IgG leaves I1 unknown
/// where a positive test would meet it, instead of judging the patient by the seronegative
/// requirements alone ("not tested" is not "negative").
using nmosd_2015_for_screening = el::meets_diagnostic_criteria<diagnosis::nmosd_2015<diagnosis::untested_aqp4::undetermined_until_tested>>;

/// The NMO spectrum (Wingerchuk et al. 2007, the definition current at the 2014 registration) for
/// I1 from the clinical history: definite NMO (2006) or a spectrum form with AQP4-IgG positive (an
/// untested AQP4-IgG unknown where a positive test would decide).
using nmo_spectrum_2007_for_screening = el::nmo_spectrum_2007_met;

/// Therapy that counts for "at least a year of attempted therapy" (Q4).
inline constexpr el::therapy_class_set attempted_therapy{therapy_class::immunosuppressant, therapy_class::immunomodulator,
                                                         therapy_class::corticosteroid};
/// The registry's "in past 18 months", used for every kind of evidence in I4 and I5.
inline constexpr relative_window past_18_months = within_before(months{18});

namespace detail {
template <bool B, class T, class F> using pick = std::conditional_t<B, T, F>;

/// "1 lesion" as the policy reads it (Q5): at least one, or exactly one (at least 1 and not 2).
template <count_reading C, template <int> class Lesions>
using one_lesion = pick<C == count_reading::at_least_one, Lesions<1>, el::all_of<Lesions<1>, el::not_<Lesions<2>>>>;

template <int N> using new_t2 = el::new_t2_lesions<N, past_18_months>;
template <el::dose_set Doses> struct gd {
  template <int N> using lesions = el::gd_enhancing_lesions<N, past_18_months, Doses>;
};

// What each decision changes in the encoding.
constexpr el::severity_set relapse_severities(severity_reading s) {
  return s == severity_reading::graded_moderate_or_severe ? el::moderate_or_severe : el::any_severity;
}
constexpr el::dose_set progression_doses(gd_dose_reading g) {
  return g == gd_dose_reading::any_dose_both ? el::any_gd_dose : el::double_or_triple_gd_dose;
}
constexpr el::dose_set recent_doses(gd_dose_reading g) {
  return g == gd_dose_reading::double_or_triple_both ? el::double_or_triple_gd_dose : el::any_gd_dose;
}
constexpr el::reference_point washout_point(washout_reference w) {
  return w == washout_reference::screening ? el::reference_point::screening : el::reference_point::infusion;
}
/// How far back I3's EDSS and E6's values may be (recency).
constexpr relative_window recent_values(recency_reading r) {
  return r == recency_reading::any_time ? on_or_before_reference : within_before(months{3});
}
constexpr el::therapy_class_set immune_inhibitors(corticosteroid_reading c) {
  return c == corticosteroid_reading::immune_inhibitors
             ? el::therapy_class_set{therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid}
             : el::immunotherapy;
}
constexpr el::duration_rule year_of_therapy(therapy_duration_reading t) {
  return t == therapy_duration_reading::since_first_start ? el::duration_rule::since_first_start : el::duration_rule::continuous_course;
}

// The encodings, one per wording, by the values of the decisions it depends on (eligibility::decide).
template <auto Diagnosis>
using i1_by = pick<Diagnosis == diagnosis_evidence::recorded_diagnosis, el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>,
                   pick<Diagnosis == diagnosis_evidence::diagnostic_criteria, el::any_of<el::definite_nmo_2006_met, nmosd_2015_for_screening>,
                        nmo_spectrum_2007_for_screening>>;
template <auto Age>
using i2_by = pick<Age == age_reading::over_18_up_to_80, el::all_of<el::age_above<18>, el::age_at_most<80>>,
                   pick<Age == age_reading::from_18_up_to_80, el::age_between<18, 80>, el::age_above<18>>>;
template <auto Recency>
using i3_by = el::edss_latest<el::comparison::greater, el::edss_threshold(edss::from_half_steps(6)), recent_values(Recency)>;
template <auto Duration>
using i4_therapy_by = el::therapy_duration<calendar_duration{1, duration_unit::years}, attempted_therapy, year_of_therapy(Duration)>;
template <auto Table>
using i4a_by = el::edss_worsening<past_18_months, pick<Table == threshold_table_reading::protocol, protocol_thresholds,
                                                       pick<Table == threshold_table_reading::standard, standard_thresholds, cut55_thresholds>>>;
template <auto Severity, auto Gap>
using i4b_by = el::relapse_count<el::comparison::greater_equal, 1, past_18_months, relapse_severities(Severity),
                                 el::reference_point::screening, Gap>;
// A positive single-dose scan as evidence (single_dose): met through the any-dose child, while
// absence still needs the double or triple dose child to be not met.
template <auto Doses, auto SingleDose>
using i4c_by = pick<SingleDose == single_dose_evidence::positive_counts && progression_doses(Doses) != el::any_gd_dose,
                    el::any_of<el::gd_enhancing_lesions<1, past_18_months, progression_doses(Doses)>,
                               el::gd_enhancing_lesions<1, past_18_months, el::any_gd_dose>>,
                    el::gd_enhancing_lesions<1, past_18_months, progression_doses(Doses)>>;
template <auto Counts> using i4d_by = one_lesion<Counts, new_t2>;
template <auto Counts, auto Severity, auto Gap>
using i5a_by = el::relapse_count<Counts == count_reading::at_least_one ? el::comparison::greater_equal : el::comparison::equal, 1,
                                 past_18_months, relapse_severities(Severity), el::reference_point::screening, Gap>;
template <auto Counts, auto Doses> using i5b_by = one_lesion<Counts, gd<recent_doses(Doses)>::template lesions>;
template <auto Counts> using i5c_by = one_lesion<Counts, new_t2>;
template <auto Corticosteroids, auto Washout>
using e1_by = el::therapy_exposure<immune_inhibitors(Corticosteroids), within_before(months{3}), washout_point(Washout)>;
template <auto Allergies>
using e3_by = el::has_condition<el::condition_set{condition_kind::allergy},
                                Allergies == allergy_reading::significant_only ? el::significance::significant_only : el::significance::any>;
template <auto Recency> using e6b_by = el::lab_result_is<lab_test::hiv, lab_outcome::positive, recent_values(Recency)>;
template <auto Recency> using e6c_by = el::lab_result_is<lab_test::tumour_marker, lab_outcome::positive, recent_values(Recency)>;
template <auto Pressure, auto Recency>
using e6d_by = pick<Pressure == bp_reading::systolic_or_diastolic, el::blood_pressure_at_least<200, 110, recent_values(Recency)>,
                    blood_pressure_both_at_least<200, 110, recent_values(Recency)>>;

/// Q2: the policy's table type, or a choice among the built-in tables at run time.
template <class P, bool = std::is_same_v<P, el::run_time_reading>> struct i4a_of {
  using type = el::edss_worsening<past_18_months, typename P::progression_thresholds>;
};
template <class P> struct i4a_of<P, true> {
  using type = el::decide<P, i4a_by, decisions::thresholds>;
};
} // namespace detail

/// A policy type, or el::run_time_reading (every decision a choice made by criteria_for).
template <class P>
concept PolicyOrRunTime = Policy<P> || std::is_same_v<P, el::run_time_reading>;

/// The criteria under policy P: each a named criterion (id, registry wording, encoding). Under
/// el::run_time_reading each decision is an el::reading_choice (criteria_for selects them).
template <PolicyOrRunTime P>
struct criteria_of {
private:
  template <template <auto...> class Make, class... Ds> using decide = el::decide<P, Make, Ds...>;
  // I4's evidence anywhere in the window, or only from the day the year of therapy was complete
  // (evidence_timing; the year measured as Q4 says).
  template <class Evidence> struct evidence {
    template <auto Timing, auto Duration>
    using by = detail::pick<Timing == evidence_timing_reading::in_window, Evidence,
                            el::evidence_after_therapy<calendar_duration{1, duration_unit::years}, attempted_therapy,
                                                       detail::year_of_therapy(Duration), Evidence>>;
  };

public:
  // I1 (the diagnosis source is the policy's `diagnosis`)
  using i1 = el::named<"I1", "Clinically definite neuromyelitis optica or neuromyelitis optica spectrum disorder",
                       decide<detail::i1_by, decisions::diagnosis>>;
  // I2 (Q1)
  using i2 = el::named<"I2", "Age > 18 year", decide<detail::i2_by, decisions::age>>;
  // I3 (recency)
  using i3 = el::named<"I3", "EDSS > 3", decide<detail::i3_by, decisions::recency>>;
  // I4 (Q2, Q3, Q4, Q5, Q6, single_dose, evidence_timing, attack gap)
  using i4_therapy = el::named<"I4.0", "after at least a year of attempted therapy", decide<detail::i4_therapy_by, decisions::therapy_duration>>;
  using i4a = el::named<"I4a", "Increase of 1 EDSS point (if baseline EDSS<5.0) or 0.5 EDSS points (if baseline EDSS >5.5)",
                        typename detail::i4a_of<P>::type>;
  using i4b = el::named<"I4b", "Moderate-severe relapses in past 18 months", decide<detail::i4b_by, decisions::severity, decisions::attack_gap>>;
  using i4c = el::named<"I4c", "Gadolinium enhancing lesions (double or triple dose Gd)",
                        decide<detail::i4c_by, decisions::gd_doses, decisions::single_dose>>;
  using i4d = el::named<"I4d", "1 new T2 lesion", decide<detail::i4d_by, decisions::counts>>;
  using i4_evidence =
      decide<evidence<el::any_of<i4a, i4b, i4c, i4d>>::template by, decisions::evidence_timing, decisions::therapy_duration>;
  using i4 = el::named<"I4",
                       "Progression continued relapses or worsening MRI after at least a year of attempted therapy as "
                       "evidenced by one or more of the following",
                       el::all_of<i4_therapy, i4_evidence>>;
  // I5 (Q3, Q5, Q6, attack gap)
  using i5a = el::named<"I5a", "1 moderate-severe relapses in past 18 months",
                        decide<detail::i5a_by, decisions::counts, decisions::severity, decisions::attack_gap>>;
  using i5b = el::named<"I5b", "1 Gd-enhancing lesions (single, double or triple dose Gd)", decide<detail::i5b_by, decisions::counts, decisions::gd_doses>>;
  using i5c = el::named<"I5c", "1 new T2 lesion", decide<detail::i5c_by, decisions::counts>>;
  using i5 = el::named<"I5", "Evidence of recent inflammatory disease, as evidenced by any one of the following",
                       el::any_of<i5a, i5b, i5c>>;

  // E1 (Q8, corticosteroids)
  using e1 = el::named<"E1", "Received Immune inhibitors immunomodulator during the three months before the trial",
                       decide<detail::e1_by, decisions::corticosteroids, decisions::washout>>;
  using e2 = el::named<"E2",
                       "Significant cardiac, renal, or hepatic failure or any other disease that may affect the results of "
                       "the study",
                       el::has_condition<el::condition_set{condition_kind::cardiac_failure, condition_kind::renal_failure,
                                                           condition_kind::hepatic_failure, condition_kind::other},
                                         el::significance::significant_only>>;
  using e3 = el::named<"E3", "Allergies", decide<detail::e3_by, decisions::allergies>>;
  using e4 = el::named<"E4", "Pregnant or possibly pregnant", el::pregnant<true>>;
  using e5 = el::named<"E5", "Cognitive decline to understand or sign the informed consent", el::unable_to_consent>;
  // E6 (Q7, recency)
  using e6a = el::named<"E6a", "Brain tumor", el::has_condition<el::condition_set{condition_kind::brain_tumour}>>;
  using e6b = el::named<"E6b", "HIV (+)", decide<detail::e6b_by, decisions::recency>>;
  using e6c = el::named<"E6c", "tumor marker (+)", decide<detail::e6c_by, decisions::recency>>;
  using e6d = el::named<"E6d", "blood pressure (BP): 200 /110 mmHg", decide<detail::e6d_by, decisions::blood_pressure, decisions::recency>>;
  using e6 = el::named<"E6", "Brain tumor, HIV (+) tumor marker (+), blood pressure (BP): 200 /110 mmHg",
                       el::any_of<e6a, e6b, e6c, e6d>>;
  using e7 = el::named<"E7", "Judged not suitable by doctors", el::judged_unsuitable>;

  using type = el::eligibility_criteria<el::inclusion<i1, i2, i3, i4, i5>, el::exclusion<e1, e2, e3, e4, e5, e6, e7>>;
};

/// The eligibility criteria under policy P.
template <PolicyOrRunTime P = registry_reading> using criteria = typename criteria_of<P>::type;

/// The protocol's design under policy P: the generic parts (protocol/protocol.hpp) and the
/// cell-therapy ones (protocol/cell_therapy/protocol.hpp).
template <Policy P>
struct protocol_design {
  static constexpr std::string_view id = identity::id;
  static constexpr std::string_view title = identity::title;
  using criteria = nct02249676::criteria<P>;
  static constexpr auto arms = arm_set<P>::arms;
  using outcomes = nct02249676::outcomes<P>;
  /// Day 0 of the windows and visits.
  static constexpr std::string_view reference = "the infusion";
  using windows = nct02249676::windows;
  using visits = nct02249676::schedule;
  using dose = nct02249676::dose<P>;
  using premedication = nct02249676::premedication;
  using infusion = nct02249676::infusion;
};

/// The whole protocol under policy P. Its order sheet for a patient is
/// cell_therapy::order_sheet_for<protocol<P>>(weight, start) (protocol/cell_therapy/order_sheet.hpp).
template <Policy P = registry_reading> using protocol = cell_therapy::protocol<protocol_design<P>>;

namespace detail {
inline std::string markdown_items(const std::string& lines) {
  std::string s;
  std::size_t from = 0;
  while (from < lines.size()) {
    const std::size_t end = lines.find('\n', from);
    s += trialspec::detail::cat("- ", lines.substr(from, end - from), "\n");
    from = end + 1;
  }
  return s;
}
} // namespace detail

/// The criteria as numbered text, followed by the policy's decisions.
template <Policy P = registry_reading> std::string print_criteria() {
  return trialspec::detail::cat(el::to_text(criteria<P>{}), "Readings of the registry text:\n", describe_policy<P>());
}
/// The same in Markdown.
template <Policy P = registry_reading> std::string print_criteria_markdown() {
  return trialspec::detail::cat(el::to_markdown(criteria<P>{}), "\n## Readings of the registry text\n\n", detail::markdown_items(describe_policy<P>()));
}

/// Screens a record against the criteria under policy P.
template <Policy P = registry_reading, Record R>
el::screening_report screen(const R& r, const el::evaluation_context& ctx) {
  return el::screen(criteria<P>{}, r, ctx);
}
/// The eligibility outcome alone (no reasons, no allocation in the built-in criteria).
template <Policy P = registry_reading, Record R>
el::screening_outcome test(const R& r, const el::evaluation_context& ctx) {
  return criteria<P>{}.test(r, ctx);
}

} // namespace trialspec::protocols::nct02249676
