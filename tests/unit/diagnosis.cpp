// Diagnostic criteria: Wingerchuk 2006 definite NMO and IPND 2015 NMOSD, every branch, with
// missing findings. Expected verdicts are worked out from the published criteria (Neurology
// 66:1485 and 85:177, Table 1), written next to each case.
#include <trialspec/diagnosis/diagnostic_criteria.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
#include <trialspec/eligibility/criteria/diagnosis_from_history.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>

using namespace trialspec;
using namespace trialspec::diagnosis;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
using P = relapse_phenotype;

attack on_attack(finding brain_normal, finding optic_nerve = std::nullopt) {
  attack a{parse_date("2012-03-01"), P::optic_neuritis, {}};
  a.mri.brain_normal_or_nonspecific = brain_normal;
  a.mri.optic_nerve_long_or_chiasm = optic_nerve;
  return a;
}
attack myelitis(finding letm, finding atrophy = std::nullopt) {
  attack a{parse_date("2013-05-10"), P::myelitis, {}};
  a.mri.letm = letm;
  a.mri.cord_atrophy_3_segments = atrophy;
  return a;
}
attack aps(finding lesion) {
  attack a{parse_date("2013-09-02"), P::area_postrema, {}};
  a.mri.dorsal_medulla_lesion = lesion;
  return a;
}
attack brainstem(finding lesion) {
  attack a{parse_date("2014-01-20"), P::brainstem, {}};
  a.mri.periependymal_brainstem_lesion = lesion;
  return a;
}
attack diencephalic(finding lesion) {
  attack a{parse_date("2014-02-11"), P::diencephalic, {}};
  a.mri.typical_diencephalic_lesion = lesion;
  return a;
}
attack cerebral(finding lesion) {
  attack a{parse_date("2014-04-11"), P::cerebral, {}};
  a.mri.typical_cerebral_lesion = lesion;
  return a;
}
attack unrecorded() { return attack{parse_date("2011-07-07"), std::nullopt, {}}; }
attack other() { return attack{parse_date("2011-08-08"), P::other, {}}; }

clinical_history history(std::vector<attack> attacks, serostatus s, finding alternatives_excluded = true,
                         finding onset_brain_meets_ms = false) {
  clinical_history h;
  h.attacks = std::move(attacks);
  h.aqp4_igg = s;
  h.alternatives_excluded = alternatives_excluded;
  h.onset_brain_mri_meets_ms_criteria = onset_brain_meets_ms;
  return h;
}

// Each helper also checks that the allocation-free test() agrees with evaluate().
template <class D> truth both_paths(const clinical_history& h) {
  const truth t = D::evaluate(h).value();
  BOOST_TEST((D::test(h) == t));
  return t;
}
truth nmo(const clinical_history& h) { return both_paths<nmo_2006>(h); }
truth ipnd(const clinical_history& h) { return both_paths<nmosd_2015<>>(h); }
truth ipnd_screening(const clinical_history& h) {
  return both_paths<nmosd_2015<untested_aqp4::undetermined_until_tested>>(h);
}
} // namespace

BOOST_AUTO_TEST_SUITE(diagnosis)

// ---- Wingerchuk 2006 ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(nmo_2006_all_three_supportive) {
  // ON + myelitis; supportive: LETM yes, onset brain MRI not MS, NMO-IgG positive: 3 of 3.
  const auto h = history({on_attack(true), myelitis(true)}, serostatus::positive);
  const verdict v = definite_nmo_2006(h);
  BOOST_TEST(v.value() == M);
  BOOST_TEST(v.reason() == "definite NMO (Wingerchuk et al. 2006)");
  BOOST_TEST_REQUIRE(v.children().size() == 3u);
  BOOST_TEST(v.children()[0].reason() == "optic neuritis: optic neuritis on 2012-03-01");
  BOOST_TEST(v.children()[2].reason() == "at least 2 of 3 supportive criteria");
  BOOST_TEST(v.children()[2].children()[0].reason() ==
             "contiguous spinal cord lesion over 3 or more vertebral segments (acute myelitis on 2013-05-10: "
             "lesion over 3 or more segments present)");
}

