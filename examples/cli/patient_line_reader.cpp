// patient_line_reader.cpp - see patient_line_reader.hpp.
#include "patient_line_reader.hpp"

#include "cli.hpp"
#include "date_cache.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/io/cohort_json.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec_cli {

namespace {

namespace od = simdjson::ondemand;
using trialspec::date;

/// Thrown inside the fast path for anything it does not read itself: the line goes to the
/// library's reader, which reads it or names the error.
struct hand_on {};

template <class T> T take(simdjson::simdjson_result<T>&& r) {
  T v{};
  if (std::move(r).get(v) != simdjson::SUCCESS) throw hand_on{};
  return v;
}

/// take(r) without the copy, for the objects, arrays, fields and elements of the walk: the value
/// inside `r`, used where it is. A copy (take) stored the iterator's fields one at a time and
/// loaded them as one 16-byte block, a load the processor cannot forward from those stores
/// (g++ 12 -O3: perf annotate put a third of the EDSS list's samples on it).
template <class T> T& in_place(simdjson::simdjson_result<T>& r) {
  if (r.error() != simdjson::SUCCESS) throw hand_on{};
  T&& v = std::move(r).value_unsafe();
  return v;
}

bool json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The token of a scalar value, as written (not consumed: the iteration skips it).
std::string_view token(od::value& v) {
  std::string_view t = v.raw_json_token();
  while (!t.empty() && json_space(t.back())) t.remove_suffix(1);
  return t;
}

/// Hands the line on unless the scalar `v`, taken as written by token(), is followed by ',', '}'
/// or ']'. The iteration skips a value it has not consumed up to the end of its container without
/// looking at what follows it, so {"id":"A":true},"sex":"female"} would otherwise read as
/// {"id":"A","sex":"female"} (the library's reader refuses it: a ':' where '}' was expected).
void ends_value(od::value& v) {
  const std::string_view raw = v.raw_json_token(); // up to the next token
  const char next = raw.data()[raw.size()];        // in the line or its padding
  if (next != ',' && next != '}' && next != ']') throw hand_on{};
}

bool is_null(od::value& v) {
  if (*v.raw_json_token().data() != 'n') return false; // the token's first byte: in the line
  const std::string_view t = token(v);
  if (t.empty() || t.front() != 'n') return false;
  if (t != "null") throw hand_on{};
  ends_value(v);
  return true;
}

/// A string's text as written between its quotes, followed by ',', '}' or ']', not checked for
/// escapes: for a caller that accepts only text without a backslash or a quote (a date's shape, an
/// enumeration's name), so that an escape is handed on anyway. `raw` is v.raw_json_token().
std::string_view quoted(od::value& v, std::string_view raw) {
  const char next = raw.data()[raw.size()];        // in the line or its padding
  if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"' && (next == ',' || next == '}' || next == ']'))
    return raw.substr(1, raw.size() - 2);
  const std::string_view t = token(v); // spaces before what follows
  if (t.size() < 2 || t.front() != '"' || t.back() != '"') throw hand_on{};
  ends_value(v);
  return t.substr(1, t.size() - 2);
}
/// quoted(v, raw) with the raw token taken here (up to the next token).
std::string_view quoted(od::value& v) { return quoted(v, v.raw_json_token()); }

/// A string without escapes, taken as written; anything else is handed on (an escape could stand
/// for something the library's reader refuses, such as a lone surrogate).
std::string_view text(od::value& v) {
  const std::string_view s = quoted(v);
  for (char c : s)
    if (c == '\\' || c == '"') throw hand_on{};
  return s;
}

/// Free text kept in the record (an id, a name): no control character (the tool refuses them
/// with its own message, after the library's reader has read the line).
std::string_view text_without_control(od::value& v) {
  const std::string_view s = text(v);
  if (has_control(s)) throw hand_on{};
  return s;
}
std::string free_text(od::value& v) { return std::string(text_without_control(v)); }

/// Reads dates with plain_iso_date (date_cache.hpp), which accepts what parse_date accepts and
/// computes the same date; anything else goes to the library's reader.
class date_reader {
public:
  date operator()(od::value& v) const {
    const std::string_view s = quoted(v); // parse_date refuses a backslash or a quote
    if (const std::optional<date> d = plain_iso_date(s)) return *d;
    throw hand_on{};
  }
};

template <class E> E to_enum(od::value& v) {
  const auto e = trialspec::enum_from_token<E>(quoted(v)); // no name holds a backslash or a quote
  if (!e) throw hand_on{};
  return *e;
}

bool to_bool(od::value& v) {
  const std::string_view t = token(v);
  ends_value(v);
  if (t == "true") return true;
  if (t == "false") return false;
  throw hand_on{};
}

/// A whole number as the library's reader takes it (an integer token within +-1,000,000).
long whole(od::value& v) {
  const std::int64_t n = take(v.get_int64());
  if (n > 1000000 || n < -1000000) throw hand_on{};
  return static_cast<long>(n);
}

template <class T, class Read> std::optional<T> maybe(od::value& v, Read&& read) {
  if (is_null(v)) return std::nullopt;
  return read(v);
}

/// `into` = maybe<date>(v, to_date), written in place: an optional returned from a call is built
/// in memory a field at a time and then loaded whole, a load the processor cannot forward from the
/// two stores (g++ 12 -O3: perf annotate put a third of the date reader's samples on it).
/// The value's raw token is taken once, for both the test for null and the date's text.
void read_date(od::value& v, std::optional<date>& into, const date_reader&) {
  const std::string_view raw = v.raw_json_token(); // up to the next token
  if (raw.front() == 'n' && is_null(v)) {
    into.reset();
    return;
  }
  const std::string_view s = quoted(v, raw); // parse_date refuses a backslash or a quote
  if (const std::optional<date> d = plain_iso_date(s)) into = *d;
  else throw hand_on{};
}

/// Keys seen in one object: a key given twice is handed on (the library's reader names it).
class key_set {
public:
  void mark(unsigned bit) {
    const std::uint64_t b = std::uint64_t{1} << bit;
    if (seen_ & b) throw hand_on{};
    seen_ |= b;
  }

private:
  std::uint64_t seen_ = 0;
};

/// The position of `key` in `names`; an unknown key is handed on.
template <std::size_t N> unsigned key_of(std::string_view key, const std::string_view (&names)[N]) {
  for (unsigned i = 0; i < N; ++i)
    if (names[i] == key) return i;
  throw hand_on{};
}

/// A key as written, when it has no escape (a key with one is handed on: it is unknown as written).
std::string_view key_text(const od::field& f) {
  const char* const from = f.key().raw();
  const char* at = from;
  for (; *at != '"'; ++at) // the closing quote is in the buffer: the parser has checked the string
    if (*at == '\\') throw hand_on{};
  return std::string_view(from, static_cast<std::size_t>(at - from));
}

/// memcmp(a, b, n) == 0 for the short texts of key names, without a call: eight bytes at a time,
/// then byte by byte.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x = 0, y = 0;
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  for (; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/// The position of the key of `f` in `names`, trying names[from], names[from + 1], ... first (a
/// file's keys come in the order it was written in, usually the order of `names`): the bytes of a
/// name followed by a quote prove the key is that name, since no name holds a quote or a
/// backslash (the key's text is in the line, followed by at least the padding). Otherwise
/// key_of(key_text(f), names).
template <std::size_t N> unsigned key_after(const od::field& f, const std::string_view (&names)[N], unsigned from) {
  const char* const key = f.key().raw();
  for (unsigned i = from; i < N; ++i)
    if (key[names[i].size()] == '"' && key[0] == names[i][0] && same_bytes(key, names[i].data(), names[i].size())) return i;
  return key_of(key_text(f), names);
}

/// Calls on(key position, value) for every field of the object `v` (null: none).
template <std::size_t N, class On> void fields(od::value& v, const std::string_view (&names)[N], On&& on) {
  auto got = v.get_object();
  od::object& obj = in_place(got);
  key_set seen;
  unsigned next = 0;
  for (auto field : obj) {
    od::field& f = in_place(field);
    const unsigned k = key_after(f, names, next);
    next = k + 1;
    seen.mark(k);
    on(k, f.value());
  }
}

/// Calls item(value) for every element of the array `v`; null is an empty list.
template <class Item> void items(od::value& v, Item&& item) {
  if (is_null(v)) return;
  auto got = v.get_array();
  od::array& list = in_place(got);
  for (auto element : list) {
    od::value& e = in_place(element);
    item(e);
  }
}

template <class T> void check(const T& item) {
  try {
    item.validate();
  } catch (const trialspec::invalid_input&) {
    throw hand_on{};
  }
}

/// Lists read item by item, kept between patients so that their capacity is reused: each list
/// of the patient is then allocated once, at its size.
struct list_scratch {
  date_reader to_date;
  std::vector<trialspec::edss_assessment> edss;
  std::vector<trialspec::relapse> relapses;
  std::vector<trialspec::mri_scan> mri;
  std::vector<trialspec::therapy> therapies;
  std::vector<trialspec::condition> conditions;
  std::vector<trialspec::lab_result> labs;
  std::vector<trialspec::blood_pressure_reading> blood_pressure;
};

/// Reads the list `v` into `scratch` with read(item value, scratch), then moves it to `into`
/// (empty): into the memory `into` holds when it is large enough (a patient reused), else into
/// one allocation at the list's size.
template <class T, class Read> void read_list(od::value& v, std::vector<T>& scratch, std::vector<T>& into, Read read) {
  scratch.clear();
  items(v, [&](od::value& e) { read(e, scratch); });
  into.assign(std::make_move_iterator(scratch.begin()), std::make_move_iterator(scratch.end()));
  scratch.clear();
}

/// `p` as default-constructed, its id's and lists' memory kept for the next patient read into it.
void clear_keeping_memory(trialspec::patient& p) {
  std::string id = std::move(p.id);
  auto edss = std::move(p.edss);
  auto functional_systems = std::move(p.functional_systems);
  auto relapses = std::move(p.relapses);
  auto mri = std::move(p.mri);
  auto therapies = std::move(p.therapies);
  auto conditions = std::move(p.conditions);
  auto labs = std::move(p.labs);
  auto blood_pressure = std::move(p.blood_pressure);
  p = trialspec::patient{};
  const auto kept = [](auto& into, auto& from) {
    from.clear();
    into = std::move(from);
  };
  kept(p.id, id);
  kept(p.edss, edss);
  kept(p.functional_systems, functional_systems);
  kept(p.relapses, relapses);
  kept(p.mri, mri);
  kept(p.therapies, therapies);
  kept(p.conditions, conditions);
  kept(p.labs, labs);
  kept(p.blood_pressure, blood_pressure);
}

constexpr std::string_view top_keys[] = {"id",
                                         "birth_date",
                                         "sex",
                                         "weight_kg",
                                         "diagnosis",
                                         "edss",
                                         "relapses",
                                         "relapses_recorded_since",
                                         "mri",
                                         "therapies",
                                         "therapies_recorded_since",
                                         "conditions",
                                         "conditions_complete",
                                         "labs",
                                         "blood_pressure",
                                         "pregnancy",
                                         "can_consent",
                                         "judged_unsuitable",
                                         "infusion_date",
                                         "lactating",
                                         "childbearing_potential",
                                         "effective_contraception",
                                         "pregnancy_test",
                                         "investigator_judgements",
                                         "functional_systems"};
enum top : unsigned {
  k_id,
  k_birth_date,
  k_sex,
  k_weight_kg,
  k_diagnosis,
  k_edss,
  k_relapses,
  k_relapses_recorded_since,
  k_mri,
  k_therapies,
  k_therapies_recorded_since,
  k_conditions,
  k_conditions_complete,
  k_labs,
  k_blood_pressure,
  k_pregnancy,
  k_can_consent,
  k_judged_unsuitable,
  k_infusion_date,
  k_lactating,
  k_childbearing_potential,
  k_effective_contraception,
  k_pregnancy_test,
  k_investigator_judgements,
  k_functional_systems,
};

void read_diagnosis(od::value& v, trialspec::patient& p, list_scratch& lists) {
  if (is_null(v)) return;
  constexpr std::string_view keys[] = {"nmosd", "kind", "criteria", "aqp4_igg", "ms_course", "mcdonald", "first_symptom", "history"};
  std::optional<bool> nmosd;
  std::optional<trialspec::diagnosis_kind> kind;
  fields(v, keys, [&](unsigned k, od::value& x) {
    auto& d = p.diagnosis;
    switch (k) {
    case 0: nmosd = maybe<bool>(x, to_bool); break;
    case 1: kind = maybe<trialspec::diagnosis_kind>(x, to_enum<trialspec::diagnosis_kind>); break;
    case 2: d.criteria = maybe<trialspec::diagnostic_standard>(x, to_enum<trialspec::diagnostic_standard>); break;
    case 3: d.aqp4_igg = maybe<trialspec::aqp4_status>(x, to_enum<trialspec::aqp4_status>); break;
    case 4: d.ms_course = maybe<trialspec::ms_course>(x, to_enum<trialspec::ms_course>); break;
    case 5:
      if (is_null(x)) break;
      if (const auto m = trialspec::enum_from_token<trialspec::mcdonald_version>(std::to_string(take(x.get_int64()))))
        d.mcdonald = m;
      else
        throw hand_on{};
      break;
    case 6: d.first_symptom = maybe<date>(x, lists.to_date); break;
    default:
      if (!is_null(x)) throw hand_on{}; // diagnosis.history: the library's reader
    }
  });
  if (kind) {
    const bool spectrum = *kind == trialspec::diagnosis_kind::nmo || *kind == trialspec::diagnosis_kind::nmosd;
    if (nmosd && *nmosd != spectrum) throw hand_on{};
    p.diagnosis.kind = kind;
  } else if (nmosd) {
    p.diagnosis.kind = *nmosd ? trialspec::diagnosis_kind::nmosd : trialspec::diagnosis_kind::other;
  }
}

void read_edss(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"date", "score"};
  read_list(v, lists.edss, p.edss, [&](od::value& e, auto& out) {
    std::optional<date> on;
    std::optional<double> score;
    fields(e, keys, [&](unsigned k, od::value& x) {
      if (k == 0) read_date(x, on, lists.to_date);
      else if (!is_null(x)) score = take(x.get_double());
    });
    if (!on || !score) throw hand_on{};
    try {
      out.push_back({*on, trialspec::edss::from_double(*score)});
    } catch (const trialspec::invalid_input&) {
      throw hand_on{};
    }
  });
}

void read_relapses(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"onset", "severity", "phenotype", "rescue_therapy"};
  read_list(v, lists.relapses, p.relapses, [&](od::value& e, auto& out) {
    std::optional<date> onset;
    trialspec::relapse r;
    fields(e, keys, [&](unsigned k, od::value& x) {
      switch (k) {
      case 0: read_date(x, onset, lists.to_date); break;
      case 1:
        r.severity = maybe<trialspec::relapse_severity>(x, to_enum<trialspec::relapse_severity>)
                         .value_or(trialspec::relapse_severity::unknown);
        break;
      case 2: r.phenotype = maybe<trialspec::relapse_phenotype>(x, to_enum<trialspec::relapse_phenotype>); break;
      default: r.rescue_therapy = maybe<bool>(x, to_bool);
      }
    });
    if (!onset) throw hand_on{};
    r.onset = *onset;
    out.push_back(r);
  });
}

