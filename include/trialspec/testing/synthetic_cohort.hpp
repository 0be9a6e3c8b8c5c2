// trialspec/testing/synthetic_cohort.hpp - seeded synthetic NMOSD patients for examples, tests and
// benchmarks.
//
//   trialspec::testing::synthetic_cohort gen({.seed = 42, .as_of = parse_date("2014-01-05")});
//   std::vector<patient> cohort = gen.take(1000);   // or gen.next() one at a time
//
// Deterministic for a seed with every compiler and standard library (random.hpp: own generator,
// integer-only draws). Patients are produced one at a time, so a million can be streamed.
//
// The histories are plausible, not fitted to any registry. Rates, all per patient unless stated:
//  - sex female 88% (NMOSD is ~9:1 female; Wingerchuk et al. 2015); age at the reference date
//    12 + U(0..36) + U(0..36) years (triangular, mode 48; about 2% under 18 and 1% over 80, so
//    the age criteria have both sides);
//  - diagnosis NMOSD 85% (IPND 2015 70%, Wingerchuk 2006 30%), NMO 5%, MS 7%, other 3%, kind not
//    recorded 3%; AQP4-IgG positive 70%, negative 20%, not tested 5%, not recorded 5%;
//  - disease onset 1-12 years before the reference date; 75% start immunotherapy 0-24 months
//    after onset, then 1-3 consecutive courses (azathioprine, mycophenolate, rituximab,
//    prednisone; interferon beta for 10% as a misdiagnosis), the last ongoing in half the cases;
//  - relapses: a monthly chance of 83 per mille before treatment (about 1 per year) and 29 per
//    mille on treatment (about 0.35 per year); severity mild 30%, moderate 40%, severe 20%,
//    ungraded 10%; phenotype optic neuritis 40%, myelitis 45%, area postrema, brainstem, other
//    5% each, not recorded in 10%;
//  - EDSS: 1.0-3.0 at onset, +0 / +0.5 / +1.0 residual after each relapse (more after severe
//    ones), assessed every 182 days over the last 5 years, each assessment missing with
//    probability 15%;
//  - MRI every 365 days over the last 3 years (each done with probability 70%): contrast given in 80% of
//    scans (dose single 70%, double 20%, triple 10%, dose not recorded 10%), Gd-enhancing lesions
//    1-3 with probability 60% within 91 days of a relapse and 10% otherwise; new T2 lesions
//    0-2, not assessed on the first scan;
//  - relapse and therapy histories documented complete since onset in 80%; condition list
//    complete in 30%; conditions: cardiac, renal failure 2% each, hepatic 1%, allergy 10%, brain
//    tumour 0.5%, significance graded in 70%;
//  - HIV test in the last 3 months 70% (positive 0.5%), tumour marker 50% (positive 3%); blood
//    pressure in the last month 85% (1% at or above 200 systolic); weight missing 10%;
//  - pregnancy status for women: not pregnant 85%, pregnant 2%, possibly 1%, unknown 12% (men:
//    not recorded); consent capacity yes 93%, no 2%, not assessed 5%; judged unsuitable 3%, not
//    recorded 7%; an infusion planned 2-8 weeks after the reference date for 30%.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/testing/random.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trialspec::testing {

struct synthetic_options {
  std::uint64_t seed = 1;
  /// The reference (screening) date: histories end here.
  date as_of = date(2014, 1, 5);
  /// Ids are the prefix and a 7-digit running number: "S0000001".
  std::string id_prefix = "S";
};

/// A stream of synthetic patients, deterministic for the options.
class synthetic_cohort {
public:
  explicit synthetic_cohort(synthetic_options options)
      : opt_(std::move(options)), rng_(opt_.seed), ref_minus_5y_(add(opt_.as_of, -calendar_duration(years{5}))) {}

