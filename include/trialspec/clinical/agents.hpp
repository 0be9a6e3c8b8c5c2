// trialspec/clinical/agents.hpp - the named agents a therapy course may record (rituximab,
// azathioprine, IV immunoglobulin ...), and the therapy classes each agent may be recorded under.
//
// Trial criteria name agents ("use of rituximab within 3 months", "ever treated with a complement
// inhibitor", "azathioprine, mycophenolate mofetil or oral corticosteroids"); a therapy class alone
// cannot say them. A course names its agent when it is one of this vocabulary; a course of
// anything else leaves the agent out and keeps its name and class.
//
// Each agent has the classes it may be recorded under (therapy.hpp: default_class, class_fits),
// the first being the one a course takes when it gives its agent without a class. The classes follow the WHO ATC groups (L04 immunosuppressants
// for the monoclonal antibodies, complement inhibitors and oral immunosuppressants; L03
// immunostimulants for interferon beta and glatiramer acetate; H02 for corticosteroids), except
// that the multiple-sclerosis disease-modifying drugs of L04 may also be recorded as
// immunomodulators (as MS trial texts call them), mitoxantrone and cyclophosphamide (L01,
// antineoplastic) are recorded as immunosuppressants, IV immunoglobulin (J06) as an immunomodulator
// and plasma exchange (a procedure) as other. An investigational agent may be of any class.
#pragma once

#include <trialspec/enum_names.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// The agents a therapy course can name (file tokens in therapy_agent_names).
enum class therapy_agent : std::uint8_t {
  rituximab,
  eculizumab,
  ravulizumab,
  inebilizumab,
  satralizumab,
  tocilizumab,
  mitoxantrone,
  ivig,
  azathioprine,
  mycophenolate_mofetil,
  methotrexate,
  tacrolimus,
  oral_corticosteroid,
  iv_corticosteroid,
  plasma_exchange,
  cyclophosphamide,
  interferon_beta,
  glatiramer_acetate,
  natalizumab,
  fingolimod,
  ocrelizumab,
  ofatumumab,
  teriflunomide,
  dimethyl_fumarate,
  alemtuzumab,
  cladribine,
  // the MS trials' lifetime exclusions (ORATORIO)
  atacicept,
  belimumab,
  anti_cd4,
  cyclosporine,
  total_body_irradiation,
  bone_marrow_transplantation,
  investigational
};

/// Words and file tokens of each agent (trialspec/enum_names.hpp).
inline constexpr auto therapy_agent_names = name_table<therapy_agent::investigational>({
    {therapy_agent::rituximab, "rituximab"},
    {therapy_agent::eculizumab, "eculizumab"},
    {therapy_agent::ravulizumab, "ravulizumab"},
    {therapy_agent::inebilizumab, "inebilizumab"},
    {therapy_agent::satralizumab, "satralizumab"},
    {therapy_agent::tocilizumab, "tocilizumab"},
    {therapy_agent::mitoxantrone, "mitoxantrone"},
    {therapy_agent::ivig, "IV immunoglobulin", "ivig"},
    {therapy_agent::azathioprine, "azathioprine"},
    {therapy_agent::mycophenolate_mofetil, "mycophenolate mofetil", "mycophenolate_mofetil"},
    {therapy_agent::methotrexate, "methotrexate"},
    {therapy_agent::tacrolimus, "tacrolimus"},
    {therapy_agent::oral_corticosteroid, "oral corticosteroid", "oral_corticosteroid"},
    {therapy_agent::iv_corticosteroid, "IV corticosteroid", "iv_corticosteroid"},
    {therapy_agent::plasma_exchange, "plasma exchange", "plasma_exchange"},
    {therapy_agent::cyclophosphamide, "cyclophosphamide"},
    {therapy_agent::interferon_beta, "interferon beta", "interferon_beta"},
    {therapy_agent::glatiramer_acetate, "glatiramer acetate", "glatiramer_acetate"},
    {therapy_agent::natalizumab, "natalizumab"},
    {therapy_agent::fingolimod, "fingolimod"},
    {therapy_agent::ocrelizumab, "ocrelizumab"},
    {therapy_agent::ofatumumab, "ofatumumab"},
    {therapy_agent::teriflunomide, "teriflunomide"},
    {therapy_agent::dimethyl_fumarate, "dimethyl fumarate", "dimethyl_fumarate"},
    {therapy_agent::alemtuzumab, "alemtuzumab"},
    {therapy_agent::cladribine, "cladribine"},
    {therapy_agent::atacicept, "atacicept"},
    {therapy_agent::belimumab, "belimumab"},
    {therapy_agent::anti_cd4, "anti-CD4 antibody", "anti_cd4"},
    {therapy_agent::cyclosporine, "cyclosporine"},
    {therapy_agent::total_body_irradiation, "total body irradiation", "total_body_irradiation"},
    {therapy_agent::bone_marrow_transplantation, "bone marrow transplantation", "bone_marrow_transplantation"},
    {therapy_agent::investigational, "investigational agent", "investigational"},
});
constexpr const auto& names_of(therapy_agent) noexcept { return therapy_agent_names; }
constexpr std::string_view to_string(therapy_agent a) noexcept { return therapy_agent_names.words(a); }
inline std::ostream& operator<<(std::ostream& os, therapy_agent a) { return os << to_string(a); }

/// The number of agents (flag sets of agents hold at most 64).
inline constexpr unsigned therapy_agent_count = static_cast<unsigned>(therapy_agent::investigational) + 1;
static_assert(therapy_agent_count <= 64, "sets of agents (eligibility::agent_set) hold at most 64 agents");

/// Groups of agents trial texts name as a whole ("B-cell targeted therapies", "lymphocyte
/// trafficking blockers"). Membership is the table below; a trial that reads a group more widely
/// or narrowly says so in its policy.
enum class agent_group : std::uint8_t { b_cell_targeted, lymphocyte_trafficking_blocker };
inline constexpr auto agent_group_names = name_table<agent_group::lymphocyte_trafficking_blocker>({
    {agent_group::b_cell_targeted, "B-cell targeted therapy", "b_cell_targeted"},
    {agent_group::lymphocyte_trafficking_blocker, "lymphocyte trafficking blocker", "lymphocyte_trafficking_blocker"},
});
constexpr const auto& names_of(agent_group) noexcept { return agent_group_names; }
constexpr std::string_view to_string(agent_group g) noexcept { return agent_group_names.words(g); }

/// Whether `a` belongs to group `g`: B-cell targeted are the anti-CD20 antibodies (rituximab,
/// ocrelizumab, ofatumumab), the anti-CD19 inebilizumab, and the BLyS/APRIL inhibitors atacicept
/// and belimumab (ORATORIO's examples plus inebilizumab); lymphocyte trafficking blockers are
/// natalizumab (alpha-4 integrin) and fingolimod (S1P receptor), the vocabulary's two.
constexpr bool in_group(therapy_agent a, agent_group g) noexcept {
  using enum therapy_agent;
  switch (g) {
  case agent_group::b_cell_targeted:
    return a == rituximab || a == ocrelizumab || a == ofatumumab || a == inebilizumab || a == atacicept || a == belimumab;
  case agent_group::lymphocyte_trafficking_blocker: return a == natalizumab || a == fingolimod;
  }
  return false;
}

} // namespace trialspec