void read_mri(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"date", "gd_enhancing_lesions", "gd_dose", "new_t2_lesions"};
  const auto count = [](od::value& x) { return static_cast<int>(whole(x)); };
  read_list(v, lists.mri, p.mri, [&](od::value& e, auto& out) {
    std::optional<date> on;
    trialspec::mri_scan s;
    fields(e, keys, [&](unsigned k, od::value& x) {
      switch (k) {
      case 0: read_date(x, on, lists.to_date); break;
      case 1: s.gd_enhancing_lesions = maybe<int>(x, count); break;
      case 2: s.dose = maybe<trialspec::gd_dose>(x, to_enum<trialspec::gd_dose>); break;
      default: s.new_t2_lesions = maybe<int>(x, count);
      }
    });
    if (!on) throw hand_on{};
    s.on = *on;
    check(s);
    out.push_back(s);
  });
}

void read_therapies(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"name", "class", "start", "end", "agent", "stable_since"};
  read_list(v, lists.therapies, p.therapies, [&](od::value& e, auto& out) {
    trialspec::therapy t;
    std::optional<trialspec::therapy_class> kind;
    // Dates known only to the month or year are handed on (read_date): the library reads them.
    std::optional<date> start, end, stable_since;
    fields(e, keys, [&](unsigned k, od::value& x) {
      switch (k) {
      case 0:
        if (!is_null(x)) t.name = free_text(x);
        break;
      case 1: kind = maybe<trialspec::therapy_class>(x, to_enum<trialspec::therapy_class>); break;
      case 2: read_date(x, start, lists.to_date); break;
      case 3: read_date(x, end, lists.to_date); break;
      case 4: t.agent = maybe<trialspec::therapy_agent>(x, to_enum<trialspec::therapy_agent>); break;
      default: read_date(x, stable_since, lists.to_date);
      }
    });
    if ((!kind && !t.agent) || !start) throw hand_on{};
    t.kind = kind ? *kind : trialspec::default_class(*t.agent);
    t.start = *start;
    if (end) t.end = *end;
    if (stable_since) t.stable_since = *stable_since;
    check(t);
    out.push_back(std::move(t));
  });
}

