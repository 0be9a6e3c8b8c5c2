// trialspec progression: confirmed disability worsening and improvement events (with RAW / PIRA
// classification) from EDSS visits and relapse onsets, one CSV row per event.
#include "cli.hpp"
#include "csv_stream.hpp"
#include "progression_svg.hpp"
#include "spooled_output.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/confirmed.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/thresholds.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using trialspec_cli::usage_error;

constexpr const char* usage_text =
    "usage: trialspec progression --visits V.csv [--relapses R.csv] [--baseline fixed|roving]\n"
    "  [--events first|all] [--confirm-days N] [--confirm-tolerance LO,HI] [--sustain-days N|end]\n"
    "  [--relapse-to-baseline N] [--relapse-to-event N] [--relapse-to-confirm N]\n"
    "  [--relapse-assoc N] [--thresholds standard|cut55] [--no-intermediate-check] [--output FILE]\n"
    "  [--svg FILE [--patient ID]]\n"
    "reads V.csv (id,date,edss) and R.csv (id,date; every id must have visits), \"-\" for standard\n"
    "input, and writes one CSV row per confirmed event, patients in id order:\n"
    "id,event,kind,class,baseline_date,baseline_edss,date,edss,confirm_date,confirm_edss\n"
    "Files whose rows are grouped by patient in that order (whole-number ids by value, then the\n"
    "others as text) are read patient by patient, in memory that does not grow with them; other\n"
    "files are read whole, with a note on standard error naming the row where the order breaks.\n"
    "  --output FILE  write to FILE (a temporary beside it, renamed when the run succeeds)\n"
    "  --svg FILE     also draw the EDSS trajectories, relapses and confirmed events as an SVG image:\n"
    "                 the first 12 patients in id order (a note on standard error when there are more)\n"
    "  --patient ID   draw this patient only (an error when no visit has this id)";

// Whole-number ids sort by value, before every other id; other ids sort as text. (A plain text
// order would put patient 10 before patient 9.)
struct id_order {
  static bool numeric(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }
  static std::string_view digits(std::string_view s) {
    const auto first = s.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view("0") : s.substr(first);
  }
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    const bool na = numeric(a), nb = numeric(b);
    if (na != nb) return na;
    if (na) {
      const auto da = digits(a), db = digits(b);
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
    }
    return a < b;
  }
};

long non_negative(std::string_view option, const std::string& text) {
  long v = 0;
  try {
    v = trialspec_cli::parse_integer(text, option);
  } catch (const trialspec::invalid_input&) {
    throw usage_error(std::string(option) + " " + text + ": expected a whole number of days");
  }
  if (v < 0) throw usage_error(std::string(option) + " " + text + ": must not be negative");
  return v;
}

double non_negative_decimal(std::string_view option, const std::string& text) {
  double v = 0;
  try {
    v = trialspec_cli::parse_decimal(text, option);
  } catch (const trialspec::invalid_input&) {
    throw usage_error(std::string(option) + " " + text + ": expected a decimal number of days");
  }
  if (v < 0) throw usage_error(std::string(option) + " " + text + ": must not be negative");
  return v;
}

// Why a date known to the month or year only ("2013-05", "2013") is refused here: the search
// counts days between visits, confirmations and relapses (README, "Imprecise dates").
constexpr std::string_view visit_day = "the progression search needs the day of each EDSS assessment";
constexpr std::string_view relapse_day = "the progression search needs the day of each relapse";

struct patient {
  std::vector<trialspec::edss_assessment> visits;
  std::vector<trialspec::date> relapses;
};

using trialspec_cli::csv_stream;
using trialspec_cli::csv_view;
using trialspec_cli::input_error;
using trialspec_cli::spooled_output;
namespace progression_svg = trialspec_cli::progression_svg;

constexpr std::string_view header_row =
    "id,event,kind,class,baseline_date,baseline_edss,date,edss,confirm_date,confirm_edss\n";

/// trialspec::edss::parse remembering the scores it accepted by their text (at most 5
/// characters): a file spells the 20 scores a few ways, over and over. Its errors are parse's.
class edss_cache {
public:
  trialspec::edss operator()(std::string_view s) {
    if (s.empty() || s.size() > 5) return trialspec::edss::parse(s);
    std::uint64_t key = s.size(); // never 0
    for (char c : s) key = (key << 8) | static_cast<unsigned char>(c);
    auto& slot = slots_[static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> 56)];
    if (slot.key == key) return trialspec::edss::from_half_steps(slot.half_steps);
    const trialspec::edss e = trialspec::edss::parse(s);
    slot = {key, e.half_steps()};
    return e;
  }

private:
  struct entry {
    std::uint64_t key = 0;
    int half_steps = 0;
  };
  std::array<entry, 256> slots_{};
};

