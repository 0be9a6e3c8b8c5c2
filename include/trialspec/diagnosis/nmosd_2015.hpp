// trialspec/diagnosis/nmosd_2015.hpp - neuromyelitis optica spectrum disorder, international
// consensus criteria of the International Panel for NMO Diagnosis (IPND): Wingerchuk DM et al.
// Neurology 2015;85:177-189, Table 1.
//
// Core clinical characteristics: optic neuritis; acute myelitis; area postrema syndrome; acute
// brainstem syndrome; symptomatic narcolepsy or acute diencephalic syndrome WITH NMOSD-typical
// diencephalic MRI lesions; symptomatic cerebral syndrome WITH NMOSD-typical brain lesions.
//
// NMOSD with AQP4-IgG: at least 1 core clinical characteristic, positive AQP4-IgG, alternative
// diagnoses excluded.
//
// NMOSD without AQP4-IgG or with unknown AQP4-IgG status (negative, or testing unavailable): at
// least 2 core clinical characteristics from one or more attacks, such that
//  (a) at least one is optic neuritis, acute myelitis with LETM, or area postrema syndrome;
//  (b) dissemination in space: 2 or more DIFFERENT core characteristics;
//  (c) each counted characteristic fulfils the additional MRI requirements:
//      optic neuritis - brain MRI normal or only nonspecific white-matter lesions, OR optic nerve
//                       T2 / T1-Gd lesion over more than half the nerve length or involving the
//                       chiasm;
//      acute myelitis - attack-associated intramedullary lesion over 3 or more contiguous
//                       segments (LETM), OR focal cord atrophy over 3 or more contiguous segments;
//      area postrema syndrome - dorsal medulla / area postrema lesion;
//      acute brainstem syndrome - periependymal brainstem lesions;
// and alternative diagnoses excluded.
//
// Three-valued: characteristics are counted per attack entry; a finding not examined is unknown;
// an attack of unrecorded phenotype could be any characteristic, so it turns a verdict that is not
// already met into unknown. How a patient never tested for AQP4-IgG is judged is a policy
// (`untested_aqp4`), because the IPND text and a screening use can want different answers.
#pragma once

#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::diagnosis {

/// How a patient whose AQP4-IgG was never tested is judged.
enum class untested_aqp4 : std::uint8_t {
  /// As the IPND wrote it: "NMOSD with unknown AQP4-IgG status" uses the seronegative
  /// requirements, so one core characteristic without a test is not NMOSD (not met).
  seronegative_rules,
  /// For screening: a patient who fails the seronegative requirements but would meet the
  /// seropositive ones is unknown ("testing AQP4-IgG would decide"), not not met.
  undetermined_until_tested,
};

/// The sentence stating each policy, and its token (trialspec/enum_names.hpp).
inline constexpr auto untested_aqp4_names = name_table<untested_aqp4::undetermined_until_tested>({
    {untested_aqp4::seronegative_rules,
     "untested AQP4-IgG is judged by the seronegative requirements (as written by the IPND)", "seronegative_rules"},
    {untested_aqp4::undetermined_until_tested,
     "untested AQP4-IgG leaves the verdict undetermined where a positive test would decide it", "undetermined_until_tested"},
});
constexpr const auto& names_of(untested_aqp4) noexcept { return untested_aqp4_names; }
constexpr std::string_view to_string(untested_aqp4 p) noexcept { return untested_aqp4_names.words(p); }

