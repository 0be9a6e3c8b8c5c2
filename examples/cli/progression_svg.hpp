// progression_svg.hpp - `trialspec progression --svg FILE [--patient ID]`: each patient's EDSS
// trajectory with its relapses and its confirmed events (the baseline each is measured from, the
// event, the confirmation, RAW / PIRA / undefined), one patient large or the first patients as a
// grid of small multiples.
//
// The tool reads patients one by one (cmd_progression.cpp); the picture follows: each patient's
// cell is drawn as soon as its events are known and only the cell's markup is kept, for at most
// `grid_limit` patients (the first in id order) or the one patient asked for. Memory does not grow
// with the number of patients.
#pragma once

#include "cli.hpp"
#include "svg_writer.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/result.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec_cli::progression_svg {

/// Colours of the event classes (Okabe-Ito), each also written as a word next to its marker.
inline std::string_view class_colour(const trialspec::confirmed_event& e) {
  if (e.kind == trialspec::change_kind::improvement) return "#009E73";
  switch (e.classification.value_or(trialspec::worsening_class::undefined)) {
  case trialspec::worsening_class::raw: return "#D55E00";
  case trialspec::worsening_class::pira: return "#0072B2";
  case trialspec::worsening_class::undefined: break;
  }
  return "#CC79A7";
}
inline constexpr std::string_view relapse_colour = "#E69F00";

/// The class as the CSV output writes it ("RAW", "PIRA", "undefined"; empty for an improvement).
inline std::string class_text(const trialspec::confirmed_event& e) {
  return e.classification ? std::string(to_string(*e.classification)) : std::string();
}

/// "1 worsening, PIRA" / "2 improvement".
inline std::string event_head(std::size_t n, const trialspec::confirmed_event& e) {
  std::string s = std::to_string(n) + ' ' + std::string(to_string(e.kind));
  if (e.classification) s += ", " + class_text(e);
  return s;
}

struct cell {
  std::string markup; // drawn at (0, 0)
  double width = 0, height = 0;
};

/// `text` cut into lines of at most `width` characters at spaces (a longer word stays whole); each
/// line of `text` keeps its indentation (leading spaces), continuation lines get two more.
inline std::vector<std::pair<std::size_t, std::string>> wrap(std::string_view text, std::size_t width) {
  std::vector<std::pair<std::size_t, std::string>> out;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    line.remove_prefix(indent);
    std::size_t level = indent;
    while (!line.empty()) {
      std::size_t cut = line.size();
      if (line.size() > width) {
        cut = line.rfind(' ', width);
        if (cut == std::string_view::npos || cut == 0) cut = std::min(line.find(' '), line.size());
      }
      out.emplace_back(level, std::string(line.substr(0, cut)));
      line.remove_prefix(cut);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      level = indent + 2;
    }
  }
  return out;
}

