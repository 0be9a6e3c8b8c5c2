// tests/benchmarks/runtime_tree.hpp - NCT02249676 as a rule tree built at run time: polymorphic
// nodes (a virtual test() per node), children owned through std::unique_ptr, every threshold,
// window and set a run-time value. This is how most rule engines hold criteria read from a
// configuration; the benchmark compares it with the same criteria composed at compile time.
//
// The leaves are generic (an age comparison with any operator and bound, a relapse count over any
// window and severity set, ...) and read trialspec::patient directly; they answer with the same
// three-valued rules as trialspec's built-in criteria, so the tree gives the same verdicts
// (checked in tests/unit/benchmark_baselines.cpp). Windows are resolved per leaf, as each leaf
// is independent.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/verdict.hpp>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace trialspec_bench::rt {

/// The first day the birth can be: where a history complete "since birth" starts.
inline std::optional<trialspec::date> origin(const trialspec::patient& p) {
  if (p.birth_date) return p.birth_date->earliest();
  return std::nullopt;
}

using trialspec::date;
using trialspec::patient;
using trialspec::truth;
using trialspec::eligibility::comparison;
using trialspec::eligibility::evaluation_context;

/// A node of the tree.
class node {
public:
  virtual ~node() = default;
  [[nodiscard]] virtual truth test(const patient& p, const evaluation_context& ctx) const = 0;
};
using node_ptr = std::unique_ptr<node>;

/// A set of enumerators held as a run-time bit mask.
template <class E> struct mask {
  unsigned bits = 0;
  mask(std::initializer_list<E> es) {
    for (E e : es) bits |= 1u << static_cast<unsigned>(e);
  }
  [[nodiscard]] bool has(E e) const { return (bits >> static_cast<unsigned>(e)) & 1u; }
};

// --- combinators -----------------------------------------------------------------------------

class all_node final : public node {
public:
  explicit all_node(std::vector<node_ptr> parts) : parts_(std::move(parts)) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    truth acc = truth::met;
    for (const auto& c : parts_)
      if ((acc = acc && c->test(p, ctx)) == truth::not_met) break;
    return acc;
  }

private:
  std::vector<node_ptr> parts_;
};

class any_node final : public node {
public:
  explicit any_node(std::vector<node_ptr> parts) : parts_(std::move(parts)) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    truth acc = truth::not_met;
    for (const auto& c : parts_)
      if ((acc = acc || c->test(p, ctx)) == truth::met) break;
    return acc;
  }

private:
  std::vector<node_ptr> parts_;
};

// --- leaves ----------------------------------------------------------------------------------

class diagnosis_node final : public node {
public:
  explicit diagnosis_node(mask<trialspec::diagnosis_kind> kinds) : kinds_(kinds) {}
  truth test(const patient& p, const evaluation_context&) const override {
    return p.diagnosis.kind ? trialspec::to_truth(kinds_.has(*p.diagnosis.kind)) : truth::unknown;
  }

private:
  mask<trialspec::diagnosis_kind> kinds_;
};

class age_node final : public node {
public:
  age_node(comparison op, int years) : op_(op), years_(years) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    if (!p.birth_date) return truth::unknown;
    const auto ages = trialspec::age_range(*p.birth_date, ctx.as_of);
    return trialspec::eligibility::compare_range(op_, ages.youngest, ages.oldest, years_);
  }

private:
  comparison op_;
  int years_;
};

class latest_edss_node final : public node {
public:
  latest_edss_node(comparison op, int half_steps, trialspec::relative_window w) : op_(op), half_(half_steps), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    const trialspec::edss_assessment* last = nullptr;
    // Dates taken as days (the benchmark cohort's are).
    for (const auto& a : p.edss)
      if (w.contains(a.on.earliest()) && (!last || a.on.earliest() >= last->on.earliest())) last = &a;
    return last ? trialspec::to_truth(compare(op_, last->score.half_steps(), half_)) : truth::unknown;
  }

private:
  comparison op_;
  int half_;
  trialspec::relative_window window_;
};

/// A threshold table as run-time rows: baselines [from, to] (half steps) need `minimum`.
struct threshold_row {
  int from, to, minimum;
};