  /// The next patient.
  patient next() {
    patient p;
    ++count_;
    p.id = trialspec::detail::cat(opt_.id_prefix, number(count_));
    const date ref = opt_.as_of;

    p.sex = rng_.chance(880) ? sex::female : sex::male;
    const int age = 12 + rng_.uniform(0, 36) + rng_.uniform(0, 36);
    const date birth = add(add(ref, -calendar_duration(years{age})), -calendar_duration(days{rng_.uniform(0, 364)}));
    p.birth_date = birth;
    if (!rng_.chance(100)) p.weight_kg = 45 + rng_.uniform(0, 25) + rng_.uniform(0, 25) + rng_.uniform(0, 9) / 10.0;

    diagnosis(p);

    // Onset at least 8 years after birth.
    int onset_years = 1 + rng_.uniform(0, 11);
    if (onset_years > age - 8) onset_years = age - 8 > 1 ? age - 8 : 1;
    const date onset = add(add(ref, -calendar_duration(years{onset_years})), -calendar_duration(days{rng_.uniform(0, 300)}));

    // Therapies.
    std::optional<date> treated_from;
    if (rng_.chance(750)) {
      date start = add(onset, months{rng_.uniform(0, 24)});
      if (start < ref) treated_from = start;
      const int courses = rng_.uniform(1, 3);
      for (int i = 0; i < courses && start < ref; ++i) {
        therapy t = pick_therapy();
        t.start = start;
        const date end = add(start, months{rng_.uniform(4, 36)});
        const bool last = i + 1 == courses;
        if ((last && rng_.chance(500)) || end >= ref) {
          t.end = std::nullopt;
          p.therapies.push_back(t);
          break;
        }
        t.end = end;
        p.therapies.push_back(t);
        start = add(end, days{rng_.uniform(1, 60)});
      }
    }
    if (rng_.chance(800)) {
      p.relapses_recorded_since = onset;
      p.therapies_recorded_since = onset;
    }

    // Relapses: the onset attack, then monthly chances.
    int residual_half_steps = 2 + rng_.uniform(0, 4); // 1.0 to 3.0
    std::vector<std::pair<date, int>> steps;          // date, accumulated half steps
    steps.emplace_back(onset, residual_half_steps);
    p.relapses.push_back(make_relapse(onset));
    // Months stepped as 30.44 days on the day count: calendar month arithmetic is far slower and
    // the exact month length does not matter for a monthly chance.
    for (long i = 1;; ++i) {
      const date month = onset + boost::gregorian::date_duration(i * 3044 / 100);
      if (month >= ref) break;
      const bool on_treatment = treated_from && month >= *treated_from;
      if (!rng_.chance(on_treatment ? 29 : 83)) continue;
      date when = add(month, days{rng_.uniform(0, 27)});
      if (when > ref) when = ref;
      relapse r = make_relapse(when);
      const int bump = r.severity == relapse_severity::severe ? rng_.uniform(0, 2) : rng_.uniform(0, 1);
      residual_half_steps += bump;
      if (residual_half_steps > 19) residual_half_steps = 19;
      steps.emplace_back(when, residual_half_steps);
      p.relapses.push_back(r);
    }

    // EDSS every 6 months over the last 5 years (not before onset).
    // Day-count steps (182 days, 365 days) rather than calendar months: same plausibility, and
    // calendar arithmetic dominates the cost of a million patients.
    const date first = ref_minus_5y_ < onset ? onset : ref_minus_5y_;
    for (date visit = ref; visit >= first; visit = visit - boost::gregorian::date_duration(182)) {
      if (rng_.chance(150)) continue;
      int h = 0;
      for (const auto& [d, s] : steps)
        if (d <= visit) h = s;
      if (rng_.chance(200)) h += rng_.uniform(0, 1) ? 1 : -1; // examiner variation
      if (h < 2) h = h <= 0 ? 0 : 2;                          // 0.5 does not exist
      if (h > 20) h = 20;
      p.edss.push_back({visit - boost::gregorian::date_duration(rng_.uniform(0, 20)), edss::from_half_steps(h)});
    }
    reverse(p.edss);

    // MRI yearly over the last 3 years.
    bool first_scan = true;
    for (int y = 3; y >= 0; --y) {
      if (!rng_.chance(700)) continue;
      const date on = ref - boost::gregorian::date_duration(365L * y + rng_.uniform(0, 60));
      if (on < onset) continue;
      mri_scan s;
      s.on = on;
      if (rng_.chance(800)) {
        const std::size_t dose = rng_.pick({70, 20, 10});
        if (!rng_.chance(100)) s.dose = dose == 0 ? gd_dose::single : dose == 1 ? gd_dose::double_dose : gd_dose::triple;
        bool recent = false;
        for (const auto& r : p.relapses)
          recent = recent || (r.onset.earliest() <= on && r.onset.earliest() + boost::gregorian::date_duration(91) >= on);
        s.gd_enhancing_lesions = rng_.chance(recent ? 600 : 100) ? rng_.uniform(1, 3) : 0;
      }
      if (!first_scan) s.new_t2_lesions = rng_.pick({70, 20, 10});
      first_scan = false;
      p.mri.push_back(s);
    }

    conditions(p);

    if (rng_.chance(700))
      p.labs.push_back({lab_test::hiv, rng_.chance(5) ? lab_outcome::positive : lab_outcome::negative,
                        add(ref, -calendar_duration(days{rng_.uniform(0, 90)}))});
    if (rng_.chance(500))
      p.labs.push_back({lab_test::tumour_marker, rng_.chance(30) ? lab_outcome::positive : lab_outcome::negative,
                        add(ref, -calendar_duration(days{rng_.uniform(0, 90)}))});
    if (rng_.chance(850)) {
      const int systolic = rng_.chance(10) ? rng_.uniform(200, 220) : 95 + rng_.uniform(0, 40) + rng_.uniform(0, 40);
      int diastolic = 55 + rng_.uniform(0, 25) + rng_.uniform(0, 25);
      if (diastolic > systolic - 20) diastolic = systolic - 20;
      p.blood_pressure.push_back({add(ref, -calendar_duration(days{rng_.uniform(0, 30)})), systolic, diastolic});
    }

    if (p.sex == sex::female) {
      const std::size_t k = rng_.pick({850, 20, 10, 120});
      p.pregnancy = k == 0 ? pregnancy_status::not_pregnant
                    : k == 1 ? pregnancy_status::pregnant
                    : k == 2 ? pregnancy_status::possibly_pregnant
                             : pregnancy_status::unknown;
    }
    const std::size_t consent = rng_.pick({930, 20, 50});
    if (consent < 2) p.consent_capacity = consent == 0;
    const std::size_t judged = rng_.pick({900, 30, 70});
    if (judged < 2) p.judged_unsuitable = judged == 1;
    if (rng_.chance(300)) p.infusion_date = add(ref, days{rng_.uniform(14, 56)});
    return p;
  }

