#!/usr/bin/env bash
# check_page.sh - opens a local HTML or SVG file in headless Chromium (Debian's /usr/bin/chromium)
# and checks what it renders.
#
# usage: check_page.sh --page FILE --screenshot OUT.png [--size WxH] [--wait MS]
#                      [--click SELECTOR]... [--select SELECTOR VALUE]... [--dispatch EVENT]... [--count SELECTOR N]... [--expect SELECTOR[@ATTRIBUTE] VALUE]...
#
#   --page FILE        the file to open (HTML or SVG), loaded as file://; nothing else is fetched
#   --screenshot PNG   where to write the screenshot of the page's top (WxH pixels, default 1280x1600)
#   --click SEL        click every match of SEL (in document order) before the checks, which then run
#                      100 ms (virtual time) later, or --wait MS; e.g. to open a <details>
#   --select SEL VAL   set every match of SEL (a <select> or <input>) to VAL and send it a change
#                      event, before the checks like --click
#   --dispatch EVENT   send the page's window an event named EVENT (e.g. beforeprint), like --click;
#                      --click, --select and --dispatch act in the order given
#   --count SEL N      document.querySelectorAll(SEL) must find exactly N elements
#   --expect SEL VAL   the matches of SEL, each as its text (textContent, white space collapsed and
#                      trimmed) or, with SEL@ATTRIBUTE, as that attribute's value, joined by "|",
#                      must equal VAL; e.g. --expect '#attrition-chart g.bar@data-remaining' '29|27'
#                      or --expect '#selfcheck' ok. No match at all fails too.
#   --wait MS          run the checks MS milliseconds (virtual time) after the load event, for pages
#                      that draw after it; default 0: at the load event (scripts that run while the
#                      page is parsed have run)
#   CHROMIUM=/path     another browser binary (default /usr/bin/chromium)
#
# The file is shown in a full-window iframe of a probe page written to a fresh temporary directory
# (with Chromium's profile); the probe runs the checks in the file's document (same origin: file
# access is allowed between local files for this run only) and writes PASS/FAIL lines into its own
# DOM, which Chromium prints (--dump-dom). Chromium's log (--enable-logging=stderr) is read for
# console messages: ANY console message of the page (console.log/error, an uncaught exception, a
# resource that failed to load or was blocked) fails the check, since this Chromium logs every
# level the same way and the pages checked are meant to log nothing.
#
# Besides PASS/FAIL lines it prints "INFO page loaded in N ms": the page's navigation start to its
# load event (its scripts run while it is parsed included), as the page's window measured it.
#
# Exit status: 0 every check passed; 1 a check failed (each failure is printed); 2 bad usage or no
# browser. Selectors and values must not hold control characters.
set -u

chromium=${CHROMIUM:-/usr/bin/chromium}
page='' shot='' size='1280,1600' wait_ms=0
checks=()
clicks=()

die() { echo "check_page: $*" >&2; exit 2; }
json_string() { # $1 as a JSON string that is safe inside a <script> element
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//</\\u003c}
  printf '"%s"' "$s"
}

