// trialspec/clinical/judgements.hpp - the investigator's recorded answers to questions a protocol
// leaves to judgement ("a stable maintenance dose, as defined by the treating physician"), and
// their record facet.
//
// A registry sentence that data cannot decide becomes a question with a key (for a bundled trial,
// "<NCT id>.<criterion id>", e.g. "NCT01892345.I6"); the record holds the investigator's answer
// under that key, or nothing (unknown). The facet of record_traits<R>:
//   investigator_judgement(const R&, std::string_view key) -> std::optional<bool>
#pragma once

#include <trialspec/clinical/record.hpp>

#include <concepts>
#include <optional>
#include <string_view>

namespace trialspec {

template <class R>
concept RecordWithJudgements = Record<R> && requires(const R& r, std::string_view key) {
  { detail::traits_of<R>::investigator_judgement(r, key) } -> std::same_as<std::optional<bool>>;
};

} // namespace trialspec
