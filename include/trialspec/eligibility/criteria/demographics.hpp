// trialspec/eligibility/criteria/demographics.hpp - age and sex.
//
// Age is in completed years at the reference date (calendar.hpp: a 29 February birthday is
// reached on 28 February in common years).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/config.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

namespace detail {
/// Plain fields rather than std::optionals: read back one by one, they stay in registers.
struct age_facts {
  date birth{boost::date_time::not_a_date_time}; // the first day the birth can be
  date on{boost::date_time::not_a_date_time};
  bool birth_known = false;
  bool on_known = false;
  date_precision precision = date_precision::day;
  int years = 0;    // the age on `on`: the oldest the person can be
  int youngest = 0; // the youngest (years, or years - 1, when the birthday is not known)
  [[nodiscard]] bool known() const noexcept { return birth_known && on_known; }
};
/// The dates an age is computed from: the key under which a screening remembers it.
struct age_key {
  date birth;
  date on;
  friend bool operator==(const age_key&, const age_key&) = default;
};
struct age_tag {};
struct age_words_tag {};
/// age_in_years, remembered in the screening's memo: a range such as "above 18 and at most 80"
/// asks for the same age twice in a row.
inline int remembered_age(const evaluation_context& ctx, date birth, date on) {
  return remember<age_tag>(ctx, age_key{birth, on}, [&] { return trialspec::age_in_years(birth, on); });
}
/// The birth date of `r` as a partial_date (a record may give a date or a partial_date).
template <class R> std::optional<partial_date> birth_of(const R& r) {
  static_assert(RecordWithBirthDate<R>, "age criteria read the birth date: record_traits<R> needs "
                                        "`static std::optional<date> birth_date(const R&)` (or std::optional<partial_date>)");
  if (const auto b = record_traits<R>::birth_date(r)) return partial_date(*b);
  return std::nullopt;
}
/// age_range, out of the screening's hot path (a birth known only to the month or the year).
TRIALSPEC_COLD inline age_span imprecise_ages_on(const partial_date& birth, date on) { return age_range(birth, on); }
/// The ages `birth` allows on `on`: {youngest, oldest}, one age when the day is known (then the
/// age the screening remembers). Always inlined: it is on verdict-only screening's hot path.
TRIALSPEC_ALWAYS_INLINE inline age_span ages_on(const evaluation_context& ctx, const partial_date& birth, date on) {
  if (birth.is_exact()) [[likely]] {
    const int a = remembered_age(ctx, birth.earliest(), on);
    return {a, a};
  }
  return imprecise_ages_on(birth, on);
}
template <class R> age_facts age_of(const R& r, const evaluation_context& ctx, reference_point ref) {
  age_facts f;
  const std::optional<partial_date> birth = birth_of(r);
  if (birth) {
    f.birth = birth->earliest();
    f.precision = birth->precision();
    f.birth_known = true;
  }
  if (ref == reference_point::screening) {
    f.on = ctx.as_of;
    f.on_known = true;
  } else if (const auto on = reference_date(ctx, ref, r)) {
    f.on = *on;
    f.on_known = true;
  }
  if (f.known()) {
    const age_span a = ages_on(ctx, *birth, f.on);
    f.years = a.oldest;
    f.youngest = a.youngest;
  }
  return f;
}
/// The ages alone for test(): {-1, -1} when the birth date or the reference date is not known (an
/// age is never negative: age_in_years throws for a reference date before the birth).
template <class R> TRIALSPEC_ALWAYS_INLINE inline age_span known_ages(const R& r, const evaluation_context& ctx, reference_point ref) {
  const std::optional<partial_date> birth = birth_of(r);
  if (!birth) return {-1, -1};
  date on = ctx.as_of;
  if (ref != reference_point::screening) {
    const auto d = reference_date(ctx, ref, r);
    if (!d) return {-1, -1};
    on = *d;
  }
  return ages_on(ctx, *birth, on);
}
constexpr std::string_view age_unknown_reason(const age_facts& f, reference_point ref) noexcept {
  if (!f.birth_known) return "birth date not recorded";
  return unknown_reference(ref);
}
/// "age 51 on 2014-01-05 (born 1962-02-02)" (f known, the birth day known), as a reason part.
/// Remembered in the screening's memo: an age range ("above 18 and at most 80") writes it twice
/// for each record.
inline inline_text<48> age_words(const evaluation_context& ctx, const age_facts& f) {
  return remember<age_words_tag>(ctx, age_key{f.birth, f.on}, [&] {
    inline_text<48> t; // "age " + at most 4 digits + " on " + date + " (born " + date + ")": 40
    t.append("age ", 4);
    append_part(t, f.years);
    t.append(" on ", 4);
    append_iso(t, f.on);
    t.append(" (born ", 7);
    append_iso(t, f.birth);
    t += ')';
    return t;
  });
}
/// "age 18 or 19 on 2014-01-05 (born in 1995, month and day unknown)" (f known, the birth day
/// not known), as a reason part; "age 18 on ... (born in 1995-03, day unknown)" when every day of
/// the birth gives the same age.
inline auto imprecise_age_words(const age_facts& f) {
  return [f](auto& s) {
    s.append("age ");
    append_part(s, f.youngest);
    if (f.youngest != f.years) {
      s.append(" or ");
      append_part(s, f.years);
    }
    s.append(" on ");
    append_iso(s, f.on);
    s.append(" (born in ");
    const int y = f.birth.year(), m = f.birth.month();
    append_iso(s, f.precision == date_precision::year ? partial_date::year_only(y) : partial_date::year_month(y, m));
    s.append(f.precision == date_precision::year ? ", month and day unknown)" : ", day unknown)");
  };
}
} // namespace detail