while [ $# -gt 0 ]; do
  case $1 in
    --page) [ $# -ge 2 ] || die "--page: missing value"; page=$2; shift 2 ;;
    --screenshot) [ $# -ge 2 ] || die "--screenshot: missing value"; shot=$2; shift 2 ;;
    --size) [ $# -ge 2 ] || die "--size: missing value"; [[ $2 =~ ^[0-9]+x[0-9]+$ ]] || die "--size $2: expected WxH"; size=${2/x/,}; shift 2 ;;
    --wait) [ $# -ge 2 ] || die "--wait: missing value"; [[ $2 =~ ^[0-9]+$ ]] || die "--wait $2: expected milliseconds"; wait_ms=$2; shift 2 ;;
    --click) [ $# -ge 2 ] || die "--click: missing value"; clicks+=("[\"click\",$(json_string "$2")]"); shift 2 ;;
    --dispatch) [ $# -ge 2 ] || die "--dispatch: missing value"; clicks+=("[\"dispatch\",\"\",$(json_string "$2")]"); shift 2 ;;
    --select) [ $# -ge 3 ] || die "--select: expected SELECTOR VALUE"; clicks+=("[\"select\",$(json_string "$2"),$(json_string "$3")]"); shift 3 ;;
    --count)
      [ $# -ge 3 ] || die "--count: expected SELECTOR N"
      [[ $3 =~ ^[0-9]+$ ]] || die "--count $2 $3: N is not a whole number"
      checks+=("[\"count\",$(json_string "$2"),\"\",$(json_string "$3")]"); shift 3 ;;
    --expect)
      [ $# -ge 3 ] || die "--expect: expected SELECTOR[@ATTRIBUTE] VALUE"
      sel=$2 attr=''
      if [[ $sel == *@* ]]; then attr=${sel##*@}; sel=${sel%@*}; fi
      checks+=("[\"expect\",$(json_string "$sel"),$(json_string "$attr"),$(json_string "$3")]"); shift 3 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
[ -n "$page" ] || die "--page is required"
[ -n "$shot" ] || die "--screenshot is required"
[ -f "$page" ] || die "--page $page: no such file"
[ -x "$chromium" ] || die "$chromium: not found (Debian package chromium)"

work=$(mktemp -d) || die "cannot make a temporary directory"
trap 'rm -rf "$work"' EXIT
page_abs=$(cd "$(dirname "$page")" && pwd)/$(basename "$page")
mkdir -p "$(dirname "$shot")"
shot_abs=$(cd "$(dirname "$shot")" && pwd)/$(basename "$shot")
rm -f "$shot_abs"

list=$(IFS=,; echo "${checks[*]:-}")
click_list=$(IFS=,; echo "${clicks[*]:-}")
[ ${#clicks[@]} -gt 0 ] && [ "$wait_ms" -eq 0 ] && wait_ms=100
# The page's URL: the path with the characters a URL cannot hold as they are percent-encoded.
url=file://$(printf '%s' "$page_abs" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')
cat >"$work/probe.html" <<EOF
<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>
<body><iframe id="page" title="the page checked"></iframe><pre id="probe-result"></pre>
<script>
(function () {
  var checks = [$list], clicks = [$click_list], wait = $wait_ms;
  function text(e) { return (e.textContent || '').replace(/\s+/g, ' ').trim(); }
  function run() {
    var out = missed.slice(), doc = document.getElementById('page').contentDocument;
    if (!doc || !doc.documentElement) out.push('FAIL the page has no document');
    else checks.forEach(function (c) {
      var found;
      try { found = doc.querySelectorAll(c[1]); } catch (e) { out.push('FAIL bad selector ' + c[1]); return; }
      if (c[0] === 'count') {
        out.push((found.length === +c[3] ? 'PASS' : 'FAIL') + ' count ' + c[1] + ': expected ' + c[3] + ', found ' + found.length);
      } else {
        var values = Array.prototype.map.call(found, function (e) { return c[2] ? e.getAttribute(c[2]) : text(e); });
        var got = values.join('|'), what = c[1] + (c[2] ? '@' + c[2] : '');
        out.push((found.length > 0 && got === c[3] ? 'PASS' : 'FAIL') + ' expect ' + what + ': expected "' + c[3] + '", found ' +
                 (found.length ? '"' + got + '"' : 'no element'));
      }
    });
    try { // the page's load time as its own window measured it (navigation start to the load event)
      var nav = document.getElementById('page').contentWindow.performance.getEntriesByType('navigation')[0];
      if (nav) out.push('INFO page loaded in ' + Math.round(nav.loadEventStart - nav.startTime) + ' ms');
    } catch (e) {}
    out.push('PROBE-DONE');
    document.getElementById('probe-result').textContent = out.join('\n');
  }
  var frame = document.getElementById('page');
  function click() {
    var doc = document.getElementById('page').contentDocument;
    clicks.forEach(function (a) {
      if (a[0] === 'dispatch') { document.getElementById('page').contentWindow.dispatchEvent(new Event(a[2])); return; }
      var found = doc.querySelectorAll(a[1]);
      if (!found.length) missed.push('FAIL ' + a[0] + ' ' + a[1] + ': no element');
      Array.prototype.forEach.call(found, function (e) {
        if (a[0] === 'click') { e.click(); return; }
        e.value = a[2];
        if (e.value !== a[2]) missed.push('FAIL select ' + a[1] + ': no value ' + a[2]);
        e.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
  }
  var missed = [];
  frame.addEventListener('load', function () { click(); if (wait > 0) setTimeout(run, wait); else run(); });
  frame.src = $(json_string "$url");
})();
</script></body></html>
EOF

budget=()
[ "$wait_ms" -gt 0 ] && budget=(--virtual-time-budget=$((wait_ms + 1000)))
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
  --allow-file-access-from-files --hide-scrollbars --window-size="$size" "${budget[@]}" \
  --screenshot="$shot_abs" --dump-dom "file://$work/probe.html" >"$work/dom.html" 2>"$work/log.txt"
status=$?

failed=0
if [ $status -ne 0 ]; then
  echo "check_page: chromium exited with status $status" >&2
  tail -n 20 "$work/log.txt" >&2
  failed=1
fi
if grep -q ':CONSOLE' "$work/log.txt"; then
  echo "FAIL console messages:"
  grep ':CONSOLE' "$work/log.txt" | sed 's/^\[[^]]*\]/  /'
  failed=1
fi
result=$(sed -n '/<pre id="probe-result">/,/<\/pre>/p' "$work/dom.html" |
  sed -e 's/.*<pre id="probe-result">//' -e 's/<\/pre>.*//' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g')
printf '%s\n' "$result" | grep -v '^PROBE-DONE$' | grep -v '^$'
if ! printf '%s\n' "$result" | grep -qx 'PROBE-DONE'; then
  echo "FAIL the checks did not run (the page did not load?)"
  failed=1
fi
printf '%s\n' "$result" | grep -q '^FAIL' && failed=1
if [ ! -s "$shot_abs" ]; then
  echo "FAIL no screenshot written to $shot"
  failed=1
else
  echo "screenshot: $shot_abs"
fi
exit $failed