/// One patient's events as CSV rows (the header's columns) appended to `text`.
template <trialspec::ThresholdTable Table>
void append_events(std::string_view id, const patient& p, const trialspec::progression_options& options,
                   trialspec::progression_scratch& scratch, trialspec::progression_result& result, std::string& text,
                   progression_svg::collector* svg) {
  trialspec::assess_progression<Table>(p.visits, p.relapses, options, scratch, result);
  if (svg)
    svg->add(id, p.visits, p.relapses, result,
             [&] { return trialspec::explain_progression<Table>(p.visits, p.relapses, options).render(); });
  std::size_t n = 0;
  for (const auto& e : result.events) {
    text.append(id).append(1, ',').append(std::to_string(++n)).append(1, ',').append(to_string(e.kind)).append(1, ',');
    if (e.classification) text.append(to_string(*e.classification));
    text.append(1, ',');
    const auto point = [&](const auto& at, char after) {
      trialspec::append_iso(text, at.on);
      text.append(1, ',').append(at.score.text()).append(1, after);
    };
    point(e.baseline, ',');
    point(e.event, ',');
    point(e.confirmation, '\n');
  }
}

/// "FILE:LINE: patient "ID" comes after patient "PREVIOUS"": where the rows stop being grouped by
/// patient in ascending id order.
std::string order_note(const csv_stream& in, std::size_t line, std::string_view id, std::string_view previous) {
  return in.name() + ":" + std::to_string(line) + ": patient \"" + std::string(id) + "\" comes after patient \"" +
         std::string(previous) + "\"";
}

/// The input read patient by patient: the visits grouped by patient in ascending id order (the
/// order of the output), the relapses likewise. Each patient's events are written as soon as its
/// rows are read; only one patient is held. Returns the place where the order breaks (nothing is
/// then certain of what was written: the caller reads the files again as a whole), or nothing
/// when the run is complete. The errors are those of whole-file reading: every error of the visits
/// first (thrown as met), then the first error of the relapses (held until the visits are read).
template <trialspec::ThresholdTable Table>
std::optional<std::string> stream_events(csv_stream& visits, csv_stream* relapses, const trialspec::progression_options& options,
                                         spooled_output& out, progression_svg::collector* svg) {
  std::exception_ptr relapses_error;
  trialspec::progression_scratch scratch;
  trialspec::progression_result result;
  trialspec_cli::date_cache dates;
  edss_cache scores;
  patient p;
  std::string id, text;
  bool have = false;

  // The relapses: `r` is the next row not yet given to a patient when `r_held`.
  csv_view r;
  bool r_held = false, r_done = relapses == nullptr;
  std::string r_previous;
  const auto r_date = [&] { return relapses->field(r, 1, [&](std::string_view s) { return day_needed(dates, s, "date", relapse_day); }); };
  // Reads the next relapse row into `r`; an error is held, and ends the reading of the relapses.
  const auto r_next = [&]() -> std::optional<std::string> {
    try {
      if (!relapses->next(r)) {
        r_done = true;
        return std::nullopt;
      }
      const std::string_view rid = r.fields[0];
      if (rid.empty()) throw input_error(relapses->where(r.line, 1) + "id: empty");
      if (!r_previous.empty() && id_order()(rid, r_previous)) return order_note(*relapses, r.line, rid, r_previous);
      r_previous.assign(rid);
      r_held = true;
    } catch (const input_error&) {
      relapses_error = std::current_exception();
      r_done = true;
    }
    return std::nullopt;
  };
  // Gives patient `x` its relapses: the rows with its id at the head of the relapses. A row with
  // an id before `x` has no visits (the visits are in order up to here); it is an error, held
  // until the visits are known to be in order to their end.
  const auto attach = [&](const std::string& x) -> std::optional<std::string> {
    while (!r_done) {
      if (!r_held) {
        if (auto note = r_next()) return note;
        continue;
      }
      const std::string_view rid = r.fields[0];
      try {
        if (rid == x) {
          p.relapses.push_back(r_date());
          r_held = false;
          continue;
        }
        if (id_order()(rid, x)) {
          (void)r_date(); // a bad date on the row is named first, as whole-file reading does
          throw input_error(relapses->where(r.line, 1) + "id \"" + std::string(rid) + "\" has no visits in " + visits.name());
        }
      } catch (const input_error&) {
        relapses_error = std::current_exception();
        r_done = true;
      }
      break;
    }
    return std::nullopt;
  };
  const auto finish = [&]() -> std::optional<std::string> {
    if (auto note = attach(id)) return note;
    append_events<Table>(id, p, options, scratch, result, text, svg);
    if (text.size() >= 65536) {
      out.write(text);
      text.clear();
    }
    return std::nullopt;
  };

  out.write(header_row);
  csv_view v;
  while (visits.next(v)) {
    const std::string_view vid = v.fields[0];
    if (vid.empty()) throw input_error(visits.where(v.line, 1) + "id: empty");
    const auto on = visits.field(v, 1, [&](std::string_view s) { return day_needed(dates, s, "date", visit_day); });
    const auto score = visits.field(v, 2, [&](std::string_view s) { return scores(s); });
    if (!have || vid != id) {
      if (have) {
        if (!id_order()(id, vid)) return order_note(visits, v.line, vid, id);
        if (auto note = finish()) return note;
      }
      id.assign(vid);
      have = true;
      p.visits.clear();
      p.relapses.clear();
    }
    p.visits.push_back({on, score});
  }
  if (have)
    if (auto note = finish()) return note;
  // A relapse row left over has an id after every patient's: no visits.
  if (!r_done && !r_held)
    if (auto note = r_next()) return note;
  if (r_held && !relapses_error) {
    try {
      (void)r_date();
      throw input_error(relapses->where(r.line, 1) + "id \"" + std::string(r.fields[0]) + "\" has no visits in " + visits.name());
    } catch (const input_error&) {
      relapses_error = std::current_exception();
    }
  }
  if (relapses_error) std::rethrow_exception(relapses_error);
  out.write(text);
  return std::nullopt;
}

