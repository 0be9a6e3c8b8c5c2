// trialspec/eligibility/latest_dated.hpp - the latest of a record's dated items in a
// window, when dates may be known only to the month or the year.
#pragma once

#include <trialspec/calendar.hpp>

#include <cstddef>
#include <optional>

namespace trialspec::eligibility {

/// The latest item in a window and, where imprecise dates leave it open, an item that may be the
/// latest instead. T has a member `on` (a partial_date).
template <class T> struct latest_dated {
  std::optional<T> best;  ///< the latest item surely in the window (ties: the last listed)
  std::optional<T> rival; ///< an item that may be the latest instead and reads otherwise
};

/// The latest of `items` that `keep` accepts in `w`: the item surely in the window whose first
/// possible day is the latest (a tie: the one listed last). Any other kept item that may be in the
/// window and may be later than it (its last possible day after that first day, or on it and
/// listed after it) may be the latest instead; the first such item for which `differs(item,
/// best)` holds is the rival (with no best, any item that may be in the window is). A list of
/// day-precise dates has no rival and is read in one pass.
template <class T, class Range, class Keep, class Differs>
latest_dated<T> latest_in(const Range& items, const date_interval& w, Keep&& keep, Differs&& differs) {
  latest_dated<T> f;
  std::size_t best_at = 0, at = 0;
  bool imprecise = false;
  for (const T& x : items) {
    ++at;
    if (!keep(x)) continue;
    if (!x.on.is_exact()) imprecise = true;
    if (overlap_of(x.on, w) == overlap::inside && (!f.best || x.on.earliest() >= f.best->on.earliest())) {
      f.best = x;
      best_at = at;
    }
  }
  if (!imprecise) return f;
  at = 0;
  for (const T& x : items) {
    ++at;
    if (!keep(x) || at == best_at || overlap_of(x.on, w) == overlap::outside) continue;
    const bool may_be_later = !f.best || x.on.latest() > f.best->on.earliest() ||
                              (x.on.latest() == f.best->on.earliest() && at > best_at);
    if (may_be_later && (!f.best || differs(x, *f.best))) {
      f.rival = x;
      break;
    }
  }
  return f;
}

} // namespace trialspec::eligibility
