// `trialspec km`: Kaplan-Meier estimate of the time to first relapse per group, or a two-group
// log-rank test.
#include "cli.hpp"
#include "rates_input.hpp"
#include "spooled_output.hpp"
#include "svg_writer.hpp"

#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/logrank.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
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
    "                    [--conf-type log|log-log|plain] [--svg FILE]\n"
    "       trialspec km --followup F.csv --relapses R.csv [--merge-days N] --logrank A,B [--svg FILE]\n"
    "reads F.csv (id,group,start,end) and R.csv (id,date) and writes the Kaplan-Meier estimate of\n"
    "the time to the first attack per group, or the log-rank test of group A against group B.\n"
    "  --merge-days N  onsets less than N days apart are one attack (default 30; 0 keeps every report)\n"
    "  --level L       confidence level of the intervals, between 0 and 1 (default 0.95)\n"
    "  --conf-type T   interval on the log (default), log-log or plain scale\n"
    "  --svg FILE      also draw the curves (every group, or A and B with the log-rank p-value) with\n"
    "                  their intervals, censoring marks and the number at risk, as an SVG image";

/// A group's curve as drawn: its name, its estimate, and its place in the palette.
struct drawn_group {
  std::string name;
  tr::kaplan_meier_fit fit;
};

/// Patients still at risk at `t`: those whose time is t or later, which is the at_risk of the
/// estimate's first row at or after t (rows are the distinct times), or 0 after the last row.
long at_risk_at(const tr::kaplan_meier_fit& fit, double t) {
  for (const auto& r : fit.rows())
    if (r.time >= t) return r.at_risk;
  return 0;
}

