// trialspec/protocol/cell_therapy/protocol.hpp - a cell-therapy protocol: the generic protocol
// plus a cells/kg (or fixed) cell dose, premedication and the infusion, checked at compile time
// (premedication ends before the cells, one cells step at minute 0, steps without overlap).
//
// The design type has the members of a ProtocolDesign (protocol/protocol.hpp) and
//   using dose = per_kilogram_dose<2'000'000>;   // any CellDose
//   using premedication = ...;                    // an AdministrationPlan
//   using infusion = ...;                         // an AdministrationPlan with one cells step
// The order sheet for a patient is order_sheet_for<P>(weight, start) in order_sheet.hpp.
#pragma once

#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <trialspec/protocol/cell_therapy/cell_dose.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <string>

namespace trialspec::cell_therapy {

/// A protocol design with a cell dose, premedication and infusion.
template <class D>
concept CellTherapyDesign = ProtocolDesign<D> && CellDose<typename D::dose> &&
                            AdministrationPlan<typename D::premedication> && AdministrationPlan<typename D::infusion>;

/// A cell-therapy protocol composed at compile time.
template <CellTherapyDesign D>
struct protocol : trialspec::protocol<D> {
  using base = trialspec::protocol<D>;
  static_assert((check_administration<typename D::premedication, typename D::infusion>(), true));

  using dose = typename D::dose;
  using premedication = typename D::premedication;
  using infusion = typename D::infusion;

  /// The design in words: identity and arms, then "Dose: ...", "Premedication: ...",
  /// "Infusion: ...", then windows, visits and outcomes.
  static std::string describe_design() {
    return trialspec::detail::cat(base::describe_identity_and_arms(), "Dose: ", dose::describe(), "\n",
           "Premedication: ", steps_text(premedication::steps, dose::describe()), "\n",
           "Infusion: ", steps_text(infusion::steps, dose::describe()), "\n", base::describe_follow_up());
  }
};

/// A cell-therapy protocol type (what order_sheet_for takes).
template <class P>
concept CellTherapyProtocol = requires {
  typename P::design;
  requires CellTherapyDesign<typename P::design>;
  requires std::derived_from<P, protocol<typename P::design>>;
};

} // namespace trialspec::cell_therapy