/// Draws one patient. `visits` in input order (same-date records: the later one is used, as the
/// library does); `big`: the single-patient layout, else a grid cell. `explanation`: the library's
/// account of the search (explain_progression), written under the events in the big layout.
inline cell draw_patient(std::string_view id, std::span<const trialspec::edss_assessment> input_visits,
                         std::span<const trialspec::date> input_relapses, const trialspec::progression_result& r, bool big,
                         std::string_view explanation = {}) {
  namespace svg = trialspec_cli::svg;
  using trialspec::date;
  std::vector<trialspec::edss_assessment> visits(input_visits.begin(), input_visits.end());
  std::stable_sort(visits.begin(), visits.end(), [](const auto& a, const auto& b) { return a.on.earliest() < b.on.earliest(); });
  std::vector<trialspec::edss_assessment> kept;
  for (std::size_t i = 0; i < visits.size(); ++i)
    if (i + 1 == visits.size() || visits[i + 1].on != visits[i].on) kept.push_back(visits[i]);
  std::vector<date> relapses(input_relapses.begin(), input_relapses.end());
  std::sort(relapses.begin(), relapses.end());

  // Time range: every visit and relapse, padded; at least 60 days.
  long lo = kept.front().on.earliest().day_number(), hi = kept.back().on.earliest().day_number();
  if (!relapses.empty()) {
    lo = std::min<long>(lo, relapses.front().day_number());
    hi = std::max<long>(hi, relapses.back().day_number());
  }
  if (hi - lo < 60) {
    const long mid = (lo + hi) / 2;
    lo = mid - 30;
    hi = mid + 30;
  }
  const double pad = static_cast<double>(hi - lo) * 0.04;
  const double t0 = static_cast<double>(lo) - pad, t1 = static_cast<double>(hi) + pad;

  const double width = big ? 800 : 420, left = big ? 60 : 40, plot_w = width - left - (big ? 30 : 16);
  const double top = big ? 60 : 46, plot_h = big ? 300 : 150;
  const double line_h = big ? 17 : 12, font = big ? 12 : 9;
  const std::size_t text_lines = r.events.empty() ? 1 : r.events.size() * (big ? 1 : 2);
  const double list_top = top + plot_h + (big ? 48 : 34);
  const auto why = big ? wrap(explanation, 118) : std::vector<std::pair<std::size_t, std::string>>{};
  const double why_top = list_top + line_h * static_cast<double>(text_lines) + 14;
  const double height = why.empty() ? list_top + line_h * static_cast<double>(text_lines) + 8
                                     : why_top + 15 * static_cast<double>(why.size() + 1) + 8;
  const auto x = [&](long day) { return left + plot_w * (static_cast<double>(day) - t0) / (t1 - t0); };
  const auto y = [&](const trialspec::edss& e) { return top + plot_h * (1 - e.value() / 10); };
  const auto y_of = [&](double v) { return top + plot_h * (1 - v / 10); };

  svg::writer w;
  w.open("g", {{"class", "prog-patient"}, {"data-id", id}, {"data-visits", kept.size()}, {"data-relapses", relapses.size()},
               {"data-events", r.events.size()}, {"role", "group"}, {"aria-label", "EDSS trajectory of patient " + std::string(id)}});
  std::string desc = "Patient " + std::string(id) + ": " + std::to_string(kept.size()) + " EDSS assessments from " +
                     trialspec::to_iso(kept.front().on) + " to " + trialspec::to_iso(kept.back().on) + ", " +
                     std::to_string(relapses.size()) + (relapses.size() == 1 ? " relapse" : " relapses");
  for (std::size_t i = 0; i < relapses.size(); ++i) desc += (i ? ", " : " (") + trialspec::to_iso(relapses[i]) + (i + 1 == relapses.size() ? ")" : "");
  desc += r.events.empty() ? "; no confirmed event." : "; confirmed events:";
  for (std::size_t i = 0; i < r.events.size(); ++i) {
    const auto& e = r.events[i];
    desc += ' ' + event_head(i + 1, e) + ", baseline " + e.baseline.score.to_string() + " on " + trialspec::to_iso(e.baseline.on) + ", " +
            e.event.score.to_string() + " on " + trialspec::to_iso(e.event.on) + ", confirmed " + e.confirmation.score.to_string() +
            " on " + trialspec::to_iso(e.confirmation.on) + '.';
  }
  w.element("title", {}, "Patient " + std::string(id));
  w.element("desc", {}, desc);
  w.leaf("rect", {{"x", 0.5}, {"y", 0.5}, {"width", width - 1}, {"height", height - 1}, {"fill", "#ffffff"}, {"stroke", "#c0c0c0"}});
  w.element("text", {{"class", "prog-patient-id"}, {"x", left}, {"y", big ? 24 : 18}, {"font-weight", "bold"}, {"font-size", big ? 16 : 12}},
            "Patient " + std::string(id));
  w.element("text", {{"x", left}, {"y", big ? 42 : 32}, {"font-size", big ? 12 : 9}},
            std::to_string(kept.size()) + " visits, " + std::to_string(relapses.size()) + (relapses.size() == 1 ? " relapse, " : " relapses, ") +
                (r.events.empty() ? std::string("no confirmed event")
                                  : std::to_string(r.events.size()) + (r.events.size() == 1 ? " confirmed event" : " confirmed events")));

  // EDSS axis.
  w.open("g", {{"class", "prog-y-axis"}, {"font-size", big ? 11 : 8}, {"text-anchor", "end"}});
  for (int v = 0; v <= 10; v += big ? 1 : 2) {
    w.leaf("path", {{"d", svg::path().M(left - 4, y_of(v)).H(left + plot_w)},
                    {"stroke", v == 0 ? "#000000" : "#e0e0e0"}});
    w.element("text", {{"x", left - 6}, {"y", y_of(v) + 3}}, std::to_string(v));
  }
  w.leaf("path", {{"d", svg::path().M(left, top).V(top + plot_h)}, {"stroke", "#000000"}});
  w.element("text", {{"x", 12}, {"y", top + plot_h / 2}, {"text-anchor", "middle"},
                     {"transform", "rotate(-90 12 " + svg::num(top + plot_h / 2) + ")"}},
            "EDSS");
  w.close();

  // Date axis: first days of months, 1 to 120 months apart.
  {
    const date epoch = kept.front().on.earliest();
    const auto from_day = [&](long day) { return epoch + boost::gregorian::date_duration(day - static_cast<long>(epoch.day_number())); };
    const date first = from_day(static_cast<long>(t0) + 1), last = from_day(static_cast<long>(t1));
    const long m_lo = first.year() * 12L + first.month() - 1, m_hi = last.year() * 12L + last.month() - 1;
    long step = 120;
    for (long s : {1L, 2L, 3L, 6L, 12L, 24L, 60L, 120L})
      if ((m_hi - m_lo) / s <= (big ? 8 : 4)) {
        step = s;
        break;
      }
    w.open("g", {{"class", "prog-x-axis"}, {"font-size", big ? 11 : 8}, {"text-anchor", "middle"}});
    for (long m = (m_lo + step - 1) / step * step; m <= m_hi; m += step) {
      const date d(static_cast<unsigned short>(m / 12), static_cast<unsigned short>(m % 12 + 1), 1);
      if (static_cast<double>(d.day_number()) < t0) continue;
      const double px = x(d.day_number());
      w.leaf("path", {{"d", svg::path().M(px, top + plot_h).v(4)}, {"stroke", "#000000"}});
      std::string label = trialspec::to_iso(d).substr(0, step >= 12 ? 4 : 7);
      w.element("text", {{"x", px}, {"y", top + plot_h + (big ? 17 : 13)}}, label);
    }
    w.close();
  }

  // Relapses: dashed vertical lines with a marker and an "R" at the top.
  for (const auto& d : relapses) {
    const double px = x(d.day_number());
    w.open("g", {{"class", "prog-relapse"}, {"data-date", trialspec::to_iso(d)}});
    w.element("title", {}, "relapse onset " + trialspec::to_iso(d));
    w.leaf("path", {{"d", svg::path().M(px, top).V(top + plot_h)}, {"stroke", relapse_colour},
                    {"stroke-width", 2}, {"stroke-dasharray", "5 3"}});
    w.leaf("path", {{"d", svg::marker_path(svg::shape::triangle_down, px, top - 5, 4)}, {"fill", relapse_colour}, {"stroke", "#000000"},
                    {"stroke-width", 0.5}});
    w.element("text", {{"x", px + 5}, {"y", top - 2}, {"font-size", big ? 11 : 8}}, "R");
    w.close();
  }

  // The trajectory.
  svg::path line;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (i == 0) line.M(x(kept[i].on.earliest().day_number()), y(kept[i].score));
    else line.L(x(kept[i].on.earliest().day_number()), y(kept[i].score));
  }
  w.leaf("path", {{"class", "prog-trajectory"}, {"d", line}, {"fill", "none"}, {"stroke", "#000000"}, {"stroke-width", 1.5}});
  for (const auto& v : kept) {
    w.open("circle", {{"class", "prog-visit"}, {"data-date", trialspec::to_iso(v.on)}, {"data-edss", v.score.text()},
                      {"cx", x(v.on.earliest().day_number())}, {"cy", y(v.score)}, {"r", big ? 3.5 : 2.5}, {"fill", "#ffffff"}, {"stroke", "#000000"}});
    w.element("title", {}, trialspec::to_iso(v.on) + ": EDSS " + v.score.to_string());
    w.close();
  }

  // Events: the baseline (square, dotted reference line at its score up to the confirmation), the
  // event (triangle up for a worsening, down for an improvement), the confirmation (ring), and a
  // label with the number and class.
  for (std::size_t i = 0; i < r.events.size(); ++i) {
    const auto& e = r.events[i];
    const auto c = class_colour(e);
    const bool worse = e.kind == trialspec::change_kind::worsening;
    w.open("g", {{"class", "prog-event"}, {"data-id", id}, {"data-event", i + 1}, {"data-kind", to_string(e.kind)}, {"data-class", class_text(e)},
                 {"data-baseline-date", trialspec::to_iso(e.baseline.on)}, {"data-baseline-edss", e.baseline.score.text()},
                 {"data-date", trialspec::to_iso(e.event.on)}, {"data-edss", e.event.score.text()},
                 {"data-confirm-date", trialspec::to_iso(e.confirmation.on)}, {"data-confirm-edss", e.confirmation.score.text()}});
    w.element("title", {}, event_head(i + 1, e));
    const double bx = x(e.baseline.on.earliest().day_number()), by = y(e.baseline.score);
    const double ex = x(e.event.on.earliest().day_number()), ey = y(e.event.score);
    const double cx = x(e.confirmation.on.earliest().day_number()), cy = y(e.confirmation.score);
    w.leaf("path", {{"class", "prog-baseline-level"}, {"d", svg::path().M(bx, by).H(cx)},
                    {"stroke", "#555555"}, {"stroke-dasharray", "2 2"}});
    w.leaf("path", {{"class", "prog-baseline"}, {"data-date", trialspec::to_iso(e.baseline.on)}, {"data-edss", e.baseline.score.text()},
                    {"d", svg::marker_path(svg::shape::square, bx, by, big ? 5 : 4)}, {"fill", "none"}, {"stroke", "#000000"},
                    {"stroke-width", 1.5}});
    w.leaf("path", {{"class", "prog-confirm-link"}, {"d", svg::path().M(ex, ey).L(cx, cy)},
                    {"stroke", c}, {"stroke-width", 3}});
    w.leaf("path", {{"class", "prog-event-point"}, {"d", svg::marker_path(worse ? svg::shape::triangle_up : svg::shape::triangle_down, ex, ey, big ? 7 : 5)},
                    {"fill", c}, {"stroke", "#000000"}, {"stroke-width", 0.75}});
    w.leaf("circle", {{"class", "prog-confirmation"}, {"data-date", trialspec::to_iso(e.confirmation.on)},
                      {"cx", cx}, {"cy", cy}, {"r", big ? 6 : 4.5}, {"fill", "none"}, {"stroke", c}, {"stroke-width", 2.5}});
    const std::string label = std::to_string(i + 1) + ' ' + (worse ? class_text(e) : std::string("improvement"));
    w.element("text", {{"x", ex}, {"y", worse ? ey - (big ? 11 : 8) : ey + (big ? 18 : 13)}, {"text-anchor", "middle"},
                       {"font-size", big ? 11 : 8}, {"font-weight", "bold"}},
              label);
    w.close();
  }

  // The events as text, as the CSV output states them.
  w.open("g", {{"class", "prog-event-list"}, {"font-size", font}});
  double ly = list_top;
  if (r.events.empty()) w.element("text", {{"x", left}, {"y", ly}}, "No confirmed event.");
  for (std::size_t i = 0; i < r.events.size(); ++i) {
    const auto& e = r.events[i];
    const std::string head = event_head(i + 1, e) + ": baseline " + e.baseline.score.to_string() + " on " + trialspec::to_iso(e.baseline.on);
    const std::string rest = e.event.score.to_string() + " on " + trialspec::to_iso(e.event.on) + ", confirmed " +
                             e.confirmation.score.to_string() + " on " + trialspec::to_iso(e.confirmation.on);
    if (big) {
      w.element("text", {{"class", "prog-event-text"}, {"x", left}, {"y", ly}}, head + "; " + rest);
      ly += line_h;
    } else {
      w.element("text", {{"class", "prog-event-text"}, {"x", left}, {"y", ly}}, head + ";");
      w.element("text", {{"x", left + 12}, {"y", ly + line_h}}, rest);
      ly += 2 * line_h;
    }
  }
  w.close();
  if (!why.empty()) {
    w.open("g", {{"class", "prog-explanation"}, {"font-size", 11}});
    w.element("text", {{"x", left}, {"y", why_top}, {"font-weight", "bold"}}, "How the search went (baselines, candidate changes):");
    double wy = why_top;
    for (const auto& [indent, text] : why) {
      wy += 15;
      w.element("text", {{"x", left + 6.5 * static_cast<double>(indent)}, {"y", wy}}, text);
    }
    w.close();
  }
  w.close();
  return {w.str(), width, height};
}