void read_conditions(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"code", "name", "present", "significant", "excised_skin_or_cervix_in_situ"};
  read_list(v, lists.conditions, p.conditions, [&](od::value& e, auto& out) {
    trialspec::condition c;
    std::optional<trialspec::condition_kind> kind;
    fields(e, keys, [&](unsigned k, od::value& x) {
      switch (k) {
      case 0: kind = maybe<trialspec::condition_kind>(x, to_enum<trialspec::condition_kind>); break;
      case 1:
        if (!is_null(x)) c.name = free_text(x);
        break;
      case 2: c.present = maybe<bool>(x, to_bool).value_or(true); break;
      case 3: c.significant = maybe<bool>(x, to_bool); break;
      default: c.excised_skin_or_cervix_in_situ = maybe<bool>(x, to_bool);
      }
    });
    if (!kind) throw hand_on{};
    c.kind = *kind;
    if (c.excised_skin_or_cervix_in_situ && c.kind != trialspec::condition_kind::cancer) throw hand_on{};
    out.push_back(std::move(c));
  });
}

void read_labs(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"test", "date", "result"};
  read_list(v, lists.labs, p.labs, [&](od::value& e, auto& out) {
    std::optional<trialspec::lab_test> test;
    std::optional<date> on;
    std::optional<trialspec::lab_outcome> outcome;
    fields(e, keys, [&](unsigned k, od::value& x) {
      if (k == 0) test = maybe<trialspec::lab_test>(x, to_enum<trialspec::lab_test>);
      else if (k == 1) read_date(x, on, lists.to_date);
      else outcome = maybe<trialspec::lab_outcome>(x, to_enum<trialspec::lab_outcome>);
    });
    if (!test || !on || !outcome) throw hand_on{};
    trialspec::lab_result l;
    l.test = *test;
    l.on = *on;
    l.outcome = *outcome;
    out.push_back(l);
  });
}