class edss_worsening_node final : public node {
public:
  edss_worsening_node(trialspec::relative_window w, std::vector<threshold_row> table) : window_(w), table_(std::move(table)) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    const trialspec::edss_assessment* first = nullptr;
    const trialspec::edss_assessment* last = nullptr;
    for (const auto& a : p.edss) {
      const trialspec::date on = a.on.earliest(); // taken as a day
      if (!w.contains(on)) continue;
      if (!first || on < first->on.earliest()) first = &a;
      if (!last || on >= last->on.earliest()) last = &a;
    }
    if (!first || first->on == last->on) return truth::unknown;
    const int base = first->score.half_steps();
    const int rise = last->score.half_steps() - base;
    for (const auto& row : table_)
      if (row.from <= base && base <= row.to) return trialspec::to_truth(rise >= row.minimum);
    // A baseline between rows: the threshold is at least +0.5 and at most the larger of the
    // rows on either side.
    int most = 1;
    for (const auto& row : table_) {
      const bool below = row.to < base, above = row.from > base;
      const bool nearest_below = below && std::none_of(table_.begin(), table_.end(), [&](const threshold_row& r) { return r.to < base && r.to > row.to; });
      const bool nearest_above = above && std::none_of(table_.begin(), table_.end(), [&](const threshold_row& r) { return r.from > base && r.from < row.from; });
      if ((nearest_below || nearest_above) && row.minimum > most) most = row.minimum;
    }
    return rise >= most ? truth::met : rise < 1 ? truth::not_met : truth::unknown;
  }

private:
  trialspec::relative_window window_;
  std::vector<threshold_row> table_;
};

class therapy_since_first_start_node final : public node {
public:
  therapy_since_first_start_node(trialspec::calendar_duration d, mask<trialspec::therapy_class> classes, trialspec::relative_window w)
      : duration_(d), classes_(classes), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    std::optional<date> first;
    for (const auto& t : p.therapies) {
      // Therapy dates are taken as days (the benchmark cohort's are).
      if (!classes_.has(t.kind) || t.start.earliest() > w.last() || (t.end && t.end->earliest() < w.first())) continue;
      if (!first || t.start.earliest() < *first) first = t.start.earliest();
    }
    if (first && trialspec::add(*first < w.first() ? w.first() : *first, duration_) <= w.last()) return truth::met;
    return covered(p.therapies_recorded_since, w, origin(p)) ? truth::not_met : truth::unknown;
  }
  /// A list complete from `since` proves absences from then on; a window's part before it is
  /// covered only where it lies before the birth date.
  static bool covered(const std::optional<date>& since, const trialspec::date_interval& w, const std::optional<date>& birth) {
    if (!since) return false;
    if (birth && *since <= *birth) return true;
    return !w.first().is_neg_infinity() && *since <= w.first();
  }

private:
  trialspec::calendar_duration duration_;
  mask<trialspec::therapy_class> classes_;
  trialspec::relative_window window_;
};

class therapy_exposure_node final : public node {
public:
  therapy_exposure_node(mask<trialspec::therapy_class> classes, trialspec::relative_window w) : classes_(classes), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    for (const auto& t : p.therapies)
      if (classes_.has(t.kind) && t.start.earliest() <= w.last() && (!t.end || t.end->earliest() >= w.first())) return truth::met;
    return therapy_since_first_start_node::covered(p.therapies_recorded_since, w, origin(p)) ? truth::not_met : truth::unknown;
  }

private:
  mask<trialspec::therapy_class> classes_;
  trialspec::relative_window window_;
};

class relapse_count_node final : public node {
public:
  relapse_count_node(comparison op, int count, trialspec::relative_window w, mask<trialspec::relapse_severity> severities)
      : op_(op), count_(count), window_(w), severities_(severities) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    const bool all_graded = severities_.has(trialspec::relapse_severity::mild) && severities_.has(trialspec::relapse_severity::moderate) &&
                            severities_.has(trialspec::relapse_severity::severe);
    // Onsets are taken as days (the benchmark cohort's are; a month or year onset is not handled here).
    // Reports in onset order (stable), chained into attacks 30 days at a time; an attack counts
    // in the window where its first report lies, with its worst grade.
    const auto& rs = p.relapses;
    order_.resize(rs.size());
    for (std::size_t i = 0; i < rs.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) { return rs[a].onset.earliest() < rs[b].onset.earliest(); });
    long counted = 0, ungraded = 0;
    for (std::size_t k = 0; k < order_.size();) {
      const auto& first = rs[order_[k]];
      if (first.onset.earliest() > w.last()) break;
      auto worst = first.severity;
      std::size_t e = k + 1;
      while (e < order_.size() && rs[order_[e]].onset.earliest() <= w.last() && (rs[order_[e]].onset.earliest() - rs[order_[e - 1]].onset.earliest()).days() < 30) {
        if (rs[order_[e]].severity > worst) worst = rs[order_[e]].severity;
        ++e;
      }
      k = e;
      if (!w.contains(first.onset.earliest())) continue;
      // Less than 30 days into the window, with no list before the window's start reaching 30
      // days back: it may continue an unlisted report before the window.
      bool may_be_earlier = false;
      if (!w.first().is_special()) {
        date lo = first.onset.earliest() - boost::gregorian::days(29), hi = w.first() - boost::gregorian::days(1);
        if (p.relapses_recorded_since && *p.relapses_recorded_since - boost::gregorian::days(1) < hi) hi = *p.relapses_recorded_since - boost::gregorian::days(1);
        if (p.birth_date && p.birth_date->earliest() > lo) lo = p.birth_date->earliest();
        may_be_earlier = lo <= hi;
      }
      const bool passes = worst == trialspec::relapse_severity::unknown ? all_graded : severities_.has(worst);
      const bool open = worst == trialspec::relapse_severity::unknown && !all_graded;
      if (!passes && !open) continue;
      if (may_be_earlier || open) ++ungraded;
      else ++counted;
    }
    const bool complete = therapy_since_first_start_node::covered(p.relapses_recorded_since, w, origin(p));
    return trialspec::eligibility::compare_range(op_, counted, complete ? counted + ungraded : trialspec::eligibility::unbounded_count, count_);
  }