namespace detail {
inline constexpr std::array<relapse_phenotype, 6> core_characteristics{
    relapse_phenotype::optic_neuritis, relapse_phenotype::myelitis,     relapse_phenotype::area_postrema,
    relapse_phenotype::brainstem,      relapse_phenotype::diencephalic, relapse_phenotype::cerebral};

/// Whether an attack is a core clinical characteristic at all (diencephalic and cerebral
/// syndromes only with their typical lesions).
constexpr truth is_core(const attack& a) noexcept {
  if (!a.phenotype) return truth::unknown;
  switch (*a.phenotype) {
  case relapse_phenotype::optic_neuritis:
  case relapse_phenotype::myelitis:
  case relapse_phenotype::area_postrema:
  case relapse_phenotype::brainstem: return truth::met;
  case relapse_phenotype::diencephalic: return to_truth(a.mri.typical_diencephalic_lesion);
  case relapse_phenotype::cerebral: return to_truth(a.mri.typical_cerebral_lesion);
  case relapse_phenotype::other: return truth::not_met;
  }
  return truth::not_met;
}

/// The additional MRI requirement of the attack's characteristic (for diencephalic and cerebral
/// syndromes, the typical lesion that makes them core characteristics).
constexpr truth meets_mri_requirement(const attack& a) noexcept {
  if (!a.phenotype) return truth::unknown;
  const auto& m = a.mri;
  switch (*a.phenotype) {
  case relapse_phenotype::optic_neuritis: return to_truth(m.brain_normal_or_nonspecific) || to_truth(m.optic_nerve_long_or_chiasm);
  case relapse_phenotype::myelitis: return to_truth(m.letm) || to_truth(m.cord_atrophy_3_segments);
  case relapse_phenotype::area_postrema: return to_truth(m.dorsal_medulla_lesion);
  case relapse_phenotype::brainstem: return to_truth(m.periependymal_brainstem_lesion);
  case relapse_phenotype::diencephalic: return to_truth(m.typical_diencephalic_lesion);
  case relapse_phenotype::cerebral: return to_truth(m.typical_cerebral_lesion);
  case relapse_phenotype::other: return truth::not_met;
  }
  return truth::not_met;
}

/// Requirement (a): optic neuritis, acute myelitis WITH LETM (atrophy is not enough here), or area
/// postrema syndrome, each with its MRI requirement.
constexpr truth is_cardinal(const attack& a) noexcept {
  if (!a.phenotype) return truth::unknown;
  switch (*a.phenotype) {
  case relapse_phenotype::optic_neuritis:
  case relapse_phenotype::area_postrema: return meets_mri_requirement(a);
  case relapse_phenotype::myelitis: return to_truth(a.mri.letm);
  default: return truth::not_met;
  }
}

inline std::string mri_requirement_words(relapse_phenotype p) {
  switch (p) {
  case relapse_phenotype::optic_neuritis: return "brain MRI normal or nonspecific, or optic nerve lesion over half its length or at the chiasm";
  case relapse_phenotype::myelitis: return "LETM (3 or more contiguous segments) or cord atrophy over 3 or more segments";
  case relapse_phenotype::area_postrema: return "dorsal medulla / area postrema lesion";
  case relapse_phenotype::brainstem: return "periependymal brainstem lesion";
  case relapse_phenotype::diencephalic: return "NMOSD-typical diencephalic lesion";
  case relapse_phenotype::cerebral: return "NMOSD-typical brain lesion";
  case relapse_phenotype::other: return "not a core clinical characteristic";
  }
  return "invalid";
}

inline std::string mri_findings_words(const attack& a) {
  const auto& m = a.mri;
  if (!a.phenotype) return "phenotype not recorded";
  switch (*a.phenotype) {
  case relapse_phenotype::optic_neuritis:
    return trialspec::detail::cat("brain normal or nonspecific ", finding_words(m.brain_normal_or_nonspecific),
           ", long optic nerve or chiasm lesion ", finding_words(m.optic_nerve_long_or_chiasm));
  case relapse_phenotype::myelitis:
    return trialspec::detail::cat("LETM ", finding_words(m.letm), ", cord atrophy over 3 segments ", finding_words(m.cord_atrophy_3_segments));
  case relapse_phenotype::area_postrema: return trialspec::detail::cat("dorsal medulla lesion ", finding_words(m.dorsal_medulla_lesion));
  case relapse_phenotype::brainstem: return trialspec::detail::cat("periependymal lesion ", finding_words(m.periependymal_brainstem_lesion));
  case relapse_phenotype::diencephalic: return trialspec::detail::cat("typical diencephalic lesion ", finding_words(m.typical_diencephalic_lesion));
  case relapse_phenotype::cerebral: return trialspec::detail::cat("typical brain lesion ", finding_words(m.typical_cerebral_lesion));
  case relapse_phenotype::other: return "not a core clinical characteristic";
  }
  return "invalid";
}

inline std::size_t core_index(relapse_phenotype p) noexcept {
  for (std::size_t i = 0; i < core_characteristics.size(); ++i)
    if (core_characteristics[i] == p) return i;
  return core_characteristics.size();
}
} // namespace detail