/// The Kaplan-Meier curves as an SVG document: one step curve per group with its pointwise
/// interval as a band, a mark at each time with censorings, the number at risk at each tick of
/// the time axis under it, and the log-rank test when there is one. Class names and data-
/// attributes carry the numbers drawn (the same text as the CSV output) for checks.
std::string km_svg(const std::vector<drawn_group>& groups, double level, tr::conf_type type,
                   const std::optional<tr::logrank_result>& test) {
  namespace svg = trialspec_cli::svg;
  double t_max = 0;
  for (const auto& g : groups)
    for (const auto& r : g.fit.rows()) t_max = std::max(t_max, r.time);
  const double step = svg::nice_step(t_max > 0 ? t_max : 1);
  const long ticks = static_cast<long>(std::ceil((t_max > 0 ? t_max : 1) / step - 1e-9));
  const double axis_end = static_cast<double>(ticks) * step;

  const double left = 90, plot_w = 480, top = test ? 78 : 60, plot_h = 300;
  const double legend_x = left + plot_w + 30, width = legend_x + 200;
  const double table_top = top + plot_h + 64, row_h = 18;
  const double height = table_top + row_h * static_cast<double>(groups.size()) + 24;
  const auto x = [&](double t) { return left + plot_w * t / axis_end; };
  const auto y = [&](double s) { return top + plot_h * (1 - s); };
  const std::string level_text = svg::num(level * 100, 6) + "%";

  std::string desc = "Kaplan-Meier estimate of the time to the first relapse, days from the start of follow-up, for " +
                     std::to_string(groups.size()) + (groups.size() == 1 ? " group: " : " groups: ");
  for (std::size_t i = 0; i < groups.size(); ++i) {
    long events = 0, censored = 0;
    for (const auto& r : groups[i].fit.rows()) {
      events += r.events;
      censored += r.censored;
    }
    desc += (i ? "; " : "") + groups[i].name + " (" + std::to_string(groups[i].fit.rows().front().at_risk) +
            " patients, " + std::to_string(events) + " with a relapse, " + std::to_string(censored) + " censored)";
  }
  desc += ". Bands: pointwise " + level_text + " confidence intervals (" + std::string(to_string(type)) +
          " scale). Marks on a curve: censored patients. The table under the time axis gives the number at risk.";
  if (test) desc += " Log-rank test: chi-square " + number(test->chisq) + ", p = " + number(test->p_value) + ".";

  svg::writer w;
  svg::begin_document(w, width, height, "Time to first relapse (Kaplan-Meier)", desc);
  w.element("text", {{"x", left}, {"y", 26}, {"font-size", 16}, {"font-weight", "bold"}}, "Time to first relapse (Kaplan-Meier)");
  if (test)
    w.element("text", {{"class", "km-logrank"}, {"x", left}, {"y", 48}, {"data-chisq", number(test->chisq)}, {"data-p", number(test->p_value)}},
              "Log-rank test, " + groups[0].name + " vs " + groups[1].name + ": chi-square " + number(test->chisq) +
                  ", p = " + number(test->p_value));

  // Axes and grid.
  w.open("g", {{"class", "km-axes"}, {"stroke", "#000000"}, {"fill", "none"}});
  w.leaf("path", {{"d", svg::path().M(left, top).V(top + plot_h).H(left + plot_w)}});
  w.close();
  w.open("g", {{"class", "km-y-ticks"}, {"font-size", 11}, {"text-anchor", "end"}});
  for (int i = 0; i <= 4; ++i) {
    const double s = i / 4.0;
    w.leaf("path", {{"d", svg::path().M(left - 5, y(s)).H(left + plot_w)},
                    {"stroke", i == 0 ? "#000000" : "#d0d0d0"}, {"stroke-width", 1}});
    w.element("text", {{"x", left - 8}, {"y", y(s) + 4}}, svg::num(s));
  }
  w.close();
  w.element("text", {{"x", 18}, {"y", top + plot_h / 2}, {"text-anchor", "middle"}, {"transform", "rotate(-90 18 " + svg::num(top + plot_h / 2) + ")"}},
            "Proportion without relapse");
  w.open("g", {{"class", "km-x-ticks"}, {"font-size", 11}, {"text-anchor", "middle"}});
  for (long i = 0; i <= ticks; ++i) {
    const double t = static_cast<double>(i) * step;
    w.leaf("path", {{"d", svg::path().M(x(t), top + plot_h).v(5)}, {"stroke", "#000000"}});
    w.element("text", {{"class", "km-x-tick"}, {"x", x(t)}, {"y", top + plot_h + 19}, {"data-time", svg::num(t, 6)}}, svg::num(t, 6));
  }
  w.close();
  w.element("text", {{"x", left + plot_w / 2}, {"y", top + plot_h + 40}, {"text-anchor", "middle"}},
            "Days since the start of follow-up");

  // Bands first (under every curve), then curves and marks.
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& rows = groups[i].fit.rows();
    w.open("g", {{"class", "km-band"}, {"data-group", groups[i].name}, {"fill", svg::colour(i)}, {"fill-opacity", "0.15"}, {"stroke", "none"}});
    // One polygon per run of rows with an interval; row k holds from its time to the next row's.
    for (std::size_t k = 0; k < rows.size();) {
      if (!rows[k].ci_low || !rows[k].ci_high) {
        ++k;
        continue;
      }
      std::size_t end = k;
      while (end < rows.size() && rows[end].ci_low && rows[end].ci_high) ++end;
      svg::path band;
      for (std::size_t j = k; j < end; ++j) {
        const double t1 = rows[j].time, t2 = j + 1 < rows.size() ? rows[j + 1].time : rows[j].time;
        if (j == k) band.M(x(t1), y(*rows[j].ci_high));
        else band.L(x(t1), y(*rows[j].ci_high));
        band.L(x(t2), y(*rows[j].ci_high));
      }
      for (std::size_t j = end; j-- > k;) {
        const double t1 = rows[j].time, t2 = j + 1 < rows.size() ? rows[j + 1].time : rows[j].time;
        band.L(x(t2), y(*rows[j].ci_low)).L(x(t1), y(*rows[j].ci_low));
      }
      w.leaf("path", {{"d", band.Z()}});
      k = end;
    }
    w.close();
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& rows = groups[i].fit.rows();
    w.open("g", {{"class", "km-group"}, {"data-group", groups[i].name}, {"data-rows", rows.size()}});
    w.element("title", {}, groups[i].name);
    svg::path d;
    d.M(x(0), y(1));
    for (const auto& r : rows) d.H(x(r.time)).V(y(r.survival));
    w.leaf("path", {{"class", "km-curve"}, {"data-group", groups[i].name}, {"d", d}, {"fill", "none"},
                    {"stroke", svg::colour(i)}, {"stroke-width", 2}, {"stroke-dasharray", svg::dash(i)}});
    const auto mark = svg::series_shape(i);
    for (const auto& r : rows) {
      if (r.censored == 0) continue;
      w.open("path", {{"class", "km-censor"}, {"data-group", groups[i].name}, {"data-time", number(r.time)},
                      {"data-censored", r.censored}, {"data-survival", number(r.survival)},
                      {"d", svg::marker_path(mark, x(r.time), y(r.survival), 5)},
                      {"fill", svg::stroked_only(mark) ? "none" : svg::colour(i)}, {"stroke", svg::colour(i)}, {"stroke-width", 2}});
      w.element("title", {}, groups[i].name + ": " + std::to_string(r.censored) + " censored at day " + number(r.time));
      w.close();
    }
    w.close();
  }

  // Legend.
  w.open("g", {{"class", "km-legend"}, {"font-size", 12}});
  double ly = top + 10;
  for (std::size_t i = 0; i < groups.size(); ++i, ly += 22) {
    w.leaf("path", {{"d", svg::path().M(legend_x, ly).h(36)}, {"stroke", svg::colour(i)}, {"stroke-width", 2},
                    {"stroke-dasharray", svg::dash(i)}});
    const auto mark = svg::series_shape(i);
    w.leaf("path", {{"d", svg::marker_path(mark, legend_x + 18, ly, 5)}, {"fill", svg::stroked_only(mark) ? "none" : svg::colour(i)},
                    {"stroke", svg::colour(i)}, {"stroke-width", 2}});
    w.element("text", {{"x", legend_x + 44}, {"y", ly + 4}}, groups[i].name);
  }
  w.element("text", {{"x", legend_x}, {"y", ly + 6}, {"font-size", 11}}, "marks: censored");
  w.leaf("rect", {{"x", legend_x}, {"y", ly + 16}, {"width", 36}, {"height", 10}, {"fill", "#808080"}, {"fill-opacity", "0.3"}});
  w.element("text", {{"x", legend_x + 44}, {"y", ly + 25}, {"font-size", 11}}, level_text + " CI (" + std::string(to_string(type)) + ")");
  w.close();

  // Number at risk at each tick.
  w.open("g", {{"class", "km-at-risk-table"}, {"font-size", 11}});
  w.element("text", {{"x", left - 80}, {"y", table_top - 4}, {"font-weight", "bold"}}, "Number at risk");
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const double ry = table_top + row_h * static_cast<double>(i + 1);
    w.open("g", {{"class", "km-at-risk-row"}, {"data-group", groups[i].name}, {"text-anchor", "middle"}});
    w.element("text", {{"x", left - 10}, {"y", ry}, {"text-anchor", "end"}}, groups[i].name);
    for (long k = 0; k <= ticks; ++k) {
      const double t = static_cast<double>(k) * step;
      const long n = at_risk_at(groups[i].fit, t);
      w.element("text", {{"class", "km-at-risk"}, {"data-group", groups[i].name}, {"data-time", svg::num(t, 6)}, {"data-at-risk", n},
                         {"x", x(t)}, {"y", ry}},
                std::to_string(n));
    }
    w.close();
  }
  w.close();
  w.close();
  return w.str();
}

