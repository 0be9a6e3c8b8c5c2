// `trialspec km`: Kaplan-Meier estimate of the time to first relapse per group, or a two-group
// log-rank test.
#include "cli.hpp"
#include "rates_input.hpp"

#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/logrank.hpp>

#include <optional>
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

const std::string usage_text =
    "usage: trialspec km --followup F.csv --relapses R.csv [--merge-days N] [--level L]\n"
    "                    [--conf-type log|log-log|plain]\n"
    "       trialspec km --followup F.csv --relapses R.csv [--merge-days N] --logrank A,B\n"
    "reads F.csv (id,group,start,end) and R.csv (id,date) and writes the Kaplan-Meier estimate of\n"
    "the time to the first attack per group, or the log-rank test of group A against group B.\n"
    "  --merge-days N  onsets less than N days apart are one attack (default 30; 0 keeps every report)\n"
    "  --level L       confidence level of the intervals, between 0 and 1 (default 0.95)\n"
    "  --conf-type T   interval on the log (default), log-log or plain scale";

// The estimates, or the test; library errors here mean the data do not allow it.
int write(const cohort& c, int gap, double level, tr::conf_type type, const std::optional<std::string>& logrank,
          std::ostream& out) {
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
  if (logrank)
    for (const char* interval_option : {"--level", "--conf-type"})
      if (opt.get(interval_option))
        throw trialspec_cli::usage_error(std::string(interval_option) + " sets the Kaplan-Meier intervals; the log-rank test (--logrank) has none");

  const cohort c = read_cohort(followup, relapses);
  return computed("km", followup, relapses, [&] { return write(c, gap, level, type, logrank, out); });
}

const trialspec_cli::registrar reg{"km", "Kaplan-Meier time to first relapse per group; --logrank A,B to compare",
                                   usage_text, &run};

} // namespace
