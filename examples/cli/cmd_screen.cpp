// trialspec screen COHORT.json|COHORT.jsonl|- [--as-of YYYY-MM-DD] [--format text|markdown|csv|json|html]
//                  [--explain] [--protocol NAME] [--jobs N] [--output FILE] [reading options]
// Screens every patient of a JSON cohort (trialspec/io/cohort_json.hpp: a document or JSON Lines,
// the lines of JSON Lines and the objects of a document (document_objects.hpp) read by
// patient_line_reader.hpp)
// against NCT02249676 (or the bundled trial --protocol names, trials.hpp): one line per patient
// with the status and the criteria that failed or are unknown, then the attrition table in
// protocol order.
//
// The cohort is read as a stream and screened batch by batch on --jobs threads, the rows written
// in input order; memory does not grow with the number of patients (but for 8 bytes per id, for
// the rule that ids are unique), and the report reaches its destination only when the whole run
// has succeeded (spooled_output).
#include "cli.hpp"
#include "document_objects.hpp"
#include "fhir_input.hpp"
#include "jsonl_lines.hpp"
#include "patient_line_reader.hpp"
#include "screen_html.hpp"
#include "screen_readings.hpp"
#include "spooled_output.hpp"
#include "trials.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/parallel.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <stdio.h>  // fdopen (POSIX)
#include <stdlib.h> // mkstemp (POSIX)
#include <unistd.h> // close (POSIX)

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
using trialspec_cli::spooled_output;
namespace el = trialspec::eligibility;
namespace readings = trialspec_cli::nct02249676_readings;

const std::string usage_text =
    "usage: trialspec screen COHORT [--as-of YYYY-MM-DD] [--format text|markdown|csv|json|html]\n"
    "                        [--explain] [--protocol NAME] [--jobs N] [--output FILE] [--quiet] [reading options]\n"
    "                        [--input cohort|fhir] [--verbose]\n"
    "  COHORT      a cohort document {\"patients\": [...]} (.json), JSON Lines: one patient object per\n"
    "              line (.jsonl, .ndjson), or - for JSON Lines on standard input; read as a stream\n"
    "  --as-of     the screening date (default: today, UTC)\n"
    "  --jobs      threads screening at once (default: one per core); the output is the same for any N\n"
    "  --output    write the report to FILE (a temporary beside it, renamed when the run succeeds)\n"
    "  --quiet     no progress line (shown on standard error only when it is a terminal)\n"
    "  --protocol  the trial: nct02249676 (default), prevent, n-momentum, sakurasky, sakurastar,\n"
    "              champion-nmosd, opera, oratorio, asclepios or an NCT id (`trialspec protocols`);\n"
    "              reading options are NCT02249676's\n"
    "  --explain   every criterion's reasons under each patient (text format only; html always has them)\n"
    "  --format html  one self-contained HTML page: criteria, readings, attrition chart and table,\n"
    "              the patients' table (paged, filterable) with each patient's reasons\n" +
    std::string(trialspec_cli::fhir_input::options_usage()) +
    readings::options_usage() +
    "A record that cannot be screened (a birth date after the screening date, a date whose windows\n"
    "leave the calendar), a date before the birth date, or a control character in an id or a name\n"
    "stops the run with exit code 2, naming the file and the patient.";

struct options {
  std::string path;
  trialspec::date as_of = boost::gregorian::day_clock::universal_day();
  std::string format = "text";
  bool explain = false;
  readings::reading reading;
  /// The trial when it is not NCT02249676 (--protocol).
  const trialspec_cli::trials::trial* trial = nullptr;
  /// Threads (--jobs; 0: one per core).
  std::size_t jobs = 0;
  /// --output FILE; empty: standard output.
  std::string output;
  /// The cohort file as messages name it ("<stdin>" for "-").
  std::string path_shown;
  /// --quiet: no progress line.
  bool quiet = false;
  /// --input fhir: PATH is FHIR R4 input (fhir_input.hpp); --verbose lists what it did not map.
  bool fhir = false;
  bool verbose = false;
};

/// A progress line on standard error (patients done, rate, elapsed), rewritten after each batch,
/// when standard error is a terminal and --quiet is not given; never in pipes, files or CI logs.
class progress_line {
public:
  explicit progress_line(bool quiet) : shown_(!quiet && ::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done) {
    if (!shown_) return;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    char text[128];
    std::snprintf(text, sizeof text, "\r%zu patients, %.0f per second, %.1f s elapsed ", done, s > 0 ? static_cast<double>(done) / s : 0.0,
                  s);
    std::fputs(text, stderr);
    written_ = true;
  }
  /// Clears the line (before the report or an error message).
  void clear() {
    if (written_) std::fputs("\r\033[K", stderr);
    written_ = false;
  }
  ~progress_line() { clear(); }

private:
  bool shown_;
  bool written_ = false;
  std::chrono::steady_clock::time_point start_;
};

