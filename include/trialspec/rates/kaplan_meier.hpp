// trialspec/rates/kaplan_meier.hpp - Kaplan-Meier estimate of the time to first relapse.
//
// S(t) = prod over event times t_i <= t of (1 - d_i / n_i) (Kaplan & Meier, JASA 1958;53:457-481).
// At a time with both events and censorings the censored patients count as still at risk (they
// were censored after the events), as is standard.
//
// Greenwood's variance: Var(log S(t)) = sum d_i / (n_i (n_i - d_i)); the standard error of S is
// S * sqrt(that sum). Pointwise intervals at level 1 - a with z = Phi^-1(1 - a/2):
//   log (default): exp(log S +/- z se_log), upper capped at 1;
//   log-log:       exp(-exp(log(-log S) -/+ z se_log / |log S|)) (Kalbfleisch & Prentice);
//   plain:         S +/- z S se_log, clipped to [0, 1].
// These are the intervals of R's survival::survfit. Where a quantity is undefined it is empty
// (std::nullopt): the standard error and every interval once S reaches 0, and the log-log
// interval while S = 1.
//
// Median (and any quantile) follows survival's convention: the first time S(t) <= 0.5; when S is
// exactly 0.5 over a stretch, the midpoint of that stretch (to the next drop, or to the last
// observed time). Its interval is the same quantile read off the lower and upper pointwise curves
// (Brookmeyer & Crowley, Biometrics 1982;38:29-41): the lower curve gives the lower limit.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/text.hpp>

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::rates {

/// One patient: time from the index date (days) and whether it ended with an event (true) or a
/// censoring (false).
struct survival_time {
  double time = 0;
  bool event = false;
};

/// Time from `start` to the first of `event_dates` inside [start, end], or a censoring at
/// `end - start` days when there is none. Throws invalid_input when end is before start.
inline survival_time time_to_first_event(date start, date end, std::span<const date> event_dates) {
  if (start.is_special() || end.is_special() || end < start)
    throw invalid_input("follow-up", trialspec::detail::cat(to_iso(start), "..", to_iso(end)), "the end must not be before the start");
  std::optional<date> first;
  for (date d : event_dates)
    if (start <= d && d <= end && (!first || d < *first)) first = d;
  if (first) return {static_cast<double>(days_between(start, *first)), true};
  return {static_cast<double>(days_between(start, end)), false};
}

/// Transformation of the pointwise intervals.
enum class conf_type : unsigned char { log, log_log, plain };

/// Words (also the option tokens) of each transformation (trialspec/enum_names.hpp).
inline constexpr auto conf_type_names = name_table<conf_type::plain>({
    {conf_type::log, "log"},
    {conf_type::log_log, "log-log"},
    {conf_type::plain, "plain"},
});
constexpr const auto& names_of(conf_type) noexcept { return conf_type_names; }
constexpr std::string_view to_string(conf_type c) noexcept { return conf_type_names.words(c); }

inline std::ostream& operator<<(std::ostream& os, conf_type c) { return os << to_string(c); }

/// Parses "log", "log-log" or "plain".
inline conf_type parse_conf_type(std::string_view text) { return parse_enum<conf_type>(text, "confidence interval type"); }

/// S and its uncertainty at one time.
struct survival_point {
  double time = 0;
  double survival = 1;
  /// Greenwood standard error of S.
  std::optional<double> std_err;
  std::optional<double> ci_low;
  std::optional<double> ci_high;
};

/// One row per distinct time with an event or a censoring.
struct km_row : survival_point {
  long at_risk = 0;
  long events = 0;
  long censored = 0;
};

/// A quantile of the survival time with its interval; empty where not reached.
struct survival_quantile {
  std::optional<double> estimate;
  std::optional<double> lower;
  std::optional<double> upper;
};

/// A Kaplan-Meier estimate.
class kaplan_meier_fit {
public:
  kaplan_meier_fit(std::vector<km_row> rows, conf_type type, double level)
      : rows_(std::move(rows)), type_(type), level_(level) {}

  [[nodiscard]] const std::vector<km_row>& rows() const noexcept { return rows_; }
  [[nodiscard]] conf_type type() const noexcept { return type_; }
  [[nodiscard]] double level() const noexcept { return level_; }

  /// S and its interval at time `t` (e.g. day 336 = week 48): the last row at or before t, or
  /// S = 1 before the first row. Empty after the last observed time, where S is not estimated.
  [[nodiscard]] std::optional<survival_point> at(double t) const {
    if (!std::isfinite(t) || t < 0) throw invalid_input("time", std::to_string(t), "must be a finite time >= 0");
    if (rows_.empty() || t > rows_.back().time) return std::nullopt;
    survival_point p{t, 1.0, 0.0, 1.0, 1.0};
    if (type_ == conf_type::log_log) p.ci_low = p.ci_high = std::nullopt;
    for (const auto& r : rows_) {
      if (r.time > t) break;
      p = r;
      p.time = t;
    }
    return p;
  }

  /// The time by which a proportion `p` has had an event (p = 0.5: median), with interval.
  [[nodiscard]] survival_quantile quantile(double p) const {
    if (!(p > 0 && p < 1)) throw invalid_input("quantile", std::to_string(p), "must be between 0 and 1 (exclusive)");
    survival_quantile q;
    q.estimate = crossing(1 - p, [](const km_row& r) { return std::optional<double>(r.survival); });
    q.lower = crossing(1 - p, [](const km_row& r) { return r.ci_low; });
    q.upper = crossing(1 - p, [](const km_row& r) { return r.ci_high; });
    return q;
  }

  /// Median time to event with its interval.
  [[nodiscard]] survival_quantile median() const { return quantile(0.5); }

private:
  // First time the curve falls to `level` or below; midpoint rule on an exactly flat stretch.
  template <class Curve>
  std::optional<double> crossing(double level, Curve curve) const {
    const double tol = 1.4901161193847656e-08;  // sqrt(DBL_EPSILON), as survival uses
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      const auto s = curve(rows_[i]);
      if (!s || *s > level + tol) continue;
      if (std::fabs(*s - level) >= tol) return rows_[i].time;
      for (std::size_t j = i + 1; j < rows_.size(); ++j) {
        const auto next = curve(rows_[j]);
        if (next && *next < *s - tol) return (rows_[i].time + rows_[j].time) / 2;
      }
      const auto last = curve(rows_.back());
      if (!last) return std::nullopt;
      return (rows_[i].time + rows_.back().time) / 2;
    }
    return std::nullopt;
  }

  std::vector<km_row> rows_;
  conf_type type_;
  double level_;
};