namespace detail {
/// Requirements (a), (b), (c) over the attacks known by `as_of`, without allocating: some
/// characteristic c satisfies (a) and a different one qualifies, so (b) and (c) follow. An attack
/// of unrecorded phenotype could be any characteristic: it turns a result that is not met into
/// unknown.
constexpr truth seronegative_truth(const clinical_history& h, const std::optional<date>& as_of) noexcept {
  constexpr std::size_t n = core_characteristics.size();
  std::array<truth, n> qualifies{}, cardinal{};
  qualifies.fill(truth::not_met);
  cardinal.fill(truth::not_met);
  bool unrecorded = false;
  for (const auto& a : h.attacks) {
    if (!known_by(a, as_of)) continue;
    if (!a.phenotype) {
      unrecorded = true;
      continue;
    }
    const std::size_t i = core_index(*a.phenotype);
    if (i == n) continue;
    qualifies[i] = qualifies[i] || meets_mri_requirement(a);
    cardinal[i] = cardinal[i] || is_cardinal(a);
  }
  truth t = truth::not_met;
  for (std::size_t c = 0; c < n; ++c) {
    truth other = truth::not_met;
    for (std::size_t d = 0; d < n; ++d)
      if (d != c) other = other || qualifies[d];
    t = t || (cardinal[c] && other);
  }
  return unrecorded && t != truth::met ? truth::unknown : t;
}
constexpr truth one_core_truth(const clinical_history& h, const std::optional<date>& as_of) noexcept {
  truth t = truth::not_met;
  for (const auto& a : h.attacks)
    if (known_by(a, as_of)) t = t || is_core(a);
  return t;
}
} // namespace detail

/// NMOSD by the IPND 2015 criteria. `Untested` decides how a never-tested AQP4-IgG is judged.
/// Every function takes an optional `as_of`: attacks with a later onset are ignored.
template <untested_aqp4 Untested = untested_aqp4::seronegative_rules>
struct nmosd_2015 {
  static constexpr untested_aqp4 untested_policy = Untested;
  static constexpr std::string_view name = "NMOSD (IPND, Wingerchuk et al. 2015)";

  static verdict alternatives_excluded(const clinical_history& h) {
    const std::string what = "alternative diagnoses excluded";
    if (!h.alternatives_excluded) return verdict::unknown(trialspec::detail::cat(what, ": not recorded"));
    return *h.alternatives_excluded ? verdict::met(what) : verdict::not_met(trialspec::detail::cat(what, ": not excluded"));
  }

  /// At least one core clinical characteristic (the seropositive requirement).
  static verdict one_core_characteristic(const clinical_history& h, const std::optional<date>& as_of = {}) {
    std::vector<verdict> parts;
    for (const auto& a : h.attacks) {
      if (!detail::known_by(a, as_of)) continue;
      const truth c = detail::is_core(a);
      parts.emplace_back(c, trialspec::detail::cat(detail::attack_words(a), (c == truth::met ? " is a core clinical characteristic"
                                                        : c == truth::not_met ? " is not a core clinical characteristic"
                                                                              : " may be a core clinical characteristic")));
    }
    return {detail::one_core_truth(h, as_of), "at least 1 core clinical characteristic", std::move(parts)};
  }