BOOST_AUTO_TEST_CASE(nmo_2006_exactly_two_supportive_is_enough) {
  // No LETM, but brain MRI not MS and seropositive: 2 of 3.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(false)}, serostatus::positive)) == M);
  // LETM and seropositive, brain MRI met MS criteria: 2 of 3.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(true)}, serostatus::positive, true, true)) == M);
  // LETM and brain MRI not MS, seronegative: 2 of 3.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(true)}, serostatus::negative)) == M);
}

BOOST_AUTO_TEST_CASE(nmo_2006_one_supportive_is_not) {
  // LETM only (brain MRI met MS criteria, seronegative): 1 of 3.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(true)}, serostatus::negative, true, true)) == N);
}

BOOST_AUTO_TEST_CASE(nmo_2006_needs_both_optic_neuritis_and_myelitis) {
  BOOST_TEST(nmo(history({myelitis(true)}, serostatus::positive)) == N);
  BOOST_TEST(nmo(history({on_attack(true), on_attack(true)}, serostatus::positive)) == N);
  // An area postrema syndrome is not myelitis for the 2006 criteria.
  BOOST_TEST(nmo(history({on_attack(true), aps(true)}, serostatus::positive)) == N);
}

BOOST_AUTO_TEST_CASE(nmo_2006_missing_findings_are_unknown) {
  // LETM met, brain MRI not assessed, not tested: {M, U, U} -> could be 2 -> unknown.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(true)}, serostatus::not_tested, true, std::nullopt)) == U);
  // LETM met, brain met MS criteria, not tested: {M, N, U} -> unknown.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(true)}, serostatus::not_tested, true, true)) == U);
  // No LETM, brain met MS criteria, not tested: {N, N, U} -> at most 1 -> not met.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(false)}, serostatus::not_tested, true, true)) == N);
  // Spinal MRI of the myelitis attack not done: {U, M, N} -> unknown.
  BOOST_TEST(nmo(history({on_attack(true), myelitis(std::nullopt)}, serostatus::negative)) == U);
  // An attack of unrecorded phenotype could be the missing myelitis.
  const auto h = history({on_attack(true), unrecorded()}, serostatus::positive);
  const verdict v = nmo_2006::evaluate(h);
  BOOST_TEST(v.value() == U);
  BOOST_TEST(v.children()[1].value() == U);
  BOOST_TEST(v.children()[1].reason() ==
             "acute myelitis: none recorded, but the attack of unrecorded phenotype on 2011-07-07 could be one");
  // ... but once a myelitis attack is recorded, the unrecorded one does not matter.
  BOOST_TEST(nmo(history({on_attack(true), unrecorded(), myelitis(true)}, serostatus::positive)) == M);
}

// ---- IPND 2015, with AQP4-IgG ------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(ipnd_seropositive_one_core_characteristic) {
  // One area postrema syndrome, no MRI at all: enough with AQP4-IgG (MRI requirements are only
  // for the seronegative branch).
  const auto h = history({aps(std::nullopt)}, serostatus::positive);
  const verdict v = nmosd_ipnd_2015(h);
  BOOST_TEST(v.value() == M);
  BOOST_TEST(v.children()[0].reason() == "NMOSD with AQP4-IgG");
  BOOST_TEST(v.children()[0].value() == M);
  BOOST_TEST(v.children()[1].reason() == "NMOSD without AQP4-IgG: not applicable, AQP4-IgG positive");
  for (auto a : {on_attack(std::nullopt), myelitis(std::nullopt), brainstem(std::nullopt)})
    BOOST_TEST(ipnd(history({a}, serostatus::positive)) == M);
}

