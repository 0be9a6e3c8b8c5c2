// trialspec/diagnosis/nmo_spectrum_2007.hpp - the neuromyelitis optica spectrum of Wingerchuk DM,
// Lennon VA, Lucchinetti CF, Pittock SJ, Weinshenker BG. The spectrum of neuromyelitis optica.
// Lancet Neurol 2007;6:805-815 (reproduced as Table 1 of Kim et al., Mult Scler Int 2012:735486):
// what "NMO spectrum disorder" meant before the IPND 2015 criteria (nmosd_2015.hpp).
//
// The spectrum:
//  - neuromyelitis optica (definite NMO by Wingerchuk et al. 2006, nmo_2006.hpp, with its own
//    antibody rule);
//  - limited forms of NMO:
//     - idiopathic single or recurrent events of longitudinally extensive myelitis (spinal cord MRI
//       lesion over 3 or more vertebral segments);
//     - optic neuritis: recurrent or simultaneous bilateral;
//  - Asian optic-spinal multiple sclerosis;
//  - optic neuritis or longitudinally extensive myelitis associated with systemic autoimmune
//    disease;
//  - optic neuritis or myelitis associated with brain lesions typical of NMO (hypothalamic, corpus
//    callosal, periventricular or brainstem).
//
// Readings (the antibody and "idiopathic" parts appear in each form's reasons):
//  - AQP4-IgG: the forms other than NMO itself require AQP4-IgG (NMO-IgG) seropositivity by
//    default (`spectrum_aqp4::required`): the spectrum is the set of NMO-IgG-associated disorders,
//    and the trials registered in 2014 that use it pair these forms with "anti-aquaporin-4 (AQP4)
//    antibody seropositive status" (NCT02028884, NCT02073279) or admit NMOSD only "AQP4-IgG
//    sero-positive", seronegative patients only with NMO (NCT02200770).
//    `spectrum_aqp4::not_required` takes the forms as listed, without the antibody. A test not done
//    is unknown where a positive test would decide (Kleene's "and": not met stays not met).
//  - "Idiopathic" (the limited forms) is the history's `alternatives_excluded` finding (not
//    examined: unknown). The form associated with systemic autoimmune disease is by definition not
//    idiopathic and does not read it; neither do Asian optic-spinal MS (itself a diagnosis, made
//    once others are excluded) nor the form with NMO-typical brain lesions (the lesions place it in
//    the spectrum; the published list asks nothing more of it).
//  - Recurrent optic neuritis: optic-neuritis entries with at least two different onsets (entries
//    with one onset are one attack with two characteristics, clinical/diagnostic_findings.hpp). An
//    entry of unrecorded onset, or of unrecorded phenotype, makes unknown what it could change.
//  - Simultaneous bilateral optic neuritis is an optic-neuritis entry's `simultaneous_bilateral`.
//  - Attacks with an onset after `as_of` are ignored (as in nmo_2006 and nmosd_2015); the
//    history's other findings (AQP4-IgG, optic-spinal MS, systemic autoimmune disease, brain
//    lesions, alternatives excluded) carry no date and are taken as known at `as_of`.
#pragma once

#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::diagnosis {

/// Whether the spectrum's forms other than NMO itself require AQP4-IgG seropositivity.
enum class spectrum_aqp4 : std::uint8_t {
  /// The forms are the NMO-IgG-associated disorders: each needs a positive AQP4-IgG (NMO-IgG) test;
  /// a test not done is unknown where a positive test would decide.
  required,
  /// The forms as listed, whatever the antibody.
  not_required,
};

/// The sentence stating each reading, and its token (trialspec/enum_names.hpp).
inline constexpr auto spectrum_aqp4_names = name_table<spectrum_aqp4::not_required>({
    {spectrum_aqp4::required, "the spectrum's forms other than NMO itself require AQP4-IgG (NMO-IgG) seropositivity", "required"},
    {spectrum_aqp4::not_required, "the spectrum's forms are taken as listed, without AQP4-IgG", "not_required"},
});
constexpr const auto& names_of(spectrum_aqp4) noexcept { return spectrum_aqp4_names; }
constexpr std::string_view to_string(spectrum_aqp4 r) noexcept { return spectrum_aqp4_names.words(r); }

