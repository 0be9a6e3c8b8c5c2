// therapy_windows.cpp - writes, for a PostgreSQL check (tests/sql/therapy_windows.sh), a cohort of
// therapy histories as OMOP CSV files (sql/omop_export.hpp), the per-person query of a criteria set
// of therapy_duration forms whose windows have a first day (no bundled protocol has one: the seed
// trial's year of therapy looks back without bound), and the values the library's test() gives for
// the same records. The script loads the files, runs the query and requires the same CSV.
//
// The persons: one course of an immunosuppressant (or none) starting on each of the days around the
// windows' first days, month ends and screening, ending on each of several days around them or
// ongoing, with the therapy history complete from the birth day, from around the windows' first
// days, or not documented, a birth known to the day or to the year only; and two courses with a
// gap. Screening as of 2014-01-05.
//
// Usage: trialspec_sql_therapy_windows export DIR | query | expected
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/omop_export.hpp>
#include <trialspec/sql/query.hpp>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace el = trialspec::eligibility;
using trialspec::calendar_duration;
using trialspec::date;
using trialspec::duration_unit;
using trialspec::truth;

template <calendar_duration D, el::duration_rule Rule, calendar_duration Back>
using duration_in = el::therapy_duration<D, el::immunotherapy, Rule, trialspec::within_before(Back)>;
constexpr calendar_duration months(int n) { return {n, duration_unit::months}; }
constexpr calendar_duration days(int n) { return {n, duration_unit::days}; }
constexpr calendar_duration weeks(int n) { return {n, duration_unit::weeks}; }
constexpr calendar_duration years(int n) { return {n, duration_unit::years}; }

/// C1 6 months in one course in the 2 years before screening (window 2012-01-05 to 2014-01-05);
/// C2 1 month in one course in the 3 months before (2013-10-05 to 2014-01-05: month ends clamp);
/// C3 30 days in one course in the 3 months before; C4 2 weeks in one course in the 6 weeks
/// before; C5 a year in one course in the 2 years before; F1 6 months since the first start in
/// the 2 years before.
using windows = el::eligibility_criteria<
    el::inclusion<el::named<"C1", "6 months in one course, 2 years", duration_in<months(6), el::duration_rule::continuous_course, years(2)>>,
                  el::named<"C2", "1 month in one course, 3 months", duration_in<months(1), el::duration_rule::continuous_course, months(3)>>,
                  el::named<"C3", "30 days in one course, 3 months", duration_in<days(30), el::duration_rule::continuous_course, months(3)>>,
                  el::named<"C4", "2 weeks in one course, 6 weeks", duration_in<weeks(2), el::duration_rule::continuous_course, weeks(6)>>,
                  el::named<"C5", "a year in one course, 2 years", duration_in<years(1), el::duration_rule::continuous_course, years(2)>>,
                  el::named<"F1", "6 months since the first start, 2 years",
                            duration_in<months(6), el::duration_rule::since_first_start, years(2)>>>,
    el::exclusion<>>;

date d(int y, int m, int day) { return date(y, m, day); }

std::vector<trialspec::patient> cohort() {
  const std::vector<date> starts{d(2011, 7, 4),   d(2011, 7, 5),   d(2011, 7, 31),  d(2011, 12, 31), d(2012, 1, 4),  d(2012, 1, 5),
                                 d(2012, 1, 6),   d(2012, 2, 29),  d(2012, 7, 5),   d(2012, 8, 31),  d(2013, 1, 5),  d(2013, 6, 30),
                                 d(2013, 7, 5),   d(2013, 7, 6),   d(2013, 8, 31),  d(2013, 9, 30),  d(2013, 10, 4), d(2013, 10, 5),
                                 d(2013, 10, 31), d(2013, 11, 24), d(2013, 11, 25), d(2013, 12, 6),  d(2013, 12, 22), d(2014, 1, 5)};
  // Ends as days after the start (-1: ongoing), and fixed ends around the windows.
  const std::vector<int> lengths{-1, 0, 13, 14, 29, 30, 31, 181, 182, 183, 365, 366};
  const std::vector<date> ends{d(2013, 11, 30), d(2013, 12, 31), d(2014, 1, 4), d(2014, 1, 5), d(2014, 1, 6)};
  struct history {
    std::optional<date> since;
    bool year_only_birth;
  };
  const std::vector<history> histories{{d(1980, 3, 1), false}, {std::nullopt, false}, {d(2012, 1, 5), false}, {d(2013, 10, 6), false},
                                       {d(1981, 1, 1), true}};
  std::vector<trialspec::patient> out;
  const auto person = [&](const history& h, std::vector<trialspec::therapy> courses) {
    trialspec::patient p;
    p.id = std::string("W").append(std::to_string(out.size() + 1)); // not "W" + std::string: g++ 12 -O3's false -Wrestrict
    p.birth_date = h.year_only_birth ? trialspec::partial_date::year_only(1980) : trialspec::partial_date(d(1980, 3, 1));
    p.sex = trialspec::sex::female;
    p.therapies = std::move(courses);
    p.therapies_recorded_since = h.since;
    out.push_back(std::move(p));
  };
  const auto course = [](date s, std::optional<date> e) { return trialspec::therapy{"azathioprine", trialspec::therapy_class::immunosuppressant, s, e}; };
  for (const history& h : histories) {
    person(h, {});
    for (const date s : starts) {
      for (const int n : lengths)
        person(h, {course(s, n < 0 ? std::nullopt : std::optional<date>(el::shift_days(s, n)))});
      for (const date e : ends)
        if (e >= s) person(h, {course(s, e)});
    }
    // Two courses under 6 months each, 6 months since the first start.
    person(h, {course(d(2013, 1, 5), d(2013, 5, 1)), course(d(2013, 5, 2), d(2013, 7, 4))});
  }
  return out;
}

std::string token(truth t) { return t == truth::met ? "met" : t == truth::not_met ? "not_met" : "unknown"; }

} // namespace

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  const el::evaluation_context ctx{trialspec::date(2014, 1, 5)};
  if (what == "export" && argc > 2) {
    const std::string dir = argv[2];
    std::ofstream person(dir + "/person.csv"), period(dir + "/observation_period.csv"), condition(dir + "/condition_occurrence.csv"),
        measurement(dir + "/measurement.csv"), observation(dir + "/observation.csv"), drug(dir + "/drug_exposure.csv"),
        procedure(dir + "/procedure_occurrence.csv");
    trialspec::sql::omop_export<> x({person, period, condition, measurement, observation, drug, procedure});
    for (const trialspec::patient& p : cohort()) x.add(p);
    std::ofstream(dir + "/load.sql") << trialspec::sql::omop_load_script("therapy_windows", dir);
  } else if (what == "query") {
    std::cout << trialspec::sql::person_query(windows{}, trialspec::sql::writer(ctx.as_of, "therapy_windows"));
  } else if (what == "expected") {
    std::cout << "person_source_value,status";
    el::for_each_criterion(windows{}, [](const auto& node, el::criterion_role role, std::size_t i) { std::cout << ',' << el::criterion_id(node, role, i); });
    std::cout << '\n';
    for (const trialspec::patient& p : cohort()) {
      std::cout << p.id << ',' << el::to_string(windows{}.test(p, ctx));
      el::for_each_criterion(windows{}, [&](const auto& node, el::criterion_role, std::size_t) { std::cout << ',' << token(node.test(p, ctx)); });
      std::cout << '\n';
    }
  } else {
    std::cerr << "usage: trialspec_sql_therapy_windows export DIR | query | expected\n";
    return 64;
  }
  return 0;
}