/// The files read as a whole, in any order (what the tool did before it read patient by patient):
/// every patient is held until the end, and written in id order.
template <trialspec::ThresholdTable Table>
void whole_events(csv_stream& visits, csv_stream* relapses, const trialspec::progression_options& options, spooled_output& out,
                  progression_svg::collector* svg) {
  std::map<std::string, patient, id_order> patients;
  trialspec_cli::date_cache dates;
  edss_cache scores;
  csv_view row;
  while (visits.next(row)) {
    if (row.fields[0].empty()) throw input_error(visits.where(row.line, 1) + "id: empty");
    const auto on = visits.field(row, 1, [&](std::string_view s) { return day_needed(dates, s, "date", visit_day); });
    const auto score = visits.field(row, 2, [&](std::string_view s) { return scores(s); });
    patients[std::string(row.fields[0])].visits.push_back({on, score});
  }
  if (relapses) {
    while (relapses->next(row)) {
      const std::string_view id = row.fields[0];
      if (id.empty()) throw input_error(relapses->where(row.line, 1) + "id: empty");
      const auto on = relapses->field(row, 1, [&](std::string_view s) { return day_needed(dates, s, "date", relapse_day); });
      // A relapse of an id without visits is most likely an id written two ways ("1" and
      // "01"); ignoring it would silently turn a RAW event into PIRA, as arr and km know.
      const auto it = patients.find(std::string(id));
      if (it == patients.end())
        throw input_error(relapses->where(row.line, 1) + "id \"" + std::string(id) + "\" has no visits in " + visits.name());
      it->second.relapses.push_back(on);
    }
  }
  out.write(header_row);
  trialspec::progression_scratch scratch;
  trialspec::progression_result result;
  std::string text;
  for (const auto& [id, p] : patients) append_events<Table>(id, p, options, scratch, result, text, svg);
  out.write(text);
}

/// Patient by patient when the input allows it, else (with a note on standard error saying where
/// the order breaks) the whole files; the report reaches standard output or --output only when
/// the run is complete.
template <trialspec::ThresholdTable Table>
void write_events(const std::string& visits_path, const std::string& relapses_path, const std::string& output,
                  const trialspec::progression_options& options, const std::string& svg_path,
                  const std::optional<std::string>& patient_id, const std::string& settings) {
  std::optional<progression_svg::collector> svg;
  if (!svg_path.empty()) svg.emplace(patient_id);
  progression_svg::collector* cells = svg ? &*svg : nullptr;
  csv_stream visits(visits_path, {"id", "date", "edss"}, true);
  std::optional<csv_stream> relapses;
  if (!relapses_path.empty()) relapses.emplace(relapses_path, std::vector<std::string>{"id", "date"}, true);
  csv_stream* r = relapses ? &*relapses : nullptr;
  std::optional<spooled_output> out;
  out.emplace(output);
  const auto note = stream_events<Table>(visits, r, options, *out, cells);
  if (note) {
    std::cerr << trialspec_cli::printable("trialspec progression: " + *note +
                                          ": the rows are not grouped by patient in ascending id order; reading the whole "
                                          "files instead (memory grows with them)")
              << '\n';
    out.reset(); // what was written goes (its temporary file too)
    out.emplace(output);
    visits.restart();
    if (r) r->restart();
    if (svg) svg->reset();
    whole_events<Table>(visits, r, options, *out, cells);
  }
  if (svg) {
    if (patient_id && !svg->found())
      throw input_error("trialspec: " + visits.name() + ": --patient \"" + trialspec_cli::printable(*patient_id) +
                        "\": no visit has this id");
    spooled_output picture(svg_path);
    picture.write(svg->document(settings));
    picture.commit();
    if (!patient_id && svg->patients() > svg->drawn())
      std::cerr << "trialspec progression: the SVG draws the first " << svg->drawn() << " of " << svg->patients()
                << " patients in id order (--patient ID draws any one)\n";
  }
  out->commit();
}