  /// The seronegative requirements (a), (b) and (c): two different core characteristics meeting
  /// their MRI requirements, one of them optic neuritis, myelitis with LETM or area postrema
  /// syndrome.
  static verdict seronegative_requirements(const clinical_history& h, const std::optional<date>& as_of = {}) {
    std::vector<verdict> parts;
    for (const auto& a : h.attacks) {
      if (!detail::known_by(a, as_of)) continue;
      if (!a.phenotype) {
        parts.push_back(verdict::unknown(trialspec::detail::cat(detail::attack_words(a), ": could be any core clinical characteristic")));
        continue;
      }
      if (detail::core_index(*a.phenotype) == detail::core_characteristics.size()) {
        parts.push_back(verdict::not_met(trialspec::detail::cat(detail::attack_words(a), ": not a core clinical characteristic")));
        continue;
      }
      const truth q = detail::meets_mri_requirement(a);
      parts.emplace_back(q, trialspec::detail::cat(detail::attack_words(a), ": MRI requirement (", detail::mri_requirement_words(*a.phenotype),
                                ") ", to_string(q), " [", detail::mri_findings_words(a), "]"));
    }
    return {detail::seronegative_truth(h, as_of),
            "at least 2 different core clinical characteristics meeting the additional MRI requirements, "
            "at least 1 of them optic neuritis, acute myelitis with LETM or area postrema syndrome",
            std::move(parts)};
  }

  /// Whether the positive-serostatus branch may apply: met when positive, unknown when untested
  /// under `undetermined_until_tested`, otherwise not met.
  static constexpr truth positive_truth(const clinical_history& h) noexcept {
    if (h.aqp4_igg == serostatus::positive) return truth::met;
    if (h.aqp4_igg == serostatus::not_tested && Untested == untested_aqp4::undetermined_until_tested) return truth::unknown;
    return truth::not_met;
  }

  /// The verdict alone, without reasons and without allocating.
  static constexpr truth test(const clinical_history& h, const std::optional<date>& as_of = {}) noexcept {
    const truth alt = to_truth(h.alternatives_excluded);
    const truth with = positive_truth(h) && detail::one_core_truth(h, as_of) && alt;
    const truth without = h.aqp4_igg == serostatus::positive ? truth::not_met : detail::seronegative_truth(h, as_of) && alt;
    return with || without;
  }

  /// NMOSD with AQP4-IgG: positive test, at least one core characteristic, alternatives excluded.
  static verdict with_aqp4_igg(const clinical_history& h, const std::optional<date>& as_of = {}) {
    verdict sero(positive_truth(h), trialspec::detail::cat("AQP4-IgG positive: ", to_string(h.aqp4_igg)));
    verdict core = one_core_characteristic(h, as_of);
    verdict alt = alternatives_excluded(h);
    const truth t = sero.value() && core.value() && alt.value();
    return {t, "NMOSD with AQP4-IgG", {std::move(sero), std::move(core), std::move(alt)}};
  }

  /// NMOSD without AQP4-IgG or with unknown AQP4-IgG status; not applicable when positive.
  static verdict without_aqp4_igg(const clinical_history& h, const std::optional<date>& as_of = {}) {
    if (h.aqp4_igg == serostatus::positive)
      return verdict::not_met("NMOSD without AQP4-IgG: not applicable, AQP4-IgG positive");
    verdict req = seronegative_requirements(h, as_of);
    verdict alt = alternatives_excluded(h);
    const truth t = req.value() && alt.value();
    const std::string label = h.aqp4_igg == serostatus::negative ? "NMOSD without AQP4-IgG"
                                                                 : "NMOSD with unknown AQP4-IgG status";
    return {t, label, {std::move(req), std::move(alt)}};
  }

  /// Either branch, with reasons.
  static verdict evaluate(const clinical_history& h, const std::optional<date>& as_of = {}) {
    verdict a = with_aqp4_igg(h, as_of);
    verdict b = without_aqp4_igg(h, as_of);
    const truth t = a.value() || b.value();
    return {t, std::string(name), {std::move(a), std::move(b)}};
  }

  verdict operator()(const clinical_history& h) const { return evaluate(h); }
};

/// NMOSD by IPND 2015, untested AQP4-IgG judged as written.
inline constexpr nmosd_2015<> nmosd_ipnd_2015{};

} // namespace trialspec::diagnosis