void read_blood_pressure(od::value& v, trialspec::patient& p, list_scratch& lists) {
  constexpr std::string_view keys[] = {"date", "systolic", "diastolic"};
  const auto pressure = [](od::value& x) { return static_cast<int>(whole(x)); };
  read_list(v, lists.blood_pressure, p.blood_pressure, [&](od::value& e, auto& out) {
    std::optional<date> on;
    std::optional<int> systolic, diastolic;
    fields(e, keys, [&](unsigned k, od::value& x) {
      if (k == 0) read_date(x, on, lists.to_date);
      else if (k == 1) systolic = maybe<int>(x, pressure);
      else diastolic = maybe<int>(x, pressure);
    });
    if (!on || !systolic || !diastolic) throw hand_on{};
    trialspec::blood_pressure_reading b;
    b.on = *on;
    b.systolic = *systolic;
    b.diastolic = *diastolic;
    check(b);
    out.push_back(b);
  });
}

void read_pregnancy_test(od::value& v, trialspec::patient& p, list_scratch& lists) {
  if (is_null(v)) return;
  constexpr std::string_view keys[] = {"date", "result"};
  std::optional<date> on;
  std::optional<trialspec::lab_outcome> outcome;
  fields(v, keys, [&](unsigned k, od::value& x) {
    if (k == 0) read_date(x, on, lists.to_date);
    else outcome = maybe<trialspec::lab_outcome>(x, to_enum<trialspec::lab_outcome>);
  });
  if (!on || !outcome) throw hand_on{};
  trialspec::pregnancy_test_result r;
  r.on = *on;
  r.result = *outcome;
  p.pregnancy_test = r;
}

