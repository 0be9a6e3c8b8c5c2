// trialspec/eligibility/print.hpp - criteria as plain text, Markdown and JSON.
//
// Every node prints as one numbered item: a named criterion as "I4: <wording> -- <encoding>",
// a combinator as "any of:" / "at least 2 of:" with its parts numbered below it (2.1, 2.2 in
// text; nested ordered lists in Markdown), a built-in criterion as its description, thresholds
// and windows in words ("at least 1 relapse of moderate or severe severity within 18 months
// before screening"). JSON is written by hand (no library): named nodes carry "id", "wording"
// and "criterion"; combinators "kind", "description", "k" (at_least / at_most) and "children";
// other criteria "kind" and "description".
#pragma once

#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/text.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <tuple>

namespace trialspec::eligibility {

namespace detail {
template <class C> std::string node_label(const C& c, std::string_view id_open, std::string_view id_close, std::string_view dash) {
  if constexpr (ChoiceNode<C>)
    return c.with_selected([&](const auto& chosen) { return node_label(chosen, id_open, id_close, dash); });
  else if constexpr (NamedNode<C>)
    return trialspec::detail::cat(id_open, C::id, id_close, ": ", C::wording,
           dash, node_label(c.criterion(), id_open, id_close, dash));
  else if constexpr (CompositeNode<C>) return trialspec::detail::cat(c.describe(), ":");
  else return c.describe();
}
/// Calls f(part) on each numbered part listed under `c` (a named node lists its encoding's parts).
template <class C, class F> void for_each_item(const C& c, F&& f) {
  if constexpr (ChoiceNode<C>) c.with_selected([&](const auto& chosen) { for_each_item(chosen, f); });
  else if constexpr (NamedNode<C>) for_each_item(c.criterion(), f);
  else if constexpr (CompositeNode<C>) std::apply([&](const auto&... p) { (f(p), ...); }, c.children());
}

template <class C> void text_item(std::string& out, const C& c, const std::string& number, std::size_t indent) {
  out.append(indent, ' ');
  out += trialspec::detail::cat(number, ". ", node_label(c, "", "", " -- "), "\n");
  std::size_t n = 0;
  for_each_item(c, [&](const auto& part) { text_item(out, part, trialspec::detail::cat(number, ".", std::to_string(++n)), indent + number.size() + 2); });
}
template <class C> void markdown_item(std::string& out, const C& c, std::size_t number, std::size_t indent) {
  out.append(indent, ' ');
  const std::string head = trialspec::detail::cat(std::to_string(number), ". ");
  out += trialspec::detail::cat(head, node_label(c, "**", "**", " — "), "\n");
  std::size_t n = 0;
  for_each_item(c, [&](const auto& part) { markdown_item(out, part, ++n, indent + head.size()); });
}

inline void json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    switch (ch) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (static_cast<unsigned char>(ch) < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(ch)));
        out += buf;
      } else {
        out += ch;
      }
    }
  }
  out += '"';
}
template <class C> void json_node(std::string& out, const C& c) {
  if constexpr (ChoiceNode<C>) {
    c.with_selected([&](const auto& chosen) { json_node(out, chosen); });
  } else if constexpr (NamedNode<C>) {
    out += "{\"id\":";
    json_string(out, C::id);
    out += ",\"wording\":";
    json_string(out, C::wording);
    out += ",\"criterion\":";
    json_node(out, c.criterion());
    out += '}';
  } else {
    out += "{\"kind\":";
    if constexpr (requires { C::kind; }) json_string(out, C::kind);
    else json_string(out, "custom");
    out += ",\"description\":";
    json_string(out, c.describe());
    if constexpr (CompositeNode<C>) {
      if constexpr (requires { C::k; }) out += trialspec::detail::cat(",\"k\":", std::to_string(C::k));
      out += ",\"children\":[";
      bool first = true;
      std::apply([&](const auto&... p) { ((out += first ? "" : ",", first = false, json_node(out, p)), ...); }, c.children());
      out += ']';
    }
    out += '}';
  }
}
template <class List> void json_list(std::string& out, const List& list) {
  out += '[';
  bool first = true;
  std::apply([&](const auto&... p) { ((out += first ? "" : ",", first = false, json_node(out, p)), ...); }, list.parts);
  out += ']';
}
} // namespace detail

/// One criterion tree as numbered text, starting at item `number`.
template <CriterionNode C> std::string to_text(const C& c, std::size_t number = 1) {
  std::string out;
  detail::text_item(out, c, std::to_string(number), 0);
  return out;
}

/// "Inclusion criteria:" and "Exclusion criteria:", each criterion numbered from 1 and indented
/// by two spaces, parts numbered 1.1, 1.2, ... below it; "  none" for an empty list.
template <class Is, class Es> std::string to_text(const eligibility_criteria<Is, Es>& set) {
  std::string out = "Inclusion criteria:\n";
  std::size_t n = 0;
  std::apply([&](const auto&... c) { (detail::text_item(out, c, std::to_string(++n), 2), ...); }, set.inclusions.parts);
  if (Is::size == 0) out += "  none\n";
  out += "Exclusion criteria:\n";
  n = 0;
  std::apply([&](const auto&... c) { (detail::text_item(out, c, std::to_string(++n), 2), ...); }, set.exclusions.parts);
  if (Es::size == 0) out += "  none\n";
  return out;
}

/// One criterion tree as a Markdown ordered list.
template <CriterionNode C> std::string to_markdown(const C& c) {
  std::string out;
  detail::markdown_item(out, c, 1, 0);
  return out;
}

/// "## Inclusion criteria" and "## Exclusion criteria", each an ordered list, nested parts as
/// nested ordered lists; "None." for an empty list.
template <class Is, class Es> std::string to_markdown(const eligibility_criteria<Is, Es>& set) {
  std::string out = "## Inclusion criteria\n\n";
  std::size_t n = 0;
  std::apply([&](const auto&... c) { (detail::markdown_item(out, c, ++n, 0), ...); }, set.inclusions.parts);
  if (Is::size == 0) out += "None.\n";
  out += "\n## Exclusion criteria\n\n";
  n = 0;
  std::apply([&](const auto&... c) { (detail::markdown_item(out, c, ++n, 0), ...); }, set.exclusions.parts);
  if (Es::size == 0) out += "None.\n";
  return out;
}

/// One criterion tree as compact JSON.
template <CriterionNode C> std::string to_json(const C& c) {
  std::string out;
  detail::json_node(out, c);
  return out;
}

/// {"inclusion":[...],"exclusion":[...]} as compact JSON.
template <class Is, class Es> std::string to_json(const eligibility_criteria<Is, Es>& set) {
  std::string out = "{\"inclusion\":";
  detail::json_list(out, set.inclusions);
  out += ",\"exclusion\":";
  detail::json_list(out, set.exclusions);
  out += '}';
  return out;
}

} // namespace trialspec::eligibility