/// The screening of the chosen protocol: NCT02249676 under its reading, or another bundled trial.
/// Thread-safe: the criteria are pure and each call has its own memo.
readings::cohort_screening screen_chosen(const options& o, const std::vector<trialspec::patient>& cohort) {
  if (o.trial) return o.trial->screen(cohort, o.as_of, o.explain);
  return readings::screen(o.reading, cohort, o.as_of, o.explain);
}
/// screen_chosen() into `out`, its memory reused.
void screen_chosen_into(const options& o, const std::vector<trialspec::patient>& cohort, readings::cohort_screening& out) {
  if (o.trial) o.trial->screen_into(cohort, o.as_of, o.explain, out);
  else readings::screen_into(o.reading, cohort, o.as_of, o.explain, out);
}
std::string chosen_id(const options& o) { return o.trial ? o.trial->id : readings::protocol_id(); }

using trialspec_cli::join;

// RFC 4180 quoting for a field that needs it.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

/// csv_field(s) appended to `out`.
void append_csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(s);
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

/// csv_field(join(items, ";")) appended to `out`, without the joined copy: ';' needs no quotes,
/// so the joined text needs them exactly when one of the items does.
void append_csv_list(std::string& out, const std::vector<std::string>& items) {
  for (const auto& item : items)
    if (item.find_first_of(",\"\n\r") != std::string::npos) {
      append_csv_field(out, join(items, ";"));
      return;
    }
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) out += ';';
    out.append(items[k]);
  }
}

std::string markdown_cell(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

/// `text` with `n` spaces after each newline: a nested value's dump(2) placed at depth n / 2.
std::string indented(const std::string& text, std::size_t n) {
  std::string out;
  out.reserve(text.size() + 64);
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(n, ' ');
  }
  return out;
}

/// The report in the chosen format, written as the records come: the opening, one piece per
/// record, and the closing with the attrition table. The bytes are those of the whole report
/// formatted at once (a JSON document as nlohmann's dump(2) writes it).
class report_writer {
public:
  report_writer(const options& o, spooled_output& out) : o_(o), out_(out) {}

  void begin() {
    const std::string title = chosen_id(o_) + " screening as of " + trialspec::to_iso(o_.as_of);
    if (o_.format == "csv") {
      out_.write("id,status,failed,unknown\n");
    } else if (o_.format == "json") {
      using json = nlohmann::ordered_json;
      out_.write("{\n  \"protocol\": " + json(chosen_id(o_)).dump() + ",\n  \"as_of\": " + json(trialspec::to_iso(o_.as_of)).dump() +
                 ",\n  \"reading\": " + json(o_.reading.label()).dump() + ",\n  \"patients\": [");
    } else if (o_.format == "html") {
      trialspec_cli::screen_html::meta m;
      m.protocol_id = chosen_id(o_);
      m.as_of = trialspec::to_iso(o_.as_of);
      if (o_.trial) {
        m.title = o_.trial->title;
        m.reading = "registry";
        m.criteria_json = o_.trial->criteria_json();
        m.readings_text = o_.trial->decisions();
      } else {
        m.title = readings::protocol_title();
        m.reading = o_.reading.label();
        m.criteria_json = readings::criteria_json(o_.reading);
        m.readings_text = readings::policy_description(o_.reading);
      }
      out_.write(html_.begin(m));
    } else if (o_.format == "markdown") {
      out_.write("# " + title + "\n\nReading: " + o_.reading.label() + "\n\n");
      out_.write("| id | status | failed | unknown |\n| --- | --- | --- | --- |\n");
    } else {
      out_.write(title + " (reading: " + o_.reading.label() + ")\n");
    }
  }

  /// `n` records' text, made by row() (on the threads that screened them), in order.
  void rows(std::string_view text, std::size_t n) {
    if (o_.format == "html") {
      if (n > 0) out_.write(html_.rows(text));
    } else {
      out_.write(text);
    }
    records_ += n;
  }

  /// row(o_, r, first) appended to `out`; a CSV row is written in place (no copy per field).
  static void append_row(std::string& out, const options& o_, const readings::screened_record& r, bool first) {
    if (o_.format != "csv") {
      out += row(o_, r, first);
      return;
    }
    append_csv_field(out, r.id);
    out += ',';
    out.append(to_string(r.status));
    out += ',';
    append_csv_list(out, r.failed);
    out += ',';
    append_csv_list(out, r.unknown);
    out += '\n';
  }

