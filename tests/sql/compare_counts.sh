#!/bin/bash
# compare_counts.sh COUNTS.csv SCREEN.txt - the counts query (`trialspec sql --counts` through
# psql --csv: position,criterion,role,met,not_met,unknown,removed,remaining,passing, then a total
# row holding eligible, ineligible, undetermined in met, not_met, unknown) against the attrition
# table and the summary line that `trialspec screen` (text format) prints.
set -euo pipefail
awk -F, '
  NR == FNR {
    if (FNR == 1) next
    if ($2 == "total") { total = $4 " eligible, " $5 " ineligible, " $6 " undetermined"; next }
    sql[$2] = $4 " " $5 " " $6 " " $7 " " $8 " " $9; order[++n] = $2; next
  }
  /^criterion +met +not met/ { table = 1; next }
  table && / records: / { sub(/^[0-9]+ records: /, ""); cpp_total = $0; table = 0; next }
  table { split($0, f, " "); cpp[f[1]] = f[2] " " f[3] " " f[4] " " f[5] " " f[6] " " f[7]; rows++ }
  END {
    for (i = 1; i <= n; ++i) {
      c = order[i]
      if (!(c in cpp)) { print "compare_counts: " c " missing from trialspec screen" > "/dev/stderr"; bad++ }
      else if (sql[c] != cpp[c]) { print "compare_counts: " c ": SQL " sql[c] ", C++ " cpp[c] " (met not_met unknown removed remaining passing)" > "/dev/stderr"; bad++ }
    }
    if (rows != n) { print "compare_counts: " rows " rows in trialspec screen, " n " in the SQL" > "/dev/stderr"; bad++ }
    if (total != cpp_total) { print "compare_counts: totals: SQL " total ", C++ " cpp_total > "/dev/stderr"; bad++ }
    if (bad) exit 1
    print "compare_counts: " n " criteria, counts and attrition equal; " total
  }' "$1" FS=' ' "$2"
