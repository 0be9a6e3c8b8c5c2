// Screening with a criteria set: the eligibility rule, the report with reasons and the data that
// would decide, cohort counts and attrition, printing as text, Markdown and JSON, and a user's
// own record type read through record_traits. Expected texts and counts written by hand.
#include <trialspec/eligibility.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::patient;
using trialspec::truth;
using trialspec::within_before;

namespace hospital {
// A record type the library does not know: EDSS visits as numbers, birth date as three ints.
struct visit {
  int year, month, day;
  double edss;
};
struct chart {
  std::string mrn;
  int birth_year = 0, birth_month = 0, birth_day = 0; // 0: not recorded
  std::vector<visit> visits;
};
} // namespace hospital

template <> struct trialspec::record_traits<hospital::chart> {
  static std::string_view id(const hospital::chart& c) { return c.mrn; }
  static std::optional<date> birth_date(const hospital::chart& c) {
    if (c.birth_year == 0) return std::nullopt;
    return make_date(c.birth_year, c.birth_month, c.birth_day, "birth date");
  }
  static auto edss_assessments(const hospital::chart& c) {
    return mapped(c.visits, [](const hospital::visit& v) {
      return edss_assessment{make_date(v.year, v.month, v.day, "visit date"), edss::from_double(v.edss)};
    });
  }
};

namespace pharmacy {
// Dispensing records: a therapy list made on the fly (mapped) and one returned by value.
struct course {
  std::string drug;
  date from;
  std::optional<date> until;
};
struct log {
  std::string id;
  std::vector<course> courses;
};
struct log_by_value : log {};
inline trialspec::therapy to_therapy(const course& c) {
  return {c.drug, trialspec::therapy_class::immunosuppressant, c.from, c.until};
}
} // namespace pharmacy

template <> struct trialspec::record_traits<pharmacy::log> {
  static std::string_view id(const pharmacy::log& l) { return l.id; }
  static auto therapies(const pharmacy::log& l) { return mapped(l.courses, pharmacy::to_therapy); }
};
template <> struct trialspec::record_traits<pharmacy::log_by_value> {
  static std::string_view id(const pharmacy::log_by_value& l) { return l.id; }
  static std::vector<therapy> therapies(const pharmacy::log_by_value& l) {
    std::vector<therapy> out;
    for (const auto& c : l.courses) out.push_back(pharmacy::to_therapy(c));
    return out;
  }
};

namespace {
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};

using edss_above_3 = el::edss_latest<el::comparison::greater, 3.0_edss>;
using relapse_ms = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>;
using new_t2 = el::new_t2_lesions<1, within_before(18_months)>;

using I1 = el::named<"I1", "Age 18 to 80", el::age_between<18, 80>>;
using I2 = el::named<"I2", "EDSS > 3", edss_above_3>;
using I3 = el::named<"I3", "Recent activity", el::any_of<relapse_ms, el::all_of<new_t2, el::not_<el::pregnant<>>>>>;
using E1 = el::named<"E1", "Pregnant", el::pregnant<>>;
using E2 = el::named<"E2", "BP 200/110", el::blood_pressure_at_least<200, 110>>;
using protocol = el::eligibility_criteria<el::inclusion<I1, I2, I3>, el::exclusion<E1, E2>>;