  /// The text of one record; `first`: the report's first record (a JSON array's first element).
  static std::string row(const options& o_, const readings::screened_record& r, bool first) {
    std::string line;
    if (o_.format == "html") {
      line = trialspec_cli::screen_html::writer::encode(r);
    } else if (o_.format == "csv") {
      line = csv_field(r.id);
      line.append(",").append(to_string(r.status)).append(",").append(csv_field(join(r.failed, ";"))).append(",");
      line.append(csv_field(join(r.unknown, ";"))).append("\n");
    } else if (o_.format == "json") {
      using json = nlohmann::ordered_json;
      const json row{{"id", r.id}, {"status", std::string(to_string(r.status))}, {"failed", r.failed}, {"unknown", r.unknown}};
      line = (first ? "\n    " : ",\n    ") + indented(row.dump(2), 4);
    } else if (o_.format == "markdown") {
      line = "| " + markdown_cell(r.id) + " | " + std::string(to_string(r.status)) + " | " + join(r.failed, ", ") + " | " +
             join(r.unknown, ", ") + " |\n";
    } else {
      line = r.id + ": " + std::string(to_string(r.status));
      if (!r.failed.empty()) line += "; failed: " + join(r.failed, ", ");
      if (!r.unknown.empty()) line += "; unknown: " + join(r.unknown, ", ");
      line += '\n';
      if (o_.explain) {
        std::size_t from = 0;
        while (from < r.report.size()) {
          const std::size_t nl = r.report.find('\n', from);
          line.append("    ").append(r.report.substr(from, nl - from)).append("\n");
          from = nl + 1;
        }
      }
    }
    return line;
  }

  void end(const el::cohort_report& attrition) {
    const std::string summary = std::to_string(attrition.total) + " records: " + std::to_string(attrition.eligible) + " eligible, " +
                                std::to_string(attrition.ineligible) + " ineligible, " + std::to_string(attrition.undetermined) +
                                " undetermined\n";
    if (o_.format == "csv") return;
    if (o_.format == "html") {
      out_.write(html_.end(attrition));
      return;
    }
    if (o_.format == "json") {
      using json = nlohmann::ordered_json;
      const json totals{{"total", attrition.total},
                        {"eligible", attrition.eligible},
                        {"ineligible", attrition.ineligible},
                        {"undetermined", attrition.undetermined}};
      json table = json::array();
      for (const auto& row : attrition.rows)
        table.push_back(json{{"criterion", row.id},
                             {"role", std::string(to_string(row.role))},
                             {"met", row.met},
                             {"not_met", row.not_met},
                             {"unknown", row.unknown},
                             {"removed", row.removed},
                             {"remaining", row.remaining},
                             {"passing", row.passing}});
      out_.write(std::string(records_ == 0 ? "]" : "\n  ]") + ",\n  \"summary\": " + indented(totals.dump(2), 2) +
                 ",\n  \"attrition\": " + indented(table.dump(2), 2) + "\n}\n");
    } else if (o_.format == "markdown") {
      std::string t = "\n## Attrition\n\n| criterion | met | not met | unknown | removed | remaining | passing |\n"
                      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
      for (const auto& row : attrition.rows)
        t += "| " + row.id + " | " + std::to_string(row.met) + " | " + std::to_string(row.not_met) + " | " +
             std::to_string(row.unknown) + " | " + std::to_string(row.removed) + " | " + std::to_string(row.remaining) + " | " +
             std::to_string(row.passing) + " |\n";
      out_.write(t + "\n" + summary);
    } else {
      out_.write("\n" + el::render(attrition));
    }
  }

private:
  const options& o_;
  spooled_output& out_;
  std::size_t records_ = 0;
  trialspec_cli::screen_html::writer html_; // the line dictionary of the html format
};

/// Where the file names a patient: "FILE: " for a document, "FILE:LINE: " for JSON Lines.
std::string file_where(const std::string& path, std::size_t line) {
  return line == 0 ? path + ": " : path + ":" + std::to_string(line) + ": ";
}

/// "trialspec: FILE[:LINE]: patient "ID" (#N): ", the reader's way of naming a patient.
std::string patient_where(const std::string& path, std::size_t line, std::size_t index, const std::string& id) {
  return "trialspec: " + file_where(path, line) + "patient \"" + trialspec_cli::printable(id) + "\" (#" + std::to_string(index + 1) + "): ";
}

