// trialspec/io/detail/cohort_parser.hpp - parses cohort JSON text strictly: bounded nesting, no duplicate keys, errors with their patient.
//
// A SAX handler for nlohmann_json that builds the document itself, so that it can refuse what the
// default parser accepts silently or cannot survive: a key given twice in one object (the default
// keeps the last), nesting deeper than max_nesting_depth (the parse itself is iterative, but
// printing or copying such a document recurses once per level), and a number beyond the range of
// a double (the default throws out_of_range.406 with no context). Each error names the patient
// and the key path where it happened, from the part of the document built so far.
//
// Three drivers share the handler: the whole document built in memory (parse_cohort_document);
// the document streamed, each element of "patients" handed to a patient_sink as soon as it is
// complete and then dropped, so that only one patient is ever held (stream_cohort_document); and
// one patient object alone, a line of JSON Lines (parse_patient_object).
#pragma once

#include <trialspec/io/cohort_format_error.hpp>
#include <trialspec/io/detail/json_echo.hpp>
#include <trialspec/text.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec::io {

/// Cohort documents nesting more than this many arrays and objects inside one another are
/// rejected while they are parsed (a valid cohort nests 5 deep: document, patients, patient,
/// list, item).
inline constexpr std::size_t max_nesting_depth = 64;

namespace detail {

/// Receives the patient objects of a streamed document one at a time, in document order.
template <class Json> struct patient_sink {
  /// `patient` is the element at 0-based position `index` of "patients" (not checked yet).
  virtual void take(Json&& patient, std::size_t index) = 0;

protected:
  ~patient_sink() = default;
};

template <class Json> class cohort_parser {
public:
  using number_integer_t = typename Json::number_integer_t;
  using number_unsigned_t = typename Json::number_unsigned_t;
  using number_float_t = typename Json::number_float_t;
  using string_t = typename Json::string_t;
  using binary_t = typename Json::binary_t;

  explicit cohort_parser(Json& root) : root_(root) {}
  /// Streams the document: each element of "patients" goes to `sink` when complete.
  cohort_parser(Json& root, patient_sink<Json>& sink) : root_(root), sink_(&sink) {}
  /// The root is one patient, at position `index` of its cohort (a line of JSON Lines).
  cohort_parser(Json& root, std::size_t index) : root_(root), root_index_(index) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool b) { return add(Json(b)); }
  bool number_integer(number_integer_t n) { return add(Json(n)); }
  bool number_unsigned(number_unsigned_t n) { return add(Json(n)); }
  bool number_float(number_float_t x, const string_t&) { return add(Json(x)); }
  bool string(string_t& s) { return add(Json(std::move(s))); }
  bool binary(binary_t& b) { return add(Json(std::move(b))); }

  bool start_object(std::size_t) { return open(Json::object(), "{...}"); }
  bool start_array(std::size_t) { return open(Json::array(), "[...]"); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(string_t& k) {
    key_ = std::move(k);
    key_pending_ = true;
    return true;
  }

  template <class Exception> bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
    // nlohmann's message quotes the token it stopped at, which may be a megabyte of string.
    std::string rule = ex.what();
    if (const auto bracket = rule.find("] "); rule.starts_with("[json.exception.") && bracket != std::string::npos)
      rule.erase(0, bracket + 2);
    if (!last_token.empty())
      if (const auto at = rule.find(last_token); at != std::string::npos)
        rule.replace(at, last_token.size(), echo_text(last_token));
    if (ex.id == 406) fail(last_token, "a number beyond the range of a double (about 1.8e308)");
    if (root_index_) {
      // One patient per line: the position is the column, and the patient is known by its place.
      // nlohmann's "at line 1, column N" counts within the line: the column is quoted already.
      if (rule.starts_with("parse error at line 1, column "))
        if (const auto colon = rule.find(": "); colon != std::string::npos) rule.replace(0, colon, "parse error");
      std::string id;
      if (!frames_.empty() && frames_[0].node->is_object())
        if (const auto it = frames_[0].node->find("id"); it != frames_[0].node->end() && it->is_string())
          id = bounded_prefix(it->template get_ref<const string_t&>());
      throw cohort_format_error(std::move(id), root_index_, "JSON", trialspec::detail::cat("column ", std::to_string(position)), rule);
    }
    throw cohort_format_error("", std::nullopt, "cohort JSON", trialspec::detail::cat("byte ", std::to_string(position)), rule);
  }

private:
  struct frame {
    Json* node;
    std::string key;       // the key that holds this value in its parent object
    std::size_t index = 0; // its position in its parent array
    bool in_array = false;
    std::size_t items = 0; // for an array: the elements added so far (streamed ones included)
  };

  bool add(Json&& v) {
    put(std::move(v), nullptr);
    hand_off();
    return true;
  }

  /// Whether the top frame is the "patients" array of {"patients": [...]}.
  [[nodiscard]] bool in_patient_list() const {
    return frames_.size() == 2 && frames_[0].node->is_object() && !frames_[1].in_array && frames_[1].key == "patients" &&
           frames_[1].node->is_array();
  }
  /// When streaming, moves a completed element of "patients" out to the sink.
  void hand_off() {
    if (!sink_ || !in_patient_list() || frames_[1].node->empty()) return;
    Json patient = std::move(frames_[1].node->back());
    frames_[1].node->erase(frames_[1].node->size() - 1);
    sink_->take(std::move(patient), frames_[1].items - 1);
  }

