// `trialspec arr`: annualized relapse rates per group with exact intervals, or a two-group rate
// ratio (exact conditional, or negative binomial).
#include "cli.hpp"
#include "rates_input.hpp"

#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/rates/rate_ratio.hpp>
#include <trialspec/rates/regression.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace {

using namespace trialspec_cli::rates_input;
namespace tr = trialspec::rates;

std::vector<tr::exposure> exposures_of(const cohort& c, const std::string& group, int gap) {
  std::vector<tr::exposure> out;
  for (const auto& p : c.patients)
    if (p.group == group) out.push_back(p.exposure_in_window(gap));
  return out;
}

const std::string usage_text =
    "usage: trialspec arr --followup F.csv --relapses R.csv [--merge-days N] [--level L]\n"
    "                     [--compare A,B [--model exact|negbin]]\n"
    "reads F.csv (id,group,start,end) and R.csv (id,date) and writes, per group, the annualized\n"
    "relapse rate with its exact interval; with --compare, the rate ratio of group A over group B\n"
    "(exact conditional test, or a negative binomial model with the group as the only covariate).\n"
    "  --merge-days N  onsets less than N days apart are one attack (default 30; 0 keeps every report)\n"
    "  --level L       confidence level, a decimal number between 0 and 1 (default 0.95)";

// The rates of the groups, or the comparison; library errors here mean the data do not allow it.
int write(const cohort& c, int gap, double level, const std::string& model, const std::optional<std::string>& compare,
          std::ostream& out) {
  if (!compare) {
    out << "group,patients,relapses,person_years,arr,ci_low,ci_high,mean_patient_arr\n";
    for (const auto& g : c.groups) {
      const auto e = exposures_of(c, g, gap);
      const auto pooled = tr::pooled_arr(e);
      const auto ci = tr::exact_poisson_interval(pooled, level);
      out << g << ',' << pooled.patients << ',' << pooled.events << ',' << number(pooled.person_years) << ','
          << number(pooled.arr) << ',' << number(ci.lower) << ',' << number(ci.upper) << ','
          << number(tr::mean_patient_arr(e)) << '\n';
    }
    return 0;
  }

  const auto [a, b] = group_pair(*compare, "--compare", c);
  if (model == "exact") {
    const auto pa = tr::pooled_arr(exposures_of(c, a, gap));
    const auto pb = tr::pooled_arr(exposures_of(c, b, gap));
    const auto r = tr::exact_rate_ratio(pa, pb, level);
    out << "comparison,rate_ratio,ci_low,ci_high,p_value\n"
        << a << '/' << b << ',' << number(r.estimate) << ',' << number(r.lower) << ',' << number(r.upper) << ','
        << number(r.p_value) << '\n';
    return 0;
  }
  // Negative binomial with the group as the only covariate: 1 for A, 0 for B.
  tr::count_data data{{a}, {}};
  for (const auto& p : c.patients) {
    if (p.group != a && p.group != b) continue;
    const auto e = p.exposure_in_window(gap);
    data.rows.push_back({e.events, e.person_years, {p.group == a ? 1.0 : 0.0}});
  }
  tr::regression_options ro;
  ro.level = level;
  const auto fit = tr::negbin_regression(data, ro);
  const auto& g = fit[a];
  out << "comparison,rate_ratio,ci_low,ci_high,theta\n"
      << a << '/' << b << ',' << number(g.rate_ratio) << ',' << number(g.ci_low) << ',' << number(g.ci_high) << ','
      << number(fit.theta) << '\n';
  return 0;
}

int run(trialspec_cli::args_t args, std::ostream& out) {
  const options opt(args, {"--followup", "--relapses", "--merge-days", "--level", "--compare", "--model"});
  const auto followup = opt.required("--followup");
  const auto relapses = opt.required("--relapses");
  const int gap = merge_days_option(opt);
  const double level = level_option(opt);
  const std::string model = opt.get("--model").value_or("exact");
  if (model != "exact" && model != "negbin")
    throw trialspec_cli::usage_error("--model must be exact or negbin, got '" + model + "'");
  const auto compare = opt.get("--compare");
  if (opt.get("--model") && !compare) throw trialspec_cli::usage_error("--model " + model + " needs --compare A,B");

  const cohort c = read_cohort(followup, relapses);
  check_days(c, gap, need::count);
  return computed("arr", followup, relapses, [&] {
    try {
      return write(c, gap, level, model, compare, out);
    } catch (const tr::convergence_error& e) {
      // Five different fitting failures, one meaning for the user: no negative binomial fit.
      throw trialspec_cli::not_computable_error(
          "trialspec arr: " + followup + ", " + relapses +
          ": the negative binomial model cannot be fitted to these data (" + e.what() +
          "); --model exact compares the rates without a fitted model");
    }
  });
}

const trialspec_cli::registrar reg{"arr", "annualized relapse rates with exact intervals; --compare A,B for a rate ratio",
                                   usage_text, &run};

} // namespace