int run(trialspec_cli::args_t args, std::ostream&) {
  std::string visits_path, relapses_path, output, svg_path, thresholds = "standard";
  std::optional<std::string> patient_id;
  trialspec::progression_options o;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-') seen.add(a);
    if (a == "--no-intermediate-check") {
      o.check_intermediate = false;
      continue;
    }
    if (a.empty() || a[0] != '-') throw usage_error("unexpected argument '" + a + "' (input files are given with --visits and --relapses)");
    if (i + 1 >= args.size()) throw usage_error(a + ": missing value");
    const std::string& v = args[++i];
    if (a == "--visits") visits_path = v;
    else if (a == "--relapses") relapses_path = v;
    else if (a == "--output") {
      if (v.empty()) throw usage_error("--output: empty file name");
      output = v;
    }
    else if (a == "--svg") {
      if (v.empty() || v == "-") throw usage_error("--svg needs a file name, got '" + v + "'");
      svg_path = v;
    } else if (a == "--patient") {
      if (v.empty()) throw usage_error("--patient: empty id");
      patient_id = v;
    } else if (a == "--baseline") {
      if (v == "fixed") o.baseline = trialspec::baseline_scheme::fixed;
      else if (v == "roving") o.baseline = trialspec::baseline_scheme::roving;
      else throw usage_error("--baseline " + v + ": expected fixed or roving");
    } else if (a == "--events") {
      if (v == "first") o.events = trialspec::event_selection::first_worsening;
      else if (v == "all") o.events = trialspec::event_selection::all;
      else throw usage_error("--events " + v + ": expected first or all");
    } else if (a == "--confirm-days") {
      o.confirm_days = non_negative(a, v);
      if (o.confirm_days == 0) throw usage_error("--confirm-days 0: must be positive");
    } else if (a == "--confirm-tolerance") {
      const auto comma = v.find(',');
      if (comma == std::string::npos)
        throw usage_error("--confirm-tolerance " + v + ": expected LO,HI (days before and after)");
      o.confirm_tolerance_before = non_negative_decimal(a, v.substr(0, comma));
      o.confirm_tolerance_after = non_negative_decimal(a, v.substr(comma + 1));
    } else if (a == "--sustain-days") {
      o.sustain = v == "end" ? trialspec::sustain_requirement::to_end()
                             : trialspec::sustain_requirement::for_days(non_negative(a, v));
    } else if (a == "--relapse-to-baseline") o.relapse_to_baseline = non_negative(a, v);
    else if (a == "--relapse-to-event") o.relapse_to_event = non_negative(a, v);
    else if (a == "--relapse-to-confirm") o.relapse_to_confirmation = non_negative(a, v);
    else if (a == "--relapse-assoc") o.relapse_association = non_negative(a, v);
    else if (a == "--thresholds") {
      if (v != "standard" && v != "cut55") throw usage_error("--thresholds " + v + ": expected standard or cut55");
      thresholds = v;
    } else {
      throw usage_error("unknown option '" + a + "'");
    }
  }
  if (visits_path.empty()) throw usage_error("--visits is required");
  if (visits_path == "-" && relapses_path == "-")
    throw usage_error("--visits and --relapses cannot both read standard input");

  if (patient_id && svg_path.empty()) throw usage_error("--patient chooses the patient drawn by --svg; give --svg FILE too");
  if (!svg_path.empty() && svg_path == output) throw usage_error("--svg and --output name the same file '" + output + "'");
  const std::string settings = std::string(to_string(o.baseline)) + " baseline, " +
                               (o.events == trialspec::event_selection::all ? "all events" : "first worsening") + ", " + thresholds +
                               " thresholds";
  if (thresholds == "cut55") write_events<trialspec::cut55_thresholds>(visits_path, relapses_path, output, o, svg_path, patient_id, settings);
  else write_events<trialspec::standard_thresholds>(visits_path, relapses_path, output, o, svg_path, patient_id, settings);
  return 0;
}

const trialspec_cli::registrar reg{"progression",
                                   "confirmed EDSS worsening/improvement events (RAW/PIRA) per patient",
                                   usage_text, &run};

} // namespace