/// What the reader accepts but the tool does not: a control character in an id or a name (it
/// would be printed and could forge a line of the report), and an observation dated before the
/// patient's birth.
void check_patient(const std::string& path, std::size_t line, std::size_t i, const trialspec::patient& p) {
  const auto fail = [&](const std::string& key, const std::string& value, const std::string& rule) {
    throw trialspec_cli::input_error(patient_where(path, line, i, p.id) + key + " \"" + trialspec_cli::printable(value) + "\": " + rule);
  };
  // Key paths are spelled only for a value that fails (this runs for every patient).
  const auto item_key = [](const char* list, std::size_t k, const char* key) {
    return std::string(list) + "[" + std::to_string(k) + "]." + key;
  };
  const auto text = [&](const std::string& key, const std::string& value) {
    if (trialspec_cli::has_control(value)) fail(key, value, "contains a control character");
  };
  text("id", p.id);
  for (std::size_t k = 0; k < p.therapies.size(); ++k)
    if (trialspec_cli::has_control(p.therapies[k].name)) text(item_key("therapies", k, "name"), p.therapies[k].name);
  for (std::size_t k = 0; k < p.conditions.size(); ++k)
    if (trialspec_cli::has_control(p.conditions[k].name)) text(item_key("conditions", k, "name"), p.conditions[k].name);
  if (!p.birth_date) return;
  // An observation is refused only when every day it can be (an MRI or laboratory date may be a
  // month or a year) is before the first day the birth can be.
  const trialspec::date born = p.birth_date->earliest(); // the first day the birth can be
  const auto dated = [&](const std::string& key, const trialspec::partial_date& d) {
    if (d.latest() < born) fail(key, trialspec::to_iso(d), "is before the birth date " + trialspec::to_iso(*p.birth_date));
  };
  const auto each = [&](const char* list, const auto& items, const char* key, auto date_of) {
    for (std::size_t k = 0; k < items.size(); ++k)
      if (trialspec::partial_date(date_of(items[k])).latest() < born) dated(item_key(list, k, key), date_of(items[k]));
  };
  each("edss", p.edss, "date", [](const auto& e) { return e.on; });
  each("relapses", p.relapses, "onset", [](const auto& r) { return r.onset; });
  each("mri", p.mri, "date", [](const auto& m) { return m.on; });
  each("therapies", p.therapies, "start", [](const auto& t) { return t.start; });
  each("labs", p.labs, "date", [](const auto& l) { return l.on; });
  each("blood_pressure", p.blood_pressure, "date", [](const auto& b) { return b.on; });
  if (p.infusion_date) dated("infusion_date", *p.infusion_date);
}

/// One patient of a batch: read already (a document's), or the text of its line (JSON Lines),
/// read by the thread that screens it.
struct batch_item {
  std::size_t index = 0; // 0-based position in the cohort
  std::size_t line = 0;  // JSON Lines: the line; 0 in a document
  std::string_view text; // in jsonl_lines' buffer (padded), until the batch is flushed
  /// A document's patient, read, and its id checked for uniqueness, by io::read_cohort_stream:
  /// held by the batch beside the items (an item stays small: the main thread walks them).
  bool read = false;
};

/// What one thread made of its part of a batch: the ids of the patients read (up to and including
/// the one that stopped it, when read), their rows' text and their attrition, and the first error.
struct part_result {
  std::string ids;                  // the ids, one after the other
  std::vector<std::size_t> id_ends; // where each id ends in `ids`
  std::vector<std::uint64_t> id_hashes; // id_register::hash_of each id, computed on the part's thread
  std::size_t screened = 0;         // rows in `rows`
  el::cohort_report attrition;
  std::string rows; // report_writer::row of each record, in order
  std::exception_ptr error;
  std::size_t error_at = 0; // position in the part of the record that stopped it
  /// The patients of one chunk of the part (run_part), kept from chunk to chunk and batch to
  /// batch: the reader clears a patient but keeps the memory of its lists
  /// (patient_line_reader::read_padded), so a patient costs no allocation once the lists have
  /// grown to the cohort's usual lengths, and a chunk's records are screened while they are
  /// still in the processor's cache.
  std::vector<trialspec::patient> chunk;
  readings::cohort_screening chunk_screened; // the chunk's records, kept likewise

  void add_id(std::string_view id) {
    ids.append(id);
    id_ends.push_back(ids.size());
    id_hashes.push_back(trialspec::io::id_register::hash_of(id));
  }
  [[nodiscard]] std::size_t read() const { return id_ends.size(); }
  [[nodiscard]] std::string_view id(std::size_t k) const {
    const std::size_t from = k == 0 ? 0 : id_ends[k - 1];
    return std::string_view(ids).substr(from, id_ends[k] - from);
  }

  /// Empty for the next batch, the memory of its patients, ids and rows' text kept.
  void reset() {
    ids.clear();
    id_ends.clear();
    id_hashes.clear();
    screened = 0;
    attrition = el::cohort_report{};
    rows.clear();
    error = nullptr;
    error_at = 0;
  }
};

