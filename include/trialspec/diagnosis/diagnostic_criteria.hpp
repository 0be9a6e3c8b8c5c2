// trialspec/diagnosis/diagnostic_criteria.hpp - what a set of diagnostic criteria is
// (DiagnosticCriteria: nmo_2006, nmo_spectrum_2007<>, nmosd_2015<>, or a user's own) and the record facet they read
// (the clinical history).
//
// They read the clinical history through the record_traits facet
//   diagnostic_history(const R&) -> std::optional<diagnosis::clinical_history> (or anything that
//                                   tests like a pointer and dereferences to a clinical_history)
// `patient_with_history` adds the facet to the default patient record. Applying them as an
// eligibility criterion is eligibility/criteria/diagnosis_from_history.hpp (diagnosis/ sits below
// eligibility/ and includes nothing of it).
//
// Names: a DiagnosticCriteria type computes a diagnosis from clinical data; the recorded label of
// which published criteria a site used is the enum diagnostic_standard (clinical/diagnosis_record.hpp).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/verdict.hpp>

#include <concepts>
#include <optional>
#include <string_view>
#include <type_traits>

namespace trialspec::diagnosis {

/// A record whose traits give the clinical history through their own `diagnostic_history`.
template <class R>
concept RecordWithOwnDiagnosticHistory = Record<R> && requires(const R& r) {
  static_cast<bool>(record_traits<std::remove_cvref_t<R>>::diagnostic_history(r));
  { *record_traits<std::remove_cvref_t<R>>::diagnostic_history(r) } -> std::convertible_to<const clinical_history&>;
};
/// A record whose traits give the clinical history the diagnostic criteria need: their own
/// `diagnostic_history`, or the recorded diagnosis's `history` (diagnosis_record::history, which
/// the default patient record and the cohort format carry).
template <class R>
concept RecordWithDiagnosticHistory =
    RecordWithOwnDiagnosticHistory<R> ||
    (Record<R> && requires(const R& r) {
      { record_traits<std::remove_cvref_t<R>>::diagnosis(r).history } -> std::convertible_to<const std::optional<clinical_history>&>;
    });

/// The clinical history of `r` (something that tests like a pointer to a clinical_history): the
/// traits' own `diagnostic_history` when they have it, otherwise the recorded diagnosis's history.
template <RecordWithDiagnosticHistory R> decltype(auto) history_of(const R& r) {
  if constexpr (RecordWithOwnDiagnosticHistory<R>) return record_traits<std::remove_cvref_t<R>>::diagnostic_history(r);
  else return static_cast<const std::optional<clinical_history>&>(record_traits<std::remove_cvref_t<R>>::diagnosis(r).history);
}

/// A set of diagnostic criteria: a type with `name`, `static truth test(const clinical_history&,
/// std::optional<date> as_of)` and `static verdict evaluate(...)` with the same arguments
/// (nmo_2006, nmo_spectrum_2007<...>, nmosd_2015<...>, or a user's own).
template <class D>
concept DiagnosticCriteria = requires(const clinical_history& h, const std::optional<date>& as_of) {
  { D::name } -> std::convertible_to<std::string_view>;
  { D::test(h, as_of) } -> std::same_as<truth>;
  { D::evaluate(h, as_of) } -> std::same_as<verdict>;
};

/// The default patient record plus a clinical history of its own for the diagnostic criteria (it
/// takes the place of diagnosis.history).
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
