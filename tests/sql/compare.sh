#!/bin/bash
# compare.sh SQL.csv SCREEN.csv - every person's status and every criterion's value from the SQL
# (psql --csv of `trialspec sql`: person_source_value,status,<id>...) against `trialspec screen
# --format csv` (id,status,failed,unknown: the top-level ids that fail, i.e. an inclusion not met or
# an exclusion met, and those unknown). A criterion whose id starts with E is an exclusion (the
# sql-core set's ids). Prints the first 20 disagreements and fails on any, or on a different set
# of persons or order.
set -euo pipefail
awk -F, '
  NR == FNR {
    if (FNR == 1) { for (i = 3; i <= NF; ++i) id[i] = $i; n = NF; next }
    sql_id[FNR - 1] = $1; sql_line[FNR - 1] = $0; rows = FNR - 1; next
  }
  FNR == 1 { next }
  {
    # screen csv: the failed and unknown lists hold no comma (criterion ids), so a plain split works
    r = FNR - 1
    if (r > rows) { bad("extra person " $1 " in trialspec screen"); next }
    split(sql_line[r], s, ",")
    if (s[1] != $1) { bad("row " r ": SQL has " s[1] ", trialspec screen has " $1); next }
    if (s[2] != $2) bad($1 ": status SQL " s[2] ", C++ " $2)
    delete failed; delete unknown
    nf = split($3, f, ";"); for (k = 1; k <= nf; ++k) failed[f[k]] = 1
    nu = split($4, u, ";"); for (k = 1; k <= nu; ++k) unknown[u[k]] = 1
    for (i = 3; i <= n; ++i) {
      c = id[i]; excl = substr(c, 1, 1) == "E"
      v = (c in unknown) ? "unknown" : (c in failed) ? (excl ? "met" : "not_met") : (excl ? "not_met" : "met")
      if (s[i] != v) bad($1 " " c ": SQL " s[i] ", C++ " v)
    }
    compared = r
  }
  function bad(msg) { if (++errors <= 20) print "disagreement: " msg > "/dev/stderr" }
  END {
    if (compared < rows) bad("trialspec screen has " compared " persons, the SQL " rows)
    if (errors) { print errors " disagreements (the first 20 above)" > "/dev/stderr"; exit 1 }
    print "compare: " rows " persons, " (n - 2) " criteria each: 100% agreement"
  }' "$1" "$2"