namespace detail {
/// Whether the attack is of phenotype p (unknown when its phenotype was not recorded).
constexpr truth is_phenotype(const attack& a, relapse_phenotype p) noexcept {
  return a.phenotype ? trialspec::to_truth(*a.phenotype == p) : truth::unknown;
}
/// A longitudinally extensive myelitis event: myelitis with a lesion over 3 or more segments.
constexpr truth letm_event(const attack& a) noexcept {
  return is_phenotype(a, relapse_phenotype::myelitis) && to_truth(a.mri.letm);
}
/// Optic neuritis in both eyes at once.
constexpr truth bilateral_optic_neuritis(const attack& a) noexcept {
  return is_phenotype(a, relapse_phenotype::optic_neuritis) && to_truth(a.simultaneous_bilateral);
}
/// Whether two recorded onsets are different days: met when the days they can be do not overlap,
/// not met when both are the same exact day, unknown otherwise ("2013-03" and "2013-03-14" may be
/// the same day or not).
constexpr truth different_onsets(const partial_date& a, const partial_date& b) noexcept {
  if (a.is_exact() && b.is_exact()) return trialspec::to_truth(a.earliest() != b.earliest());
  return a.latest() < b.earliest() || b.latest() < a.earliest() ? truth::met : truth::unknown;
}
/// Two entries that are two attacks of optic neuritis: both optic neuritis, onsets different.
constexpr truth two_optic_neuritis_attacks(const attack& a, const attack& b) noexcept {
  const truth different = a.onset && b.onset ? different_onsets(*a.onset, *b.onset) : truth::unknown;
  return is_phenotype(a, relapse_phenotype::optic_neuritis) && is_phenotype(b, relapse_phenotype::optic_neuritis) && different;
}
/// Recurrent optic neuritis: some pair of entries known by `as_of` is two attacks of it.
constexpr truth recurrent_optic_neuritis_truth(const clinical_history& h, const std::optional<date>& as_of) noexcept {
  truth t = truth::not_met;
  for (std::size_t i = 0; i < h.attacks.size(); ++i) {
    if (!known_by(h.attacks[i], as_of)) continue;
    for (std::size_t j = i + 1; j < h.attacks.size(); ++j)
      if (known_by(h.attacks[j], as_of)) t = t || two_optic_neuritis_attacks(h.attacks[i], h.attacks[j]);
  }
  return t;
}
/// Some attack known by `as_of` for which f is met (unknown when none is but one may be).
template <class F> constexpr truth any_attack(const clinical_history& h, const std::optional<date>& as_of, F f) noexcept {
  truth t = truth::not_met;
  for (const auto& a : h.attacks)
    if (known_by(a, as_of)) t = t || f(a);
  return t;
}
constexpr truth optic_neuritis_or_letm(const attack& a) noexcept {
  return is_phenotype(a, relapse_phenotype::optic_neuritis) || letm_event(a);
}
constexpr truth optic_neuritis_or_myelitis(const attack& a) noexcept {
  return is_phenotype(a, relapse_phenotype::optic_neuritis) || is_phenotype(a, relapse_phenotype::myelitis);
}

/// "<what> (<attack>: <finding words>; ...)" over the attacks known by `as_of` that are or may be
/// of one of the phenotypes `p` or `q`, or "<what> (<none words>)".
template <class Words>
std::string attacks_listed(const clinical_history& h, const std::optional<date>& as_of, relapse_phenotype p, relapse_phenotype q,
                           std::string_view what, Words words) {
  std::string list;
  for (const auto& a : h.attacks) {
    if (!known_by(a, as_of) || (a.phenotype && *a.phenotype != p && *a.phenotype != q)) continue;
    if (!list.empty()) list += "; ";
    list += attack_words(a);
    list += words(a);
  }
  if (list.empty()) {
    list = trialspec::detail::cat("no ", phenotype_words(p));
    if (q != p) list += trialspec::detail::cat(" or ", phenotype_words(q));
    list += trialspec::detail::cat(" among ", std::to_string(h.attacks.size()), " recorded attacks");
  }
  return trialspec::detail::cat(what, " (", list, ")");
}
} // namespace detail