/// The legend row (what each mark means), `width` wide, at (0, 0); 46 high.
inline std::string legend(double width) {
  namespace svg = trialspec_cli::svg;
  svg::writer w;
  w.open("g", {{"class", "prog-legend"}, {"font-size", 11}});
  double lx = 10;
  const double ly = 16;
  const auto item = [&](std::string_view text, double advance) {
    w.element("text", {{"x", lx + 22}, {"y", ly + 4}}, text);
    lx += advance;
  };
  w.leaf("path", {{"d", svg::path().M(lx, ly).h(18)}, {"stroke", "#000000"}, {"stroke-width", 1.5}});
  w.leaf("circle", {{"cx", lx + 9}, {"cy", ly}, {"r", 3}, {"fill", "#ffffff"}, {"stroke", "#000000"}});
  item("EDSS visit", 100);
  w.leaf("path", {{"d", svg::path().M(lx + 9, ly - 8).v(16)}, {"stroke", relapse_colour}, {"stroke-width", 2},
                  {"stroke-dasharray", "5 3"}});
  item("relapse onset (R)", 140);
  w.leaf("path", {{"d", svg::marker_path(svg::shape::square, lx + 9, ly, 5)}, {"fill", "none"}, {"stroke", "#000000"}, {"stroke-width", 1.5}});
  item("baseline of an event", 150);
  w.leaf("circle", {{"cx", lx + 9}, {"cy", ly}, {"r", 5}, {"fill", "none"}, {"stroke", "#000000"}, {"stroke-width", 2}});
  item("confirmation", 110);
  lx = 10;
  const double ly2 = ly + 20;
  const auto marker = [&](svg::shape s, std::string_view colour, std::string_view text, double advance) {
    w.leaf("path", {{"d", svg::marker_path(s, lx + 9, ly2, 6)}, {"fill", colour}, {"stroke", "#000000"}, {"stroke-width", 0.75}});
    w.element("text", {{"x", lx + 22}, {"y", ly2 + 4}}, text);
    lx += advance;
  };
  marker(svg::shape::triangle_up, "#D55E00", "worsening, RAW", 130);
  marker(svg::shape::triangle_up, "#0072B2", "worsening, PIRA", 135);
  marker(svg::shape::triangle_up, "#CC79A7", "worsening, undefined", 165);
  marker(svg::shape::triangle_down, "#009E73", "improvement", 110);
  (void)width;
  w.close();
  return w.str();
}

