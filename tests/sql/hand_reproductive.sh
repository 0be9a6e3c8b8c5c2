#!/bin/bash
# hand_reproductive.sh TOOL WORKDIR PGENV - PREVENT (NCT01892345) in SQL on a few persons
# (hand_reproductive.jsonl): the washout rows (agent_exposure, eligibility/criteria/washout.hpp) and
# the reproductive facts (of_childbearing_potential, uses_effective_contraception,
# pregnancy_test_negative, eligibility/criteria/reproductive.hpp), against values worked out by
# hand below from the criteria's definitions, screening as of 2014-01-05; then `trialspec screen`
# must give the same.
#   I1 age >= 18; I2 NMO or NMOSD; I3 AQP4-IgG positive; I4 >= 2 relapses in the 12 months, or
#   >= 3 in 24 and >= 1 in 12; I5 latest EDSS <= 7; I6 no azathioprine, mycophenolate mofetil,
#   methotrexate, tacrolimus or oral corticosteroid ongoing, or the investigator's yes to
#   NCT01892345.I6 (the default reading); I7 (I7a) not female, or not of childbearing potential,
#   or a negative pregnancy test within 4 weeks before screening, and (I7b) not of childbearing
#   potential, or effective contraception;
#   E1 rituximab, E2 mitoxantrone within 3 months before screening, E3 IV immunoglobulin within 3
#   weeks before screening.
# The windows, resolved by hand: 3 months before 2014-01-05 is 2013-10-05 (E1, E2: 2013-10-05 to
# 2014-01-05); 3 weeks (21 days) before is 2013-12-15 (E3); 4 weeks (28 days) before is
# 2013-12-08 (the pregnancy test: 2013-12-08 to 2014-01-05). A course is used in a window when it
# starts on or before the window's last day and has no end or ends on or after its first day. A
# course naming no agent may be any agent its class fits (rituximab and mitoxantrone are
# immunosuppressants, IV immunoglobulin an immunomodulator). No use is proven only where the
# therapy history is documented complete from the window's first day or earlier.
# Everyone is born 1980-06-01 (33), NMOSD, AQP4-IgG positive, has moderate relapses on 2013-03-01
# and 2013-09-01 with the relapse history complete since 2010-01-01, EDSS 3.0 on 2013-12-01, the
# investigator's yes to NCT01892345.I6 (I1 to I6 met) and the therapy history complete since
# 2010-01-01, unless said. W..: women not of childbearing potential (I7 met), courses as said;
# Q..: no courses (E1 to E3 not met), the reproductive facts as said.
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_reproductive.jsonl" hand_reproductive "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,I6,I7,E1,E2,E3
W01,ineligible,met,met,met,met,met,met,met,met,not_met,not_met
W02,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
W03,ineligible,met,met,met,met,met,met,met,not_met,met,not_met
W04,ineligible,met,met,met,met,met,met,met,not_met,not_met,met
W05,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
W06,undetermined,met,met,met,met,met,met,met,unknown,unknown,not_met
W07,ineligible,met,met,met,met,met,met,met,met,unknown,not_met
W08,undetermined,met,met,met,met,met,met,met,unknown,unknown,unknown
W09,undetermined,met,met,met,met,met,met,met,unknown,unknown,not_met
W10,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
Q01,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
Q02,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q03,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met
Q04,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q05,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met
Q06,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q07,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
Q08,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
Q09,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q10,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q11,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met
Q12,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met
Q13,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
Q14,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met
CSV
# Why:
# W01 rituximab 2013-01-01 to 2013-10-05, ending on E1's first day: E1 met; a named rituximab
#   course is not mitoxantrone (E2) and ended before 2013-12-15 (E3): not met.
# W02 the same ending 2013-10-04, the day before: E1 not met; eligible.
# W03 mitoxantrone 2013-06-01 to 2013-10-05: E2 met; E1 not met (named, another agent).
# W04 IV immunoglobulin 2013-12-01 to 2013-12-15, ending on E3's first day: E3 met; E1, E2 not
#   met (named, another agent, although it overlaps their window).
# W05 the same ending 2013-12-14: E3 not met; eligible.
# W06 an immunosuppressant course naming no agent, 2013-11-01 to 2013-12-01: may be rituximab
#   (E1 unknown) or mitoxantrone (E2 unknown); it ends before 2013-12-15 and no
#   immunosuppressant is IV immunoglobulin anyway: E3 not met.
# W07 the same and a named rituximab course 2013-11-01 to 2013-11-02: E1 met (the named course
#   decides); E2 still unknown; E3 not met.
# W08 no course, the therapy history not documented: E1 to E3 unknown (I6: the number of
#   ongoing IST agents is 0 or more, unknown; the investigator's yes: met).
# W09 no course, the history complete only from 2013-11-01: after E1's and E2's first day
#   2013-10-05 (unknown), before E3's first day 2013-12-15 (not met).
# W10 azathioprine ongoing since 2012-01-01: not rituximab, mitoxantrone or IV immunoglobulin:
#   E1 to E3 not met (I6: one IST agent ongoing, not 0; the investigator's yes: met).
# Q01 woman of childbearing potential, contraception yes, negative test on 2013-12-08, the
#   window's first day: I7a met, I7b met.
# Q02 the same test on 2013-12-07, the day before: no test in the window, I7a unknown.
# Q03 positive test on 2014-01-05: I7a not met (female, of childbearing potential, not negative).
# Q04 indeterminate test on 2013-12-20: I7a unknown.
# Q05 negative test on 2013-12-20, contraception no: I7b not met.
# Q06 negative test, contraception not recorded: I7b unknown.
# Q07 woman not of childbearing potential, no test, contraception not recorded: I7a, I7b met.
# Q08 childbearing potential not recorded, negative test on 2013-12-20, contraception yes:
#   I7a met by the test, I7b by the contraception.
# Q09 woman, none recorded: I7a unknown, I7b unknown.
# Q10 man, none recorded: I7a met (not female); I7b unknown (potential not inferred from sex).
# Q11 man of reproductive potential, contraception yes: I7a met (not female), I7b met.
# Q12 man of reproductive potential, contraception no: I7b not met.
# Q13 woman of childbearing potential, contraception yes, no test: I7a unknown.
# Q14 the same with a negative test on 2014-01-06, the day after screening: outside, unknown.
hand_check "hand_reproductive" "$here/hand_reproductive.jsonl" prevent hand_reproductive "$work/expected.csv"
echo "hand_reproductive: 24 persons, PREVENT's washout and reproductive criteria as worked out by hand, and as trialspec screen"
