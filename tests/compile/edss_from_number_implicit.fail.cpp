// Misuse: a double is not silently an EDSS score (4.4 would be accepted); use edss::from_double.
// expect-error: conversion from [^ ]*double[^ ]* to (non-scalar type )?[^ ]*trialspec::edss
#include <trialspec/edss.hpp>
int main() {
  trialspec::edss e = 4.5;
  return e.half_steps();
}
