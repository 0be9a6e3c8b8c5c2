// The public reason toolkit (eligibility/reason.hpp): parts, leaves, fixed phrases, window and
// history words, and a criterion of one's own that writes its reason exactly as the built-in
// edss_latest does. Expected texts by hand from the wording rules in reason.hpp.
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/testing/print.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::date_interval;
using trialspec::truth;
using trialspec::verdict_builder;

namespace {
const date screening(2014, 1, 5);

/// "latest EDSS on or before screening above Threshold", written with the public toolkit only.
template <int HalfSteps> struct my_latest_edss_above : el::criterion_base {
  static constexpr trialspec::edss threshold = trialspec::edss::from_half_steps(HalfSteps);
  [[nodiscard]] std::string describe() const { return "my latest EDSS above " + threshold.to_string(); }
  template <class R> [[nodiscard]] truth test(const R& r, const el::evaluation_context& ctx) const {
    const auto a = latest(r, ctx);
    return a ? trialspec::to_truth(a->score > threshold) : truth::unknown;
  }
  template <class R> void explain(const R& r, const el::evaluation_context& ctx, verdict_builder& b) const {
    const auto w = el::resolve_window<trialspec::on_or_before_reference>(ctx, el::reference_point::screening, r);
    const auto a = latest(r, ctx);
    if (!a) return el::leaf(b, truth::unknown, "no EDSS assessment ", el::window_words<trialspec::on_or_before_reference>(ctx, *w));
    const bool ok = a->score > threshold;
    const std::string& is = el::fixed_phrase([] { return " is above " + threshold.to_string(); });
    const std::string& is_not = el::fixed_phrase([] { return " is not above " + threshold.to_string(); });
    el::leaf(b, trialspec::to_truth(ok), "last EDSS ", a->score, " on ", a->on, ok ? is : is_not);
  }
  template <class R> [[nodiscard]] trialspec::verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return el::evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static std::optional<trialspec::edss_assessment> latest(const R& r, const el::evaluation_context& ctx) {
    std::optional<trialspec::edss_assessment> best;
    // Day-precise assessments only (the records here have no other).
    for (const auto& a : trialspec::record_traits<R>::edss_assessments(r))
      if (a.on.exact() <= ctx.as_of && (!best || a.on.exact() >= best->on.exact())) best = a;
    return best;
  }
};

int phrases_made = 0;
const std::string& counted_phrase() {
  return el::fixed_phrase([] {
    ++phrases_made;
    return std::string("; required: at least 1");
  });
}

std::string one_leaf(auto write) {
  verdict_builder b;
  write(b);
  return std::string(b.finish().reason());
}

struct pharmacy_log {
  std::vector<trialspec::therapy> courses;
};
} // namespace

template <> struct trialspec::record_traits<pharmacy_log> {
  static std::string_view id(const pharmacy_log&) { return "log"; }
  static auto therapies(const pharmacy_log& l) {
    return mapped(l.courses, [](const therapy& t) { return t; });
  }
};

BOOST_AUTO_TEST_SUITE(eligibility_reason)

BOOST_AUTO_TEST_CASE(a_leaf_joins_its_parts) {
  const auto writes_itself = [](std::string& s) { s += " [own words]"; };
  verdict_builder b;
  el::leaf(b, truth::not_met, "last EDSS ", 3.0_edss, " on ", date(2014, 1, 2), ", change ", 4.5_edss - 3.0_edss, "; ",
           12, " of ", std::string_view("a view"), std::string(" and a string"), writes_itself);
  const auto v = b.finish();
  BOOST_TEST(v.value() == truth::not_met);
  BOOST_TEST(v.reason() == "last EDSS 3.0 on 2014-01-02, change +1.5; 12 of a view and a string [own words]");
  BOOST_TEST(v.children().empty());
}

// A leaf's parts are gathered on the stack (room for 160 characters) and appended to the reason
// in one go: a part longer than the room left, or than the whole room, and a callable written for a
// std::string in between must still come out in order. The expected text is the parts concatenated
// by hand.
BOOST_AUTO_TEST_CASE(a_long_leaf_keeps_its_parts_in_order) {
  const std::string long_a(150, 'a'), long_b(200, 'b'), long_c(159, 'c');
  const auto writes_itself = [](std::string& s) { s += "<own>"; };
  verdict_builder b;
  const auto root = b.open();
  el::leaf(b, truth::met, "x");
  el::leaf(b, truth::not_met, long_a, " on ", date(2014, 1, 2), " ", long_b, writes_itself, ", EDSS ", 4.5_edss, "; ",
           long_c, el::history_part("relapse", std::nullopt), " ", 1234567);
  el::leaf(b, truth::unknown, "after");
  b.reason(root) += "all of";
  b.close(root, truth::not_met);
  const auto v = b.finish();
  std::vector<std::string> reasons;
  for (const auto& c : v.children()) reasons.emplace_back(c.reason());
  const std::string expected = long_a + " on 2014-01-02 " + long_b + "<own>, EDSS 4.5; " + long_c +
                               "relapse history not documented as complete 1234567";
  BOOST_TEST(reasons.size() == 3U);
  BOOST_TEST(reasons.at(0) == "x");
  BOOST_TEST(reasons.at(1) == expected);
  BOOST_TEST(reasons.at(2) == "after");
  BOOST_TEST(v.reason() == "all of");
}

