#!/usr/bin/env bash
# The requests list's query plans at 50,000 people and 20,000 requests (issue 12).
#
# Creates a scratch PostgreSQL database, applies Trellis's migrations (the SQL ones; V12's one-open-
# request index, a Java migration, is created here as it creates it on PostgreSQL), generates an
# organisation and requests with generate_series, then EXPLAIN ANALYZEs the list's page and count
# statements, the SQL EclipseLink issues for RequestList.page (parameters bound, as it binds them),
# for a manager, a director, an HR partner of every department and ADMIN. Drops the database at the end
# unless KEEP=1.
#
#   docs/bench/request-list-benchmark.sh            # PGHOST=127.0.0.1 PGUSER=postgres by default
#   KEEP=1 docs/bench/request-list-benchmark.sh     # keep trellis_bench_list to look around
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=${DB:-trellis_bench_list}
MIGRATIONS=ejb/src/main/resources/db/migration

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
trap '[ "${KEEP:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB"' EXIT
for version in $(ls $MIGRATIONS | sed -n 's/^V\([0-9]*\)__.*\.sql$/\1/p' | sort -n); do
    if [ "$version" = 13 ]; then
        psql -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE UNIQUE INDEX change_request_one_open_per_subject ON change_request (subject_id) WHERE state IN ('SUBMITTED', 'ON_HOLD')"
    fi
    psql -q -v ON_ERROR_STOP=1 -d $DB -f $MIGRATIONS/V${version}__*.sql
done

psql -q -v ON_ERROR_STOP=1 -d $DB <<'SQL'
-- One ladder with two levels.
INSERT INTO framework VALUES (1, 'Engineering', 0);
INSERT INTO framework_version (id, framework_id, number, label, description, state, imported_at, imported_by, version)
    VALUES (1, 1, 1, 'v1', 'bench', 'PUBLISHED', now(), 'bench', 0);
INSERT INTO track (id, framework_version_id, code, name, kind, description, position)
    VALUES (1, 1, 'IC', 'Individual contributor', 'IC', 'bench', 1);
INSERT INTO career_level (id, framework_version_id, track_id, code, title, position, band, summary)
    VALUES (1, 1, 1, 'IC2', 'Engineer', 2, 2, 'bench'), (2, 1, 1, 'IC3', 'Senior engineer', 3, 3, 'bench');

-- 10 departments; 1 head of everything, 10 directors (one heads each department), 1,000 managers
-- (100 per director), 48,989 people under them: 50,000 in all. Person 50000 partners every
-- department as HR.
INSERT INTO department (id, code, name, version) SELECT d, 'D' || lpad(d::text, 2, '0'), 'Department ' || d, 0
    FROM generate_series(1, 10) d;
INSERT INTO employee (id, employee_number, name, email, department_id, manager_id, hire_date, reporting_path, version, level_id)
    VALUES (1, 'B1', 'Head of everything', 'b1@bench.example', 1, NULL, DATE '2020-01-01', '/1/', 0, 2);
INSERT INTO employee (id, employee_number, name, email, department_id, manager_id, hire_date, reporting_path, version, level_id)
    SELECT i, 'B' || i, 'Director ' || i, 'b' || i || '@bench.example', i - 1, 1, DATE '2020-01-01', '/1/' || i || '/', 0, 2
    FROM generate_series(2, 11) i;
INSERT INTO employee (id, employee_number, name, email, department_id, manager_id, hire_date, reporting_path, version, level_id)
    SELECT i, 'B' || i, 'Manager ' || i, 'b' || i || '@bench.example', (i - 12) / 100 + 1, (i - 12) / 100 + 2,
           DATE '2021-01-01', '/1/' || ((i - 12) / 100 + 2) || '/' || i || '/', 0, 2
    FROM generate_series(12, 1011) i;
INSERT INTO employee (id, employee_number, name, email, department_id, manager_id, hire_date, reporting_path, version, level_id)
    SELECT i, 'B' || i, 'Person ' || md5(i::text), 'b' || i || '@bench.example', m.department_id, m.id,
           DATE '2022-01-01', m.reporting_path || i || '/', 0, 1
    FROM generate_series(1012, 50000) i JOIN employee m ON m.id = 12 + (i - 1012) % 1000;
UPDATE department SET head_id = id + 1, hr_partner_id = 50000;

