// trialspec/testing/boundary.hpp - boundary cases of a criteria set: every header of
// testing/boundary/, one concept each.
//
//   const patient base = ...;   // a patient the protocol's text says is eligible
//   BOOST_TEST(trialspec::testing::boundaries_hold(criteria, base, parse_date("2014-01-05")));
//
//  - eligibility/boundary_probes.hpp: the vocabulary in which each criterion states its probes
//    (records just inside, on and just outside its thresholds and window edges, with the verdict
//    each edge implies) in a boundary_probes(probe_writer&) member next to its definition;
//  - boundary/probes.hpp: the probes of each leaf of a set, and the leaves that state none;
//  - boundary/prediction.hpp: the set's expected outcome from one leaf's expected verdict;
//  - boundary/runner.hpp: boundary_cases, run_boundary_cases, render (no Boost.Test);
//  - boundary/boost_test.hpp: boundaries_hold, the one-line Boost.Test check.
#pragma once

#include <trialspec/testing/boundary/boost_test.hpp>
#include <trialspec/testing/boundary/prediction.hpp>
#include <trialspec/testing/boundary/probes.hpp>
#include <trialspec/testing/boundary/runner.hpp>