// Each attack's line under "at least 1 core clinical characteristic" says which of the three it
// is: an area postrema syndrome is one, an attack of another kind is not, an attack whose kind
// was not recorded may be.
BOOST_AUTO_TEST_CASE(ipnd_core_characteristic_words_per_attack) {
  const verdict v = nmosd_2015<>::one_core_characteristic(history({aps(true), other(), unrecorded()}, serostatus::positive));
  BOOST_TEST(v.value() == M);
  BOOST_TEST_REQUIRE(v.children().size() == 3u);
  const auto ends_with = [](std::string_view text, std::string_view end) { return text.ends_with(end); };
  BOOST_TEST(ends_with(v.children()[0].reason(), " is a core clinical characteristic"), v.children()[0].reason());
  BOOST_TEST(v.children()[0].value() == M);
  BOOST_TEST(ends_with(v.children()[1].reason(), " is not a core clinical characteristic"), v.children()[1].reason());
  BOOST_TEST(v.children()[1].value() == N);
  BOOST_TEST(ends_with(v.children()[2].reason(), " may be a core clinical characteristic"), v.children()[2].reason());
  BOOST_TEST(v.children()[2].value() == U);
}

BOOST_AUTO_TEST_CASE(ipnd_seropositive_diencephalic_and_cerebral_need_their_lesions) {
  BOOST_TEST(ipnd(history({diencephalic(true)}, serostatus::positive)) == M);
  BOOST_TEST(ipnd(history({diencephalic(false)}, serostatus::positive)) == N);
  BOOST_TEST(ipnd(history({diencephalic(std::nullopt)}, serostatus::positive)) == U);
  BOOST_TEST(ipnd(history({cerebral(true)}, serostatus::positive)) == M);
  BOOST_TEST(ipnd(history({cerebral(false)}, serostatus::positive)) == N);
  BOOST_TEST(ipnd(history({other()}, serostatus::positive)) == N);
  BOOST_TEST(ipnd(history({}, serostatus::positive)) == N);
}

BOOST_AUTO_TEST_CASE(ipnd_alternatives_must_be_excluded) {
  BOOST_TEST(ipnd(history({aps(true)}, serostatus::positive, false)) == N);
  BOOST_TEST(ipnd(history({aps(true)}, serostatus::positive, std::nullopt)) == U);
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(true)}, serostatus::negative, false)) == N);
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(true)}, serostatus::negative, std::nullopt)) == U);
}

// ---- IPND 2015, without AQP4-IgG ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(ipnd_seronegative_met) {
  // ON with a normal brain MRI (a, c) + myelitis with LETM (c); two different characteristics (b).
  const auto h = history({on_attack(true), myelitis(true)}, serostatus::negative);
  const verdict v = nmosd_ipnd_2015(h);
  BOOST_TEST(v.value() == M);
  BOOST_TEST(v.children()[1].reason() == "NMOSD without AQP4-IgG");
  // ON via the optic-nerve lesion instead of the brain MRI; APS with its dorsal medulla lesion.
  BOOST_TEST(ipnd(history({on_attack(false, true), aps(true)}, serostatus::negative)) == M);
  // Myelitis with LETM (a) + brainstem with periependymal lesion (c).
  BOOST_TEST(ipnd(history({myelitis(true), brainstem(true)}, serostatus::negative)) == M);
  // Cord atrophy satisfies (c) for myelitis; ON satisfies (a).
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(false, true)}, serostatus::negative)) == M);
}

BOOST_AUTO_TEST_CASE(ipnd_seronegative_fails_only_mri_requirements) {
  // Clinically ON + myelitis (would be definite-looking), but the myelitis lesion is short and
  // there is no atrophy: only ON qualifies, so no second characteristic -> not met.
  const auto h = history({on_attack(true), myelitis(false, false)}, serostatus::negative);
  const verdict v = nmosd_ipnd_2015(h);
  BOOST_TEST(v.value() == N);
  const verdict& req = v.children()[1].children()[0];
  BOOST_TEST(req.value() == N);
  BOOST_TEST(req.children()[1].reason() ==
             "acute myelitis on 2013-05-10: MRI requirement (LETM (3 or more contiguous segments) or cord atrophy "
             "over 3 or more segments) not met [LETM absent, cord atrophy over 3 segments absent]");
  // ON whose brain MRI has MS-like lesions and no long optic nerve lesion, + APS with lesion:
  // only APS qualifies -> not met.
  BOOST_TEST(ipnd(history({on_attack(false, false), aps(true)}, serostatus::negative)) == N);
  // ON + brainstem syndrome without a periependymal lesion -> not met.
  BOOST_TEST(ipnd(history({on_attack(true), brainstem(false)}, serostatus::negative)) == N);
  // APS without a dorsal medulla lesion + myelitis with LETM -> not met.
  BOOST_TEST(ipnd(history({aps(false), myelitis(true)}, serostatus::negative)) == N);
  // The same patients with AQP4-IgG meet the criteria (the MRI requirements do not apply).
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(false, false)}, serostatus::positive)) == M);
  BOOST_TEST(ipnd(history({on_attack(true), brainstem(false)}, serostatus::positive)) == M);
}