  bool open(Json&& container, const char* shown) {
    if (frames_.size() + 1 > max_nesting_depth)
      fail(trialspec::detail::cat("depth ", std::to_string(frames_.size() + 1)),
           trialspec::detail::cat("nests more than ", std::to_string(max_nesting_depth), " arrays and objects inside one another"));
    frame f{nullptr, {}, 0, false};
    if (!frames_.empty()) {
      if (frames_.back().node->is_array()) {
        f.in_array = true;
        f.index = frames_.back().items;
      } else {
        f.key = key_;
      }
    }
    f.node = put(std::move(container), shown);
    frames_.push_back(std::move(f));
    return true;
  }

  bool close() {
    frames_.pop_back();
    hand_off();
    return true;
  }

  /// Adds `v` where the parse is (the root, the next element of an array, or the value of the
  /// pending key); `shown` is how to quote a container that is still empty.
  Json* put(Json&& v, const char* shown) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& parent = *frames_.back().node;
    if (parent.is_array()) {
      ++frames_.back().items;
      parent.push_back(std::move(v));
      return &parent.back();
    }
    if (parent.contains(key_))
      fail(shown ? std::string(shown) : bounded_text(v), "duplicate key: a key may appear only once in an object");
    key_pending_ = false;
    return &parent.emplace(key_, std::move(v)).first.value();
  }

  /// Throws for the value about to be added, naming the patient it belongs to and its key path.
  [[noreturn]] void fail(std::string_view value, std::string_view rule) const {
    // The path of the value about to be added: the frames, then its key or index.
    struct segment {
      bool is_index;
      std::string text;
    };
    std::vector<segment> segments;
    for (std::size_t i = 1; i < frames_.size(); ++i)
      segments.push_back(frames_[i].in_array ? segment{true, trialspec::detail::cat("[", std::to_string(frames_[i].index), "]")}
                                             : segment{false, std::string(bounded_prefix(frames_[i].key))});
    if (!frames_.empty()) {
      const Json& parent = *frames_.back().node;
      if (parent.is_array()) segments.push_back({true, trialspec::detail::cat("[", std::to_string(frames_.back().items), "]")});
      else if (key_pending_) segments.push_back({false, std::string(bounded_prefix(key_))});
    }
    // Inside {"patients": [ {patient} ]}, the path is relative to the patient.
    std::string patient;
    std::optional<std::size_t> index;
    std::size_t from = 0;
    if (root_index_) {
      // The root is the patient.
      index = root_index_;
      if (!frames_.empty() && frames_[0].node->is_object()) {
        const auto id = frames_[0].node->find("id");
        if (id != frames_[0].node->end() && id->is_string()) patient = bounded_prefix(id->template get_ref<const string_t&>());
      }
    } else if (frames_.size() >= 2 && frames_[0].node->is_object() && !frames_[1].in_array && frames_[1].key == "patients" &&
               frames_[1].node->is_array()) {
      index = frames_.size() >= 3 ? frames_[2].index : frames_[1].items;
      from = 2;
      if (frames_.size() >= 3 && frames_[2].node->is_object()) {
        const auto id = frames_[2].node->find("id");
        if (id != frames_[2].node->end() && id->is_string())
          patient = bounded_prefix(id->template get_ref<const string_t&>());
      }
    }
    std::string path;
    for (std::size_t i = from; i < segments.size() && path.size() <= echo_bytes; ++i) {
      if (!path.empty() && !segments[i].is_index) path += '.';
      path += segments[i].text;
    }
    if (path.empty()) path = index ? "(patient)" : "(document)";
    throw cohort_format_error(std::move(patient), index, std::move(path), value, rule);
  }

  Json& root_;
  patient_sink<Json>* sink_ = nullptr;
  std::optional<std::size_t> root_index_;
  std::vector<frame> frames_;
  string_t key_;
  bool key_pending_ = false;
};

/// The cohort document in `text`, parsed strictly (see the header comment).
template <class Json> Json parse_cohort_document(std::string_view text) {
  Json doc;
  cohort_parser<Json> handler(doc);
  Json::sax_parse(text.begin(), text.end(), &handler);
  return doc;
}

/// Streams the cohort document read from `in` (to its end): each element of "patients" goes to
/// `sink` as soon as it is complete. Returns the rest of the document (with "patients" empty),
/// for the checks of its shape.
template <class Json> Json stream_cohort_document(std::istream& in, patient_sink<Json>& sink) {
  Json doc;
  cohort_parser<Json> handler(doc, sink);
  Json::sax_parse(in, &handler);
  return doc;
}

/// The one patient object in `text` (a line of JSON Lines), at position `index` of its cohort.
template <class Json> Json parse_patient_object(std::string_view text, std::size_t index) {
  Json patient;
  cohort_parser<Json> handler(patient, index);
  Json::sax_parse(text.begin(), text.end(), &handler);
  return patient;
}

} // namespace detail
} // namespace trialspec::io
