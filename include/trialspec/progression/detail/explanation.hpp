// trialspec/progression/detail/explanation.hpp - the sink of explain_progression: a verdict for
// every decision of the confirmed-progression search (detail/search.hpp), saying why.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/progression/detail/prepare.hpp>
#include <trialspec/progression/detail/search.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/result.hpp>
#include <trialspec/progression/scratch.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace trialspec::detail::progression {

inline std::string days_text(double d) {
  if (d == std::numeric_limits<double>::infinity()) return "unbounded";
  const long whole = static_cast<long>(d);
  std::string s = std::to_string(whole);
  const double frac = d - static_cast<double>(whole);
  if (frac != 0.0) {
    std::string f = std::to_string(frac); // "0.500000"
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += f.substr(1);
  }
  return s;
}

inline std::string at_text(const scratch_access::visit& v) {
  return trialspec::detail::cat("EDSS ", v.score.to_string(), " on ", to_iso(v.on));
}

/// Writes the steps and the milestone verdict of a progression_explanation.
template <ThresholdTable Table> class explanation_sink {
public:
  explanation_sink(const progression_options& o, progression_scratch& s, progression_explanation& why)
      : o_(o), v_(scratch_access::visits(s).data(), scratch_access::used(s)), why_(why) {}

  void no_assessments() {
    why_.steps.push_back(verdict::unknown("no EDSS assessments: nothing to assess"));
    why_.milestone = verdict::unknown(trialspec::detail::cat("no EDSS assessments: the milestone EDSS ", o_.milestone.to_string(),
                                      " cannot be assessed"));
  }

  // --- confirmed changes ------------------------------------------------------------------

  void baseline_too_close(std::size_t bl) {
    why_.steps.push_back(verdict::not_met(trialspec::detail::cat(at_text(v_[bl]), " cannot be the baseline: ", relapse_text(bl),
                                          " (at least ", std::to_string(o_.relapse_to_baseline),
                                          " days required); the next assessment is tried")));
  }

  void no_baseline(std::size_t bl) {
    why_.steps.push_back(verdict::not_met(bl < v_.size()
                                              ? trialspec::detail::cat("baseline ", at_text(v_[bl]), " is the last assessment: nothing to confirm")
                                              : std::string("no assessment can be the baseline")));
  }

  /// Called for every candidate; the baseline is explained once.
  void gap_baseline(std::size_t bl, const possible_thresholds& t) {
    if (explained_baseline_ == bl) return;
    why_.steps.push_back(verdict::met(trialspec::detail::cat("baseline ", at_text(v_[bl]), ": the threshold table defines no threshold for baseline ",
                                      v_[bl].score.to_string(), " (", Table::describe(), "); a change of at least ",
                                      t.most.to_string(), " counts and one below ", t.least.to_string(),
                                      " does not, whatever threshold the gap stands for",
                                      (v_[bl].since_relapse == no_relapse ? std::string() : trialspec::detail::cat(" (", relapse_text(bl), ")")))));
    explained_baseline_ = bl;
  }

  void undecided(const candidate& change, const possible_thresholds& t, undecided_step step) {
    const std::string range = trialspec::detail::cat("between ", t.least.to_string(), " and ", t.most.to_string());
    std::string why;
    switch (step) {
    case undecided_step::change: why = trialspec::detail::cat("the change counts under some thresholds ", range, " and not under others"); break;
    case undecided_step::confirmation: why = trialspec::detail::cat("whether it is confirmed depends on the threshold (", range, ")"); break;
    case undecided_step::sustain: why = trialspec::detail::cat("whether it is sustained depends on the threshold (", range, ")"); break;
    case undecided_step::classification: why = trialspec::detail::cat("whether it is RAW or PIRA depends on the threshold (", range, ")"); break;
    }
    why_.steps.push_back(verdict(truth::unknown,
                                 trialspec::detail::cat(head(change), ": ", why, ", which the table leaves undefined for baseline ",
                                     v_[change.baseline].score.to_string(),
                                     "; undecided by the protocol's wording, not by missing data; the search stops here"),
                                 {change_verdict(change)}));
  }

  /// Called for every candidate; the baseline is explained once.
  void baseline(std::size_t bl, edss_change threshold) {
    if (explained_baseline_ == bl) return;
    why_.steps.push_back(verdict::met(trialspec::detail::cat("baseline ", at_text(v_[bl]), ": changes of at least ",
                                      threshold.to_string(), " count",
                                      (v_[bl].since_relapse == no_relapse ? std::string()
                                                                          : trialspec::detail::cat(" (", relapse_text(bl), ")")))));
    explained_baseline_ = bl;
  }

  void change_too_close(change_kind kind, std::size_t x) {
    why_.steps.push_back(verdict::not_met(trialspec::detail::cat(to_string(kind), " at ", at_text(v_[x]),
                                          " is not an event: ", relapse_text(x), " (at least ",
                                          std::to_string(o_.relapse_to_event), " required)")));
  }

  void no_further_change(std::size_t bl, edss_change threshold) {
    why_.steps.push_back(verdict::not_met(trialspec::detail::cat("no further change of at least ", threshold.to_string(),
                                          " from baseline ", at_text(v_[bl]))));
  }

  template <class Diagnose> void not_confirmed(const candidate& change, Diagnose&& diagnose) {
    why_.steps.push_back(verdict(truth::not_met, trialspec::detail::cat(head(change), ": not confirmed"),
                                 {change_verdict(change), confirmation_verdict(change.event, diagnose())}));
  }

  void confirmed(const candidate& change, std::size_t c, std::size_t failed, std::optional<worsening_class> cls,
                 std::size_t pira_at, bool reported) {
    const std::size_t x = change.event;
    const bool kept = failed == npos;
    std::vector<verdict> parts;
    parts.push_back(change_verdict(change));
    parts.push_back(confirmation_verdict(x, {confirmation_status::confirmed, c, npos}));
    if (o_.sustain.required()) parts.push_back(sustain_verdict(x, failed));
    if (cls) parts.push_back(class_verdict(x, c, *cls, pira_at));
    std::string what;
    if (!kept) what = ": confirmed but not sustained; not an event";
    else if (reported) what = trialspec::detail::cat(": confirmed", (cls ? trialspec::detail::cat(" (", std::string(to_string(*cls)), ")") : std::string()));
    else what = ": confirmed improvement, not reported (first-worsening mode)";
    if (o_.baseline == baseline_scheme::roving) what += trialspec::detail::cat("; the baseline moves to ", to_iso(v_[c].on));
    why_.steps.push_back(verdict(kept ? truth::met : truth::not_met, head(change) + what, std::move(parts)));
  }

  // --- milestone --------------------------------------------------------------------------

  void milestone_too_close(std::size_t x) {
    rejected_.push_back(verdict::not_met(trialspec::detail::cat(at_text(v_[x]), " is ", relapse_text(x), " (at least ",
                                         std::to_string(o_.relapse_to_event), " required)")));
  }

  template <class Diagnose> void milestone_not_confirmed(std::size_t x, Diagnose&& diagnose) {
    rejected_.push_back(verdict(truth::not_met, trialspec::detail::cat(at_text(v_[x]), ": not confirmed"), {confirmation_verdict(x, diagnose())}));
  }

  void milestone_not_sustained(std::size_t x, std::size_t failed) {
    rejected_.push_back(verdict(truth::not_met, trialspec::detail::cat(at_text(v_[x]), ": confirmed but not sustained"),
                                {sustain_verdict(x, failed)}));
  }

  void milestone_reached(std::size_t x, std::size_t c) {
    why_.milestone = verdict(truth::met,
                             trialspec::detail::cat(goal(), " first reached at ", at_text(v_[x]), ", confirmed by ", at_text(v_[c])),
                             std::move(rejected_));
  }

  void milestone_not_reached() {
    why_.milestone = verdict(truth::not_met, trialspec::detail::cat(goal(), " not reached with confirmation"), std::move(rejected_));
  }

private:
  std::string goal() const { return trialspec::detail::cat("EDSS >= ", o_.milestone.to_string()); }

  std::string head(const candidate& change) const {
    return trialspec::detail::cat(to_string(change.kind), " at ", at_text(v_[change.event]), " from baseline ",
           at_text(v_[change.baseline]));
  }

  verdict change_verdict(const candidate& change) const {
    const edss base = v_[change.baseline].score;
    return change.kind == change_kind::worsening ? is_worsening<Table>(base, v_[change.event].score)
                                                 : is_improvement<Table>(base, v_[change.event].score);
  }

  std::string relapse_text(std::size_t i) const {
    return trialspec::detail::cat(std::to_string(v_[i].since_relapse), " days after the relapse onset on ",
           to_iso(v_[i].on - boost::gregorian::date_duration(v_[i].since_relapse)));
  }

  std::string window_text(std::size_t x) const {
    return trialspec::detail::cat("days ", days_text(o_.confirm_window_first()), " to ", days_text(o_.confirm_window_last()),
           " after ", to_iso(v_[x].on));
  }

  verdict confirmation_verdict(std::size_t x, const confirmation_outcome& r) const {
    switch (r.status) {
    case confirmation_status::confirmed:
      return verdict::met(trialspec::detail::cat("confirmed by ", at_text(v_[r.confirmation]), ", ",
                          std::to_string(v_[r.confirmation].day - v_[x].day),
                          " days after the event",
                          (o_.check_intermediate ? ", holding at every assessment in between" : "")));
    case confirmation_status::no_visit: {
      std::string s = trialspec::detail::cat("no valid confirmation assessment in ", window_text(x));
      if (o_.relapse_to_confirmation > 0)
        s += trialspec::detail::cat(" (one must be at least ", std::to_string(o_.relapse_to_confirmation),
             " days after the last relapse onset)");
      return verdict::not_met(s);
    }
    case confirmation_status::broken:
      if (r.broken_at == r.confirmation)
        return verdict::not_met(trialspec::detail::cat("the change does not hold at the confirmation assessment, ",
                                at_text(v_[r.confirmation])));
      return verdict::not_met(trialspec::detail::cat("the change does not hold at ", at_text(v_[r.broken_at]),
                              ", before the confirmation assessment on ",
                              to_iso(v_[r.confirmation].on)));
    }
    return {};
  }

  verdict sustain_verdict(std::size_t x, std::size_t failed) const {
    const std::string period = o_.sustain.to_end_of_follow_up
                                   ? std::string("to the end of follow-up")
                                   : trialspec::detail::cat("for ", std::to_string(o_.sustain.days), " days");
    if (failed == npos) return verdict::met(trialspec::detail::cat("sustained ", period));
    return verdict::not_met(trialspec::detail::cat("not sustained ", period, ": the change does not hold at ",
                            at_text(v_[failed]), ", ",
                            std::to_string(v_[failed].day - v_[x].day), " days after the event"));
  }

  verdict class_verdict(std::size_t x, std::size_t c, worsening_class cls, std::size_t pira_at) const {
    const std::string win = trialspec::detail::cat("[-", std::to_string(o_.pira_free_before), ", +",
                            std::to_string(o_.pira_free_after), "] days");
    switch (cls) {
    case worsening_class::raw:
      return verdict::met(trialspec::detail::cat("RAW: the event is ", relapse_text(x), " (at most ",
                          std::to_string(o_.relapse_association), " days)"));
    case worsening_class::pira:
      return verdict::met(trialspec::detail::cat("PIRA: no relapse within ", std::to_string(o_.relapse_association),
                          " days before the event, none in ", win, " around the event and around the confirmation on ",
                          to_iso(v_[pira_at].on)));
    case worsening_class::undefined:
      return verdict::not_met(trialspec::detail::cat("neither RAW nor PIRA: every valid confirmation from ", to_iso(v_[c].on),
                              " has a relapse onset in ", win, " around it or around the event"));
    }
    return {};
  }

  const progression_options& o_;
  std::span<const scratch_access::visit> v_;
  progression_explanation& why_;
  std::size_t explained_baseline_ = npos;
  std::vector<verdict> rejected_; // milestone candidates, in order
};

} // namespace trialspec::detail::progression