/// The NMO spectrum by Wingerchuk et al. 2007. `Aqp4` decides whether its forms other than NMO
/// itself need a positive AQP4-IgG. Every function takes an optional `as_of`: attacks with a later
/// onset are ignored.
template <spectrum_aqp4 Aqp4 = spectrum_aqp4::required>
struct nmo_spectrum_2007 {
  static constexpr spectrum_aqp4 aqp4_policy = Aqp4;
  static constexpr std::string_view name = Aqp4 == spectrum_aqp4::required
                                               ? "NMO spectrum (Wingerchuk et al. 2007; forms other than NMO with AQP4-IgG positive)"
                                               : "NMO spectrum (Wingerchuk et al. 2007; AQP4-IgG not required)";

  // ---- the parts, each as a truth (allocation-free) and as a verdict with reasons ----

  /// AQP4-IgG for the forms other than NMO: met when positive (or not required), unknown when not
  /// tested, not met when negative.
  static constexpr truth aqp4_truth(const clinical_history& h) noexcept {
    if (Aqp4 == spectrum_aqp4::not_required || h.aqp4_igg == serostatus::positive) return truth::met;
    return h.aqp4_igg == serostatus::negative ? truth::not_met : truth::unknown;
  }
  static verdict aqp4(const clinical_history& h) {
    return {aqp4_truth(h), trialspec::detail::cat("AQP4-IgG (NMO-IgG) seropositive: ", to_string(h.aqp4_igg))};
  }

  /// "Idiopathic": alternative diagnoses excluded.
  static verdict idiopathic(const clinical_history& h) {
    const std::string what = "idiopathic (alternative diagnoses excluded): ";
    if (!h.alternatives_excluded) return verdict::unknown(trialspec::detail::cat(what, "not recorded"));
    return *h.alternatives_excluded ? verdict::met(trialspec::detail::cat(what, "excluded")) : verdict::not_met(trialspec::detail::cat(what, "not excluded"));
  }