BOOST_AUTO_TEST_CASE(ipnd_seronegative_dissemination_in_space) {
  // Two optic neuritis attacks: one characteristic -> not met.
  BOOST_TEST(ipnd(history({on_attack(true), on_attack(true)}, serostatus::negative)) == N);
  // Two myelitis attacks with LETM -> not met.
  BOOST_TEST(ipnd(history({myelitis(true), myelitis(true)}, serostatus::negative)) == N);
  // A single characteristic.
  BOOST_TEST(ipnd(history({on_attack(true)}, serostatus::negative)) == N);
}

BOOST_AUTO_TEST_CASE(ipnd_seronegative_needs_a_cardinal_characteristic) {
  // Brainstem + diencephalic, both with their lesions: no ON, LETM myelitis or APS -> (a) fails.
  BOOST_TEST(ipnd(history({brainstem(true), diencephalic(true)}, serostatus::negative)) == N);
  // Myelitis with atrophy only is not "myelitis with LETM": (a) fails with brainstem.
  BOOST_TEST(ipnd(history({myelitis(false, true), brainstem(true)}, serostatus::negative)) == N);
  // Cerebral with its lesion + APS with its lesion -> met.
  BOOST_TEST(ipnd(history({cerebral(true), aps(true)}, serostatus::negative)) == M);
}

BOOST_AUTO_TEST_CASE(ipnd_seronegative_missing_mri_is_unknown) {
  // Myelitis spinal MRI not done: the second characteristic may or may not qualify.
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(std::nullopt, std::nullopt)}, serostatus::negative)) == U);
  // LETM absent, atrophy not examined: still may qualify through atrophy.
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(false, std::nullopt)}, serostatus::negative)) == U);
  // Optic neuritis with no imaging + brainstem with lesion: ON is the only possible (a).
  BOOST_TEST(ipnd(history({on_attack(std::nullopt), brainstem(true)}, serostatus::negative)) == U);
  // Unrecorded phenotype next to one qualifying ON: could be the second characteristic.
  BOOST_TEST(ipnd(history({on_attack(true), unrecorded()}, serostatus::negative)) == U);
  // ... but an already met verdict stays met.
  BOOST_TEST(ipnd(history({on_attack(true), myelitis(true), unrecorded()}, serostatus::negative)) == M);
}

// ---- IPND 2015, AQP4-IgG never tested -----------------------------------------------------------

BOOST_AUTO_TEST_CASE(ipnd_untested_as_written) {
  // Meets the seronegative requirements: NMOSD with unknown AQP4-IgG status.
  const auto met = history({on_attack(true), myelitis(true)}, serostatus::not_tested);
  const verdict v = nmosd_ipnd_2015(met);
  BOOST_TEST(v.value() == M);
  BOOST_TEST(v.children()[1].reason() == "NMOSD with unknown AQP4-IgG status");
  // One core characteristic, not tested: the IPND text applies the seronegative rules -> not met.
  BOOST_TEST(ipnd(history({aps(true)}, serostatus::not_tested)) == N);
}

