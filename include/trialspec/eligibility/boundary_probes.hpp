// trialspec/eligibility/boundary_probes.hpp - the vocabulary in which a criterion states its own
// boundary cases: records just inside, on and just outside each of its thresholds and window
// edges, each with the verdict the edge itself implies.
//
// A criterion declares its probes with a member next to its definition:
//
//   void boundary_probes(trialspec::eligibility::probe_writer& p) const {
//     p.add("weight 40.0 kg (lower bound, included)", truth::met, [](patient& r) { r.weight_kg = 40.0; });
//     p.add("weight 39.9 kg (below the lower bound)", truth::not_met, [](patient& r) { r.weight_kg = 39.9; });
//     p.add("no weight recorded", truth::unknown, [](patient& r) { r.weight_kg.reset(); });
//   }
//
// Each probe is a copy of the base patient (p.base(), a patient the test says passes) with only
// the data the criterion reads replaced. The expected verdict is worked out from the criterion's
// definition, never by calling the criterion: testing/boundary.hpp then runs every probe against
// the criterion and the whole criteria set. A criterion with nothing to probe (no number, no
// window) says so with p.nothing_to_probe(why); one without the member is reported as having no
// boundary probes, and testing::boundaries_hold fails for it. Probes are trialspec::patient
// records.
//
// This header belongs to the eligibility layer so that a criterion can state its probes beside
// its test() without depending on a test framework; only testing/ runs them.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// One generated record at one edge of a criterion.
struct boundary_probe {
  std::string edge; ///< what was placed where: "age 18: turns 18 on 2014-01-05"
  patient record;
  truth expected = truth::unknown; ///< the verdict the edge implies for the criterion
};

/// What a criterion's boundary_probes() member writes into: the base patient and the evaluation
/// context to build probes from, and the probes and notes it writes.
class probe_writer {
public:
  probe_writer(const patient& base, const evaluation_context& ctx) : base_(&base), context_(&ctx) {}

  /// The patient every probe starts from.
  [[nodiscard]] const patient& base() const noexcept { return *base_; }
  /// The context the cases are judged in.
  [[nodiscard]] const evaluation_context& context() const noexcept { return *context_; }

  /// The date `point` stands for with the base patient; when it is not known, notes that no
  /// probe around it can be generated and returns nothing.
  std::optional<date> reference(reference_point point) {
    const auto d = reference_date(*context_, point, *base_);
    if (!d) not_generated(trialspec::detail::cat("the base patient has no date for ", to_string(point)));
    return d;
  }

  /// A probe: `record` at `edge`, for which the criterion should answer `expected`.
  void add(std::string edge, patient record, truth expected) {
    declared_ = true;
    probes_.push_back({std::move(edge), std::move(record), expected});
  }
  /// A probe made from the base patient by `change(patient&)`.
  template <class Change>
    requires std::invocable<Change&, patient&>
  void add(std::string edge, truth expected, Change&& change) {
    patient p = *base_;
    change(p);
    add(std::move(edge), std::move(p), expected);
  }

  /// An edge the criterion cannot probe around this base patient, with why ("window too short
  /// for 3 relapses"). Listed with the generator's skipped edges.
  void not_generated(std::string why) {
    declared_ = true;
    notes_.push_back(std::move(why));
  }
  /// Declares that the criterion has no threshold or window to probe (a recorded diagnosis, a
  /// status flag), with why. Listed with the skipped criteria.
  void nothing_to_probe(std::string why = "no thresholds or windows") { not_generated(std::move(why)); }

  /// Whether boundary_probes() wrote anything (a probe or a note).
  [[nodiscard]] bool declared() const noexcept { return declared_; }
  [[nodiscard]] std::vector<boundary_probe>& probes() noexcept { return probes_; }
  [[nodiscard]] const std::vector<std::string>& notes() const noexcept { return notes_; }

private:
  const patient* base_;
  const evaluation_context* context_;
  std::vector<boundary_probe> probes_;
  std::vector<std::string> notes_;
  bool declared_ = false;
};

/// A criterion that states its boundary probes.
template <class C>
concept BoundaryProbed = requires(const C& c, probe_writer& p) { c.boundary_probes(p); };

/// A day inside `w` to place a probe's item on: its last day if bounded, else its first day,
/// else `reference`.
inline date inside_day(const date_interval& w, date reference) {
  if (!w.last().is_special()) return w.last();
  if (!w.first().is_special()) return w.first();
  return reference;
}

/// `d` moved by `n` days (negative: earlier).
inline date shift_days(date d, long n) { return d + boost::gregorian::date_duration(n); }

/// Probes at each bounded edge of `w`: the item `what` dated on the edge (expected `inside`) and
/// one day beyond it (expected `outside`). `make(day)` builds the patient with the item on `day`.
template <class Make>
  requires std::invocable<Make&, date>
void window_probes(probe_writer& p, const date_interval& w, std::string_view what, truth inside, truth outside, Make&& make) {
  const std::string item(what);
  if (!w.first().is_special()) {
    p.add(trialspec::detail::cat(item, " on the window's first day ", to_iso(w.first())), make(w.first()), inside);
    p.add(trialspec::detail::cat(item, " one day before the window, ", to_iso(shift_days(w.first(), -1))), make(shift_days(w.first(), -1)), outside);
  }
  if (!w.last().is_special()) {
    p.add(trialspec::detail::cat(item, " on the window's last day ", to_iso(w.last())), make(w.last()), inside);
    p.add(trialspec::detail::cat(item, " one day after the window, ", to_iso(shift_days(w.last(), 1))), make(shift_days(w.last(), 1)), outside);
  }
}

namespace detail {
/// A date far enough back to start a documented history from: the birth date, or 100 years
/// before `reference`.
inline date probe_history_start(const patient& p, date reference) {
  return p.birth_date ? p.birth_date->earliest() : add(reference, -calendar_duration(years{100}));
}
/// "1 relapse", "2 relapses".
inline std::string counted(long n, const std::string& noun) { return trialspec::detail::cat(std::to_string(n), " ", noun, (n == 1 ? "" : "s")); }
} // namespace detail

} // namespace trialspec::eligibility
