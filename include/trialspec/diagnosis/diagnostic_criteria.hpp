// trialspec/diagnosis/diagnostic_criteria.hpp - the diagnostic criteria as eligibility criteria, usable in
// any protocol: meets_criteria<nmo_2006>, meets_criteria<nmosd_2015<>>.
//
// They read the clinical history through the record_traits facet
//   diagnostic_history(const R&) -> std::optional<diagnosis::clinical_history> (or anything that
//                                   tests like a pointer and dereferences to a clinical_history)
// An absent history is unknown. Attacks after the screening date are ignored: a diagnosis is
// judged on what was known at screening (the screening date is the context's as-of date). `patient_with_history` adds the facet to the default
// patient record.
#pragma once

#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/diagnosis/findings.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>

namespace trialspec::diagnosis {

/// A record whose traits give the clinical history the diagnostic criteria need.
template <class R>
concept RecordWithDiagnosticHistory = Record<R> && requires(const R& r) {
  static_cast<bool>(trialspec::detail::traits_of<R>::diagnostic_history(r));
  { *trialspec::detail::traits_of<R>::diagnostic_history(r) } -> std::convertible_to<const clinical_history&>;
};

/// A set of diagnostic criteria: a type with `name`, `static truth test(const clinical_history&,
/// std::optional<date> as_of)` and `static verdict evaluate(...)` with the same arguments
/// (nmo_2006, nmosd_2015<...>, or a user's own).
template <class D>
concept DiagnosticCriteria = requires(const clinical_history& h, const std::optional<date>& as_of) {
  { D::name } -> std::convertible_to<std::string_view>;
  { D::test(h, as_of) } -> std::same_as<truth>;
  { D::evaluate(h, as_of) } -> std::same_as<verdict>;
};

/// The patient meets the diagnostic criteria D at the screening date.
template <DiagnosticCriteria D>
struct meets_criteria : eligibility::criterion_base {
  static constexpr std::string_view kind = "diagnostic_criteria_met";
  using criteria = D;

  [[nodiscard]] std::string describe() const { return "meets the criteria for " + std::string(D::name) + " from the clinical history"; }

  /// Without reasons and without allocating.
  template <class R> [[nodiscard]] truth test(const R& r, const eligibility::evaluation_context& ctx) const {
    static_assert(RecordWithDiagnosticHistory<R>,
                  "diagnostic criteria read the clinical history: record_traits<R> needs "
                  "`static std::optional<diagnosis::clinical_history> diagnostic_history(const R&)`");
    const auto& h = trialspec::detail::traits_of<R>::diagnostic_history(r);
    return h ? D::test(*h, ctx.as_of) : truth::unknown;
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const eligibility::evaluation_context& ctx) const {
    static_assert(RecordWithDiagnosticHistory<R>,
                  "diagnostic criteria read the clinical history: record_traits<R> needs "
                  "`static std::optional<diagnosis::clinical_history> diagnostic_history(const R&)`");
    const auto& h = trialspec::detail::traits_of<R>::diagnostic_history(r);
    if (!h) return verdict::unknown(std::string(D::name) + ": clinical history not recorded");
    return D::evaluate(*h, ctx.as_of);
  }
};

/// Definite NMO (Wingerchuk et al. 2006) from the clinical history.
using definite_nmo_2006_met = meets_criteria<nmo_2006>;
/// NMOSD (IPND 2015) from the clinical history, untested AQP4-IgG judged as written.
using nmosd_2015_met = meets_criteria<nmosd_2015<>>;

/// The default patient record plus the clinical history for the diagnostic criteria.
struct patient_with_history : patient {
  std::optional<clinical_history> history;
};

} // namespace trialspec::diagnosis

namespace trialspec {
/// Every facet of `patient`, plus `diagnostic_history`.
template <> struct record_traits<diagnosis::patient_with_history> : record_traits<patient> {
  static const std::optional<diagnosis::clinical_history>& diagnostic_history(const diagnosis::patient_with_history& p) noexcept {
    return p.history;
  }
};
} // namespace trialspec