BOOST_AUTO_TEST_CASE(ipnd_untested_screening_policy) {
  // The same one-characteristic patient: a positive test would decide it -> unknown.
  BOOST_TEST(ipnd_screening(history({aps(true)}, serostatus::not_tested)) == U);
  // Meets the seronegative requirements anyway -> met under both policies.
  BOOST_TEST(ipnd_screening(history({on_attack(true), myelitis(true)}, serostatus::not_tested)) == M);
  // Nothing could make it NMOSD (no core characteristic) -> not met under both.
  BOOST_TEST(ipnd_screening(history({other()}, serostatus::not_tested)) == N);
  BOOST_TEST(ipnd(history({other()}, serostatus::not_tested)) == N);
  // The policy changes nothing for tested patients.
  BOOST_TEST(ipnd_screening(history({aps(true)}, serostatus::negative)) == N);
  BOOST_TEST(ipnd_screening(history({aps(true)}, serostatus::positive)) == M);
  static_assert(nmosd_2015<>::untested_policy == untested_aqp4::seronegative_rules);
}

// ---- As eligibility criteria ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(usable_as_criteria_on_a_record) {
  patient_with_history p;
  p.id = "P-7";
  const eligibility::evaluation_context at{parse_date("2013-06-01")};
  // No history recorded: unknown for both, whatever else the record holds.
  BOOST_TEST(eligibility::definite_nmo_2006_met{}.test(p, at) == U);
  BOOST_TEST(eligibility::nmosd_2015_met{}.evaluate(p, at).reason() == "NMOSD (IPND, Wingerchuk et al. 2015): clinical history not recorded");
  // ON 2012-03-01 + LETM myelitis 2013-05-10, seronegative, brain MRI at onset not MS:
  // definite NMO (LETM + brain MRI: 2 of 3) and NMOSD without AQP4-IgG, as of 2013-06-01.
  p.history = history({on_attack(true), myelitis(true)}, serostatus::negative);
  BOOST_TEST(eligibility::definite_nmo_2006_met{}.test(p, at) == M);
  BOOST_TEST(eligibility::definite_nmo_2006_met{}.evaluate(p, at).value() == M);
  BOOST_TEST(eligibility::nmosd_2015_met{}.test(p, at) == M);
  // As of 2013-05-09 the myelitis has not happened yet.
  const eligibility::evaluation_context before{parse_date("2013-05-09")};
  BOOST_TEST(eligibility::definite_nmo_2006_met{}.test(p, before) == N);
  BOOST_TEST(eligibility::nmosd_2015_met{}.evaluate(p, before).value() == N);
  BOOST_TEST(eligibility::definite_nmo_2006_met{}.describe() == "meets the criteria for definite NMO (Wingerchuk et al. 2006) from the clinical history");
}

// ---- As of a date -------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(attacks_after_the_as_of_date_are_ignored) {
  // ON 2012-03-01, myelitis with LETM 2013-05-10, seronegative: NMOSD from 2013-05-10 on, and
  // definite NMO (LETM + brain MRI not MS) from then on too.
  const auto h = history({on_attack(true), myelitis(true)}, serostatus::negative);
  BOOST_TEST(nmosd_2015<>::test(h, parse_date("2013-05-10")) == M);
  BOOST_TEST(nmosd_2015<>::evaluate(h, parse_date("2013-05-10")).value() == M);
  BOOST_TEST(nmosd_2015<>::test(h, parse_date("2013-05-09")) == N);
  BOOST_TEST(nmosd_2015<>::evaluate(h, parse_date("2013-05-09")).value() == N);
  BOOST_TEST(nmo_2006::test(h, parse_date("2013-05-10")) == M);
  BOOST_TEST(nmo_2006::test(h, parse_date("2013-05-09")) == N);
  BOOST_TEST(nmo_2006::evaluate(h, parse_date("2013-05-09")).value() == N);
  // An attack of unrecorded onset is always taken into account.
  auto undated = history({on_attack(true), myelitis(true)}, serostatus::negative);
  undated.attacks[1].onset.reset();
  BOOST_TEST(nmosd_2015<>::test(undated, parse_date("2012-03-01")) == M);
}

BOOST_AUTO_TEST_SUITE_END()
