// trialspec/testing/boundary/probes.hpp - the boundary probes each leaf of a criteria set states
// (eligibility/boundary_probes.hpp), collected leaf by leaf, and the leaves that state none.
//
// A leaf states its probes with a member `void boundary_probes(eligibility::probe_writer&) const`
// next to its definition; every built-in criterion has one (those without a threshold or window
// declare that they have nothing to probe). A leaf without the member is never passed over in
// silence: it is listed as having no boundary probes.
#pragma once

#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/testing/boundary/detail/walk.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::testing {

using eligibility::boundary_probe;
using eligibility::BoundaryProbed;
using eligibility::probe_writer;

/// What the generator notes for a leaf without a boundary_probes() member (after its label).
inline constexpr std::string_view no_boundary_probes_note =
    "no boundary probes: the criterion has no `void boundary_probes(eligibility::probe_writer&) const` member";

/// The probes `leaf` states around `base` at `ctx`. Its notes (edges it could not generate, or
/// that it has nothing to probe) go to `skipped` as "<label>: <note>"; a leaf without
/// boundary_probes() states none and gets the note no_boundary_probes_note.
template <eligibility::CriterionNode C>
std::vector<boundary_probe> probes_of(const C& leaf, const patient& base, const eligibility::evaluation_context& ctx,
                                      const std::string& label, std::vector<std::string>& skipped) {
  if constexpr (BoundaryProbed<C>) {
    probe_writer w(base, ctx);
    leaf.boundary_probes(w);
    for (const auto& note : w.notes()) skipped.push_back(trialspec::detail::cat(label, ": ", note));
    if (!w.declared()) skipped.push_back(trialspec::detail::cat(label, ": boundary_probes() wrote no probe and no note"));
    return std::move(w.probes());
  } else {
    static_cast<void>(leaf), static_cast<void>(base), static_cast<void>(ctx);
    skipped.push_back(trialspec::detail::cat(label, ": ", no_boundary_probes_note));
    return {};
  }
}

/// The leaves of `set` without boundary probes, as "<label> <description>" ("E8 site rule").
template <class Is, class Es> std::vector<std::string> criteria_without_probes(const eligibility::eligibility_criteria<Is, Es>& set) {
  std::vector<std::string> out;
  eligibility::for_each_criterion(set, [&](const auto& top, eligibility::criterion_role role, std::size_t position) {
    detail::for_each_leaf(top, eligibility::criterion_id(top, role, position), [&](const auto& leaf, const std::string& label) {
      if constexpr (!BoundaryProbed<std::remove_cvref_t<decltype(leaf)>>) out.push_back(trialspec::detail::cat(label, " ", leaf.describe()));
    });
  });
  return out;
}

} // namespace trialspec::testing