/// Screens patients batch by batch on `jobs` threads, in input order: each part of a batch is
/// read (JSON Lines), checked and screened on its own thread; the rows are written and the counts
/// merged in order, and the first problem in input order stops the run.
class batch_screener {
public:
  batch_screener(const options& o, report_writer& writer) : o_(o), writer_(writer), progress_(o.quiet) {}

  /// Thrown (at the flush) when a document's object, split out by document_objects, is not valid
  /// JSON: the document is read again by the library's reader, whose message names the byte.
  struct document_syntax {};
  /// The items' texts are objects split out of a document.
  void from_document() { document_ = true; }

  static constexpr std::size_t batch_per_job = 2048;
  [[nodiscard]] std::size_t capacity() const { return batch_per_job * el::thread_count(o_.jobs); }

  [[nodiscard]] std::size_t pending() const { return items_.size(); }

  void add(batch_item&& item) {
    items_.push_back(item);
    if (items_.size() >= capacity()) flush();
  }
  /// A document's patient, read already.
  void add_read(std::size_t index, trialspec::patient&& p) {
    read_.resize(items_.size()); // at the item's position
    read_.push_back(std::move(p));
    add(batch_item{index, 0, {}, true});
  }

  /// The batch is full: the caller starts it (flush(), or wait() and start()).
  [[nodiscard]] bool full() const { return items_.size() >= capacity(); }
  /// An item, without starting the batch when it is full (the caller does).
  void collect(batch_item&& item) { items_.push_back(item); }

  /// Screens the batch held (batch k) on the worker threads and, while they run, writes the
  /// batch before it (k - 1): its ids checked, its rows written, its counts merged, its first
  /// problem thrown. Batch k is then written at the next flush or at finish(); its lines are no
  /// longer used (its patients are read), so the caller may release them when this returns.
  void flush() {
    start();
    wait();
  }

  /// flush() in two halves, for a caller that reads batch k + 1 while batch k is screened:
  /// start() launches batch k (after waiting for the batch running, if any) and writes batch
  /// k - 1; wait() waits until batch k is screened, after which its lines are no longer used.
  /// When start() throws, no thread is running.
  void start() {
    if (items_.empty()) return;
    wait();
    std::swap(items_, run_items_);
    std::swap(read_, run_read_);
    items_.clear();
    read_.clear();
    try {
      launch();
      write_pending();
    } catch (...) {
      join(); // the threads read the lines of batch k: they are done before the caller goes on
      throw;
    }
    running_batch_ = true;
  }
  void wait() {
    if (!running_batch_) return;
    join();
    running_batch_ = false;
    std::swap(run_items_, pending_items_);
    std::swap(results_, pending_results_);
    std::swap(begins_, pending_begins_);
    pending_ = true;
  }
  /// Waits for the threads, their batch dropped (the run stops with an error).
  void abandon() noexcept {
    join();
    running_batch_ = false;
  }

  /// The attrition of every patient so far; with no patient, the table of the criteria with
  /// zero counts.
  el::cohort_report finish() {
    flush();
    write_pending();
    progress_.clear();
    if (attrition_.rows.empty()) attrition_ = screen_chosen(o_, {}).attrition;
    return attrition_;
  }

private:
  /// Starts screening run_items_ in thread_count(jobs) contiguous parts (part p from p * (n / parts)
  /// + min(p, n % parts), as el::for_each_part cuts them), each on its own thread; with one part,
  /// on this thread, to the end.
  void launch() {
    const std::size_t n = run_items_.size();
    const std::size_t parts = std::min(el::thread_count(o_.jobs), n);
    if (results_.size() < parts) results_.resize(parts);
    if (readers_.size() < parts) readers_.resize(parts); // one per part, kept: its caches stay warm
    begins_.assign(parts + 1, n);
    const std::size_t base = n / parts, extra = n % parts;
    for (std::size_t part = 0; part < parts; ++part) begins_[part] = part * base + std::min(part, extra);
    batch_first_ = launched_;
    launched_ += n;
    // Each part's result of the batch before is released by the thread that takes the part, so
    // that the main thread does not spend the time freeing it.
    const auto work = [this](std::size_t part) {
      part_result& r = results_[part];
      try {
        r.reset();
        run_part(r, readers_[part], begins_[part], begins_[part + 1]);
      } catch (...) { // run_part keeps what it expects; anything else stops the run here
        r.error = std::current_exception();
        r.error_at = r.read();
      }
    };
    if (parts == 1) {
      work(0);
      return;
    }
    for (std::size_t part = 0; part < parts; ++part) running_.emplace_back(work, part);
  }

  void join() { running_.clear(); } // std::jthread joins

