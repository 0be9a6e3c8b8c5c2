// patient_line_reader.hpp - the tool's reader of one patient object (a line of JSON Lines).
//
// Fills trialspec::patient straight from simdjson's on-demand parser (Debian libsimdjson-dev),
// with no JSON tree, for the patients it reads completely: every key of the cohort format but
// diagnosis.history, functional_systems and investigator_judgements, with strings that hold no
// escape and no control character. Everything else - a key it leaves out, a string with an escape,
// and every kind of error, from a syntax error to a value outside its rule - is read again, from
// the same text, by the library's reader (trialspec::io::parse_patient), so that the patient and
// the error (its patient, key path, value and rule, word for word) are that reader's. The fast path
// therefore has one obligation only: what it accepts, the library's reader accepts and reads the
// same (tests/patient_line_reader.cpp checks both on hand-made lines and synthetic cohorts).
//
// simdjson stays behind this header: the library's headers do not depend on it.
#pragma once

#include <trialspec/clinical/patient.hpp>

#include <cstddef>
#include <memory>
#include <string_view>

namespace trialspec_cli {

class patient_line_reader {
public:
  patient_line_reader();
  ~patient_line_reader();
  patient_line_reader(const patient_line_reader&) = delete;
  patient_line_reader& operator=(const patient_line_reader&) = delete;
  patient_line_reader(patient_line_reader&&) noexcept;
  patient_line_reader& operator=(patient_line_reader&&) noexcept;

  /// The patient object in `line`, at 0-based position `index` of its cohort. Throws what
  /// trialspec::io::parse_patient(line, index) throws.
  trialspec::patient read(std::string_view line, std::size_t index);
  /// read() into `into`, for a line followed in memory by at least 64 readable bytes (simdjson's
  /// padding): parsed where it is, not copied. `into` may hold a patient read before: it is
  /// cleared first, the memory of its id and lists kept, so that a caller reusing its patients
  /// allocates only for a list longer than the one it held. When it throws, `into` holds part of
  /// the line's patient.
  void read_padded(trialspec::patient& into, std::string_view line, std::size_t index);

  /// How many lines were handed to the library's reader (for tests and benchmarks).
  [[nodiscard]] std::size_t handed_on() const noexcept { return handed_on_; }

private:
  void read_padded(trialspec::patient& into, std::string_view padded, std::size_t index, std::string_view line);
  struct parser;
  std::unique_ptr<parser> parser_;
  std::size_t handed_on_ = 0;
};

} // namespace trialspec_cli
