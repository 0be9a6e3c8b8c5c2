// `trialspec km`: Kaplan-Meier estimate of the time to first relapse per group, or a two-group
// log-rank test.
#include "cli.hpp"
#include "rates_input.hpp"

#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/logrank.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {

using namespace trialspec_cli::rates_input;
namespace tr = trialspec::rates;

std::vector<tr::survival_time> times_of(const cohort& c, const std::string& group, int gap) {
  std::vector<tr::survival_time> out;
  for (const auto& p : c.patients)
    if (p.group == group) out.push_back(p.time_to_first_attack(gap));
  return out;
}

int run(trialspec_cli::args_t args, std::ostream& out) {
  const options opt(args, {"--followup", "--relapses", "--merge-days", "--level", "--conf-type", "--logrank"});
  const auto followup = opt.required("--followup");
  const auto relapses = opt.required("--relapses");
  const int gap = merge_days_option(opt);
  const double level = level_option(opt);
  tr::conf_type type = tr::conf_type::log;
  if (const auto text = opt.get("--conf-type")) {
    try {
      type = tr::parse_conf_type(*text);
    } catch (const trialspec::invalid_input& e) {
      throw trialspec_cli::usage_error(e.what());
    }
  }
  const auto logrank = opt.get("--logrank");

  const cohort c = read_cohort(followup, relapses);

  if (logrank) {
    const auto [a, b] = group_pair(*logrank, "--logrank", c);
    const auto r = tr::logrank_test(times_of(c, a, gap), times_of(c, b, gap));
    out << "chisq,df,p_value\n" << number(r.chisq) << ',' << r.df << ',' << number(r.p_value) << '\n';
    return 0;
  }
  out << "group,time_days,at_risk,events,censored,survival,std_err,ci_low,ci_high\n";
  for (const auto& g : c.groups) {
    const auto fit = tr::kaplan_meier(times_of(c, g, gap), type, level);
    for (const auto& r : fit.rows())
      out << g << ',' << number(r.time) << ',' << r.at_risk << ',' << r.events << ',' << r.censored << ','
          << number(r.survival) << ',' << number(r.std_err) << ',' << number(r.ci_low) << ','
          << number(r.ci_high) << '\n';
  }
  return 0;
}

const trialspec_cli::registrar reg{"km", "Kaplan-Meier time to first relapse per group; --logrank A,B to compare",
                                   &run};

} // namespace
