// Lists the mutants of a C++ header, one per line, for cmake/mutate.sh:
//   mutants KINDS FILE      KINDS: a comma-separated subset of ops,truth,int
// prints   OFFSET LENGTH LINE COLUMN KIND ORIGINAL REPLACEMENT
// where OFFSET is the byte offset of the ORIGINAL text in FILE (0-based) and LINE, COLUMN are
// 1-based. Only code is mutated: comments, string and character literals and preprocessor lines
// are skipped.
//   ops    relational operators written with a space on each side: < <-> <=, > <-> >=, == <-> !=
//          (a template's angle brackets are written without spaces in this project's style, so they
//          are not taken; a mutant that does not compile is reported as stillborn by the script)
//   truth  the Kleene outcomes truth::met, truth::not_met, truth::unknown, each to the other two
//   int    decimal integer literals, N -> N+1 and N -> N-1 (N > 0); digit separators are kept out
//
//   mutants --schema KINDS FILE FIRST   prints FILE with every ops and truth mutant in it at once
// (a *mutant schema*): each site becomes a choice made at run time by the environment variable
// TRIALSPEC_MUTANT (tests/mutation/schema_support.hpp), the mutants numbered from FIRST in the
// order they are listed. `L < R` is written `L == site<ID, lt, le>{} == R` (`==` binds less
// tightly than `<`, so the capture sees the same operands), `L == R` as `L & site<ID, eq, ne>{} & R`,
// and `truth::met` as `(on(ID) ? truth::not_met : on(ID + 1) ? truth::unknown : truth::met)`.
// Integer constants are not put in a schema (most are template arguments, fixed while compiling).
// The program is deliberately small and standard-only: it is built by the script with the
// compiler of the build it is given.
#include <cctype>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct kinds {
  bool ops = false, truth = false, integers = false;
};

kinds parse_kinds(std::string_view text) {
  kinds k;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto word = text.substr(0, comma);
    if (word == "ops") k.ops = true;
    else if (word == "truth") k.truth = true;
    else if (word == "int") k.integers = true;
    else throw std::runtime_error("unknown mutation kind \"" + std::string(word) + "\" (expected ops, truth or int)");
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return k;
}

bool identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

/// One mutant as listed: where, what, and into what.
struct site {
  std::size_t offset;
  std::string original, replacement, kind;
};

class lister {
public:
  lister(const std::string& text, kinds k, std::vector<site>* collect = nullptr) : s_(text), k_(k), collect_(collect) {}

  void run() {
    std::size_t i = 0;
    bool line_start = true;
    while (i < s_.size()) {
      const char c = s_[i];
      if (c == '\n') { line_start = true; ++i; continue; }
      if (line_start && (c == ' ' || c == '\t')) { ++i; continue; }
      if (line_start && c == '#') { i = skip_preprocessor(i); continue; }
      line_start = false;
      if (c == '/' && at(i + 1) == '/') { i = s_.find('\n', i); if (i == std::string::npos) i = s_.size(); continue; }
      if (c == '/' && at(i + 1) == '*') { const auto e = s_.find("*/", i + 2); i = e == std::string::npos ? s_.size() : e + 2; continue; }
      if (c == 'R' && at(i + 1) == '"' && (i == 0 || !identifier_char(s_[i - 1]))) { i = skip_raw_string(i); continue; }
      if (c == '"' || c == '\'') {
        // A digit separator (1'000) is not a character literal.
        if (c == '\'' && i > 0 && std::isdigit(static_cast<unsigned char>(s_[i - 1])) != 0) { ++i; continue; }
        i = skip_quoted(i, c);
        continue;
      }
      if (k_.truth && s_.compare(i, 7, "truth::") == 0 && (i == 0 || !identifier_char(s_[i - 1]))) {
        i = truth_site(i);
        continue;
      }
      if (identifier_char(c) && std::isdigit(static_cast<unsigned char>(c)) == 0) {
        while (i < s_.size() && identifier_char(s_[i])) ++i;
        continue;
      }
      if (std::isdigit(static_cast<unsigned char>(c)) != 0) { i = number_site(i); continue; }
      if (k_.ops && c == ' ') { operator_site(i); }
      ++i;
    }
  }

private:
  char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  std::size_t skip_preprocessor(std::size_t i) {
    while (i < s_.size()) {
      const auto e = s_.find('\n', i);
      if (e == std::string::npos) return s_.size();
      if (e > 0 && s_[e - 1] == '\\') { i = e + 1; continue; }
      return e;
    }
    return i;
  }
  std::size_t skip_raw_string(std::size_t i) {
    const auto open = s_.find('(', i + 2);
    if (open == std::string::npos) return s_.size();
    const std::string close = ")" + s_.substr(i + 2, open - i - 2) + "\"";
    const auto e = s_.find(close, open);
    return e == std::string::npos ? s_.size() : e + close.size();
  }
  std::size_t skip_quoted(std::size_t i, char q) {
    ++i;
    while (i < s_.size() && s_[i] != q) {
      if (s_[i] == '\\') ++i;
      ++i;
    }
    return i + 1;
  }

  void emit(std::size_t offset, std::string_view original, std::string_view replacement, std::string_view kind) const {
    if (collect_ != nullptr) {
      collect_->push_back({offset, std::string(original), std::string(replacement), std::string(kind)});
      return;
    }
    std::size_t line = 1, column = 1;
    for (std::size_t j = 0; j < offset; ++j) {
      if (s_[j] == '\n') { ++line; column = 1; } else { ++column; }
    }
    std::cout << offset << ' ' << original.size() << ' ' << line << ' ' << column << ' ' << kind << ' ' << original
              << ' ' << replacement << '\n';
  }