// The estimates, or the test; library errors here mean the data do not allow it.
int write(const cohort& c, int gap, double level, tr::conf_type type, const std::optional<std::string>& logrank,
          const std::optional<std::string>& svg_path, std::ostream& out) {
  std::vector<drawn_group> drawn;
  std::optional<tr::logrank_result> test;
  if (logrank) {
    const auto [a, b] = group_pair(*logrank, "--logrank", c);
    const auto r = tr::logrank_test(times_of(c, a, gap), times_of(c, b, gap));
    out << "chisq,df,p_value\n" << number(r.chisq) << ',' << r.df << ',' << number(r.p_value) << '\n';
    if (svg_path) {
      test = r;
      for (const auto& g : {a, b}) drawn.push_back({g, tr::kaplan_meier(times_of(c, g, gap), type, level)});
    }
  } else {
    out << "group,time_days,at_risk,events,censored,survival,std_err,ci_low,ci_high\n";
    for (const auto& g : c.groups) {
      auto fit = tr::kaplan_meier(times_of(c, g, gap), type, level);
      for (const auto& r : fit.rows())
        out << g << ',' << number(r.time) << ',' << r.at_risk << ',' << r.events << ',' << r.censored << ','
            << number(r.survival) << ',' << number(r.std_err) << ',' << number(r.ci_low) << ','
            << number(r.ci_high) << '\n';
      if (svg_path) drawn.push_back({g, std::move(fit)});
    }
  }
  if (svg_path) {
    trialspec_cli::spooled_output file(*svg_path);
    file.write(km_svg(drawn, level, type, test));
    file.commit();
  }
  return 0;
}


int run(trialspec_cli::args_t args, std::ostream& out) {
  const options opt(args, {"--followup", "--relapses", "--merge-days", "--level", "--conf-type", "--logrank", "--svg"});
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
  const auto svg_path = opt.get("--svg");
  if (svg_path && (svg_path->empty() || *svg_path == "-"))
    throw trialspec_cli::usage_error("--svg needs a file name, got '" + *svg_path + "'");
  // With --svg the curves of A and B are drawn with their intervals, which these options set.
  if (logrank && !svg_path)
    for (const char* interval_option : {"--level", "--conf-type"})
      if (opt.get(interval_option))
        throw trialspec_cli::usage_error(std::string(interval_option) + " sets the Kaplan-Meier intervals; the log-rank test (--logrank) has none");

  const cohort c = read_cohort(followup, relapses);
  check_days(c, gap, need::time);
  return computed("km", followup, relapses, [&] { return write(c, gap, level, type, logrank, svg_path, out); });
}

const trialspec_cli::registrar reg{"km", "Kaplan-Meier time to first relapse per group; --logrank A,B to compare",
                                   usage_text, &run};

} // namespace