patient eligible_one(std::string id) {
  patient p;
  p.id = std::move(id);
  p.birth_date = date(1980, 1, 1);
  p.sex = trialspec::sex::female;
  p.edss = {{date(2014, 1, 1), 4.0_edss}};
  p.relapses = {{date(2013, 6, 1), trialspec::relapse_severity::severe, {}}};
  p.relapses_recorded_since = date(2010, 1, 1);
  p.pregnancy = trialspec::pregnancy_status::not_pregnant;
  p.blood_pressure = {{date(2014, 1, 5), 120, 80}};
  return p;
}
std::vector<patient> cohort() {
  auto a = eligible_one("A");
  auto b = eligible_one("B");
  b.edss = {{date(2014, 1, 1), 3.0_edss}}; // fails I2
  auto c = eligible_one("C");
  c.blood_pressure.clear(); // E2 unknown
  auto d = eligible_one("D");
  d.birth_date = date(1996, 6, 1); // 17: fails I1
  d.pregnancy = trialspec::pregnancy_status::pregnant;
  auto e = eligible_one("E");
  e.relapses.clear();
  e.relapses_recorded_since.reset(); // I3 unknown
  return {a, b, c, d, e};
}
// A user criterion with evaluate() only, counting its calls: "at least one relapse recorded".
struct counted_relapses : el::criterion_base {
  static inline int calls = 0;
  [[nodiscard]] std::string describe() const { return "a relapse on record"; }
  template <class R> [[nodiscard]] truth test(const R& r, const el::evaluation_context&) const {
    return trialspec::to_truth(!r.relapses.empty());
  }
  template <class R> [[nodiscard]] trialspec::verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    ++calls;
    return {test(r, ctx), r.relapses.empty() ? "no relapse on record" : "a relapse on record"};
  }
};
using repeating = el::eligibility_criteria<
    el::inclusion<el::named<"I1", "A relapse", counted_relapses>,
                  el::named<"I2", "A relapse or EDSS > 3", el::any_of<counted_relapses, edss_above_3>>>,
    el::exclusion<el::named<"E1", "No relapse", el::not_<counted_relapses>>>>;
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_screening)

BOOST_AUTO_TEST_CASE(therapy_reasons_from_lists_made_on_the_fly_or_returned_by_value) {
  // The course a reason names is read in place from a patient's stored list; from these lists,
  // whose elements do not outlive the loop that finds them, it is copied. Both say the same.
  using recent = el::therapy_exposure<el::immunotherapy, within_before(3_months)>;
  using a_year = el::therapy_duration<trialspec::years{1}, el::immunotherapy>;
  pharmacy::log made;
  made.id = "L-1";
  made.courses = {{"mycophenolate mofetil", date(2012, 3, 1), std::nullopt}};
  pharmacy::log_by_value returned;
  returned.id = "L-2";
  returned.courses = made.courses;
  const std::string overlap = "mycophenolate mofetil (immunosuppressant) from 2012-03-01, ongoing overlaps from 2013-10-05 to 2014-01-05";
  const std::string lasted = "mycophenolate mofetil (immunosuppressant) from 2012-03-01, ongoing lasted at least 1 year up to 2014-01-05";
  BOOST_TEST(recent{}.evaluate(made, ctx).reason() == overlap);
  BOOST_TEST(recent{}.evaluate(returned, ctx).reason() == overlap);
  BOOST_TEST(a_year{}.evaluate(made, ctx).reason() == lasted);
  BOOST_TEST(a_year{}.evaluate(returned, ctx).reason() == lasted);
  BOOST_TEST(a_year{}.evaluate(made, ctx).is_met());
}

