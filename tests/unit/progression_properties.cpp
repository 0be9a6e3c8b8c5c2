// Confirmed disability change: properties on seeded random EDSS histories, and agreement with a
// direct (quadratic, pointer-free) restatement of the rules in progression/confirmed.hpp.
#include <trialspec/progression/confirmed.hpp>

#include <trialspec/protocols/nct02249676/thresholds.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <vector>

using namespace trialspec;
using namespace trialspec::literals;

namespace {

struct patient {
  std::vector<edss_assessment> visits;
  std::vector<date> relapses;
};

patient random_patient(std::mt19937& rng) {
  const date origin(2018, 1, 1);
  patient p;
  const int n = std::uniform_int_distribution<int>(0, 16)(rng);
  long day = 0;
  int half = std::uniform_int_distribution<int>(0, 14)(rng);
  if (half == 1) half = 2;
  for (int i = 0; i < n; ++i) {
    // Mostly 1-4 month gaps; sometimes the same day (a correction), sometimes close.
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    if (i > 0) day += kind == 0 ? 0 : kind == 1 ? 20 : std::uniform_int_distribution<int>(60, 130)(rng);
    half += std::uniform_int_distribution<int>(-2, 2)(rng);
    half = std::clamp(half, 0, 20);
    if (half == 1) half = kind % 2 ? 0 : 2;
    p.visits.push_back({origin + days{static_cast<std::int32_t>(day)}, edss::from_half_steps(half)});
  }
  std::shuffle(p.visits.begin(), p.visits.end(), rng);
  const int r = std::uniform_int_distribution<int>(0, 3)(rng);
  for (int i = 0; i < r; ++i)
    p.relapses.push_back(origin + days{std::uniform_int_distribution<std::int32_t>(-60, static_cast<std::int32_t>(day) + 30)(rng)});
  return p;
}

progression_options random_options(std::mt19937& rng) {
  progression_options o;
  auto coin = [&] { return std::uniform_int_distribution<int>(0, 1)(rng) == 1; };
  o.baseline = coin() ? baseline_scheme::roving : baseline_scheme::fixed;
  o.events = coin() ? event_selection::all : event_selection::first_worsening;
  o.check_intermediate = std::uniform_int_distribution<int>(0, 3)(rng) != 0;
  const int s = std::uniform_int_distribution<int>(0, 3)(rng);
  o.sustain = s == 0 ? sustain_requirement::to_end() : s == 1 ? sustain_requirement::for_days(180) : sustain_requirement::none();
  if (coin()) o.relapse_to_event = 30;
  if (coin()) o.confirm_tolerance_after = 30;
  return o;
}

// --- the rules restated directly --------------------------------------------------------------
struct ref_visit {
  date on;
  long day;
  int half;
  long since; // days since the last relapse onset on or before; -1 if none
};

template <ThresholdTable Table>
std::vector<confirmed_event> reference(const patient& p, const progression_options& o) {
  std::map<long, edss_assessment> by_day; // later input overrides
  for (const auto& a : p.visits) by_day.insert_or_assign(static_cast<long>(a.on.exact().day_number()), a);
  std::vector<ref_visit> v;
  for (const auto& [d, a] : by_day) {
    long since = -1;
    for (const auto& r : p.relapses) {
      const long rd = static_cast<long>(r.day_number());
      if (rd <= d && (since < 0 || d - rd < since)) since = d - rd;
    }
    v.push_back({a.on.exact(), d, a.score.half_steps(), since});
  }
  const std::size_t n = v.size();
  auto far_from_relapse = [&](std::size_t i, long min) { return v[i].since < 0 || v[i].since >= min; };
  auto relapse_in = [&](long a, long b) {
    for (const auto& r : p.relapses) {
      const long rd = static_cast<long>(r.day_number());
      if (a <= rd && rd <= b) return true;
    }
    return false;
  };
  auto as = [&](std::size_t i) { return edss_assessment{v[i].on, edss::from_half_steps(v[i].half)}; };

  std::vector<confirmed_event> out;
  const bool improvements = o.events == event_selection::all || o.baseline == baseline_scheme::roving;
  std::size_t bl = 0, search = 1;
  while (true) {
    while (bl < n && !far_from_relapse(bl, o.relapse_to_baseline)) ++bl;
    if (bl + 1 >= n) break;
    search = std::max(search, bl + 1);
    const auto t = Table::threshold(edss::from_half_steps(v[bl].half));
    if (!t) break;
    const int th = t->half_steps();
    std::size_t x = search;
    bool up = true;
    for (; x < n; ++x) {
      const int diff = v[x].half - v[bl].half;
      up = diff >= th;
      if ((up || (improvements && -diff >= th)) && far_from_relapse(x, o.relapse_to_event)) break;
    }
    if (x >= n) break;
    auto holds = [&](std::size_t i) { return (up ? v[i].half - v[bl].half : v[bl].half - v[i].half) >= th; };
    std::size_t c = n;
    for (std::size_t j = x + 1; j < n; ++j) {
      const double dd = static_cast<double>(v[j].day - v[x].day);
      if (dd >= o.confirm_window_first() && dd <= o.confirm_window_last() &&
          far_from_relapse(j, o.relapse_to_confirmation)) {
        c = j;
        break;
      }
    }
    bool ok = c < n;
    if (ok && o.check_intermediate)
      for (std::size_t j = x + 1; j <= c; ++j) ok = ok && holds(j);
    if (ok && !o.check_intermediate) ok = holds(c);
    if (!ok) {
      search = x + 1;
      continue;
    }
    std::size_t nn = n; // first failing after c
    for (std::size_t j = c + 1; j < n; ++j)
      if (!holds(j)) {
        nn = j;
        break;
      }
    bool kept = true;
    if (o.sustain.required()) {
      if (o.check_intermediate) {
        kept = nn == n || (!o.sustain.to_end_of_follow_up && v[nn].day - v[x].day > o.sustain.days);
      } else {
        std::size_t s = n - 1;
        if (!o.sustain.to_end_of_follow_up && v[n - 1].day - v[x].day >= o.sustain.days)
          for (s = x + 1; v[s].day - v[x].day < o.sustain.days; ++s) {}
        kept = holds(s);
      }
    }
    if (kept && (up || o.events == event_selection::all)) {
      std::optional<worsening_class> cls;
      if (up) {
        if (v[x].since >= 0 && v[x].since <= o.relapse_association) cls = worsening_class::raw;
        else {
          cls = worsening_class::undefined;
          if (!relapse_in(v[x].day - o.pira_free_before, v[x].day + o.pira_free_after))
            for (std::size_t j = c; j < nn; ++j)
              if (static_cast<double>(v[j].day - v[x].day) <= o.confirm_window_last() &&
                  far_from_relapse(j, o.relapse_to_confirmation) &&
                  !relapse_in(v[j].day - o.pira_free_before, v[j].day + o.pira_free_after)) {
                cls = worsening_class::pira;
                break;
              }
        }
      }
      out.push_back({up ? change_kind::worsening : change_kind::improvement, cls, as(bl), as(x), as(c),
                     v[x].day - v[bl].day});
      if (up && o.events == event_selection::first_worsening) break;
    }
    if (o.baseline == baseline_scheme::roving) {
      bl = c;
      search = c + 1;
    } else {
      search = kept ? c + 1 : x + 1;
    }
  }
  return out;
}

// The seed table with its gap (baselines 5.0 and 5.5) filled by each threshold the gap could
// take: +0.5 (the least any threshold is) and +1.0 (the larger of the rows either side).
using nct_gap_half = threshold_table<threshold_row(0_edss, 4.5_edss, edss_change(2)), threshold_row(5.0_edss, 10_edss, edss_change(1))>;
using nct_gap_one = threshold_table<threshold_row(0_edss, 5.5_edss, edss_change(2)), threshold_row(6.0_edss, 10_edss, edss_change(1))>;

template <ThresholdTable Table> void check_properties(const patient& p, const progression_options& o) {
  const auto r = assess_progression<Table>(p.visits, p.relapses, o);
  // Agreement with the direct restatement, and with the explanation's result. With the seed
  // table's gap, the search must agree with every filling of the gap where it decides, and find
  // only events common to all fillings before it stops undecided.
  if constexpr (Table::complete) {
    BOOST_TEST((r.events == reference<Table>(p, o)));
    BOOST_TEST(!r.uncovered_baseline.has_value());
  } else {
    const auto half = reference<nct_gap_half>(p, o), one = reference<nct_gap_one>(p, o);
    if (!r.uncovered_baseline) {
      BOOST_TEST((r.events == half));
      BOOST_TEST((r.events == one));
    } else {
      BOOST_TEST_REQUIRE(r.events.size() <= std::min(half.size(), one.size()));
      BOOST_TEST(std::equal(r.events.begin(), r.events.end(), half.begin()));
      BOOST_TEST(std::equal(r.events.begin(), r.events.end(), one.begin()));
    }
  }
  BOOST_TEST((explain_progression<Table>(p.visits, p.relapses, o).result.events == r.events));

  std::size_t w = 0, i = 0, raw = 0, pira = 0, undef = 0;
  for (const auto& e : r.events) {
    // In a gap, a reported change reaches the most the gap could require.
    const std::optional<edss_change> t = thresholds_for<Table>(e.baseline.score).most;
    const bool up = e.kind == change_kind::worsening;
    // The event's score satisfies the threshold from the baseline; with the intermediate check
    // (or at the confirmation in any case) so does the confirmation's.
    BOOST_TEST(((up ? e.event.score - e.baseline.score : e.baseline.score - e.event.score) >= *t));
    BOOST_TEST(((up ? e.confirmation.score - e.baseline.score : e.baseline.score - e.confirmation.score) >= *t));
    const long gap = days_between(e.event.on.exact(), e.confirmation.on.exact());
    BOOST_TEST(static_cast<double>(gap) >= o.confirm_window_first());
    BOOST_TEST(static_cast<double>(gap) <= o.confirm_window_last());
    BOOST_TEST(e.baseline.on.exact() < e.event.on.exact());
    BOOST_TEST(e.days_from_baseline == days_between(e.baseline.on.exact(), e.event.on.exact()));
    BOOST_TEST(e.classification.has_value() == up);
    if (up) {
      ++w;
      raw += *e.classification == worsening_class::raw;
      pira += *e.classification == worsening_class::pira;
      undef += *e.classification == worsening_class::undefined;
    } else {
      ++i;
    }
  }
  for (std::size_t k = 1; k < r.events.size(); ++k) BOOST_TEST(r.events[k - 1].event.on.exact() < r.events[k].event.on.exact());
  BOOST_TEST(r.worsening == w);
  BOOST_TEST(r.improvement == i);
  BOOST_TEST(r.raw == raw);
  BOOST_TEST(r.pira == pira);
  BOOST_TEST(r.undefined == undef);
  if (o.events == event_selection::first_worsening) BOOST_TEST(r.events.size() <= 1u);
  if (r.milestone) {
    BOOST_TEST(r.milestone->event.score >= o.milestone);
    BOOST_TEST(r.milestone->confirmation.score >= o.milestone);
  }

  // Under a fixed baseline with the intermediate check, `first` is the first worsening of `all`.
  // (With a gap, only where both searches decide: an undecided improvement stops `all` earlier.)
  if (o.baseline == baseline_scheme::fixed && o.check_intermediate) {
    progression_options first = o, all = o;
    first.events = event_selection::first_worsening;
    all.events = event_selection::all;
    const auto fr = assess_progression<Table>(p.visits, p.relapses, first);
    const auto ar = assess_progression<Table>(p.visits, p.relapses, all);
    if (fr.uncovered_baseline || ar.uncovered_baseline) return;
    const auto& f = fr.events;
    const auto& a = ar.events;
    const auto it = std::find_if(a.begin(), a.end(), [](const auto& e) { return e.kind == change_kind::worsening; });
    BOOST_TEST_REQUIRE(f.size() == (it == a.end() ? 0u : 1u));
    if (!f.empty()) BOOST_TEST((f.front() == *it));
  }
}

} // namespace