  /// The batch screened before (if any), in input order: ids, rows, counts, and its first problem.
  void write_pending() {
    if (!pending_) return;
    pending_ = false;
    const std::size_t parts = pending_begins_.size() - 1;
    for (std::size_t part = 0; part < parts; ++part) {
      auto& r = pending_results_[part];
      const std::size_t checked = r.error ? std::min(r.read(), r.error_at + 1) : r.read();
      constexpr std::size_t ahead = 8; // ids whose slots are asked for before they are inserted
      for (std::size_t k = 0; k < checked; ++k) {
        if (k + ahead < checked) ids_.prefetch(r.id_hashes[k + ahead]);
        const batch_item& item = pending_items_[pending_begins_[part] + k];
        if (item.read) continue; // the reader has checked it (one register of ids, not two)
        if (!ids_.insert_hash(r.id_hashes[k])) {
          const std::string_view id = r.id(k);
          const std::string id_text(id);
          throw trialspec_cli::input_error(std::string("trialspec: ") +
                                           trialspec::io::cohort_format_error(
                                               trialspec::io::cohort_format_error(id_text, item.index, "id", id_text,
                                                                                  "another patient has the same id"),
                                               o_.path_shown, item.line)
                                               .what());
        }
      }
      if (r.error) {
        progress_.clear();
        std::rethrow_exception(r.error);
      }
      writer_.rows(r.rows, r.screened);
      el::merge(attrition_, r.attrition);
    }
    done_ += pending_items_.size();
    progress_.update(done_);
  }

  /// Patients read and then screened together: few enough that their records are still in the
  /// processor's cache when they are screened (a batch's records are not).
  static constexpr std::size_t chunk_size = 64;

  /// Reads, checks and screens the items [begin, end) of the batch, chunk by chunk. The first
  /// problem in reading or checking stops it; a record that cannot be screened stops the
  /// screening, and the reading goes on to the part's end, so that a problem in reading later in
  /// the part is the one reported (as when the whole part was read before it was screened).
  void run_part(part_result& r, trialspec_cli::patient_line_reader& reader, std::size_t begin, std::size_t end) {
    std::exception_ptr unscreened; // the first record that cannot be screened
    std::size_t unscreened_at = 0;
    for (std::size_t from = begin; from < end; from += chunk_size) {
      const std::size_t to = std::min(end, from + chunk_size);
      std::vector<trialspec::patient>& patients = r.chunk;
      if (patients.size() < to - from) patients.resize(to - from);
      for (std::size_t i = from; i < to; ++i) {
        batch_item& item = run_items_[i];
        trialspec::patient& p = patients[i - from];
        try {
          if (item.read) {
            p = std::move(run_read_[i]);
          } else {
            try {
              reader.read_padded(p, item.text, item.index);
            } catch (const trialspec::io::cohort_format_error& e) { // not read: no id to check
              if (document_ && e.key() == "JSON") throw document_syntax{};
              throw trialspec_cli::input_error(std::string("trialspec: ") +
                                               trialspec::io::cohort_format_error(e, o_.path_shown, item.line).what());
            }
          }
          r.add_id(p.id);
          check_patient(o_.path_shown, item.line, item.index, p);
        } catch (...) {
          r.error = std::current_exception();
          r.error_at = i - begin;
          return;
        }
      }
      if (unscreened) continue;
      if (patients.size() > to - from) patients.resize(to - from); // the part's last chunk
      try {
        readings::cohort_screening& screened = r.chunk_screened;
        screen_chosen_into(o_, patients, screened);
        for (std::size_t k = 0; k < screened.records.size(); ++k)
          report_writer::append_row(r.rows, o_, screened.records[k], batch_first_ == 0 && from == 0 && k == 0);
        r.screened += screened.records.size();
        el::merge(r.attrition, screened.attrition);
      } catch (const readings::record_error& e) {
        const batch_item& item = run_items_[from + e.index];
        unscreened = std::make_exception_ptr(trialspec_cli::input_error(patient_where(o_.path_shown, item.line, item.index, e.id) +
                                                                        "cannot be screened as of " + trialspec::to_iso(o_.as_of) +
                                                                        ": " + e.what()));
        unscreened_at = from - begin + e.index;
      }
    }
    if (unscreened) {
      r.error = unscreened;
      r.error_at = unscreened_at;
    }
  }

  const options& o_;
  report_writer& writer_;
  std::vector<batch_item> items_;        // collected, not yet started
  std::vector<trialspec::patient> read_; // a document's patients, at their items' positions
  // The batch the threads screen (launch, run_part).
  std::vector<batch_item> run_items_;
  std::vector<trialspec::patient> run_read_;
  bool running_batch_ = false;
  std::vector<part_result> results_;
  std::vector<std::size_t> begins_; // where each part of the batch starts, and the batch's end
  std::vector<trialspec_cli::patient_line_reader> readers_;
  // The batch screened, not yet written (write_pending).
  std::vector<batch_item> pending_items_;
  std::vector<part_result> pending_results_;
  std::vector<std::size_t> pending_begins_;
  bool pending_ = false;
  trialspec::io::id_register ids_;
  el::cohort_report attrition_;
  progress_line progress_;
  std::size_t done_ = 0;        // patients written
  std::size_t launched_ = 0;    // patients handed to the threads
  std::size_t batch_first_ = 0; // the position in the cohort of the batch being screened
  bool document_ = false;
  std::vector<std::jthread> running_; // last: joined first
};

