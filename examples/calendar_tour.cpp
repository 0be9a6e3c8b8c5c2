// The core vocabulary at work on the seed protocol's dates: windows are closed, month arithmetic
// clamps, and unknown is never false.
#include <trialspec/trialspec.hpp>

#include <iostream>

int main() {
  using namespace trialspec;
  using namespace trialspec::literals;

  const date screening = parse_date("2014-03-31");
  const date birth = parse_date("1996-02-29");

  // "Moderate-severe relapses in past 18 months": the closed interval [R - 18 months, R].
  constexpr relative_window past_18_months = within_before(18_months);
  const date_interval window = past_18_months.resolve(screening);
  std::cout << "screening on " << to_iso(screening) << "; the window " << past_18_months.describe("screening")
            << " is " << window.to_string() << '\n';
  for (const char* onset : {"2012-09-29", "2012-09-30"}) {
    const date d = parse_date(onset);
    std::cout << "  relapse on " << onset << (window.contains(d) ? " is inside\n" : " is outside\n");
  }

  std::cout << "age on " << to_iso(screening) << " of a patient born " << to_iso(birth) << ": "
            << age_in_years(birth, screening) << " completed years\n";
  std::cout << "2014-01-31 + 1 month = " << to_iso(parse_date("2014-01-31") + 1_months) << '\n';

  // Three-valued logic: an MRI that was not done is unknown, not "no lesions".
  const truth relapse_in_window = truth::not_met;
  const truth gd_lesion = truth::unknown;
  const truth new_t2_lesion = truth::unknown;
  std::cout << "recent inflammatory activity (any of three): "
            << (relapse_in_window || gd_lesion || new_t2_lesion) << '\n';
  std::cout << "at least one of three with one met: "
            << at_least(1, {truth::met, truth::unknown, truth::not_met}) << '\n';

  try {
    (void)parse_date("2014-02-30", "screening date");
  } catch (const invalid_input& e) {
    std::cout << "rejected: " << e.what() << '\n';
  }
  return 0;
}