namespace detail {
/// Boundary probes around an age of `edge_years` at `ref`: born so as to turn that age the day
/// after `ref` (one year younger: `younger`, skipped for age 0) and on `ref` (`on_edge`).
inline void age_edge_probes(probe_writer& p, date ref, int edge_years, truth younger, truth on_edge) {
  const date on_day = add(ref, -calendar_duration(years{edge_years}));
  const auto born = [&](date b) { return [b](patient& r) { r.birth_date = b; }; };
  if (edge_years > 0)
    p.add(trialspec::detail::cat("age: turns ", std::to_string(edge_years), " the day after ", to_iso(ref), " (age ", std::to_string(edge_years - 1), ")"),
          younger, born(shift_days(on_day, 1)));
  p.add(trialspec::detail::cat("age: turns ", std::to_string(edge_years), " on ", to_iso(ref)), on_edge, born(on_day));
}
/// age<Op, Years>: the ages on either side of Years and of Years + 1.
inline void age_probes(probe_writer& p, reference_point point, comparison op, int threshold) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const auto at = [&](int a) { return to_truth(compare(op, a, threshold)); };
  age_edge_probes(p, *ref, threshold, at(threshold - 1), at(threshold));
  age_edge_probes(p, *ref, threshold + 1, at(threshold), at(threshold + 1));
}
/// age_between<Low, High>: turning Low (in) and turning High + 1 (out).
inline void age_between_probes(probe_writer& p, reference_point point, int low, int high) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const auto in = [&](int a) { return to_truth(low <= a && a <= high); };
  age_edge_probes(p, *ref, low, in(low - 1), in(low));
  age_edge_probes(p, *ref, high + 1, in(high), in(high + 1));
}
} // namespace detail

