// trialspec: command-line tool over the library. `trialspec help` lists the subcommands;
// `trialspec <subcommand> --help` prints one subcommand's usage.
#include "cli.hpp"

#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace cli = trialspec_cli;

void usage(std::ostream& os) {
  os << "usage: trialspec <command> [arguments]\n"
        "       trialspec <command> --help\n\ncommands:\n";
  for (const auto& [name, info] : cli::registry()) os << "  " << name << "  " << info.summary << '\n';
  os << '\n' << cli::exit_codes_text << '\n';
}

bool asks_for_help(const std::vector<std::string>& args) {
  for (const auto& a : args)
    if (a == "--help" || a == "-h") return true;
  return false;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return cli::exit_usage;
  }
  const std::string command = argv[1];
  if (command == "help" || command == "--help" || command == "-h") {
    usage(std::cout);
    return cli::exit_ok;
  }
  const auto it = cli::registry().find(command);
  if (it == cli::registry().end()) {
    std::cerr << "trialspec: unknown command '" << cli::printable(command) << "'\n";
    usage(std::cerr);
    return cli::exit_usage;
  }
  const std::vector<std::string> args(argv + 2, argv + argc);
  const cli::command_info& info = it->second;
  if (asks_for_help(args)) {
    std::cout << info.usage << '\n' << cli::exit_codes_text << '\n';
    return cli::exit_ok;
  }
  // Every message is escaped: it may quote an id or a value from an input file, and a control
  // character there must not start a line of its own.
  try {
    // Output is buffered and written only when the command succeeds, so a run stopped by bad
    // input never leaves partial output that looks complete.
    std::ostringstream out;
    const int code = info.run(args, out);
    std::cout << out.str();
    return code;
  } catch (const cli::usage_error& e) {
    std::cerr << "trialspec " << command << ": " << cli::printable(e.what()) << '\n' << info.usage << '\n';
    return cli::exit_usage;
  } catch (const cli::input_error& e) {
    std::cerr << cli::printable(e.what()) << '\n';
    return cli::exit_bad_input;
  } catch (const cli::not_computable_error& e) {
    std::cerr << cli::printable(e.what()) << '\n';
    return cli::exit_not_computable;
  } catch (const trialspec::invalid_input& e) {
    std::cerr << "trialspec " << command << ": " << cli::printable(e.what()) << '\n';
    return cli::exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "trialspec " << command << ": unexpected error (a defect of the tool; please report it with the input): "
              << cli::printable(e.what()) << '\n';
    return cli::exit_internal;
  }
}