private:
  comparison op_;
  int count_;
  trialspec::relative_window window_;
  mask<trialspec::relapse_severity> severities_;
  mutable std::vector<std::size_t> order_; // reused between patients (one tree per thread)
};

class gd_lesions_node final : public node {
public:
  gd_lesions_node(int min_count, trialspec::relative_window w, mask<trialspec::gd_dose> doses)
      : min_(min_count), window_(w), doses_(doses),
        dose_matters_(!(doses.has(trialspec::gd_dose::single) && doses.has(trialspec::gd_dose::double_dose) &&
                        doses.has(trialspec::gd_dose::triple))) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    bool any_unknown = false;
    int qualifying = 0;
    for (const auto& s : p.mri) {
      const bool first_in = w.contains(s.on.earliest()), last_in = w.contains(s.on.latest());
      const bool spans = s.on.earliest() < w.first() && w.last() < s.on.latest();
      if ((!first_in && !last_in && !spans) || (!s.gd_enhancing_lesions && !s.dose)) continue;
      const truth dose = !dose_matters_ ? truth::met : s.dose ? trialspec::to_truth(doses_.has(*s.dose)) : truth::unknown;
      const truth count = s.gd_enhancing_lesions ? trialspec::to_truth(*s.gd_enhancing_lesions >= min_) : truth::unknown;
      const truth t = dose && count;
      if (!first_in || !last_in) { // a month or year partly in the window: only a possible met matters
        if (t != truth::not_met) any_unknown = true;
        continue;
      }
      if (t == truth::met) return truth::met;
      if (t == truth::unknown) any_unknown = true;
      if (dose == truth::met && count == truth::not_met) ++qualifying;
    }
    return any_unknown || qualifying == 0 ? truth::unknown : truth::not_met;
  }

private:
  int min_;
  trialspec::relative_window window_;
  mask<trialspec::gd_dose> doses_;
  bool dose_matters_;
};

class new_t2_node final : public node {
public:
  new_t2_node(int min_count, trialspec::relative_window w) : min_(min_count), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    bool any_unknown = false;
    int scans = 0;
    for (const auto& s : p.mri) {
      const bool first_in = w.contains(s.on.earliest()), last_in = w.contains(s.on.latest());
      const bool spans = s.on.earliest() < w.first() && w.last() < s.on.latest();
      if (!first_in && !last_in && !spans) continue;
      if (!first_in || !last_in) { // a month or year partly in the window: only a possible met matters
        if (!s.new_t2_lesions || *s.new_t2_lesions >= min_) any_unknown = true;
        continue;
      }
      ++scans;
      if (!s.new_t2_lesions) any_unknown = true;
      else if (*s.new_t2_lesions >= min_) return truth::met;
    }
    return any_unknown || scans == 0 ? truth::unknown : truth::not_met;
  }

private:
  int min_;
  trialspec::relative_window window_;
};