  /// Single or recurrent events of longitudinally extensive myelitis.
  static constexpr truth letm_events_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::any_attack(h, as_of, detail::letm_event);
  }
  static verdict letm_events(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return {letm_events_truth(h, as_of),
            detail::attacks_listed(h, as_of, relapse_phenotype::myelitis, relapse_phenotype::myelitis,
                                   "longitudinally extensive myelitis, lesion over 3 or more vertebral segments",
                                   [](const attack& a) { return trialspec::detail::cat(": lesion over 3 or more segments ", detail::finding_words(a.mri.letm)); })};
  }

  /// Recurrent optic neuritis: two optic-neuritis entries of different onsets.
  static constexpr truth recurrent_optic_neuritis_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::recurrent_optic_neuritis_truth(h, as_of);
  }
  static verdict recurrent_optic_neuritis(const clinical_history& h, const std::optional<date>& as_of = {}) {
    const std::string what = "recurrent optic neuritis (entries of different onsets): ";
    const truth t = recurrent_optic_neuritis_truth(h, as_of);
    // The pair that decides: the first met one, else the first that may be two attacks.
    for (const truth wanted : {truth::met, truth::unknown}) {
      if (t != wanted) continue;
      for (std::size_t i = 0; i < h.attacks.size(); ++i) {
        const attack& a = h.attacks[i];
        if (!detail::known_by(a, as_of)) continue;
        for (std::size_t j = i + 1; j < h.attacks.size(); ++j) {
          const attack& b = h.attacks[j];
          if (!detail::known_by(b, as_of) || detail::two_optic_neuritis_attacks(a, b) != wanted) continue;
          if (wanted == truth::met) return verdict::met(trialspec::detail::cat(what, detail::attack_words(a), " and ", detail::attack_words(b)));
          return verdict::unknown(trialspec::detail::cat(what, "the ", detail::attack_words(a), " and the ", detail::attack_words(b),
                                  " may be two attacks of optic neuritis"));
        }
      }
    }
    std::size_t n = 0;
    for (const auto& a : h.attacks)
      if (detail::known_by(a, as_of) && a.phenotype == relapse_phenotype::optic_neuritis) ++n;
    if (n == 0) return verdict::not_met(trialspec::detail::cat(what, "no optic neuritis among ", std::to_string(h.attacks.size()), " recorded attacks"));
    return verdict::not_met(trialspec::detail::cat(what, std::to_string(n), (n == 1 ? " optic neuritis entry" : " optic neuritis entries, all of one onset")));
  }

  /// Simultaneous bilateral optic neuritis.
  static constexpr truth bilateral_optic_neuritis_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::any_attack(h, as_of, detail::bilateral_optic_neuritis);
  }
  static verdict bilateral_optic_neuritis(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return {bilateral_optic_neuritis_truth(h, as_of),
            detail::attacks_listed(h, as_of, relapse_phenotype::optic_neuritis, relapse_phenotype::optic_neuritis,
                                   "simultaneous bilateral optic neuritis",
                                   [](const attack& a) { return trialspec::detail::cat(": both eyes at once ", detail::finding_words(a.simultaneous_bilateral)); })};
  }

  /// Optic neuritis or longitudinally extensive myelitis (the systemic autoimmune form).
  static constexpr truth optic_neuritis_or_letm_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::any_attack(h, as_of, detail::optic_neuritis_or_letm);
  }
  static verdict optic_neuritis_or_letm(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return {optic_neuritis_or_letm_truth(h, as_of),
            detail::attacks_listed(h, as_of, relapse_phenotype::optic_neuritis, relapse_phenotype::myelitis,
                                   "optic neuritis or longitudinally extensive myelitis", [](const attack& a) {
                                     return a.phenotype == relapse_phenotype::optic_neuritis
                                                ? std::string()
                                                : trialspec::detail::cat(": lesion over 3 or more segments ", detail::finding_words(a.mri.letm));
                                   })};
  }

  /// Optic neuritis or myelitis (the form with NMO-typical brain lesions).
  static constexpr truth optic_neuritis_or_myelitis_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return detail::any_attack(h, as_of, detail::optic_neuritis_or_myelitis);
  }
  static verdict optic_neuritis_or_myelitis(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return {optic_neuritis_or_myelitis_truth(h, as_of),
            detail::attacks_listed(h, as_of, relapse_phenotype::optic_neuritis, relapse_phenotype::myelitis,
                                   "optic neuritis or myelitis", [](const attack&) { return std::string(); })};
  }

  // ---- the forms ----

  /// Limited form: idiopathic single or recurrent events of longitudinally extensive myelitis.
  static constexpr truth limited_letm_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return letm_events_truth(h, as_of) && to_truth(h.alternatives_excluded) && aqp4_truth(h);
  }
  /// Limited form: optic neuritis, recurrent or simultaneous bilateral (idiopathic).
  static constexpr truth limited_optic_neuritis_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return (recurrent_optic_neuritis_truth(h, as_of) || bilateral_optic_neuritis_truth(h, as_of)) &&
           to_truth(h.alternatives_excluded) && aqp4_truth(h);
  }
  static constexpr truth optic_spinal_ms_truth(const clinical_history& h) noexcept {
    return to_truth(h.optic_spinal_ms) && aqp4_truth(h);
  }
  static constexpr truth systemic_autoimmune_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return optic_neuritis_or_letm_truth(h, as_of) && to_truth(h.systemic_autoimmune_disease) && aqp4_truth(h);
  }
  static constexpr truth brain_lesions_truth(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return optic_neuritis_or_myelitis_truth(h, as_of) && to_truth(h.nmo_typical_brain_lesions) && aqp4_truth(h);
  }

  static verdict limited_letm(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return form("limited form: idiopathic single or recurrent events of longitudinally extensive myelitis", h,
                {letm_events(h, as_of), idiopathic(h)});
  }
  static verdict limited_optic_neuritis(const clinical_history& h, const std::optional<date>& as_of = {}) {
    verdict r = recurrent_optic_neuritis(h, as_of);
    verdict b = bilateral_optic_neuritis(h, as_of);
    const truth either = r.value() || b.value();
    return form("limited form: optic neuritis, recurrent or simultaneous bilateral (idiopathic)", h,
                {verdict(either, "recurrent or simultaneous bilateral", {std::move(r), std::move(b)}), idiopathic(h)});
  }
  static verdict optic_spinal_ms(const clinical_history& h) {
    return form("Asian optic-spinal multiple sclerosis", h,
                {verdict(to_truth(h.optic_spinal_ms), trialspec::detail::cat("diagnosis of Asian optic-spinal MS: ", detail::finding_words(h.optic_spinal_ms)))});
  }
  static verdict systemic_autoimmune(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return form("optic neuritis or longitudinally extensive myelitis associated with systemic autoimmune disease", h,
                {optic_neuritis_or_letm(h, as_of),
                 verdict(to_truth(h.systemic_autoimmune_disease),
                         trialspec::detail::cat("systemic autoimmune disease: ", detail::finding_words(h.systemic_autoimmune_disease)))});
  }
  static verdict brain_lesions(const clinical_history& h, const std::optional<date>& as_of = {}) {
    return form("optic neuritis or myelitis associated with brain lesions typical of NMO", h,
                {optic_neuritis_or_myelitis(h, as_of),
                 verdict(to_truth(h.nmo_typical_brain_lesions),
                         trialspec::detail::cat("brain lesions typical of NMO (hypothalamic, corpus callosal, periventricular or brainstem): ",
                             detail::finding_words(h.nmo_typical_brain_lesions)))});
  }

  /// The verdict alone, without reasons and without allocating.
  static constexpr truth test(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    return nmo_2006::test(h, as_of) || limited_letm_truth(h, as_of) || limited_optic_neuritis_truth(h, as_of) ||
           optic_spinal_ms_truth(h) || systemic_autoimmune_truth(h, as_of) || brain_lesions_truth(h, as_of);
  }

  /// The verdict with a child per form: NMO (2006), the two limited forms, Asian optic-spinal MS,
  /// the systemic autoimmune form, the brain-lesion form.
  static verdict evaluate(const clinical_history& h, const std::optional<date>& as_of = {}) {
    std::vector<verdict> forms{nmo_2006::evaluate(h, as_of),  limited_letm(h, as_of),        limited_optic_neuritis(h, as_of),
                               optic_spinal_ms(h),            systemic_autoimmune(h, as_of), brain_lesions(h, as_of)};
    truth t = truth::not_met;
    for (const auto& f : forms) t = t || f.value();
    return {t, std::string(name), forms};
  }

  verdict operator()(const clinical_history& h) const { return evaluate(h); }

private:
  /// A form: its parts, and AQP4-IgG when required, all met.
  static verdict form(std::string_view label, const clinical_history& h, std::vector<verdict> parts) {
    if constexpr (Aqp4 == spectrum_aqp4::required) parts.push_back(aqp4(h));
    truth t = truth::met;
    for (const auto& p : parts) t = t && p.value();
    return {t, label, parts};
  }
};

/// The NMO spectrum (Wingerchuk et al. 2007), its forms other than NMO with AQP4-IgG positive.
inline constexpr nmo_spectrum_2007<> nmo_spectrum_wingerchuk_2007{};

} // namespace trialspec::diagnosis