/// Age at the reference date compared with Years: age<comparison::greater, 18> is "age at
/// screening above 18 years".
template <comparison Op, int Years, reference_point Ref = reference_point::screening>
struct age : criterion_base {
  static_assert(Years >= 0 && Years <= 150, "an age threshold must be 0 to 150 years");
  static constexpr std::string_view kind = "age";
  static constexpr comparison op = Op;
  static constexpr int years = Years;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: born to turn Years, and Years + 1, on the reference date and the day after.
  void boundary_probes(probe_writer& p) const { detail::age_probes(p, Ref, Op, Years); }
  /// Its SQL (trialspec/sql/): at screening only; the writer knows no infusion date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.age(Op, Years);
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("age at ", to_string(Ref), " ", to_words(Op), " ", std::to_string(Years), " years");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const age_span a = detail::known_ages(r, ctx, Ref);
    if (a.youngest < 0) return truth::unknown;
    if (a.youngest == a.oldest) return to_truth(compare(Op, a.oldest, Years)); // the day of birth known, or no matter
    return compare_range(Op, a.youngest, a.oldest, Years);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto f = detail::age_of(r, ctx, Ref);
    if (!f.known()) return static_leaf(b, truth::unknown, detail::age_unknown_reason(f, Ref));
    const truth t = compare_range(Op, f.youngest, f.years, Years);
    const std::string& is = fixed_phrase([] { return trialspec::detail::cat(" is ", to_words(Op), " ", std::to_string(Years)); });
    const std::string& is_not =
        fixed_phrase([] { return trialspec::detail::cat(" is not ", to_words(Op), " ", std::to_string(Years)); });
    if (f.precision == date_precision::day) return leaf(b, t, detail::age_words(ctx, f), t == truth::met ? is : is_not);
    const std::string& open = fixed_phrase([] { return trialspec::detail::cat(": ", to_words(Op), " ", std::to_string(Years), " depends on the birthday"); });
    return leaf(b, t, detail::imprecise_age_words(f), t == truth::met ? is : t == truth::not_met ? is_not : open);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

template <int Years, reference_point Ref = reference_point::screening> using age_above = age<comparison::greater, Years, Ref>;
template <int Years, reference_point Ref = reference_point::screening> using age_at_least = age<comparison::greater_equal, Years, Ref>;
template <int Years, reference_point Ref = reference_point::screening> using age_below = age<comparison::less, Years, Ref>;
template <int Years, reference_point Ref = reference_point::screening> using age_at_most = age<comparison::less_equal, Years, Ref>;

/// Age at the reference date from Low to High years, both included.
template <int Low, int High, reference_point Ref = reference_point::screening>
struct age_between : criterion_base {
  static_assert(Low <= High, "between<lo, hi> requires lo <= hi: the lower age bound must not exceed the upper");
  static_assert(Low >= 0 && High <= 150, "an age threshold must be 0 to 150 years");
  static constexpr std::string_view kind = "age_between";
  static constexpr int low = Low;
  static constexpr int high = High;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: born to turn Low, and High + 1, on the reference date and the day after.
  void boundary_probes(probe_writer& p) const { detail::age_between_probes(p, Ref, Low, High); }
  /// Its SQL (trialspec/sql/): at screening only.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.age_between(Low, High);
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("age at ", to_string(Ref), " from ", std::to_string(Low), " to ", std::to_string(High), " years");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const age_span a = detail::known_ages(r, ctx, Ref);
    return a.youngest >= 0 ? in_range(a) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const auto f = detail::age_of(r, ctx, Ref);
    if (!f.known()) return static_leaf(b, truth::unknown, detail::age_unknown_reason(f, Ref));
    const truth t = in_range({f.youngest, f.years});
    if (f.precision == date_precision::day)
      return leaf(b, t, detail::age_words(ctx, f), t == truth::met ? " is "sv : " is not "sv, "from ", Low, " to ", High);
    return leaf(b, t, detail::imprecise_age_words(f), t == truth::met ? " is "sv : t == truth::not_met ? " is not "sv : ": "sv,
                "from ", Low, " to ", High, t == truth::unknown ? " depends on the birthday"sv : ""sv);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  static constexpr truth in_range(age_span a) noexcept {
    if (Low <= a.youngest && a.oldest <= High) return truth::met;
    if (a.oldest < Low || a.youngest > High) return truth::not_met;
    return truth::unknown;
  }
};

/// Recorded sex is S.
template <sex S> struct sex_is : criterion_base {
  static constexpr std::string_view kind = "sex";
  static constexpr sex value = S;
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.sex_is(S); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("sex ", to_string(S)); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithSex<R>, "sex criteria read the sex: record_traits<R> needs `static std::optional<sex> sex(const R&)`");
    const auto s = record_traits<R>::sex(r);
    return s ? to_truth(*s == S) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const truth t = test(r, ctx);
    if (t == truth::unknown) return static_leaf(b, truth::unknown, "sex not recorded");
    return leaf(b, t, "sex ", to_string(*record_traits<R>::sex(r)), t == truth::met ? " is "sv : " is not "sv, to_string(S));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