BOOST_AUTO_TEST_CASE(a_criterion_repeated_in_the_set_is_judged_once_per_report) {
  const repeating set;
  auto with = eligible_one("A");
  auto without = eligible_one("B");
  without.relapses.clear();
  counted_relapses::calls = 0;
  const auto a = el::screen(set, with, ctx);
  BOOST_TEST(counted_relapses::calls == 1); // three occurrences, one judgement
  BOOST_TEST(render(a) == "A as of 2014-01-05: eligible\n"
                          "inclusion I1 [met] A relapse\n"
                          "  [met] a relapse on record\n"
                          "inclusion I2 [met] A relapse or EDSS > 3\n"
                          "  [met] any of (2 met, 0 not met, 0 unknown)\n"
                          "    [met] a relapse on record\n"
                          "    [met] last EDSS 4.0 on 2014-01-01 is above 3.0\n"
                          "exclusion E1 [not met] No relapse\n"
                          "  [not met] not\n"
                          "    [met] a relapse on record\n");
  // The next record is judged afresh, not answered from the last report.
  const auto b = el::screen(set, without, ctx);
  BOOST_TEST(counted_relapses::calls == 2);
  BOOST_TEST(b.criteria[0].result.is_not_met());
  BOOST_TEST(b.criteria[1].result.children()[0].reason() == "no relapse on record");
  BOOST_TEST(b.criteria[2].result.is_met()); // "no relapse" is met: excluded
  BOOST_TEST(b.criteria[2].result.children()[0].reason() == "no relapse on record");
  BOOST_TEST(b.outcome == el::screening_outcome::ineligible);
  // With one memo kept by the caller for both records, the same: each report is judged afresh.
  el::screening_memo memo;
  const el::evaluation_context kept{ctx.as_of, std::nullopt, &memo};
  counted_relapses::calls = 0;
  BOOST_TEST(render(el::screen(set, with, kept)) == render(a));
  BOOST_TEST(render(el::screen(set, without, kept)) == render(b));
  BOOST_TEST(counted_relapses::calls == 2);
  // Outside screen(), each evaluation judges the record.
  counted_relapses::calls = 0;
  trialspec::verdict_builder builder;
  static_cast<void>(el::explain(counted_relapses{}, with, ctx, builder));
  static_cast<void>(el::explain(counted_relapses{}, with, ctx, builder));
  BOOST_TEST(counted_relapses::calls == 2);
}


BOOST_AUTO_TEST_CASE(outcomes_of_the_verdict_only_path) {
  const protocol set;
  const auto people = cohort();
  BOOST_TEST(set.test(people[0], ctx) == el::screening_outcome::eligible);
  BOOST_TEST(set.test(people[1], ctx) == el::screening_outcome::ineligible);
  BOOST_TEST(set.test(people[2], ctx) == el::screening_outcome::undetermined);
  BOOST_TEST(set.test(people[3], ctx) == el::screening_outcome::ineligible);
  BOOST_TEST(set.test(people[4], ctx) == el::screening_outcome::undetermined);
}

BOOST_AUTO_TEST_CASE(report_of_an_undetermined_patient) {
  const auto rep = el::screen(protocol{}, cohort()[2], ctx);
  BOOST_TEST(rep.outcome == el::screening_outcome::undetermined);
  BOOST_REQUIRE(rep.criteria.size() == 5u);
  BOOST_TEST(rep.criteria[4].id == "E2");
  BOOST_TEST(rep.criteria[4].role == el::criterion_role::exclusion);
  BOOST_TEST(rep.criteria[4].passed() == truth::unknown);
  BOOST_TEST(rep.criteria[3].passed() == truth::met); // not pregnant lets her through E1
  const std::string expected =
      "C as of 2014-01-05: undetermined\n"
      "inclusion I1 [met] Age 18 to 80\n"
      "  [met] age 34 on 2014-01-05 (born 1980-01-01) is from 18 to 80\n"
      "inclusion I2 [met] EDSS > 3\n"
      "  [met] last EDSS 4.0 on 2014-01-01 is above 3.0\n"
      "inclusion I3 [met] Recent activity\n"
      "  [met] any of (1 met, 0 not met, 1 unknown)\n"
      "    [met] 1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05 (2013-06-01 severe); required: at least 1\n"
      "    [unknown] all of (1 met, 0 not met, 1 unknown)\n"
      "      [unknown] no MRI from 2012-07-05 to 2014-01-05\n"
      "      [met] not\n"
      "        [not met] not pregnant\n"
      "exclusion E1 [not met] Pregnant\n"
      "  [not met] not pregnant\n"
      "exclusion E2 [unknown] BP 200/110\n"
      "  [unknown] no blood pressure reading up to 2014-01-05\n"
      "to decide:\n"
      "  E2: no blood pressure reading up to 2014-01-05\n";
  BOOST_TEST(el::render(rep) == expected);
}