/// Reads the cohort patient by patient (a document through the streaming reader, JSON Lines line
/// by line) and screens it batch by batch.
void screen_stream(const options& o, std::istream& in, trialspec::io::cohort_layout layout, spooled_output& out) {
  report_writer writer(o, out);
  writer.begin();
  batch_screener screener(o, writer);
  if (layout == trialspec::io::cohort_layout::document) {
    try {
      trialspec::io::read_cohort_stream(in, layout, [&](trialspec::patient&& p, std::size_t index) {
        screener.add_read(index, std::move(p));
      });
    } catch (const trialspec::io::cohort_format_error& e) {
      throw trialspec_cli::input_error(std::string("trialspec: ") + trialspec::io::cohort_format_error(e, o.path_shown).what());
    }
  } else {
    // Lines are screened from the reader's buffer (jsonl_lines.hpp), in two buffers taking
    // turns: the main thread reads and splits the lines of batch k + 1 into one while the threads
    // screen batch k from the other (and the main thread writes batch k - 1).
    using lines_status = trialspec_cli::jsonl_lines::status;
    trialspec_cli::jsonl_lines lines(in);
    std::string_view text;
    std::size_t line = 0, index = 0;
    // A read error stops the reading; the lines before it are screened and written first, so
    // that a bad patient before it is the error reported, as it comes first in input order.
    bool read_failed = false;
    const bool one_thread = el::thread_count(o.jobs) == 1;
    try {
      for (;;) {
        lines_status got{};
        try {
          got = lines.next(text, line);
        } catch (const trialspec_cli::jsonl_lines::read_error&) {
          read_failed = true;
          got = lines_status::end;
        }
        if (got == lines_status::line) {
          screener.collect(batch_item{index++, line, text, false});
          if (!screener.full()) continue;
        }
        if (screener.pending() > 0) {
          if (one_thread) { // the batch is screened on this thread: one buffer is enough
            screener.start();
            lines.release();
          } else {
            screener.wait(); // batch k is screened: its buffer takes the rest of this one
            if (got != lines_status::end) lines.seal(); // batch k + 1's lines stay where they are
            screener.start();
          }
        }
        if (got == lines_status::end) break;
      }
      screener.wait();
    } catch (...) {
      screener.abandon(); // the threads read the lines: they are done before the buffers go
      throw;
    }
    if (read_failed) {
      (void)screener.finish(); // the lines read: their first problem, if any, comes first
      throw trialspec_cli::input_error("trialspec: " + o.path_shown + ": read error");
    }
  }
  writer.end(screener.finish());
}

/// A cohort document split into its patient objects (document_objects.hpp), each read by the JSON
/// Lines reader on the thread that screens it, as JSON Lines are: errors name the line the
/// patient's object starts on. False when the document is not one this splitting reads (see
/// document_objects.hpp) or an object is not valid JSON: nothing is certain of what was written,
/// and the caller reads the document again with the library's reader.
bool screen_document(const options& o, std::istream& in, spooled_output& out) {
  report_writer writer(o, out);
  writer.begin();
  batch_screener screener(o, writer);
  screener.from_document();
  using objects_status = trialspec_cli::document_objects::status;
  trialspec_cli::document_objects objects(in);
  std::string_view text;
  std::size_t line = 0, index = 0;
  try {
    for (;;) {
      objects_status got{};
      try {
        got = objects.next(text, line);
      } catch (const trialspec_cli::document_objects::read_error&) {
        throw trialspec_cli::input_error("trialspec: " + o.path_shown + ": read error");
      }
      if (got == objects_status::end) break;
      if (got == objects_status::other) return false;
      if (got == objects_status::full) {
        screener.flush();
        objects.release();
        continue;
      }
      screener.add(batch_item{index++, line, text, false});
      if (screener.pending() == 0) objects.release(); // add() screened the batch
    }
    screener.flush();
    writer.end(screener.finish());
  } catch (const batch_screener::document_syntax&) {
    return false;
  }
  return true;
}