  /// The next n patients.
  std::vector<patient> take(std::size_t n) {
    std::vector<patient> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(next());
    return out;
  }

  [[nodiscard]] const synthetic_options& options() const noexcept { return opt_; }

private:
  static std::string number(std::size_t n) {
    std::string digits = std::to_string(n);
    return digits.size() >= 7 ? digits : std::string(7 - digits.size(), '0') + digits;
  }
  template <class V> static void reverse(V& v) {
    for (std::size_t i = 0, j = v.size(); i + 1 < j; ++i, --j) std::swap(v[i], v[j - 1]);
  }

  void diagnosis(patient& p) {
    diagnosis_record d;
    const std::size_t k = rng_.pick({850, 50, 70, 30});
    if (!rng_.chance(30)) {
      d.kind = k == 0 ? diagnosis_kind::nmosd : k == 1 ? diagnosis_kind::nmo : k == 2 ? diagnosis_kind::multiple_sclerosis : diagnosis_kind::other;
    }
    if (k == 0) d.criteria = rng_.chance(700) ? diagnostic_standard::ipnd2015 : diagnostic_standard::wingerchuk2006;
    else if (k == 1) d.criteria = diagnostic_standard::wingerchuk2006;
    else d.criteria = diagnostic_standard::other;
    const std::size_t a = rng_.pick({700, 200, 50, 50});
    if (a < 3) d.aqp4_igg = a == 0 ? aqp4_status::positive : a == 1 ? aqp4_status::negative : aqp4_status::not_tested;
    p.diagnosis = d;
  }

  therapy pick_therapy() {
    therapy t;
    if (rng_.chance(100)) {
      t.name = "interferon beta";
      t.kind = therapy_class::immunomodulator;
      return t;
    }
    switch (rng_.pick({40, 25, 20, 15})) {
    case 0: t.name = "azathioprine"; t.kind = therapy_class::immunosuppressant; break;
    case 1: t.name = "mycophenolate mofetil"; t.kind = therapy_class::immunosuppressant; break;
    case 2: t.name = "rituximab"; t.kind = therapy_class::immunosuppressant; break;
    default: t.name = "prednisone"; t.kind = therapy_class::corticosteroid; break;
    }
    return t;
  }

  relapse make_relapse(date onset) {
    relapse r;
    r.onset = onset;
    const std::size_t s = rng_.pick({30, 40, 20, 10});
    r.severity = s == 0 ? relapse_severity::mild : s == 1 ? relapse_severity::moderate : s == 2 ? relapse_severity::severe : relapse_severity::unknown;
    if (!rng_.chance(100)) {
      constexpr relapse_phenotype kinds[] = {relapse_phenotype::optic_neuritis, relapse_phenotype::myelitis,
                                             relapse_phenotype::area_postrema, relapse_phenotype::brainstem,
                                             relapse_phenotype::other};
      r.phenotype = kinds[rng_.pick({40, 45, 5, 5, 5})];
    }
    return r;
  }

  void conditions(patient& p) {
    p.conditions_complete = rng_.chance(300);
    struct rate {
      condition_kind kind;
      int per_mille;
    };
    constexpr rate rates[] = {{condition_kind::cardiac_failure, 20}, {condition_kind::renal_failure, 20},
                              {condition_kind::hepatic_failure, 10}, {condition_kind::allergy, 100},
                              {condition_kind::brain_tumour, 5}};
    for (const auto& r : rates) {
      if (!rng_.chance(r.per_mille)) continue;
      condition c;
      c.kind = r.kind;
      if (rng_.chance(700)) c.significant = rng_.chance(500);
      p.conditions.push_back(c);
    }
  }

  synthetic_options opt_;
  xoshiro256ss rng_;
  date ref_minus_5y_;
  std::size_t count_ = 0;
};

} // namespace trialspec::testing