BOOST_AUTO_TEST_CASE(data_that_would_decide_lists_only_open_unknowns) {
  // E: no relapse history and no MRI leave I3 open; both unknown leaves are listed, nothing else.
  const auto rep = el::screen(protocol{}, cohort()[4], ctx);
  BOOST_TEST(rep.outcome == el::screening_outcome::undetermined);
  const std::vector<std::string> expected = {
      "I3: 0 relapses of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse history not documented as complete; "
      "required: at least 1",
      "I3: no MRI from 2012-07-05 to 2014-01-05"};
  BOOST_TEST(rep.deciding_data == expected, boost::test_tools::per_element());
  // A decided outcome lists nothing, even with unknown criteria (D also lacks nothing; B is
  // ruled out by I2 alone).
  auto b = cohort()[1];
  b.blood_pressure.clear();
  const auto ruled_out = el::screen(protocol{}, b, ctx);
  BOOST_TEST(ruled_out.outcome == el::screening_outcome::ineligible);
  BOOST_TEST(ruled_out.deciding_data.empty());
}

BOOST_AUTO_TEST_CASE(cohort_counts_and_attrition_in_protocol_order) {
  const auto rep = el::screen_cohort(protocol{}, cohort(), ctx);
  BOOST_TEST(rep.total == 5u);
  BOOST_TEST(rep.eligible == 1u);     // A
  BOOST_TEST(rep.ineligible == 2u);   // B (I2), D (I1)
  BOOST_TEST(rep.undetermined == 2u); // C (E2), E (I3)
  // I1: D removed; I2: B removed; I3: E unknown, so it stays but stops "passing"; E1: D is
  // pregnant but was already removed; E2: C unknown.
  const std::string expected =
      "criterion      met  not met  unknown  removed  remaining  passing\n"
      "I1               4        1        0        1          4        4\n"
      "I2               4        1        0        1          3        3\n"
      "I3               4        0        1        0          3        2\n"
      "E1               1        4        0        0          3        2\n"
      "E2               0        4        1        0          3        1\n"
      "5 records: 1 eligible, 2 ineligible, 2 undetermined\n";
  BOOST_TEST(el::render(rep) == expected);
}

BOOST_AUTO_TEST_CASE(cohort_with_a_context_per_record) {
  // Each record screened on its own date: B screened a year later still fails I2; A screened
  // before its EDSS visit has no EDSS yet.
  const auto people = cohort();
  const auto rep = el::screen_cohort(protocol{}, people, [](const patient& p) {
    return el::evaluation_context{p.id == "A" ? date(2013, 12, 1) : screening};
  });
  BOOST_TEST(rep.rows[1].unknown == 1u); // A: no EDSS on or before 2013-12-01
  BOOST_TEST(rep.eligible == 0u);
}

BOOST_AUTO_TEST_CASE(criteria_as_text) {
  const std::string expected =
      "Inclusion criteria:\n"
      "  1. I1: Age 18 to 80 -- age at screening from 18 to 80 years\n"
      "  2. I2: EDSS > 3 -- latest EDSS on or before screening above 3.0\n"
      "  3. I3: Recent activity -- any of:\n"
      "     3.1. at least 1 relapse of moderate or severe severity within 18 months before screening (reports less than 30 days "
      "apart are one attack)\n"
      "     3.2. all of:\n"
      "          3.2.1. at least 1 new T2 lesion on an MRI within 18 months before screening\n"
      "          3.2.2. not:\n"
      "                 3.2.2.1. pregnant or possibly pregnant\n"
      "Exclusion criteria:\n"
      "  1. E1: Pregnant -- pregnant or possibly pregnant\n"
      "  2. E2: BP 200/110 -- blood pressure at least 200/110 mmHg (systolic at least 200 or diastolic at least 110; "
      "latest reading on or before screening)\n";
  BOOST_TEST(el::to_text(protocol{}) == expected);
}

