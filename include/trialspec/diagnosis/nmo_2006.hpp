// trialspec/diagnosis/nmo_2006.hpp - definite neuromyelitis optica, revised criteria of
// Wingerchuk DM, Lennon VA, Pittock SJ, Lucchinetti CF, Weinshenker BG. Neurology
// 2006;66:1485-1489.
//
// Definite NMO: optic neuritis AND acute myelitis AND at least two of three supportive criteria:
//  1. contiguous spinal cord MRI lesion extending over 3 or more vertebral segments;
//  2. brain MRI at onset not meeting diagnostic criteria for MS (Paty);
//  3. NMO-IgG seropositive.
// Three-valued: an attack of unrecorded phenotype makes "optic neuritis" / "acute myelitis"
// unknown unless another attack settles it; a spinal MRI not done, a brain MRI not assessed and an
// antibody not tested make their supportive criterion unknown.
#pragma once

#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::diagnosis {

namespace detail {
/// Whether the history contains an attack of phenotype `p`: met when one does, unknown when none
/// does but some attack's phenotype was not recorded, not met otherwise.
constexpr truth has_phenotype_truth(const clinical_history& h, relapse_phenotype p, const std::optional<date>& as_of) noexcept {
  truth t = truth::not_met;
  for (const auto& a : h.attacks) {
    if (!known_by(a, as_of)) continue;
    if (a.phenotype == p) return truth::met;
    if (!a.phenotype) t = truth::unknown;
  }
  return t;
}
inline verdict has_phenotype(const clinical_history& h, relapse_phenotype p, const std::optional<date>& as_of) {
  const std::string what = phenotype_words(p);
  const attack* unrecorded = nullptr;
  for (const auto& a : h.attacks) {
    if (!known_by(a, as_of)) continue;
    if (a.phenotype == p) return verdict::met(trialspec::detail::cat(what, ": ", attack_words(a)));
    if (!a.phenotype && !unrecorded) unrecorded = &a;
  }
  if (unrecorded)
    return verdict::unknown(trialspec::detail::cat(what, ": none recorded, but the ", attack_words(*unrecorded),
                            " could be one"));
  return verdict::not_met(trialspec::detail::cat(what, ": none among ", std::to_string(h.attacks.size()), " recorded attacks"));
}
} // namespace detail

/// Definite NMO by Wingerchuk et al. 2006. Usable as a type (`nmo_2006::evaluate(history)`) or
/// through the object `definite_nmo_2006(history)`.
struct nmo_2006 {
  static constexpr std::string_view name = "definite NMO (Wingerchuk et al. 2006)";

  /// Supportive criterion 1, from the spinal MRI of myelitis attacks (and of attacks of
  /// unrecorded phenotype, which may have been myelitis).
  static constexpr truth spinal_lesion_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    truth t = truth::not_met;
    for (const auto& a : h.attacks)
      if (detail::known_by(a, as_of) && (!a.phenotype || *a.phenotype == relapse_phenotype::myelitis)) t = t || to_truth(a.mri.letm);
    return t;
  }
  static verdict spinal_lesion(const clinical_history& h, const std::optional<date>& as_of = {}) {
    truth t = truth::not_met;
    std::string detail_text;
    for (const auto& a : h.attacks) {
      if (!detail::known_by(a, as_of) || (a.phenotype && *a.phenotype != relapse_phenotype::myelitis)) continue;
      t = t || to_truth(a.mri.letm);
      if (!detail_text.empty()) detail_text += "; ";
      detail_text += trialspec::detail::cat(detail::attack_words(a), ": lesion over 3 or more segments ", detail::finding_words(a.mri.letm));
    }
    if (detail_text.empty()) detail_text = "no myelitis attack with a spinal MRI";
    return {t, trialspec::detail::cat("contiguous spinal cord lesion over 3 or more vertebral segments (", detail_text, ")")};
  }

  /// Supportive criterion 2.
  static constexpr truth brain_mri_not_ms_truth(const clinical_history& h) noexcept {
    return !to_truth(h.onset_brain_mri_meets_ms_criteria);
  }
  static verdict brain_mri_not_ms(const clinical_history& h) {
    const auto& f = h.onset_brain_mri_meets_ms_criteria;
    const std::string what = "brain MRI at onset not meeting MS criteria";
    if (!f) return verdict::unknown(trialspec::detail::cat(what, ": brain MRI at onset not assessed"));
    return *f ? verdict::not_met(trialspec::detail::cat(what, ": it met MS criteria")) : verdict::met(trialspec::detail::cat(what, ": it did not meet MS criteria"));
  }

  /// Supportive criterion 3.
  static constexpr truth seropositive_truth(const clinical_history& h) noexcept {
    return h.aqp4_igg == serostatus::not_tested ? truth::unknown : trialspec::to_truth(h.aqp4_igg == serostatus::positive);
  }
  static verdict seropositive(const clinical_history& h) {
    const std::string what = "NMO-IgG seropositive: ";
    switch (h.aqp4_igg) {
    case serostatus::positive: return verdict::met(trialspec::detail::cat(what, "positive"));
    case serostatus::negative: return verdict::not_met(trialspec::detail::cat(what, "negative"));
    case serostatus::not_tested: break;
    }
    return verdict::unknown(trialspec::detail::cat(what, "not tested"));
  }

  /// The verdict alone, without reasons and without allocating. Attacks with an onset after
  /// `as_of` are ignored.
  static constexpr truth test(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::has_phenotype_truth(h, relapse_phenotype::optic_neuritis, as_of) &&
           detail::has_phenotype_truth(h, relapse_phenotype::myelitis, as_of) &&
           at_least(2, {spinal_lesion_truth(h, as_of), brain_mri_not_ms_truth(h), seropositive_truth(h)});
  }

  /// The verdict with every part as a child: optic neuritis, acute myelitis, and the supportive
  /// criteria (at least 2 of 3). Attacks with an onset after `as_of` are ignored.
  static verdict evaluate(const clinical_history& h, const std::optional<date>& as_of = {}) {
    verdict on = detail::has_phenotype(h, relapse_phenotype::optic_neuritis, as_of);
    verdict my = detail::has_phenotype(h, relapse_phenotype::myelitis, as_of);
    verdict supportive = at_least(2, {spinal_lesion(h, as_of), brain_mri_not_ms(h), seropositive(h)});
    supportive = verdict(supportive.value(), "at least 2 of 3 supportive criteria", supportive.children());
    const truth t = on.value() && my.value() && supportive.value();
    return {t, std::string(name), {std::move(on), std::move(my), std::move(supportive)}};
  }

  verdict operator()(const clinical_history& h) const { return evaluate(h); }
};

/// Definite NMO (Wingerchuk et al. 2006) as a function object.
inline constexpr nmo_2006 definite_nmo_2006{};

} // namespace trialspec::diagnosis