  std::size_t truth_site(std::size_t i) {
    static constexpr std::string_view names[] = {"met", "not_met", "unknown"};
    std::size_t e = i + 7;
    while (e < s_.size() && identifier_char(s_[e])) ++e;
    const std::string_view name(s_.data() + i + 7, e - i - 7);
    for (const auto n : names) {
      if (n != name) continue;
      for (const auto other : names) {
        if (other == name) continue;
        emit(i + 7, name, other, "truth");
      }
    }
    return e;
  }

  std::size_t number_site(std::size_t i) {
    std::size_t e = i;
    while (e < s_.size() && (identifier_char(s_[e]) || s_[e] == '.' || s_[e] == '\'')) ++e;
    const std::string_view token(s_.data() + i, e - i);
    bool plain = true;
    for (const char d : token) plain = plain && std::isdigit(static_cast<unsigned char>(d)) != 0;
    if (k_.integers && plain && token.size() <= 9 && (token.size() == 1 || token[0] != '0')) {
      const long value = std::stol(std::string(token));
      emit(i, token, std::to_string(value + 1), "int");
      if (value > 0) emit(i, token, std::to_string(value - 1), "int");
    }
    return e;
  }

  void operator_site(std::size_t i) const {
    // s_[i] is a space: look for " OP " with OP one of < <= > >= == !=
    static constexpr struct { std::string_view op, to; } table[] = {
        {"<=", "<"}, {">=", ">"}, {"==", "!="}, {"!=", "=="}, {"<", "<="}, {">", ">="}};
    for (const auto& [op, to] : table) {
      if (s_.compare(i + 1, op.size(), op) == 0 && at(i + 1 + op.size()) == ' ') {
        emit(i + 1, op, to, "ops");
        return;
      }
    }
  }

  const std::string& s_;
  kinds k_;
  std::vector<site>* collect_;
};

std::string op_name(std::string_view op) {
  if (op == "<") return "lt";
  if (op == "<=") return "le";
  if (op == ">") return "gt";
  if (op == ">=") return "ge";
  if (op == "==") return "eq";
  return "ne";
}

bool qualifier_char(char c) { return identifier_char(c) || c == ':'; }

/// The text with every ops and truth site of `sites` (listed in order, numbered from `first`)
/// turned into a choice made at run time; integer sites are left as written.
std::string schema(const std::string& text, const std::vector<site>& sites, long first) {
  static const std::string ns = "::trialspec_mutation::";
  std::string out;
  std::size_t copied = 0;
  long id = first;
  for (std::size_t k = 0; k < sites.size();) {
    const site& s = sites[k];
    if (s.kind == "int") { ++id; ++k; continue; }
    if (s.kind == "ops") {
      const bool equality = s.original == "==" || s.original == "!=";
      const std::string glue = equality ? "&" : "==";
      out.append(text, copied, s.offset - copied);
      out += glue + " " + ns + "site<" + std::to_string(id) + ", " + ns + "op::" + op_name(s.original) + ", " + ns +
             "op::" + op_name(s.replacement) + ">{} " + glue;
      copied = s.offset + s.original.size();
      ++id;
      ++k;
      continue;
    }
    // truth: the sites at one offset are that enumerator's two other outcomes. The whole
    // qualified name (ns::truth::met) is replaced, so that the choice is one expression.
    std::size_t begin = s.offset - 7; // "truth::"
    while (begin > 0 && qualifier_char(text[begin - 1])) --begin;
    const std::string qualifier = text.substr(begin, s.offset - begin);
    std::string choice = "(";
    std::size_t j = k;
    for (; j < sites.size() && sites[j].offset == s.offset && sites[j].kind == "truth"; ++j) {
      choice += ns + "on(" + std::to_string(id) + ") ? " + qualifier + sites[j].replacement + " : ";
      ++id;
    }
    choice += qualifier + s.original + ")";
    out.append(text, copied, begin - copied);
    out += choice;
    copied = s.offset + s.original.size();
    k = j;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

/// The whole file, or nothing (with the reason on standard error).
std::optional<std::string> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "mutants: cannot open " << path << '\n';
    return std::nullopt;
  }
  return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char** argv) {
  if (argc == 5 && std::string_view(argv[1]) == "--schema") {
    try {
      const kinds k = parse_kinds(argv[2]);
      const auto text = read_file(argv[3]);
      if (!text) return 66;
      std::vector<site> sites;
      lister(*text, k, &sites).run();
      std::cout << "#include <trialspec_mutation_schema.hpp>\n" << schema(*text, sites, std::stol(argv[4]));
    } catch (const std::exception& e) {
      std::cerr << "mutants: " << e.what() << '\n';
      return 64;
    }
    return 0;
  }
  if (argc != 3) {
    std::cerr << "usage: mutants ops,truth,int FILE\n       mutants --schema ops,truth,int FILE FIRST\n";
    return 64;
  }
  try {
    const kinds k = parse_kinds(argv[1]);
    const auto text = read_file(argv[2]);
    if (!text) return 66;
    lister(*text, k).run();
  } catch (const std::exception& e) {
    std::cerr << "mutants: " << e.what() << '\n';
    return 64;
  }
  return 0;
}