/// FHIR input: the patients come from fhir_input.cpp, one at a time, into the same screening.
void screen_fhir(const options& o, spooled_output& out) {
  report_writer writer(o, out);
  writer.begin();
  batch_screener screener(o, writer);
  trialspec_cli::fhir_input::read(o.path, o.verbose, [&](trialspec::patient&& p, std::size_t index) {
    screener.add_read(index, std::move(p));
  });
  writer.end(screener.finish());
}

int run(args_t args, std::ostream&) {
  options o;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (readings::take_reading_option(args, i, o.reading, seen)) continue;
    if (a == "--as-of") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--as-of: missing value");
      try {
        o.as_of = trialspec::parse_date(args[++i], "--as-of");
      } catch (const trialspec::invalid_input& e) {
        throw usage_error(e.what());
      }
    } else if (a == "--format") {
      o.format = readings::take_format(args, i, {"text", "markdown", "csv", "json", "html"}, seen);
    } else if (a == "--explain") {
      seen.add(a);
      o.explain = true;
    } else if (a == "--protocol") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--protocol: missing value");
      o.trial = trialspec_cli::trials::find(args[++i]);
    } else if (a == "--jobs") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--jobs: missing value");
      const std::string& v = args[++i];
      std::size_t n = 0;
      const auto [at, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (v.empty() || ec != std::errc() || at != v.data() + v.size() || n < 1 || n > 256)
        throw usage_error("--jobs " + v + ": expected a whole number from 1 to 256");
      o.jobs = n;
    } else if (a == "--input") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--input: missing value");
      const std::string& v = args[++i];
      if (v != "cohort" && v != "fhir") throw usage_error("--input " + v + ": expected cohort or fhir");
      o.fhir = v == "fhir";
    } else if (a == "--verbose") {
      seen.add(a);
      o.verbose = true;
    } else if (a == "--quiet") {
      seen.add(a);
      o.quiet = true;
    } else if (a == "--output") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error("--output: missing value");
      o.output = args[++i];
      if (o.output.empty()) throw usage_error("--output: empty file name");
    } else if (a == "-" && o.path.empty()) {
      o.path = a;
    } else if (!a.empty() && a[0] == '-') {
      throw usage_error("unknown option '" + a + "'");
    } else if (o.path.empty()) {
      o.path = a;
    } else {
      throw usage_error("one cohort file expected, got '" + o.path + "' and '" + a + "'");
    }
  }
  if (o.path.empty()) throw usage_error("a cohort file is required");
  if (o.verbose && !o.fhir) throw usage_error("--verbose lists what the FHIR reader did not map: only with --input fhir");
  if (o.explain && o.format != "text" && o.format != "html")
    throw usage_error("--explain writes reasons in the text format only, not with --format " + o.format);
  if (o.format == "html") o.explain = true; // the page holds every patient's reasons
  if (o.trial && !o.reading.is_default())
    throw usage_error("reading options are NCT02249676's, not " + o.trial->id + "'s: " + o.reading.given());
  // A screening date whose windows leave the calendar fails for every record: it is the command
  // line that is wrong, not a patient.
  try {
    if (o.trial) {
      const std::vector<trialspec::patient> nobody(1);
      try {
        (void)o.trial->screen(nobody, o.as_of, false);
      } catch (const readings::record_error& e) {
        throw trialspec::invalid_input("--as-of", trialspec::to_iso(o.as_of), e.what());
      }
    } else {
      readings::check_screening_date(o.reading, o.as_of);
    }
  } catch (const trialspec::invalid_input& e) {
    throw usage_error(e.what());
  }

  const bool standard_input = o.path == "-";
  o.path_shown = standard_input ? std::string("<stdin>") : o.path;
  if (o.fhir) {
    spooled_output out(o.output);
    screen_fhir(o, out);
    out.commit();
    return 0;
  }
  std::ifstream file;
  if (!standard_input) {
    trialspec_cli::reject_directory(o.path);
    file.open(o.path, std::ios::binary);
    if (!file) throw trialspec_cli::input_error("trialspec: cohort file \"" + o.path + "\": cannot be opened");
  }
  const auto layout = standard_input ? trialspec::io::cohort_layout::json_lines : trialspec::io::layout_of(o.path);
  if (layout == trialspec::io::cohort_layout::document) {
    {
      spooled_output out(o.output);
      if (screen_document(o, file, out)) {
        out.commit();
        return 0;
      }
    } // what was written goes, its temporary file too
    file.clear();
    file.seekg(0);
    if (!file) throw trialspec_cli::input_error("trialspec: " + o.path + ": cannot be read again");
  }
  spooled_output out(o.output);
  screen_stream(o, standard_input ? std::cin : file, layout, out);
  out.commit();
  return 0;
}

const trialspec_cli::registrar reg{"screen", "screen a JSON cohort against NCT02249676 or --protocol NAME (status per patient, attrition)",
                                   usage_text, &run};

} // namespace