BOOST_AUTO_TEST_SUITE(progression_properties)

BOOST_AUTO_TEST_CASE(random_histories_standard_table) {
  std::mt19937 rng(20240601u);
  for (int k = 0; k < 1500; ++k) {
    const auto p = random_patient(rng);
    const auto o = random_options(rng);
    BOOST_TEST_CONTEXT("patient " << k) { check_properties<standard_thresholds>(p, o); }
  }
}

BOOST_AUTO_TEST_CASE(random_histories_other_tables) {
  std::mt19937 rng(777u);
  for (int k = 0; k < 800; ++k) {
    const auto p = random_patient(rng);
    const auto o = random_options(rng);
    BOOST_TEST_CONTEXT("patient " << k) {
      check_properties<cut55_thresholds>(p, o);
      check_properties<trialspec::protocols::nct02249676::protocol_thresholds>(p, o);
    }
  }
}

BOOST_AUTO_TEST_CASE(reused_scratch_gives_the_same_results) {
  std::mt19937 rng(99u);
  progression_scratch scratch;
  progression_result out;
  for (int k = 0; k < 300; ++k) {
    const auto p = random_patient(rng);
    const auto o = random_options(rng);
    assess_progression(p.visits, p.relapses, o, scratch, out);
    const auto fresh = assess_progression(p.visits, p.relapses, o);
    BOOST_TEST((out.events == fresh.events));
    BOOST_TEST((out.milestone == fresh.milestone));
    BOOST_TEST((out.follow_up_days == fresh.follow_up_days));
  }
}

BOOST_AUTO_TEST_SUITE_END()
