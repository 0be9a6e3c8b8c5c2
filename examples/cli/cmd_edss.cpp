// trialspec edss: the EDSS step from Neurostatus functional-system grades, one CSV row per input
// row, in input order.
#include "cli.hpp"
#include "edss_input.hpp"

#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/error.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace {

using trialspec_cli::usage_error;

constexpr const char* usage_text =
    "usage: trialspec edss [--cerebral-grade-1 ignored|counted] [--grade-4-with-2s 4.5|4.0]\n"
    "  [--grade-4s-walking 5.0|4.5] [FILE]\n"
    "reads id,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation\n"
    "(grades as recorded; an empty grade is not recorded) from FILE or standard input and writes\n"
    "id,edss. Defaults: cerebral grade 1 ignored (Kurtzke), one FS at 4 with FS at 2 -> 4.5, two FS\n"
    "at 4 while walking >= 300 m -> 5.0.";

std::string option_value(trialspec_cli::args_t args, std::size_t& i) {
  if (i + 1 >= args.size()) throw usage_error(args[i] + ": missing value");
  return args[++i];
}

[[noreturn]] void bad_value(const std::string& option, const std::string& value) {
  throw usage_error(option + " " + value + ": unknown value");
}

int run(trialspec_cli::args_t args, std::ostream& out) {
  trialspec::edss_fs_options options;
  std::string path;
  bool have_path = false;
  trialspec_cli::seen_options seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-') seen.add(a);
    if (a == "--cerebral-grade-1") {
      const std::string v = option_value(args, i);
      if (v == "ignored") options.cerebral_one = trialspec::cerebral_grade_one::ignored;
      else if (v == "counted") options.cerebral_one = trialspec::cerebral_grade_one::counted;
      else bad_value(a, v);
    } else if (a == "--grade-4-with-2s") {
      const std::string v = option_value(args, i);
      if (v == "4.5") options.four_with_twos = trialspec::grade_four_with_twos::step_4_5;
      else if (v == "4.0") options.four_with_twos = trialspec::grade_four_with_twos::step_4_0;
      else bad_value(a, v);
    } else if (a == "--grade-4s-walking") {
      const std::string v = option_value(args, i);
      if (v == "5.0") options.fours_when_walking = trialspec::grade_fours_when_walking::step_5_0;
      else if (v == "4.5") options.fours_when_walking = trialspec::grade_fours_when_walking::capped_at_4_5;
      else bad_value(a, v);
    } else if (a.size() > 1 && a[0] == '-') {
      throw usage_error("unknown option " + a);
    } else if (have_path) {
      throw usage_error("more than one input file");
    } else {
      path = a;
      have_path = true;
    }
  }

  const trialspec_cli::csv_table table(path, trialspec_cli::edss_input::header());
  // Every row is checked before anything is written (main also buffers the output).
  const auto results = trialspec_cli::edss_input::read(table, options);

  out << "id,edss\n";
  for (const auto& [id, score] : results) out << id << ',' << (score ? score->to_string() : std::string()) << '\n';
  return 0;
}

const trialspec_cli::registrar reg{"edss", "EDSS from functional-system grades and the ambulation score", usage_text, &run};

} // namespace