void read_weight(od::value& v, trialspec::patient& p) {
  if (is_null(v)) return;
  trialspec::patient weight_only;
  weight_only.weight_kg = take(v.get_double());
  check(weight_only); // the record's rule, as the library's reader applies it
  p.weight_kg = weight_only.weight_kg;
}

/// Fills `p` (as default-constructed) from the patient object of `doc`.
void read_patient(od::document& doc, list_scratch& lists, trialspec::patient& p) {
  auto got = doc.get_object();
  od::object& obj = in_place(got);
  key_set seen;
  bool has_id = false;
  unsigned next = 0;
  for (auto field : obj) {
    od::field& f = in_place(field);
    const unsigned k = key_after(f, top_keys, next);
    next = k + 1;
    seen.mark(k);
    od::value& v = f.value();
    switch (k) {
    case k_id:
      if (is_null(v)) throw hand_on{};
      p.id = text_without_control(v); // into the id's memory, when it is large enough
      has_id = !p.id.empty();
      break;
    case k_birth_date: p.birth_date = maybe<date>(v, lists.to_date); break;
    case k_sex: p.sex = maybe<trialspec::sex>(v, to_enum<trialspec::sex>); break;
    case k_weight_kg: read_weight(v, p); break;
    case k_diagnosis: read_diagnosis(v, p, lists); break;
    case k_edss: read_edss(v, p, lists); break;
    case k_relapses: read_relapses(v, p, lists); break;
    case k_relapses_recorded_since: read_date(v, p.relapses_recorded_since, lists.to_date); break;
    case k_mri: read_mri(v, p, lists); break;
    case k_therapies: read_therapies(v, p, lists); break;
    case k_therapies_recorded_since: read_date(v, p.therapies_recorded_since, lists.to_date); break;
    case k_conditions: read_conditions(v, p, lists); break;
    case k_conditions_complete: p.conditions_complete = maybe<bool>(v, to_bool).value_or(false); break;
    case k_labs: read_labs(v, p, lists); break;
    case k_blood_pressure: read_blood_pressure(v, p, lists); break;
    case k_pregnancy:
      p.pregnancy = maybe<trialspec::pregnancy_status>(v, to_enum<trialspec::pregnancy_status>)
                        .value_or(trialspec::pregnancy_status::unknown);
      break;
    case k_can_consent: p.consent_capacity = maybe<bool>(v, to_bool); break;
    case k_judged_unsuitable: p.judged_unsuitable = maybe<bool>(v, to_bool); break;
    case k_infusion_date: read_date(v, p.infusion_date, lists.to_date); break;
    case k_lactating: p.lactating = maybe<bool>(v, to_bool); break;
    case k_childbearing_potential: p.childbearing_potential = maybe<bool>(v, to_bool); break;
    case k_effective_contraception: p.effective_contraception = maybe<bool>(v, to_bool); break;
    case k_pregnancy_test: read_pregnancy_test(v, p, lists); break;
    default:
      // investigator_judgements, functional_systems: the library's reader.
      if (!is_null(v)) throw hand_on{};
    }
  }
  if (!has_id) throw hand_on{};
  // Anything after the object (the library's reader names it): a location in bounds.
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS) throw hand_on{};
}

} // namespace