/// The cells of one run, drawn as the patients are read.
class collector {
public:
  static constexpr std::size_t grid_limit = 12;

  /// `patient`: the one patient to draw (--patient), or every patient up to grid_limit.
  explicit collector(std::optional<std::string> patient) : patient_(std::move(patient)) {}

  /// Forgets everything (the tool reads the files again from the start).
  void reset() {
    cells_.clear();
    patients_ = 0;
  }

  /// One patient's visits and relapses (input order) and the events found for it; `explain()`
  /// gives the library's explanation of the search, asked for only for the --patient one.
  template <class Explain>
  void add(std::string_view id, std::span<const trialspec::edss_assessment> visits, std::span<const trialspec::date> relapses,
           const trialspec::progression_result& r, Explain&& explain) {
    ++patients_;
    if (patient_ ? id != *patient_ : cells_.size() >= grid_limit) return;
    cells_.push_back(patient_ ? draw_patient(id, visits, relapses, r, true, explain()) : draw_patient(id, visits, relapses, r, false));
  }

  [[nodiscard]] bool found() const { return !cells_.empty(); }
  [[nodiscard]] std::size_t patients() const { return patients_; }
  [[nodiscard]] std::size_t drawn() const { return cells_.size(); }

  /// The whole document; `settings` describes the options the events were found with.
  [[nodiscard]] std::string document(std::string_view settings) const {
    namespace svg = trialspec_cli::svg;
    const std::size_t columns = patient_ ? 1 : std::min<std::size_t>(3, std::max<std::size_t>(cells_.size(), 1));
    const double cell_w = patient_ ? 800 : 420, gap = 10, header = 56, legend_h = 46;
    const double width = std::max(static_cast<double>(columns) * (cell_w + gap) + gap, 640.0);
    std::vector<double> row_heights;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (i % columns == 0) row_heights.push_back(0);
      row_heights.back() = std::max(row_heights.back(), cells_[i].height);
    }
    double height = header + legend_h + gap;
    for (double h : row_heights) height += h + gap;
    if (cells_.empty()) height += 30;