class condition_node final : public node {
public:
  condition_node(mask<trialspec::condition_kind> kinds, bool significant_only) : kinds_(kinds), significant_only_(significant_only) {}
  truth test(const patient& p, const evaluation_context&) const override {
    unsigned absent = 0;
    bool pending = false;
    for (const auto& c : p.conditions) {
      if (!kinds_.has(c.kind)) continue;
      if (!c.present || (significant_only_ && c.significant == false)) {
        absent |= 1u << static_cast<unsigned>(c.kind);
        continue;
      }
      if (!significant_only_ || c.significant == true) return truth::met;
      pending = true;
    }
    return !pending && (p.conditions_complete || (absent & kinds_.bits) == kinds_.bits) ? truth::not_met : truth::unknown;
  }

private:
  mask<trialspec::condition_kind> kinds_;
  bool significant_only_;
};

class pregnant_node final : public node {
public:
  explicit pregnant_node(bool count_possible) : count_possible_(count_possible) {}
  truth test(const patient& p, const evaluation_context&) const override {
    switch (p.pregnancy) {
    case trialspec::pregnancy_status::pregnant: return truth::met;
    case trialspec::pregnancy_status::possibly_pregnant: return count_possible_ ? truth::met : truth::unknown;
    case trialspec::pregnancy_status::not_pregnant: return truth::not_met;
    case trialspec::pregnancy_status::unknown: break;
    }
    return p.sex == trialspec::sex::male ? truth::not_met : truth::unknown;
  }

private:
  bool count_possible_;
};

/// A yes/no item of the record (consent capacity, the investigator's judgement) equal to `when`.
class flag_node final : public node {
public:
  flag_node(std::optional<bool> patient::*item, bool when) : item_(item), when_(when) {}
  truth test(const patient& p, const evaluation_context&) const override {
    const auto& v = p.*item_;
    return v ? trialspec::to_truth(*v == when_) : truth::unknown;
  }

private:
  std::optional<bool> patient::*item_;
  bool when_;
};

class lab_node final : public node {
public:
  lab_node(trialspec::lab_test test, trialspec::lab_outcome outcome, trialspec::relative_window w)
      : test_(test), outcome_(outcome), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    const trialspec::lab_result* last = nullptr;
    for (const auto& l : p.labs)
      if (l.test == test_ && w.contains(l.on.earliest()) && w.contains(l.on.latest()) &&
          (!last || l.on.earliest() >= last->on.earliest()))
        last = &l;
    // A result dated to the month or year that may be in the window and later than `last`, and
    // reads otherwise, makes the latest result unknown.
    for (const auto& l : p.labs) {
      if (l.test != test_ || &l == last || l.on.is_exact() || l.on.latest() < w.first() || w.last() < l.on.earliest()) continue;
      if (!last) return truth::unknown;
      const bool later = l.on.latest() > last->on.earliest() || (l.on.latest() == last->on.earliest() && &l > last);
      if (later && (l.outcome != last->outcome || l.outcome == trialspec::lab_outcome::indeterminate)) return truth::unknown;
    }
    if (!last || last->outcome == trialspec::lab_outcome::indeterminate) return truth::unknown;
    return trialspec::to_truth(last->outcome == outcome_);
  }

private:
  trialspec::lab_test test_;
  trialspec::lab_outcome outcome_;
  trialspec::relative_window window_;
};

class blood_pressure_node final : public node {
public:
  blood_pressure_node(int systolic, int diastolic, trialspec::relative_window w) : systolic_(systolic), diastolic_(diastolic), window_(w) {}
  truth test(const patient& p, const evaluation_context& ctx) const override {
    const auto w = window_.resolve(ctx.as_of);
    const auto reaches = [&](const trialspec::blood_pressure_reading& b) { return b.systolic >= systolic_ || b.diastolic >= diastolic_; };
    const trialspec::blood_pressure_reading* last = nullptr;
    for (const auto& b : p.blood_pressure)
      if (w.contains(b.on.earliest()) && w.contains(b.on.latest()) && (!last || b.on.earliest() >= last->on.earliest())) last = &b;
    // A reading dated to the month or year that may be in the window and later than `last`, and
    // reads otherwise, makes the latest reading unknown.
    for (const auto& b : p.blood_pressure) {
      if (&b == last || b.on.is_exact() || b.on.latest() < w.first() || w.last() < b.on.earliest()) continue;
      if (!last) return truth::unknown;
      const bool later = b.on.latest() > last->on.earliest() || (b.on.latest() == last->on.earliest() && &b > last);
      if (later && reaches(b) != reaches(*last)) return truth::unknown;
    }
    if (!last) return truth::unknown;
    return trialspec::to_truth(reaches(*last));
  }

private:
  int systolic_, diastolic_;
  trialspec::relative_window window_;
};

// --- the protocol ----------------------------------------------------------------------------

