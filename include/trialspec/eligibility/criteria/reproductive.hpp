// trialspec/eligibility/criteria/reproductive.hpp - lactation, childbearing potential, effective
// contraception and a negative pregnancy test (clinical/reproductive.hpp), the facts behind
// "lactating and pregnant females", "female participants of childbearing potential were to have
// a negative pregnancy test" and "must agree to use a highly effective method of birth control".
//
// Each reads one recorded fact; absent is unknown. Lactation alone is decided for a record whose
// sex is male (not lactating), as the pregnancy criterion is; childbearing potential is not
// inferred from sex or age: it is recorded or unknown. Conditional sentences ("female
// participants of childbearing potential were to ...") are composed with the combinators:
//   any_of<not_<sex_is<sex::female>>, not_<of_childbearing_potential>, pregnancy_test_negative<...>>
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/reproductive.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// The patient is lactating. Not recorded is unknown, except for a record whose sex is male (not
/// met).
struct lactating : criterion_base {
  static constexpr std::string_view kind = "lactating";
  /// Boundary probes: recorded yes and no; not recorded (unknown for a female, not met for a male).
  void boundary_probes(probe_writer& p) const {
    p.add("lactating", truth::met, [](patient& r) { r.lactating = true; });
    p.add("not lactating", truth::not_met, [](patient& r) { r.lactating = false; });
    p.add("lactation not recorded, female", truth::unknown, [](patient& r) { r.lactating.reset(); r.sex = sex::female; });
    p.add("lactation not recorded, male", truth::not_met, [](patient& r) { r.lactating.reset(); r.sex = sex::male; });
  }
  /// Its SQL (trialspec/sql/): the recorded answer; none is not met for a man.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.lactating(); }
  [[nodiscard]] std::string describe() const { return "lactating"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithLactation<R>, "lactation criteria read lactation: record_traits<R> needs "
                                          "`static std::optional<bool> lactating(const R&)`");
    if (const auto l = record_traits<R>::lactating(r)) return to_truth(*l);
    if constexpr (RecordWithSex<R>)
      if (record_traits<R>::sex(r) == sex::male) return truth::not_met;
    return truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    if (record_traits<R>::lactating(r)) return static_leaf(b, t, t == truth::met ? "lactating" : "not lactating");
    return static_leaf(b, t, t == truth::not_met ? "lactation not recorded; sex male" : "lactation not recorded");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The patient is of childbearing (reproductive) potential, as recorded.
struct of_childbearing_potential : criterion_base {
  static constexpr std::string_view kind = "childbearing_potential";
  /// Boundary probes: recorded yes, recorded no, not recorded.
  void boundary_probes(probe_writer& p) const {
    p.add("of childbearing potential", truth::met, [](patient& r) { r.childbearing_potential = true; });
    p.add("not of childbearing potential", truth::not_met, [](patient& r) { r.childbearing_potential = false; });
    p.add("childbearing potential not recorded", truth::unknown, [](patient& r) { r.childbearing_potential.reset(); });
  }
  /// Its SQL (trialspec/sql/): the recorded answer.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.of_childbearing_potential(); }
  [[nodiscard]] std::string describe() const { return "of childbearing (reproductive) potential"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithChildbearingPotential<R>, "childbearing potential criteria read it: record_traits<R> needs "
                                                      "`static std::optional<bool> childbearing_potential(const R&)`");
    const auto c = record_traits<R>::childbearing_potential(r);
    return c ? to_truth(*c) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    static_leaf(b, t, t == truth::unknown ? "childbearing potential not recorded"
                      : t == truth::met   ? "of childbearing potential"
                                          : "not of childbearing potential");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The patient uses, or has agreed to use, an effective method of contraception, as recorded.
struct uses_effective_contraception : criterion_base {
  static constexpr std::string_view kind = "effective_contraception";
  /// Boundary probes: recorded yes, recorded no, not recorded.
  void boundary_probes(probe_writer& p) const {
    p.add("effective contraception", truth::met, [](patient& r) { r.effective_contraception = true; });
    p.add("no effective contraception", truth::not_met, [](patient& r) { r.effective_contraception = false; });
    p.add("contraception not recorded", truth::unknown, [](patient& r) { r.effective_contraception.reset(); });
  }
  /// Its SQL (trialspec/sql/): the recorded answer.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.uses_effective_contraception(); }
  [[nodiscard]] std::string describe() const { return "uses or agrees to use effective contraception"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithContraception<R>, "contraception criteria read it: record_traits<R> needs "
                                              "`static std::optional<bool> effective_contraception(const R&)`");
    const auto c = record_traits<R>::effective_contraception(r);
    return c ? to_truth(*c) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    static_leaf(b, t, t == truth::unknown ? "contraception not recorded"
                      : t == truth::met   ? "effective contraception recorded"
                                          : "no effective contraception");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The recorded pregnancy test dated in Window is negative: pregnancy_test_negative<
/// within_before(weeks{4})>. Positive is not met; no test in the window, or an indeterminate
/// result, is unknown. A test dated to the month or year that may or may not be in the window is
/// unknown whatever its result (outside it there is no test in the window).
template <relative_window Window, reference_point Ref = reference_point::screening>
struct pregnancy_test_negative : criterion_base {
  static constexpr std::string_view kind = "pregnancy_test";
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: a negative test on and beyond each bounded window edge (outside: unknown), a
  /// positive and an indeterminate test inside, and none.
  void boundary_probes(probe_writer& p) const {
    const auto ref = p.reference(Ref);
    if (!ref) return;
    const date_interval w = Window.resolve(*ref);
    const auto test_on = [&](date d, lab_outcome o) {
      patient r = p.base();
      r.pregnancy_test = pregnancy_test_result{d, o};
      return r;
    };
    window_probes(p, w, "negative pregnancy test", truth::met, truth::unknown, [&](date d) { return test_on(d, lab_outcome::negative); });
    const date in = inside_day(w, *ref);
    p.add(trialspec::detail::cat("positive pregnancy test on ", to_iso(in)), test_on(in, lab_outcome::positive), truth::not_met);
    p.add(trialspec::detail::cat("indeterminate pregnancy test on ", to_iso(in)), test_on(in, lab_outcome::indeterminate), truth::unknown);
    p.add("no pregnancy test recorded", truth::unknown, [](patient& r) { r.pregnancy_test.reset(); });
  }
  /// Its SQL (trialspec/sql/, writer::pregnancy_test_negative): at screening only; the window
  /// resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.pregnancy_test_negative(Window.resolve(q.as_of()));
  }
  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("negative pregnancy test ", Window.describe(to_string(Ref))); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto t = in_window(r, *w);
    if (!t || t->result == lab_outcome::indeterminate) return truth::unknown;
    return to_truth(t->result == lab_outcome::negative);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto t = in_window(r, *w);
    if (!t) {
      const auto any = record_traits<R>::pregnancy_test(r);
      if (any && overlap_of(any->on, *w) == overlap::partly)
        return leaf(b, truth::unknown, "pregnancy test ", to_string(any->result), " on ", any->on, " may or may not be ",
                    window_words<Window>(ctx, *w));
      if (any) return leaf(b, truth::unknown, "pregnancy test on ", any->on, " is not ", window_words<Window>(ctx, *w));
      return static_leaf(b, truth::unknown, "no pregnancy test recorded");
    }
    return leaf(b, test(r, ctx), "pregnancy test ", to_string(t->result), " on ", t->on);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static std::optional<pregnancy_test_result> in_window(const R& r, const date_interval& w) {
    static_assert(RecordWithPregnancyTest<R>, "pregnancy test criteria read the test: record_traits<R> needs "
                                              "`static std::optional<pregnancy_test_result> pregnancy_test(const R&)`");
    auto t = record_traits<R>::pregnancy_test(r);
    if (t && overlap_of(t->on, w) != overlap::inside) t.reset();
    return t;
  }
};

} // namespace trialspec::eligibility