// A builder made without room reserved grows as verdicts are added (8 nodes, then doubling): a
// tree of 1 + 100 verdicts keeps every part and its reason.
BOOST_AUTO_TEST_CASE(a_builder_grows_past_its_first_block) {
  verdict_builder b;
  const auto root = b.open();
  for (int i = 0; i < 100; ++i) el::leaf(b, i % 2 ? truth::met : truth::not_met, "part ", i);
  b.close(root, truth::not_met, "all of");
  const auto v = b.finish();
  BOOST_TEST(v.tree_size() == 101U);
  int i = 0;
  for (const auto& c : v.children()) {
    BOOST_TEST(c.reason() == "part " + std::to_string(i));
    BOOST_TEST(c.value() == (i % 2 ? truth::met : truth::not_met));
    ++i;
  }
  BOOST_TEST(i == 100);
}

BOOST_AUTO_TEST_CASE(parts_also_go_into_text_of_ones_own) {
  el::inline_text<32> t;
  el::append_part(t, "on ");
  el::append_part(t, date(2014, 1, 5));
  el::append_part(t, ", EDSS ");
  el::append_part(t, 6.5_edss);
  BOOST_TEST(t.view() == "on 2014-01-05, EDSS 6.5");
  el::inline_text<4> small;
  BOOST_CHECK_THROW(el::append_part(small, "12345"), std::length_error);
}

BOOST_AUTO_TEST_CASE(a_static_leaf_points_at_its_text) {
  static constexpr std::string_view text = "pregnancy status not established";
  verdict_builder b;
  el::static_leaf(b, truth::unknown, text);
  const auto v = b.finish();
  BOOST_TEST(v.reason() == text);
  BOOST_TEST(static_cast<const void*>(v.reason().data()) == static_cast<const void*>(text.data()));
}

BOOST_AUTO_TEST_CASE(a_fixed_phrase_is_made_once_and_stays_put) {
  const std::string& first = counted_phrase();
  const std::string& again = counted_phrase();
  BOOST_TEST(first == "; required: at least 1");
  BOOST_TEST(&first == &again);
  BOOST_TEST(phrases_made == 1);
}

BOOST_AUTO_TEST_CASE(interval_words) {
  using trialspec::date_interval;
  BOOST_TEST(el::interval_words(date_interval(date(2012, 7, 5), date(2014, 1, 5))) == "from 2012-07-05 to 2014-01-05");
  BOOST_TEST(el::interval_words(date_interval::until(date(2014, 1, 5))) == "up to 2014-01-05");
  BOOST_TEST(el::interval_words(date_interval::from(date(2014, 1, 5))) == "on or after 2014-01-05");
  BOOST_TEST(el::interval_words(date_interval(date(2014, 1, 5), date(2014, 1, 5))) == "on 2014-01-05");
  BOOST_TEST(el::interval_words(date_interval(date(boost::date_time::neg_infin), date(boost::date_time::pos_infin))) ==
             "at any time");
}

BOOST_AUTO_TEST_CASE(window_words_read_the_same_with_or_without_a_memo) {
  constexpr auto w = trialspec::within_before(18_months);
  const date_interval i(date(2012, 7, 5), date(2014, 1, 5));
  el::screening_memo memo;
  const el::evaluation_context with{screening, std::nullopt, &memo}, without{screening};
  BOOST_TEST(el::window_words<w>(without, i).view() == "from 2012-07-05 to 2014-01-05");
  BOOST_TEST(el::window_words<w>(with, i).view() == "from 2012-07-05 to 2014-01-05");
  BOOST_TEST(el::window_words<w>(with, i).view() == "from 2012-07-05 to 2014-01-05");
  const date_interval later(date(2012, 9, 30), date(2014, 3, 31));
  BOOST_TEST(el::window_words<w>(with, later).view() == "from 2012-09-30 to 2014-03-31");
}