BOOST_AUTO_TEST_CASE(criteria_as_markdown) {
  const std::string expected =
      "## Inclusion criteria\n"
      "\n"
      "1. **I1**: Age 18 to 80 — age at screening from 18 to 80 years\n"
      "2. **I2**: EDSS > 3 — latest EDSS on or before screening above 3.0\n"
      "3. **I3**: Recent activity — any of:\n"
      "   1. at least 1 relapse of moderate or severe severity within 18 months before screening (reports less than 30 days "
      "apart are one attack)\n"
      "   2. all of:\n"
      "      1. at least 1 new T2 lesion on an MRI within 18 months before screening\n"
      "      2. not:\n"
      "         1. pregnant or possibly pregnant\n"
      "\n"
      "## Exclusion criteria\n"
      "\n"
      "1. **E1**: Pregnant — pregnant or possibly pregnant\n"
      "2. **E2**: BP 200/110 — blood pressure at least 200/110 mmHg (systolic at least 200 or diastolic at least 110; "
      "latest reading on or before screening)\n";
  BOOST_TEST(el::to_markdown(protocol{}) == expected);
}

BOOST_AUTO_TEST_CASE(criteria_as_json) {
  const std::string expected =
      R"({"id":"I3","wording":"Recent activity","criterion":{"kind":"any_of","description":"any of","children":[)"
      R"x({"kind":"relapse_count","description":"at least 1 relapse of moderate or severe severity within 18 months before screening (reports less than 30 days apart are one attack)"},)x"
      R"({"kind":"all_of","description":"all of","children":[)"
      R"({"kind":"new_t2_lesions","description":"at least 1 new T2 lesion on an MRI within 18 months before screening"},)"
      R"({"kind":"not","description":"not","children":[{"kind":"pregnancy","description":"pregnant or possibly pregnant"}]}]}]}})";
  BOOST_TEST(el::to_json(I3{}) == expected);
  using k = el::named<"X\"1", "a\\b\nc", el::at_least<1, E1, E2>>;
  BOOST_TEST(el::to_json(k{}).substr(0, 66) == R"({"id":"X\"1","wording":"a\\b\nc","criterion":{"kind":"at_least","d)");
  BOOST_TEST(el::to_json(k{}).find(R"("description":"at least 1 of","k":1,"children":[{"id":"E1")") != std::string::npos);
  const std::string whole = el::to_json(protocol{});
  BOOST_TEST(whole.substr(0, 20) == R"({"inclusion":[{"id":)");
  BOOST_TEST(whole.find(R"(],"exclusion":[{"id":"E1")") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_users_record_type_through_record_traits) {
  static_assert(el::Criterion<edss_above_3, hospital::chart>);
  static_assert(trialspec::RecordWithEdss<hospital::chart> && trialspec::RecordWithBirthDate<hospital::chart>);
  static_assert(!trialspec::RecordWithRelapses<hospital::chart>);
  hospital::chart c{"MRN-7", 1980, 1, 1, {{2013, 6, 1, 5.5}, {2014, 1, 2, 3.0}}};
  BOOST_TEST(edss_above_3{}.test(c, ctx) == truth::not_met); // latest is 3.0
  BOOST_TEST(edss_above_3{}.evaluate(c, ctx).reason() == "last EDSS 3.0 on 2014-01-02 is not above 3.0");
  c.visits.push_back({2014, 1, 4, 3.5});
  BOOST_TEST(edss_above_3{}.test(c, ctx) == truth::met);
  using set = el::eligibility_criteria<el::inclusion<I1, I2>, el::exclusion<>>;
  BOOST_TEST(set{}.test(c, ctx) == el::screening_outcome::eligible);
  const auto rep = el::screen(set{}, c, ctx);
  BOOST_TEST(rep.record_id == "MRN-7");
  BOOST_TEST(rep.outcome == el::screening_outcome::eligible);
  c.birth_year = 0;
  BOOST_TEST(set{}.test(c, ctx) == el::screening_outcome::undetermined);
  const std::vector<hospital::chart> charts{c};
  BOOST_TEST(el::screen_cohort(set{}, charts, ctx).undetermined == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