struct patient_line_reader::parser {
  od::parser json;
  list_scratch lists;
  std::string padded; // the line, followed by simdjson's padding
};

patient_line_reader::patient_line_reader() : parser_(std::make_unique<parser>()) {}
patient_line_reader::~patient_line_reader() = default;
patient_line_reader::patient_line_reader(patient_line_reader&&) noexcept = default;
patient_line_reader& patient_line_reader::operator=(patient_line_reader&&) noexcept = default;

trialspec::patient patient_line_reader::read(std::string_view line, std::size_t index) {
  std::string& buf = parser_->padded;
  buf.assign(line);
  buf.append(simdjson::SIMDJSON_PADDING, ' ');
  trialspec::patient p;
  read_padded(p, std::string_view(buf.data(), line.size()), index, line);
  return p;
}

void patient_line_reader::read_padded(trialspec::patient& into, std::string_view line, std::size_t index) {
  read_padded(into, line, index, line);
}

void patient_line_reader::read_padded(trialspec::patient& into, std::string_view padded, std::size_t index, std::string_view line) {
  static_assert(simdjson::SIMDJSON_PADDING <= 64);
  clear_keeping_memory(into);
  try {
    od::document doc =
        take(parser_->json.iterate(simdjson::padded_string_view(padded.data(), padded.size(), padded.size() + simdjson::SIMDJSON_PADDING)));
    read_patient(doc, parser_->lists, into);
    return;
  } catch (const hand_on&) {
  } catch (const simdjson::simdjson_error&) {
  }
  ++handed_on_;
  into = trialspec::io::parse_patient(line, index); // what the fast path filled is replaced
}

} // namespace trialspec_cli