/// Kaplan-Meier estimate of `times`. Throws invalid_input for an empty sample, a negative or
/// non-finite time, or a level outside (0, 1).
inline kaplan_meier_fit kaplan_meier(std::span<const survival_time> times, conf_type type = conf_type::log,
                                     double level = 0.95) {
  detail::check_level(level);
  if (times.empty()) throw invalid_input("patients", "0", "Kaplan-Meier needs at least one patient");
  std::vector<survival_time> sorted(times.begin(), times.end());
  for (const auto& t : sorted)
    if (!std::isfinite(t.time) || t.time < 0)
      throw invalid_input("time", std::to_string(t.time), "must be a finite time >= 0");
  std::sort(sorted.begin(), sorted.end(), [](const survival_time& a, const survival_time& b) { return a.time < b.time; });

  const double z = boost::math::quantile(boost::math::normal_distribution<double>(), 0.5 + level / 2);
  std::vector<km_row> rows;
  long at_risk = static_cast<long>(sorted.size());
  double s = 1, greenwood = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    km_row r;
    r.time = sorted[i].time;
    r.at_risk = at_risk;
    for (; i < sorted.size() && sorted[i].time == r.time; ++i) (sorted[i].event ? r.events : r.censored) += 1;
    if (r.events > 0) {
      const double n = static_cast<double>(r.at_risk), d = static_cast<double>(r.events);
      s *= 1 - d / n;
      greenwood += r.events < r.at_risk ? d / (n * (n - d)) : std::numeric_limits<double>::infinity();
    }
    r.survival = s;
    if (s > 0) {
      const double se_log = std::sqrt(greenwood);
      r.std_err = s * se_log;
      switch (type) {
      case conf_type::log:
        r.ci_low = std::exp(std::log(s) - z * se_log);
        r.ci_high = std::min(1.0, std::exp(std::log(s) + z * se_log));
        break;
      case conf_type::log_log:
        if (s < 1) {
          const double l = std::log(-std::log(s)), w = z * se_log / std::fabs(std::log(s));
          r.ci_low = std::exp(-std::exp(l + w));
          r.ci_high = std::exp(-std::exp(l - w));
        }
        break;
      case conf_type::plain:
        r.ci_low = std::max(0.0, s - z * s * se_log);
        r.ci_high = std::min(1.0, s + z * s * se_log);
        break;
      }
    }
    at_risk -= r.events + r.censored;
    rows.push_back(r);
  }
  return {std::move(rows), type, level};
}

} // namespace trialspec::rates