-- 20,000 requests, one per person (people 1012..21011), requested by their manager: 40% waiting,
-- 10% on hold, 20% approved, 15% in effect, 10% rejected, 5% withdrawn; submitted over the last
-- year, effective within half a year either side of today.
INSERT INTO change_request (id, type, state, subject_id, requester_id, from_level_id, target_level_id, current_manager_id,
        justification, effective_date, submitted_at, version)
    SELECT 100 + n, 'PROMOTION',
           CASE WHEN n % 20 < 8 THEN 'SUBMITTED' WHEN n % 20 < 10 THEN 'ON_HOLD' WHEN n % 20 < 14 THEN 'APPROVED'
                WHEN n % 20 < 17 THEN 'EFFECTIVE' WHEN n % 20 < 19 THEN 'REJECTED' ELSE 'WITHDRAWN' END,
           e.id, e.manager_id, 1, 2, e.manager_id, 'bench', CURRENT_DATE - 180 + (n * 7919) % 361,
           now() - ((n * 104729) % 525600) * INTERVAL '1 minute', 0
    FROM generate_series(1, 20000) n JOIN employee e ON e.id = 1011 + n;
-- Four sign-offs each: the person, their manager, their director, HR; open ones wait on the last two.
INSERT INTO sign_off (id, request_id, party, position, person_id, decision, on_hold, version)
    SELECT r.id * 4 + p.position, r.id, p.party, p.position,
           CASE p.party WHEN 'EMPLOYEE' THEN r.subject_id WHEN 'CURRENT_MANAGER' THEN r.requester_id
                        WHEN 'DIRECTOR' THEN m.manager_id ELSE 50000 END,
           CASE WHEN r.state IN ('SUBMITTED', 'ON_HOLD') AND p.position >= 2 THEN NULL
                WHEN r.state = 'REJECTED' AND p.position = 3 THEN 'REJECT' ELSE 'APPROVE' END,
           r.state = 'ON_HOLD' AND p.position = 2, 0
    FROM change_request r JOIN employee m ON m.id = r.requester_id
    CROSS JOIN (VALUES ('EMPLOYEE', 0), ('CURRENT_MANAGER', 1), ('DIRECTOR', 2), ('HR', 3)) p (party, position);
ANALYZE;
SQL

# RequestList.page's two statements, as EclipseLink writes them for PostgreSQL (aliases as it names
# them: RequestAccess.VISIBLE_TO_SIGNERS); $1 everyone, $2 subtree pattern, $3 visible departments, $4 the
# caller's id, $5 today (unused since the signers are bound), $6 the caller and their active delegators.
VISIBLE="((((\$1 = true) OR (t0.REPORTING_PATH LIKE \$2)) OR (t0.DEPARTMENT_ID = ANY (\$3))) OR (t1.REQUESTER_ID = \$4)
    OR (t0.ID = \$4) OR t1.ID IN (SELECT t2.REQUEST_ID FROM SIGN_OFF t2 WHERE (t2.PERSON_ID = ANY (\$6))))"
PAGE="SELECT t1.ID, t1.EFFECTIVE_DATE, t1.STATE, t1.SUBMITTED_AT, t1.TYPE, t1.SUBJECT_ID, t1.REQUESTER_ID
    FROM EMPLOYEE t0, CHANGE_REQUEST t1 WHERE ($VISIBLE AND (t0.ID = t1.SUBJECT_ID))
    ORDER BY t1.SUBMITTED_AT DESC, t1.ID DESC LIMIT 25 OFFSET 0"
COUNT="SELECT COUNT(t1.ID) FROM EMPLOYEE t0, CHANGE_REQUEST t1 WHERE ($VISIBLE AND (t0.ID = t1.SUBJECT_ID))"
OPEN_PAGE="SELECT t1.ID FROM EMPLOYEE t0, CHANGE_REQUEST t1 WHERE ($VISIBLE AND (t0.ID = t1.SUBJECT_ID)
    AND t1.STATE IN ('SUBMITTED', 'ON_HOLD')) ORDER BY t1.EFFECTIVE_DATE ASC, t1.ID ASC LIMIT 25 OFFSET 0"

run() { # caller everyone subtree departments me
    echo "=== $1"
    for statement in PAGE COUNT OPEN_PAGE; do
        echo "--- $statement"
        psql -q -d $DB <<SQL | awk '/QUERY PLAN/ { n++ } n == 2'   # the second, warm run
PREPARE q (boolean, text, bigint[], bigint, date, bigint[]) AS ${!statement};
EXPLAIN (ANALYZE, BUFFERS OFF) EXECUTE q ($2, '$3', '$4', $5, CURRENT_DATE, '{$5}');
EXPLAIN (ANALYZE, BUFFERS OFF) EXECUTE q ($2, '$3', '$4', $5, CURRENT_DATE, '{$5}');
SQL
    done
}
run "manager 12 (49 people under them)" false '/1/2/12/%' '{-1}' 12
run "director 2 (heads department 1: 5,000 people)" false '/1/2/%' '{1}' 2
run "HR 50000 (partners all 10 departments)" false "$(psql -At -d $DB -c "SELECT reporting_path FROM employee WHERE id = 50000")%" '{1,2,3,4,5,6,7,8,9,10}' 50000
run "ADMIN (everyone)" true '#nobody#' '{-1}' -1
