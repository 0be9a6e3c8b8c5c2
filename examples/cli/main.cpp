// trialspec: command-line tool over the library. `trialspec help` lists the subcommands.
#include "cli.hpp"

#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {
int usage(std::ostream& os) {
  os << "usage: trialspec <command> [arguments]\n\ncommands:\n";
  for (const auto& [name, info] : trialspec_cli::registry()) os << "  " << name << "  " << info.summary << '\n';
  return 64;
}
} // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(std::cerr);
  const std::string command = argv[1];
  if (command == "help" || command == "--help" || command == "-h") {
    usage(std::cout);
    return 0;
  }
  const auto it = trialspec_cli::registry().find(command);
  if (it == trialspec_cli::registry().end()) {
    std::cerr << "trialspec: unknown command '" << command << "'\n";
    return usage(std::cerr);
  }
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    // Output is buffered and written only when the command succeeds, so a run stopped by bad
    // input never leaves partial output that looks complete.
    std::ostringstream out;
    const int code = it->second.run(args, out);
    std::cout << out.str();
    return code;
  } catch (const trialspec_cli::usage_error& e) {
    std::cerr << "trialspec " << command << ": " << e.what() << '\n';
    return 64;
  } catch (const trialspec_cli::input_error& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (const trialspec::invalid_input& e) {
    std::cerr << "trialspec " << command << ": " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "trialspec " << command << ": error: " << e.what() << '\n';
    return 1;
  }
}
