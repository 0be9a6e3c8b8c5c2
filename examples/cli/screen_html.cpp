// screen_html.cpp - the HTML screening report (screen_html.hpp).
#include "screen_html.hpp"

#include "svg_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec_cli::screen_html {

namespace {

namespace el = trialspec::eligibility;

// Separators of encode()'s form: control characters, which ids and names cannot hold (the tool
// refuses them) and reason lines do not.
constexpr char field_sep = '\x1f';
constexpr char list_sep = '\x1d';
constexpr char record_sep = '\x1e';

/// `s` as a JSON string for a <script> data block: '<' written \u003c, so no "</script" or "<!--"
/// can appear in the block, whatever the data.
void json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '<') out += "\\u003c";
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else out += ch;
  }
  out += '"';
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  if (s.empty()) return parts;
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = s.find(sep, from);
    parts.push_back(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) break;
    from = at + 1;
  }
  return parts;
}

const char* const style = R"css(
:root{--pass:#0072B2;--unk:#E69F00;--rem:#D55E00;--ink:#1a1a1a;--muted:#555;--line:#ccc}
body{font-family:"DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:#fff;margin:1.5rem auto;max-width:72rem;padding:0 1rem;line-height:1.4}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin-top:0}
.summary span{display:inline-block;margin-right:1.2rem;font-weight:bold}
ol.criteria li,ul.criteria li{margin:.15rem 0}.cid{font-weight:bold;font-family:"DejaVu Sans Mono",monospace;margin-right:.4rem}
.enc{color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.st-eligible::before{content:"\2713  "}.st-ineligible::before{content:"\2717  "}.st-undetermined::before{content:"?  "}
.st-eligible{color:#005a8c}.st-ineligible{color:#a33c00}.st-undetermined{color:#7a5200}
.controls{display:flex;gap:1rem;flex-wrap:wrap;align-items:end;margin:.5rem 0}.controls label{display:flex;flex-direction:column;font-size:.9rem}
.pager{display:flex;gap:.75rem;align-items:center;margin:.5rem 0}
ul.tree{list-style:none;padding-left:1.1rem;margin:.2rem 0;font-family:"DejaVu Sans Mono",monospace;font-size:.82rem}
ul.tree li{margin:.1rem 0}li.o-pass{color:#005a8c}li.o-fail{color:#a33c00}li.o-unknown{color:#7a5200}
li.o-fail>details>summary,li.o-unknown>details>summary,li.o-fail:not(:has(details)),li.o-unknown:not(:has(details)){font-weight:bold}
svg text{font-family:"DejaVu Sans",sans-serif;font-size:13px;fill:#1a1a1a}
main{display:flex;flex-direction:column}#attrition{order:1}#patients{order:2}#criteria{order:3}
figure{margin:0}figcaption{color:var(--muted);font-size:.9rem}
.legend-swatch{stroke:#1a1a1a;stroke-width:.5}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media print{.controls,.pager button,noscript{display:none}body{margin:0;max-width:none;font-size:10pt}
h2{break-after:avoid}tr,figure{break-inside:avoid}a{color:inherit}}
)css";

// The table's script: reads the data blocks, renders a page of rows at a time, filters, builds a
// reason tree when its row is opened, and checks its counts against the summary (#selfcheck).
const char* const script = R"js(
(function () {
  'use strict';
  var STATUS = ['eligible', 'ineligible', 'undetermined'];
  var PAGE = 50;
  var AS_OF = document.body.getAttribute('data-as-of');
  var dict = [], pts = [];
  var blocks = document.querySelectorAll('script.ts-data');
  for (var b = 0; b < blocks.length; ++b) {
    var d = JSON.parse(blocks[b].textContent);
    for (var i = 0; i < d.l.length; ++i) dict.push(d.l[i]);
    for (var j = 0; j < d.p.length; ++j) pts.push(d.p[j]);
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function verdictClass(t) {
    return /\[not met\]/.test(t) ? 'v-notmet' : /\[unknown\]/.test(t) ? 'v-unknown' : /\[met\]/.test(t) ? 'v-met' : '';
  }
  // A criterion's line ("inclusion I2 [not met] ..."): whether the patient passes it (an
  // exclusion passes when not met), fails it, or it is unknown.
  function outcome(t) {
    var m = /^(inclusion|exclusion) \S+ \[(met|not met|unknown)\]/.exec(t);
    if (!m) return '';
    if (m[2] === 'unknown') return 'o-unknown';
    return (m[1] === 'inclusion') === (m[2] === 'met') ? 'o-pass' : 'o-fail';
  }
  // A patient's reason lines as nested lists; a line with lines under it is a <details>.
  function tree(p) {
    var ls = p[4].map(function (x) {
      return typeof x === 'number' ? [x & 15, dict[x >> 4]] : [parseInt(x.charAt(0), 16), x.slice(1)];
    });
    // The report's first line (the writer leaves it out), the criteria's lines under it.
    var head = p[0] + ' as of ' + AS_OF + ': ' + STATUS[p[1]];
    if (ls.length && ls[0][0] === 0 && ls[0][1].indexOf(p[0] + ' as of ') === 0) { head = ls[0][1]; ls = ls.slice(1); }
    ls = [[0, head]].concat(ls.map(function (l) { return [l[0] + 1, l[1]]; }));
    var root = el('ul', 'tree'), stack = [{ depth: -1, ul: root }], current = '';
    for (var i = 0; i < ls.length; ++i) {
      var depth = ls[i][0], text = ls[i][1];
      while (stack[stack.length - 1].depth >= depth) stack.pop();
      if (depth === 1) current = outcome(text);
      var li = el('li', verdictClass(text) + (depth === 1 ? ' ' + current : ''));
      if (i + 1 < ls.length && ls[i + 1][0] > depth) {
        var det = el('details');
        // Open: the report's first line, and what lies under a criterion failed or unknown.
        det.open = depth === 0 || current === 'o-fail' || current === 'o-unknown';
        det.appendChild(el('summary', '', text));
        var ul = el('ul', 'tree');
        det.appendChild(ul);
        li.appendChild(det);
        stack[stack.length - 1].ul.appendChild(li);
        stack.push({ depth: depth, ul: ul });
      } else {
        li.textContent = text;
        stack[stack.length - 1].ul.appendChild(li);
      }
    }
    return root;
  }
  var shown = pts, page = 0;
  function render() {
    var body = $('patients-body');
    body.textContent = '';
    var from = page * PAGE, to = Math.min(shown.length, from + PAGE);
    for (var i = from; i < to; ++i) {
      var p = shown[i], tr = el('tr');
      tr.setAttribute('data-status', STATUS[p[1]]);
      var th = el('th', '', p[0]);
      th.setAttribute('scope', 'row');
      tr.appendChild(th);
      tr.appendChild(el('td', 'st-' + STATUS[p[1]], STATUS[p[1]]));
      tr.appendChild(el('td', '', p[2].join(', ')));
      tr.appendChild(el('td', '', p[3].join(', ')));
      var td = el('td'), det = el('details', 'reasons');
      det.appendChild(el('summary', '', 'reasons'));
      det.addEventListener('toggle', (function (d, q) {
        return function () { if (d.open && d.children.length === 1) d.appendChild(tree(q)); };
      })(det, p));
      td.appendChild(det);
      tr.appendChild(td);
      body.appendChild(tr);
    }
    $('page-info').textContent = shown.length ? 'patients ' + (from + 1) + ' to ' + to + ' of ' + shown.length + ' shown'
                                              : 'no patient matches';
    $('matching').textContent = String(shown.length);
    $('prev').disabled = page === 0;
    $('next').disabled = to >= shown.length;
  }
  function filter() {
    var s = $('filter-status').value, c = $('filter-criterion').value;
    var kind = c.slice(0, 2), id = kind === 'f:' || kind === 'u:' ? c.slice(2) : c;
    shown = pts.filter(function (p) {
      if (s !== '' && STATUS[p[1]] !== s) return false;
      if (c === '') return true;
      if (kind === 'f:') return p[2].indexOf(id) >= 0;
      if (kind === 'u:') return p[3].indexOf(id) >= 0;
      return p[2].indexOf(id) >= 0 || p[3].indexOf(id) >= 0;
    });
    page = 0;
    render();
  }
  $('filter-status').addEventListener('change', filter);
  $('filter-criterion').addEventListener('change', filter);
  $('prev').addEventListener('click', function () { if (page > 0) { --page; render(); } });
  $('next').addEventListener('click', function () { if ((page + 1) * PAGE < shown.length) { ++page; render(); } });
  window.addEventListener('beforeprint', function () {
    var ds = document.querySelectorAll('#patients-body details.reasons');
    for (var i = 0; i < ds.length; ++i) { ds[i].open = true; ds[i].dispatchEvent(new Event('toggle')); }
  });
  $('patients-table').setAttribute('data-rows', String(pts.length));
  $('controls').hidden = false;
  $('pager').hidden = false;
  render();
  // The page checks its own data: the rows read equal the summary's counts.
  var counts = [0, 0, 0];
  for (var k = 0; k < pts.length; ++k) counts[pts[k][1]]++;
  var sum = $('summary').dataset;
  var ok = pts.length === +sum.total && counts[0] === +sum.eligible && counts[1] === +sum.ineligible &&
           counts[2] === +sum.undetermined;
  $('selfcheck').textContent = ok ? 'ok' : 'mismatch: ' + pts.length + ' rows, ' + counts.join('/');
})();
)js";

/// A criterion node of trialspec::eligibility::to_json as nested list items.
void criterion_items(std::string& out, const nlohmann::ordered_json& node) {
  if (node.contains("id")) {
    out += "<li><span class=\"cid\">" + escape(node.value("id", "")) + "</span>" + escape(node.value("wording", ""));
    const auto& c = node.at("criterion");
    if (c.contains("children")) {
      out += " <span class=\"enc\">(" + escape(c.value("description", "")) + ")</span><ul class=\"criteria\">";
      for (const auto& child : c.at("children")) criterion_items(out, child);
      out += "</ul>";
    } else {
      out += " <span class=\"enc\">&#8212; encoded as: " + escape(c.value("description", "")) + "</span>";
    }
    out += "</li>";
  } else {
    out += "<li><span class=\"enc\">" + escape(node.value("description", "")) + "</span>";
    if (node.contains("children")) {
      out += "<ul class=\"criteria\">";
      for (const auto& child : node.at("children")) criterion_items(out, child);
      out += "</ul>";
    }
    out += "</li>";
  }
}

std::string num(std::size_t n) { return std::to_string(n); }

} // namespace

std::string escape(std::string_view text) {
  // The same escaping as the SVG pictures (svg_writer.hpp): entities for & < > " ', and U+FFFD for
  // a control character or bytes that are not UTF-8.
  return svg::escaped(text);
}

std::string writer::begin(const meta& m) const {
  const std::string heading = m.protocol_id + " screening as of " + m.as_of;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                    "script-src 'unsafe-inline'\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    escape(heading) + "</title>\n<style>" + style + "</style>\n</head>\n<body data-as-of=\"" + escape(m.as_of) + "\">\n<header>\n<h1>" + escape(heading) +
                    "</h1>\n<p class=\"meta\">" + escape(m.title) + " &#183; reading: " + escape(m.reading) +
                    "</p>\n</header>\n<main>\n<section id=\"criteria\">\n<h2>Criteria</h2>\n";
  const auto doc = nlohmann::ordered_json::parse(m.criteria_json);
  for (const char* role : {"inclusion", "exclusion"}) {
    if (!doc.contains(role)) continue;
    out += std::string("<h3>") + (role[0] == 'i' ? "Inclusion" : "Exclusion") + "</h3>\n<ol class=\"criteria\" id=\"" + role +
           "-criteria\">";
    for (const auto& c : doc.at(role)) criterion_items(out, c);
    out += "</ol>\n";
  }
  out += "<h3>Readings of the registry text in force</h3>\n<ul id=\"readings\">";
  std::size_t from = 0;
  while (from < m.readings_text.size()) {
    std::size_t nl = m.readings_text.find('\n', from);
    if (nl == std::string::npos) nl = m.readings_text.size();
    if (nl > from) out += "<li>" + escape(std::string_view(m.readings_text).substr(from, nl - from)) + "</li>";
    from = nl + 1;
  }
  out += "</ul>\n</section>\n";
  return out;
}

std::string writer::encode(const nct02249676_readings::screened_record& r) {
  std::string s = r.id;
  s += field_sep;
  s += r.status == el::screening_outcome::eligible ? '0' : r.status == el::screening_outcome::ineligible ? '1' : '2';
  s += field_sep;
  for (std::size_t k = 0; k < r.failed.size(); ++k) {
    if (k > 0) s += list_sep;
    s += r.failed[k];
  }
  s += field_sep;
  for (std::size_t k = 0; k < r.unknown.size(); ++k) {
    if (k > 0) s += list_sep;
    s += r.unknown[k];
  }
  s += field_sep;
  s += r.report;
  s += record_sep;
  return s;
}

std::string writer::rows(std::string_view encoded) {
  std::string lines_out, patients_out;
  std::size_t from = 0;
  while (from < encoded.size()) {
    const std::size_t end = encoded.find(record_sep, from);
    const std::string_view record = encoded.substr(from, end - from);
    from = end + 1;
    const auto fields = split(record, field_sep);
    patients_out += patients_out.empty() ? "[" : ",[";

    json_string(patients_out, fields.at(0));
    patients_out += ',';
    patients_out += fields.at(1);
    for (std::size_t f = 2; f <= 3; ++f) {
      patients_out += ",[";
      bool first = true;
      for (const auto id : split(fields.at(f), list_sep)) {
        if (!first) patients_out += ',';
        first = false;
        json_string(patients_out, id);
      }
      patients_out += ']';
    }
    patients_out += ",[";
    bool first = true;
    // The report's first line, "ID as of DATE: STATUS", is the page's to write (each is unique:
    // kept, it would fill the dictionary or be written out in full for every patient).
    std::string_view report = fields.at(4);
    if (report.substr(0, fields.at(0).size() + 7) == std::string(fields.at(0)) + " as of ") report = report.substr(std::min(report.size(), report.find('\n')));
    for (const auto line : split(report, '\n')) {
      if (line.empty()) continue;
      std::size_t spaces = line.find_first_not_of(' ');
      if (spaces == std::string_view::npos) continue;
      const std::size_t depth = std::min<std::size_t>(spaces / 2, 15);
      const std::string_view text = line.substr(spaces);
      if (!first) patients_out += ',';
      first = false;
      auto at = dictionary_.find(std::string(text));
      if (at == dictionary_.end() && dictionary_.size() < dictionary_limit) {
        at = dictionary_.emplace(std::string(text), static_cast<std::uint32_t>(dictionary_.size())).first;
        if (!lines_out.empty()) lines_out += ',';
        json_string(lines_out, text);
      }
      if (at != dictionary_.end()) {
        patients_out += std::to_string(std::uint64_t{at->second} * 16 + depth);
      } else {
        const char hex[] = "0123456789abcdef";
        json_string(patients_out, std::string(1, hex[depth]) + std::string(text));
      }
    }
    patients_out += ']';
    patients_out += ']';
  }
  return "<script type=\"application/json\" class=\"ts-data\">{\"l\":[" + lines_out + "],\"p\":[" + patients_out + "]}</script>\n";
}

std::string writer::end(const el::cohort_report& a) const {
  std::string out = "<section id=\"attrition\">\n<h2>Attrition</h2>\n<p class=\"summary\" id=\"summary\" data-total=\"" + num(a.total) +
                    "\" data-eligible=\"" + num(a.eligible) + "\" data-ineligible=\"" + num(a.ineligible) + "\" data-undetermined=\"" +
                    num(a.undetermined) + "\"><span id=\"count-total\">" + num(a.total) + " records</span><span class=\"st-eligible\" id=\"count-eligible\">" +
                    num(a.eligible) + " eligible</span><span class=\"st-ineligible\" id=\"count-ineligible\">" + num(a.ineligible) +
                    " ineligible</span><span class=\"st-undetermined\" id=\"count-undetermined\">" + num(a.undetermined) +
                    " undetermined</span></p>\n";
  // The chart: one bar per criterion in protocol order, as long as the records still in before it
  // (remaining + removed): those let through definitely so far, those still in with an unknown so
  // far (remaining - passing), and those this criterion removes.
  const std::size_t n = a.rows.size();
  const double bar_width = 460.0, left = 70.0;
  const double scale = a.total > 0 ? bar_width / static_cast<double>(a.total) : 0.0;
  const double row_h = 30.0, top = 10.0;
  const double height = top + row_h * static_cast<double>(n) + 60.0;
  char buf[64];
  const auto px = [&](double v) {
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return std::string(buf);
  };
  out += "<figure>\n<svg id=\"attrition-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 " + px(height) +
         "\" width=\"100%\" role=\"img\" aria-labelledby=\"attrition-title attrition-desc\">\n"
         "<title id=\"attrition-title\">Attrition of " +
         num(a.total) + " records over " + num(n) +
         " criteria in protocol order</title>\n<desc id=\"attrition-desc\">For each criterion, a bar as long as the records "
         "still in before it: in blue those let through definitely so far, striped orange those still in with an unknown "
         "criterion so far, cross-hatched vermilion those the criterion removes. The table below gives the same numbers.</desc>\n"
         "<defs><pattern id=\"pat-unknown\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
         "<rect width=\"6\" height=\"6\" fill=\"#E69F00\"/><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern>"
         "<pattern id=\"pat-removed\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
         "<rect width=\"6\" height=\"6\" fill=\"#D55E00\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#ffffff\" stroke-width=\"1\"/></pattern></defs>\n";
  for (std::size_t i = 0; i < n; ++i) {
    const auto& r = a.rows[i];
    const double y = top + row_h * static_cast<double>(i);
    const std::size_t with_unknown = r.remaining - r.passing;
    const std::string label = r.id + ": " + num(r.remaining) + " remain (" + num(r.passing) + " definitely, " + num(with_unknown) +
                              " with an unknown), " + num(r.removed) + " removed";
    out += "<g class=\"bar\" data-criterion=\"" + escape(r.id) + "\" data-passing=\"" + num(r.passing) + "\" data-with-unknown=\"" +
           num(with_unknown) + "\" data-removed=\"" + num(r.removed) + "\" data-remaining=\"" + num(r.remaining) + "\">" +
           "<title>" + escape(label) + "</title>";
    out += "<text x=\"" + px(left - 8) + "\" y=\"" + px(y + 19) + "\" text-anchor=\"end\">" + escape(r.id) + "</text>";
    const double x1 = left + scale * static_cast<double>(r.passing);
    const double x2 = left + scale * static_cast<double>(r.remaining);
    const double x3 = left + scale * static_cast<double>(r.remaining + r.removed);
    out += "<rect class=\"seg-passing\" x=\"" + px(left) + "\" y=\"" + px(y + 4) + "\" width=\"" + px(x1 - left) +
           "\" height=\"20\" fill=\"#0072B2\"/>";
    out += "<rect class=\"seg-unknown\" x=\"" + px(x1) + "\" y=\"" + px(y + 4) + "\" width=\"" + px(x2 - x1) +
           "\" height=\"20\" fill=\"url(#pat-unknown)\"/>";
    out += "<rect class=\"seg-removed\" x=\"" + px(x2) + "\" y=\"" + px(y + 4) + "\" width=\"" + px(x3 - x2) +
           "\" height=\"20\" fill=\"url(#pat-removed)\"/>";
    out += "<text class=\"bar-label\" x=\"" + px(x3 + 8) + "\" y=\"" + px(y + 19) + "\"><tspan class=\"n-remaining\">" + num(r.remaining) +
           "</tspan> remain (<tspan class=\"n-passing\">" + num(r.passing) + "</tspan> definitely, <tspan class=\"n-with-unknown\">" +
           num(with_unknown) + "</tspan> with an unknown), <tspan class=\"n-removed\">" + num(r.removed) + "</tspan> removed</text></g>\n";
  }
  const double ly = top + row_h * static_cast<double>(n) + 20;
  out += "<g class=\"legend\">"
         "<rect class=\"legend-swatch\" x=\"" + px(left) + "\" y=\"" + px(ly) + "\" width=\"18\" height=\"14\" fill=\"#0072B2\"/>"
         "<text x=\"" + px(left + 24) + "\" y=\"" + px(ly + 12) + "\">in, definitely so far</text>"
         "<rect class=\"legend-swatch\" x=\"" + px(left + 210) + "\" y=\"" + px(ly) + "\" width=\"18\" height=\"14\" fill=\"url(#pat-unknown)\"/>"
         "<text x=\"" + px(left + 234) + "\" y=\"" + px(ly + 12) + "\">in, with an unknown so far</text>"
         "<rect class=\"legend-swatch\" x=\"" + px(left + 460) + "\" y=\"" + px(ly) + "\" width=\"18\" height=\"14\" fill=\"url(#pat-removed)\"/>"
         "<text x=\"" + px(left + 484) + "\" y=\"" + px(ly + 12) + "\">removed by this criterion</text></g>\n</svg>\n"
         "<figcaption>Criteria in protocol order; a record is removed by the first criterion it definitely fails. "
         "Unknowns are not failures: a record with an unknown stays in (striped) and ends undetermined.</figcaption>\n</figure>\n";
  out += "<table id=\"attrition-table\">\n<caption>Attrition (the chart's numbers)</caption>\n<thead><tr><th scope=\"col\">criterion</th>"
         "<th scope=\"col\">role</th><th scope=\"col\">wording</th><th scope=\"col\" class=\"n\">met</th><th scope=\"col\" class=\"n\">not met</th>"
         "<th scope=\"col\" class=\"n\">unknown</th><th scope=\"col\" class=\"n\">removed</th><th scope=\"col\" class=\"n\">remaining</th>"
         "<th scope=\"col\" class=\"n\">passing</th></tr></thead>\n<tbody>\n";
  for (const auto& r : a.rows)
    out += "<tr data-criterion=\"" + escape(r.id) + "\"><th scope=\"row\">" + escape(r.id) + "</th><td>" + escape(to_string(r.role)) +
           "</td><td>" + escape(r.wording) + "</td><td class=\"n\">" + num(r.met) + "</td><td class=\"n\">" + num(r.not_met) +
           "</td><td class=\"n\">" + num(r.unknown) + "</td><td class=\"n\">" + num(r.removed) + "</td><td class=\"n\">" +
           num(r.remaining) + "</td><td class=\"n\">" + num(r.passing) + "</td></tr>\n";
  out += "</tbody>\n</table>\n</section>\n";
  // The patients' table, filled by the script a page at a time.
  out += "<section id=\"patients\">\n<h2>Patients</h2>\n<noscript><p>The patients' table needs JavaScript; the attrition above "
         "does not.</p></noscript>\n<div class=\"controls\" id=\"controls\" hidden>\n<label>Status<select id=\"filter-status\">"
         "<option value=\"\">all</option><option value=\"eligible\">eligible</option><option value=\"ineligible\">ineligible</option>"
         "<option value=\"undetermined\">undetermined</option></select></label>\n<label>Criterion<select id=\"filter-criterion\">"
         "<option value=\"\">any</option>";
  for (const auto& r : a.rows) {
    const std::string id = escape(r.id);
    out += "<option value=\"" + id + "\">" + id + " failed or unknown</option><option value=\"f:" + id + "\">" + id +
           " failed</option><option value=\"u:" + id + "\">" + id + " unknown</option>";
  }
  out += "</select></label>\n<p><output id=\"matching\"></output> patients match</p>\n</div>\n"
         "<table id=\"patients-table\">\n<thead><tr><th scope=\"col\">id</th><th scope=\"col\">status</th>"
         "<th scope=\"col\">failed</th><th scope=\"col\">unknown</th><th scope=\"col\">reasons (as --explain)</th></tr></thead>\n"
         "<tbody id=\"patients-body\"></tbody>\n</table>\n<div class=\"pager\" id=\"pager\" hidden><button type=\"button\" id=\"prev\">"
         "previous page</button><span id=\"page-info\" aria-live=\"polite\"></span><button type=\"button\" id=\"next\">next page</button>"
         "</div>\n</section>\n</main>\n<footer>Written by <code>trialspec screen --format html</code>. Data check: "
         "<output id=\"selfcheck\">not run</output></footer>\n<script>";
  out += script;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

} // namespace trialspec_cli::screen_html