    std::string title = patient_ ? "EDSS trajectory of patient " + *patient_ : std::string("EDSS trajectories");
    std::string scope = patient_ ? std::string()
                                 : (patients_ > cells_.size() ? "the first " + std::to_string(cells_.size()) + " of " +
                                                                    std::to_string(patients_) + " patients in id order"
                                                              : std::to_string(cells_.size()) + (cells_.size() == 1 ? " patient" : " patients") +
                                                                    " in id order");
    std::string desc = title + (scope.empty() ? "" : ", " + scope) + ", with relapse onsets and the confirmed events (" +
                       std::string(settings) + "). Each event shows its baseline, the event and its confirmation; its class is written "
                       "next to it and listed under each chart.";
    svg::writer w;
    svg::begin_document(w, width, height, title, desc);
    w.element("text", {{"x", gap}, {"y", 24}, {"font-size", 16}, {"font-weight", "bold"}}, title);
    w.element("text", {{"class", "prog-scope"}, {"x", gap}, {"y", 44}, {"font-size", 11}, {"data-patients", patients_},
                       {"data-drawn", cells_.size()}},
              (scope.empty() ? std::string() : scope + "; ") + std::string(settings));
    w.open("g", {{"transform", "translate(0 " + svg::num(header) + ")"}});
    w.raw(legend(width));
    w.close();
    double y = header + legend_h + gap;
    if (cells_.empty()) w.element("text", {{"x", gap}, {"y", y + 16}}, "No patients.");
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      const std::size_t row = i / columns, col = i % columns;
      if (col == 0 && row > 0) y += row_heights[row - 1] + gap;
      w.open("g", {{"transform", "translate(" + svg::num(gap + static_cast<double>(col) * (cell_w + gap)) + ' ' + svg::num(y) + ")"}});
      w.raw(cells_[i].markup);
      w.close();
    }
    w.close();
    return w.str();
  }

private:
  std::optional<std::string> patient_;
  std::vector<cell> cells_;
  std::size_t patients_ = 0;
};

} // namespace trialspec_cli::progression_svg