BOOST_AUTO_TEST_CASE(history_words_and_coverage) {
  BOOST_TEST(el::history_words("relapse", std::nullopt) == "relapse history not documented as complete");
  BOOST_TEST(el::history_words("therapy", date(2013, 2, 1)) == "therapy history complete only since 2013-02-01");
  // The same words written straight into a reason, as a leaf() part and with append_history_words.
  verdict_builder b;
  el::leaf(b, truth::unknown, "no relapse recorded; ", el::history_part("relapse", date(2010, 1, 1)));
  BOOST_TEST(b.finish().reason() == "no relapse recorded; relapse history complete only since 2010-01-01");
  std::string s = "x: ";
  el::append_history_words(s, "therapy", std::nullopt);
  BOOST_TEST(s == "x: therapy history not documented as complete");
  const date_interval past_18(date(2012, 7, 5), date(2014, 1, 5));
  BOOST_TEST(el::history_covers(date(2012, 7, 5), past_18, std::nullopt));
  BOOST_TEST(!el::history_covers(date(2012, 7, 6), past_18, std::nullopt));
  BOOST_TEST(!el::history_covers(std::nullopt, past_18, std::nullopt));
  // No bound back: a list complete since 2013 says nothing of 2012 (issue 15); from the birth
  // date (the history's origin) it covers everything.
  BOOST_TEST(!el::history_covers(date(2013, 1, 1), date_interval::until(screening), std::nullopt));
  BOOST_TEST(!el::history_covers(date(2013, 1, 1), date_interval::until(screening), date(1980, 5, 15)));
  BOOST_TEST(el::history_covers(date(1980, 5, 15), date_interval::until(screening), date(1980, 5, 15)));
  // A window reaching before the birth date is covered from the birth date on.
  BOOST_TEST(el::history_covers(date(2013, 1, 1), past_18, date(2013, 1, 1)));
  BOOST_TEST(el::unknown_reference(el::reference_point::infusion) == "the date of the infusion is not known");
  BOOST_TEST(el::unknown_reference(el::reference_point::screening) == "the date of screening is not known");
}

BOOST_AUTO_TEST_CASE(kept_elements_are_read_in_place_or_copied) {
  using stored = decltype(trialspec::record_traits<trialspec::patient>::therapies(std::declval<const trialspec::patient&>()));
  using made = decltype(trialspec::record_traits<pharmacy_log>::therapies(std::declval<const pharmacy_log&>()));
  static_assert(std::is_same_v<el::kept_t<trialspec::therapy, stored>, const trialspec::therapy*>);
  static_assert(std::is_same_v<el::kept_t<trialspec::therapy, made>, std::optional<trialspec::therapy>>);
  const trialspec::therapy t{"azathioprine", trialspec::therapy_class::immunosuppressant, date(2011, 1, 1), std::nullopt};
  BOOST_TEST(el::keep<const trialspec::therapy*>(t) == &t);
  BOOST_TEST(el::keep<std::optional<trialspec::therapy>>(t)->name == "azathioprine");
}

BOOST_AUTO_TEST_CASE(ones_own_criterion_reads_like_the_built_in_one) {
  using built_in = el::edss_latest<el::comparison::greater, 3.0_edss>;
  using mine = my_latest_edss_above<6>;
  trialspec::patient p;
  const el::evaluation_context ctx{screening};
  BOOST_TEST(checked(mine{}).evaluate(p, ctx).reason() == "no EDSS assessment up to 2014-01-05");
  BOOST_TEST(checked(built_in{}).evaluate(p, ctx).reason() == "no EDSS assessment up to 2014-01-05");
  p.edss = {{date(2013, 6, 1), 4.5_edss}, {date(2014, 1, 2), 3.0_edss}};
  BOOST_TEST(checked(mine{}).evaluate(p, ctx).reason() == "last EDSS 3.0 on 2014-01-02 is not above 3.0");
  BOOST_TEST(checked(built_in{}).evaluate(p, ctx).reason() == "last EDSS 3.0 on 2014-01-02 is not above 3.0");
  p.edss.push_back({date(2014, 1, 4), 3.5_edss});
  BOOST_TEST(checked(mine{}).evaluate(p, ctx).reason() == "last EDSS 3.5 on 2014-01-04 is above 3.0");
  BOOST_TEST(checked(built_in{}).evaluate(p, ctx).reason() == "last EDSS 3.5 on 2014-01-04 is above 3.0");
  BOOST_TEST(one_leaf([&](verdict_builder& b) { mine{}.explain(p, ctx, b); }) == "last EDSS 3.5 on 2014-01-04 is above 3.0");
}

BOOST_AUTO_TEST_SUITE_END()
