// trialspec omop-export COHORT DIR
// Writes the patients of a cohort file (a document or JSON Lines, as `trialspec screen` reads)
// as OMOP CDM v5.4 CSV files in DIR (person.csv, observation_period.csv,
// condition_occurrence.csv, measurement.csv, observation.csv, drug_exposure.csv) with the concept ids of
// trialspec/sql/vocabulary.hpp, and DIR/load.sql, which creates those tables and loads the files
// with psql's \copy: `psql -f DIR/load.sql` fills an empty database (run from any directory: the
// paths in it are DIR's absolute path). What each file holds: trialspec/sql/omop_export.hpp.
// JSON Lines files are read by the tool's fast reader (patient_line_reader.hpp), documents and
// standard input by the library's. The files are written under temporary names and renamed when
// the whole cohort was read (none is left when it cannot be).
#include "cli.hpp"
#include "patient_line_reader.hpp"

#include <trialspec/io/cohort_json.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <system_error>
#include <unordered_set>
#include <vector>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;
namespace fs = std::filesystem;

const std::string usage_text =
    "usage: trialspec omop-export COHORT DIR [--schema S]\n"
    "  COHORT    a cohort document (.json) or JSON Lines (.jsonl, .ndjson; - for standard input)\n"
    "  DIR       the directory to write person.csv, observation_period.csv, condition_occurrence.csv,\n"
    "            measurement.csv, observation.csv, drug_exposure.csv and load.sql into (created if missing)\n"
    "  --schema  the schema load.sql creates the tables in (default: the search path)\n"
    "`psql -f DIR/load.sql` then creates the tables and loads the files (psql's \\copy).";

int run(args_t args, std::ostream& out) {
  trialspec_cli::seen_options seen;
  std::vector<std::string> positional;
  std::string schema;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--schema") {
      seen.add(args[i]);
      if (i + 1 >= args.size()) throw usage_error("--schema: missing value");
      schema = args[++i];
      if (schema.empty()) throw usage_error("--schema: expected a schema name, got an empty one");
    } else if (args[i].size() > 1 && args[i][0] == '-' && args[i] != "-") {
      throw usage_error("unknown argument '" + args[i] + "'");
    } else {
      positional.push_back(args[i]);
    }
  }
  if (positional.size() != 2) throw usage_error("expected COHORT and DIR, got " + std::to_string(positional.size()) + " arguments");
  const std::string& cohort = positional[0];
  const fs::path dir = positional[1];
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw trialspec::invalid_input("DIR", dir.string(), "exists and is not a directory");
  fs::create_directories(dir, ec);
  if (ec) throw trialspec::invalid_input("DIR", dir.string(), "cannot be created: " + ec.message());

  std::vector<std::ofstream> files;
  for (const auto table : trialspec::sql::omop_tables) {
    const fs::path tmp = dir / (std::string(table) + ".csv.part");
    files.emplace_back(tmp, std::ios::binary | std::ios::trunc);
    if (!files.back()) throw trialspec::invalid_input("DIR", dir.string(), "cannot write " + tmp.string());
  }
  trialspec::sql::omop_export<> exporter({files[0], files[1], files[2], files[3], files[4], files[5], files[6]});
  const auto remove_parts = [&] {
    for (std::size_t i = 0; i < files.size(); ++i) {
      files[i].close();
      fs::remove(dir / (std::string(trialspec::sql::omop_tables[i]) + ".csv.part"), ec);
    }
  };
  try {
    const bool json_lines = cohort == "-" || trialspec::io::layout_of(cohort) == trialspec::io::cohort_layout::json_lines;
    if (json_lines && cohort != "-") {
      // JSON Lines through the tool's fast reader (patient_line_reader.hpp: the library's
      // reader's patients and errors), ids checked for uniqueness as the library's reader does.
      std::error_code dir_ec;
      if (fs::is_directory(cohort, dir_ec)) throw trialspec::invalid_input("cohort file", cohort, "is a directory, not a file");
      std::ifstream in(cohort, std::ios::binary);
      if (!in) throw trialspec::invalid_input("cohort file", cohort, "cannot be opened");
      trialspec_cli::patient_line_reader reader;
      std::unordered_set<std::string> ids;
      std::string line;
      std::size_t line_no = 0, index = 0;
      while (std::getline(in, line)) {
        ++line_no;
        if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        try {
          trialspec::patient p = reader.read(line, index);
          if (!ids.insert(p.id).second)
            throw trialspec::io::cohort_format_error(p.id, index, "id", p.id, "another patient has the same id");
          exporter.add(p);
          ++index;
        } catch (const trialspec::io::cohort_format_error& e) {
          throw trialspec_cli::input_error(std::string("trialspec: ") + trialspec::io::cohort_format_error(e, cohort, line_no).what());
        }
      }
    } else {
      trialspec::io::load_cohort_stream(cohort, [&](trialspec::patient&& p, std::size_t) { exporter.add(p); });
    }
  } catch (...) {
    remove_parts(); // no partial files are left behind
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    files[i].close();
    if (!files[i]) throw trialspec::invalid_input("DIR", dir.string(), "writing " + std::string(trialspec::sql::omop_tables[i]) + ".csv failed");
    fs::rename(dir / (std::string(trialspec::sql::omop_tables[i]) + ".csv.part"), dir / (std::string(trialspec::sql::omop_tables[i]) + ".csv"));
  }
  const fs::path absolute = fs::absolute(dir, ec);
  std::ofstream load(dir / "load.sql", std::ios::binary | std::ios::trunc);
  load << trialspec::sql::omop_load_script(schema, (ec ? dir : absolute).string());
  if (!load.flush()) throw trialspec::invalid_input("DIR", dir.string(), "cannot write load.sql");
  out << exporter.persons() << " persons written to " << dir.string() << " (load with: psql -f " << (dir / "load.sql").string() << ")\n";
  return 0;
}

const trialspec_cli::registrar reg{"omop-export", "write a cohort as OMOP CDM CSV files and their load script", usage_text, &run};

} // namespace