/// Inclusion and exclusion lists with the eligibility rule.
class protocol {
public:
  protocol(std::vector<node_ptr> inclusions, std::vector<node_ptr> exclusions)
      : inclusions_(std::move(inclusions)), exclusions_(std::move(exclusions)) {}
  [[nodiscard]] trialspec::eligibility::screening_outcome test(const patient& p, const evaluation_context& ctx) const {
    truth acc = truth::met;
    for (const auto& c : inclusions_)
      if ((acc = acc && c->test(p, ctx)) == truth::not_met) return trialspec::eligibility::screening_outcome::ineligible;
    for (const auto& c : exclusions_)
      if ((acc = acc && !c->test(p, ctx)) == truth::not_met) return trialspec::eligibility::screening_outcome::ineligible;
    return trialspec::eligibility::to_outcome(acc);
  }

private:
  std::vector<node_ptr> inclusions_;
  std::vector<node_ptr> exclusions_;
};

namespace build {
template <class... Ns> std::vector<node_ptr> list(Ns... ns) {
  std::vector<node_ptr> v;
  (v.push_back(std::move(ns)), ...);
  return v;
}
template <class... Ns> node_ptr all(Ns... ns) { return std::make_unique<all_node>(list(std::move(ns)...)); }
template <class... Ns> node_ptr any(Ns... ns) { return std::make_unique<any_node>(list(std::move(ns)...)); }
template <class N, class... A> node_ptr make(A&&... a) { return std::make_unique<N>(std::forward<A>(a)...); }
} // namespace build

/// NCT02249676 under the registry reading (protocols/nct02249676/policy.hpp), assembled at run
/// time as a configuration-driven engine would.
inline protocol nct02249676_registry_reading() {
  using namespace build;
  using trialspec::condition_kind;
  using trialspec::gd_dose;
  using trialspec::relapse_severity;
  using trialspec::therapy_class;
  const trialspec::relative_window past_18 = trialspec::within_before(trialspec::months{18});
  const trialspec::relative_window any_time_before = trialspec::on_or_before_reference;
  const mask<relapse_severity> moderate_or_severe{relapse_severity::moderate, relapse_severity::severe};

  auto inclusions = list(
      make<diagnosis_node>(mask<trialspec::diagnosis_kind>{trialspec::diagnosis_kind::nmo, trialspec::diagnosis_kind::nmosd}),
      all(make<age_node>(comparison::greater, 18), make<age_node>(comparison::less_equal, 80)),
      make<latest_edss_node>(comparison::greater, 6, any_time_before),
      all(make<therapy_since_first_start_node>(trialspec::years{1},
                                               mask<therapy_class>{therapy_class::immunosuppressant, therapy_class::immunomodulator,
                                                                   therapy_class::corticosteroid},
                                               any_time_before),
          any(make<edss_worsening_node>(past_18, std::vector<threshold_row>{{0, 9, 2}, {12, 20, 1}}),
              make<relapse_count_node>(comparison::greater_equal, 1, past_18, moderate_or_severe),
              make<gd_lesions_node>(1, past_18, mask<gd_dose>{gd_dose::double_dose, gd_dose::triple}),
              make<new_t2_node>(1, past_18))),
      any(make<relapse_count_node>(comparison::greater_equal, 1, past_18, moderate_or_severe),
          make<gd_lesions_node>(1, past_18, mask<gd_dose>{gd_dose::single, gd_dose::double_dose, gd_dose::triple}),
          make<new_t2_node>(1, past_18)));
  auto exclusions = list(
      make<therapy_exposure_node>(mask<therapy_class>{therapy_class::immunosuppressant, therapy_class::immunomodulator},
                                  trialspec::within_before(trialspec::months{3})),
      make<condition_node>(mask<condition_kind>{condition_kind::cardiac_failure, condition_kind::renal_failure,
                                                condition_kind::hepatic_failure, condition_kind::other},
                           true),
      make<condition_node>(mask<condition_kind>{condition_kind::allergy}, false),
      make<pregnant_node>(true),
      make<flag_node>(&patient::consent_capacity, false),
      any(make<condition_node>(mask<condition_kind>{condition_kind::brain_tumour}, false),
          make<lab_node>(trialspec::lab_test::hiv, trialspec::lab_outcome::positive, any_time_before),
          make<lab_node>(trialspec::lab_test::tumour_marker, trialspec::lab_outcome::positive, any_time_before),
          make<blood_pressure_node>(200, 110, any_time_before)),
      make<flag_node>(&patient::judged_unsuitable, true));
  return protocol(std::move(inclusions), std::move(exclusions));
}

} // namespace trialspec_bench::rt
