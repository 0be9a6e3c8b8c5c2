// trialspec/eligibility/parallel.hpp - screening a range of records on several threads: results in the records' order, the same as on one thread.
//
//   const auto outcomes = test_parallel(criteria, patients, ctx, 0);            // 0: every core
//   const cohort_report table = screen_cohort_parallel(criteria, patients, ctx, 4);
//
// The records are cut into contiguous parts, one per thread (std::thread; the calling thread takes
// the first part). Criteria are pure functions of (record, context) and each part has its own
// screening_memo, so a result never depends on the number of threads: outcomes are those of
// criteria.test(record, context) in the records' order, and the cohort report is the one
// screen_cohort gives, its counts summed part by part (merge). When records throw (a record the
// criteria cannot be evaluated for), the exception of the earliest such record is rethrown, as on
// one thread. A memo in the context is not used (a memo serves one thread at a time): each part
// has its own.
//
// Records are read concurrently and must not change meanwhile; a Context callable is called from
// several threads at once.
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <exception>
#include <iterator>
#include <ranges>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

namespace trialspec::eligibility {

/// The number of threads `jobs` asks for: `jobs` itself, or the number of hardware threads when it
/// is 0 (at least 1).
inline std::size_t thread_count(std::size_t jobs) noexcept {
  if (jobs > 0) return jobs;
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

/// Calls f(part, begin, end) for the contiguous parts [begin, end) of [0, n), part = 0, 1, ... in
/// order, at most thread_count(jobs) of them and each on its own thread (part 0 on the calling
/// one); returns when all are done. Part p starts at p * (n / parts) + min(p, n % parts). When
/// calls throw, the exception of the lowest-numbered part that threw is rethrown.
template <class F> void for_each_part(std::size_t n, std::size_t jobs, F&& f) {
  if (n == 0) return;
  std::size_t parts = thread_count(jobs);
  if (parts > n) parts = n;
  const std::size_t base = n / parts, extra = n % parts;
  const auto begin_of = [&](std::size_t p) { return p * base + (p < extra ? p : extra); };
  std::vector<std::exception_ptr> errors(parts);
  const auto run = [&](std::size_t p) {
    try {
      f(p, begin_of(p), begin_of(p + 1));
    } catch (...) {
      errors[p] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;
    threads.reserve(parts - 1);
    for (std::size_t p = 1; p < parts; ++p) threads.emplace_back(run, p);
    run(0);
  } // joined here
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

namespace detail {
/// Records [first, last) of a range, as screen_cohort takes them (std::ranges::subrange does not
/// compile with clang 14 and libstdc++ 12).
template <class It> struct record_span {
  It first, last;
  [[nodiscard]] It begin() const { return first; }
  [[nodiscard]] It end() const { return last; }
};
} // namespace detail

/// Adds the counts of `part` to `total`: the reports of two sets of records screened against the
/// same criteria (the same rows in the same order). `remaining` and `passing` add up because each
/// counts records. Throws invalid_input when the rows differ.
inline void merge(cohort_report& total, const cohort_report& part) {
  if (total.rows.empty() && total.total == 0) {
    total = part;
    return;
  }
  if (total.rows.size() != part.rows.size())
    throw invalid_input("cohort_report rows", std::to_string(part.rows.size()),
                        trialspec::detail::cat("reports of different criteria cannot be merged (", std::to_string(total.rows.size()), " rows)"));
  total.total += part.total;
  total.eligible += part.eligible;
  total.ineligible += part.ineligible;
  total.undetermined += part.undetermined;
  for (std::size_t i = 0; i < part.rows.size(); ++i) {
    auto& t = total.rows[i];
    const auto& p = part.rows[i];
    if (t.id != p.id)
      throw invalid_input("cohort_report row", p.id, trialspec::detail::cat("reports of different criteria cannot be merged (row ", t.id, ")"));
    t.met += p.met;
    t.not_met += p.not_met;
    t.unknown += p.unknown;
    t.removed += p.removed;
    t.remaining += p.remaining;
    t.passing += p.passing;
  }
}

/// screen_cohort(set, records, context) computed on thread_count(jobs) threads: the same report.
template <class Is, class Es, std::ranges::random_access_range Records, class Context>
cohort_report screen_cohort_parallel(const eligibility_criteria<Is, Es>& set, const Records& records, const Context& context,
                                     std::size_t jobs) {
  const auto first = std::ranges::begin(records);
  const auto n = static_cast<std::size_t>(std::ranges::distance(records));
  if (n == 0) return screen_cohort(set, records, context);
  std::vector<cohort_report> parts(thread_count(jobs) < n ? thread_count(jobs) : n);
  for_each_part(n, jobs, [&](std::size_t part, std::size_t begin, std::size_t end) {
    using diff = std::ranges::range_difference_t<const Records&>;
    const detail::record_span<decltype(first)> these{first + static_cast<diff>(begin), first + static_cast<diff>(end)};
    if constexpr (std::is_convertible_v<Context, evaluation_context>) {
      evaluation_context ctx = context;
      ctx.memo = nullptr; // screen_cohort makes the part's own
      parts[part] = screen_cohort(set, these, ctx);
    } else {
      parts[part] = screen_cohort(set, these, [&](const auto& r) {
        evaluation_context ctx = context(r);
        ctx.memo = nullptr;
        return ctx;
      });
    }
  });
  cohort_report total;
  for (const auto& p : parts) merge(total, p);
  return total;
}

/// set.test(record, context) for every record, in the records' order, computed on
/// thread_count(jobs) threads, each with its own memo.
template <class Is, class Es, std::ranges::random_access_range Records, class Context>
std::vector<screening_outcome> test_parallel(const eligibility_criteria<Is, Es>& set, const Records& records, const Context& context,
                                             std::size_t jobs) {
  using record_type = std::remove_cvref_t<std::ranges::range_reference_t<const Records&>>;
  static_assert(std::is_convertible_v<Context, evaluation_context> ||
                    std::is_invocable_r_v<evaluation_context, const Context&, const record_type&>,
                "the context of test_parallel() is an evaluation_context or a callable taking a record and returning one");
  const auto first = std::ranges::begin(records);
  const auto n = static_cast<std::size_t>(std::ranges::distance(records));
  std::vector<screening_outcome> out(n);
  for_each_part(n, jobs, [&](std::size_t, std::size_t begin, std::size_t end) {
    screening_memo memo;
    for (std::size_t i = begin; i < end; ++i) {
      const auto& r = first[static_cast<std::ranges::range_difference_t<const Records&>>(i)];
      evaluation_context ctx;
      if constexpr (std::is_convertible_v<Context, evaluation_context>) ctx = context;
      else ctx = context(r);
      ctx.memo = &memo;
      out[i] = set.test(r, ctx);
    }
  });
  return out;
}

} // namespace trialspec::eligibility
