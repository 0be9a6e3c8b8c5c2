// trialspec/eligibility/criteria/diagnosis_from_history.hpp - a diagnosis computed from the
// clinical history as an eligibility criterion: meets_diagnostic_criteria<nmo_2006>,
// meets_diagnostic_criteria<nmo_spectrum_2007<>>, meets_diagnostic_criteria<nmosd_2015<>>, usable in
// any protocol.
//
// The record needs the clinical history (diagnosis/diagnostic_criteria.hpp: the `diagnostic_history`
// facet, or the recorded diagnosis's `history`); an absent history is unknown. Attacks after the screening date are ignored: a diagnosis is judged on what
// was known at screening (the context's as-of date). The recorded diagnosis label is read by
// diagnosis.hpp's criteria instead.
#pragma once

#include <trialspec/diagnosis/diagnostic_criteria.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmo_spectrum_2007.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec::eligibility {

/// The patient meets the diagnostic criteria D at the screening date.
template <diagnosis::DiagnosticCriteria D>
struct meets_diagnostic_criteria : criterion_base {
  static constexpr std::string_view kind = "diagnostic_criteria_met";
  using diagnostic_criteria = D;
  void boundary_probes(probe_writer& p) const {
    p.nothing_to_probe("a diagnosis computed from the whole clinical history, no single threshold or window");
  }

  [[nodiscard]] std::string describe() const {
    // Built by append: g++ 12 at -O3 reports a false -Warray-bounds on "text" + std::string here.
    std::string s("meets the criteria for ");
    s.append(D::name).append(" from the clinical history");
    return s;
  }

  /// Without reasons and without allocating.
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    static_assert(diagnosis::RecordWithDiagnosticHistory<R>,
                  "diagnostic criteria read the clinical history: record_traits<R> needs "
                  "`static std::optional<diagnosis::clinical_history> diagnostic_history(const R&)` "
                  "or a diagnosis facet whose record has `history`");
    const auto& h = diagnosis::history_of(r);
    return h ? D::test(*h, ctx.as_of) : truth::unknown;
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    static_assert(diagnosis::RecordWithDiagnosticHistory<R>,
                  "diagnostic criteria read the clinical history: record_traits<R> needs "
                  "`static std::optional<diagnosis::clinical_history> diagnostic_history(const R&)` "
                  "or a diagnosis facet whose record has `history`");
    const auto& h = diagnosis::history_of(r);
    if (!h) return verdict::unknown(trialspec::detail::cat(D::name, ": clinical history not recorded"));
    return D::evaluate(*h, ctx.as_of);
  }
};

/// Definite NMO (Wingerchuk et al. 2006) from the clinical history.
using definite_nmo_2006_met = meets_diagnostic_criteria<diagnosis::nmo_2006>;
/// The NMO spectrum (Wingerchuk et al. 2007) from the clinical history, its forms other than NMO
/// with AQP4-IgG positive.
using nmo_spectrum_2007_met = meets_diagnostic_criteria<diagnosis::nmo_spectrum_2007<>>;
/// NMOSD (IPND 2015) from the clinical history, untested AQP4-IgG judged as written.
using nmosd_2015_met = meets_diagnostic_criteria<diagnosis::nmosd_2015<>>;

} // namespace trialspec::eligibility
