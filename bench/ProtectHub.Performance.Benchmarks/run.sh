#!/usr/bin/env bash
# Issue #6's performance benchmark, end to end: a PostgreSQL server of its own (default durability), a data set of
# 1,000,000 engagements and 3,000,000 victim referrals in East Midlands (with organisations, memberships, feedback and
# follow-up actions), then
#   1. the regional quarterly return worked out by the metric engine, against the equivalent hand-written SQL, timed in
#      the same run (target: under 2 s, and within 1.5 times the hand-written SQL);
#   2. the performance dashboard with 16 concurrent users (target: p95 under 200 ms).
#
#   3. with --import, issue #5's import: a referral list of --import-rows rows (default 1,000,000) imported on a copy of
#      the data set, then PostgreSQL's own COPY of the same rows, timed in the same run. The list's victims are
#      organisations (linkage has nothing to do) unless --import-people is given.
#
#   4. with --prevent, issue #17's benchmark instead, in a database of its own: 100,000 young people referred to Cyber
#      Prevent with 300,000 interventions (generate-prevent.sql), the case list, search and case pages with 16 users
#      (target: p95 under 100 ms), a 50,000-row operation list imported and linked (target: under 60 s) and 10,000
#      warning letters rendered (target: under 30 s).
#
#   5. with --intelligence, issue #18's benchmark instead, in a database of its own: 200,000 intelligence reports with
#      1,000,000 subjects and 50,000 published lessons (generate-intelligence.sql); the report lists, subject searches,
#      report pages, coverage and threat picture, then the national library of lessons, each with 16 users (target: p95
#      under 100 ms). The row counts are checked against the declared sizes (within 1 %) before anything is measured.
#
#   6. with --outreach, issue #20's benchmark instead, in a database of its own: 100,000 requests for assistance,
#      20,000 materials with 60,000 versions and 500 campaigns with 50,000 posts (generate-outreach.sql); the request
#      list, tasking board, materials library, campaign list and calendar with 16 users (target: p95 under 100 ms), then
#      a 50 MB file uploaded to the materials library, checked and stored (target: under 2 s). Row counts are checked first.
#
#   7. with --advisories, issue #19's benchmark instead, in a database of its own: 20,000 organisations of the
#      information-sharing community with a contact each and 2,000 issued TLP:GREEN advisories with 100,000 indicators
#      (generate-advisories.sql); a TLP:GREEN advisory to the community issued (target: 20,000 messages queued in under
#      10 s), delivered by the outbox to a real SMTP server on this machine (tests/smtp/capture.py; target: at least 100
#      messages a second, each once), the acknowledgement pages with 64 recipients at once (target: p95 under 100 ms)
#      and TAXII pages of 1,000 objects with 16 clients (target: p95 under 200 ms). The web app runs without demo
#      records, and with the per-address rate limits of the public pages raised: the load comes from one address here,
#      from 64 recipients' own in life.
#
#   bench/ProtectHub.Performance.Benchmarks/run.sh [--regenerate] [--users 16] [--duration 30] [--warmup 30] [--runs 7]
#                                                  [--import [--import-rows N] [--import-people]] [--prevent] [--intelligence] [--outreach] [--advisories]
#
# Warm-up: 30 s of the same load before each measurement, because a freshly started server spends its first half-minute
# under load compiling its hot code a second time, optimised (the JIT's second tier); measured from a cold start, the same
# pages took up to 1.5 times as long at the 95th percentile as on a server that had been running (what officers meet).
#
# The data set is generated once (in SQL, see generate.sql) and kept in $PERFORMANCE_BENCH_DIR (default
# /var/tmp/protecthub-performance-bench); later runs reuse it. Every server this script starts is stopped when it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bench_dir=${PERFORMANCE_BENCH_DIR:-/var/tmp/protecthub-performance-bench}
pg_port=${PERFORMANCE_BENCH_PG_PORT:-55434}
web_port=${PERFORMANCE_BENCH_WEB_PORT:-5101}
engagements=${ENGAGEMENTS:-1000000}
referrals=${REFERRALS:-3000000}
organisations=${ORGANISATIONS:-100000}
users=16 duration=30 warmup=30 runs=7 regenerate=0 import=0 import_rows=1000000 import_people=0 prevent=0 intelligence=0 outreach=0 advisories=0
outreach_requests=${OUTREACH_REQUESTS:-100000}
outreach_materials=${OUTREACH_MATERIALS:-20000}
outreach_campaigns=${OUTREACH_CAMPAIGNS:-500}
outreach_posts=${OUTREACH_POSTS:-50000}
intelligence_reports=${INTELLIGENCE_REPORTS:-200000}
advisory_recipients=${ADVISORY_RECIPIENTS:-20000}
advisory_advisories=${ADVISORY_ADVISORIES:-2000}
advisory_indicators=${ADVISORY_INDICATORS:-100000}
smtp_port=${PERFORMANCE_BENCH_SMTP_PORT:-2526}
intelligence_lessons=${INTELLIGENCE_LESSONS:-50000}
prevent_cases=${PREVENT_CASES:-100000}
prevent_interventions=${PREVENT_INTERVENTIONS:-300000}
while [ $# -gt 0 ]; do
  case "$1" in
    --regenerate) regenerate=1 ;;
    --users) users=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --runs) runs=$2; shift ;;
    --import) import=1 ;;
    --import-rows) import_rows=$2; shift ;;
    --import-people) import_people=1 ;;
    --prevent) prevent=1 ;;
    --intelligence) intelligence=1 ;;
    --outreach) outreach=1 ;;
    --advisories) advisories=1 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
  shift
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
say() { printf '\n=== %s (load average %s)\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
missing=()
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
command -v curl >/dev/null 2>&1 || missing+=(curl)
[ "$advisories" -eq 1 ] && ! /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 && missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install ${missing[*]} failed"; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

pg_dir="$bench_dir/pg"
mkdir -p "$bench_dir"
if [ "$regenerate" -eq 1 ] && [ -d "$pg_dir" ]; then
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$bench_dir/generated.ok"
fi
mkdir -p "$pg_dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
  rm -f "$bench_dir/generated.ok"
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$bench_dir/initdb.log" 2>&1 \
    || { cat "$bench_dir/initdb.log"; echo "initdb failed"; exit 1; }
fi
web_pid="" smtp_pid=""
web_env=()
cleanup() {
  if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; fi
  if [ -n "$smtp_pid" ]; then kill "$smtp_pid" 2>/dev/null || true; wait "$smtp_pid" 2>/dev/null || true; fi
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
# Default durability; the two planner settings README recommends for production (SSD storage, short analytic queries):
# random_page_cost 1.1 lets the planner use the (RegionCode, ReceivedAt) index for a quarter instead of scanning every
# region's referrals, and without JIT a 200 ms query does not spend 100 ms compiling itself.
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c random_page_cost=1.1 -c jit=off" -w start >/dev/null \
  || { tail -20 "$pg_dir/server.log"; echo "PostgreSQL did not start"; exit 1; }
psql_() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -tAq "$@"; }
[ "$(psql_ -c "SELECT 1 FROM pg_database WHERE datname = 'protecthub'")" = "1" ] || psql_ -c "CREATE DATABASE protecthub"
cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=protecthub"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say "build"
dotnet build src/ProtectHub.Web -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/ProtectHub.Performance.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
bench() { dotnet "$root/bench/ProtectHub.Performance.Benchmarks/bin/Release/net10.0/ProtectHub.Performance.Benchmarks.dll" "$@"; }

start_web() {
  (cd src/ProtectHub.Web && exec env ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres ConnectionStrings__ProtectHub="$cs" \
    ASPNETCORE_URLS="http://127.0.0.1:$web_port" Logging__LogLevel__Default=Warning "${web_env[@]}" \
    dotnet bin/Release/net10.0/ProtectHub.Web.dll) >>"$bench_dir/web.log" 2>&1 &
  web_pid=$!
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$web_port/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$web_pid" 2>/dev/null || { tail -30 "$bench_dir/web.log"; echo "the web app stopped"; exit 1; }
    sleep 1
  done
  tail -30 "$bench_dir/web.log"; echo "the web app did not become ready"; exit 1
}
stop_web() { [ -n "$web_pid" ] && { kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; web_pid=""; }; }

# Never measure the wrong data: each table within 1 % of its declared size, else stop and say so.
check_rows() {
  local table=$1 expected=$2 actual
  actual=$(psql_ -d "$db" -c "SELECT count(*) FROM $table")
  echo "rows: $table $actual (declared $expected)"
  if [ $((actual * 100)) -lt $((expected * 99)) ] || [ $((actual * 100)) -gt $((expected * 101)) ]; then
    echo "$table holds $actual rows, not the declared $expected (within 1 %): run again with --regenerate"; exit 3
  fi
}
# A benchmark's own database: dropped with --regenerate, created when missing (and its data then generated again).
own_database() {
  db=$1
  cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db"
  [ "$regenerate" -eq 1 ] && { psql_ -c "DROP DATABASE IF EXISTS $db"; rm -f "$bench_dir/$2-generated.ok"; }
  [ "$(psql_ -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" = "1" ] || { psql_ -c "CREATE DATABASE $db"; rm -f "$bench_dir/$2-generated.ok"; }
}
# Before each measurement: no autovacuum running, a checkpoint written, and the machine quiet again (1-minute load
# under 1.5, up to 2 minutes), so one run's aftermath is not measured in the next.
settle() {
  for _ in $(seq 1 60); do
    [ "$(psql_ -d "$db" -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'autovacuum:%'")" = "0" ] && break
    sleep 2
  done
  psql_ -d "$db" -c "CHECKPOINT"
  for _ in $(seq 1 60); do
    awk '{ exit !($1 < 1.5) }' /proc/loadavg && break
    sleep 2
  done
}

if [ "$advisories" -eq 1 ]; then
  # Issue #19's data set lives in its own database.
  own_database protecthub_advisories advisories
  say "web app on the advisories database (applies the migrations; no demo records, public pages' rate limits raised)"
  : >"$bench_dir/web.log"
  web_env=(Demo__Enabled=false RateLimiting__PublicFormPermitsPerMinute=100000000 RateLimiting__TaxiiPermitsPerMinute=100000000)
  start_web
  if [ ! -f "$bench_dir/advisories-generated.ok" ]; then
    say "generate $advisory_recipients community members with a contact each, $advisory_advisories issued advisories with $advisory_indicators indicators (SQL)"
    start=$(date +%s)
    psql_ -d "$db" -v recipients="$advisory_recipients" -v advisories="$advisory_advisories" -v indicators="$advisory_indicators" \
      -f "$root/bench/ProtectHub.Performance.Benchmarks/generate-advisories.sql"
    echo "generated in $(( $(date +%s) - start )) s"
    echo "recipients=$advisory_recipients advisories=$advisory_advisories indicators=$advisory_indicators" >"$bench_dir/advisories-generated.ok"
  fi
  check_rows "contacts WHERE \"FullName\" LIKE 'Recipient %'" "$advisory_recipients"
  check_rows "advisories WHERE \"Reference\" LIKE 'ADV-B%'" "$advisory_advisories"
  check_rows advisory_indicators "$advisory_indicators"
  say "VACUUM ANALYZE, then wait for autovacuum to settle (the state a production server is in)"
  psql_ -d "$db" -c "VACUUM ANALYZE"
  settle
  say "SMTP server (tests/smtp/capture.py) on 127.0.0.1:$smtp_port"
  rm -rf "$bench_dir/smtp-out"
  /usr/bin/python3 "$root/tests/smtp/capture.py" "$smtp_port" "$bench_dir/smtp-out" >"$bench_dir/smtp.log" 2>&1 &
  smtp_pid=$!
  for _ in $(seq 1 50); do grep -q listening "$bench_dir/smtp.log" 2>/dev/null && break; sleep 0.2; done
  say "issue to $advisory_recipients recipients, delivery, acknowledgement pages (64 recipients) and TAXII pages (4, then 16 clients) (issue #19): ${duration} s each after ${warmup} s warm-up"
  bench advisories --connection "$cs;Command Timeout=0" --base-url "http://127.0.0.1:$web_port" --recipients "$advisory_recipients" \
    --indicators "$advisory_indicators" --smtp-port "$smtp_port" --smtp-dir "$bench_dir/smtp-out" --users 64 --taxii-users "$users" \
    --duration "$duration" --warmup "$warmup" | tee "$bench_dir/results-advisories.txt"
  status=${PIPESTATUS[0]}
  stop_web
  say "done"
  exit "$status"
fi

if [ "$outreach" -eq 1 ]; then
  # Issue #20's data set lives in its own database.
  own_database protecthub_outreach outreach
  say "web app on the outreach database (applies the migrations and seeds the demo users of East Midlands)"
  : >"$bench_dir/web.log"
  start_web
  if [ ! -f "$bench_dir/outreach-generated.ok" ]; then
    say "generate $outreach_requests requests, $outreach_materials materials with $((outreach_materials * 3)) versions, $outreach_campaigns campaigns with $outreach_posts posts (SQL)"
    start=$(date +%s)
    psql_ -d "$db" -v requests="$outreach_requests" -v materials="$outreach_materials" -v campaigns="$outreach_campaigns" -v posts="$outreach_posts" \
      -f "$root/bench/ProtectHub.Performance.Benchmarks/generate-outreach.sql"
    echo "generated in $(( $(date +%s) - start )) s"
    echo "requests=$outreach_requests materials=$outreach_materials campaigns=$outreach_campaigns posts=$outreach_posts" >"$bench_dir/outreach-generated.ok"
  fi
  check_rows assistance_requests "$outreach_requests"
  check_rows "materials WHERE \"Title\" LIKE 'Bench material %'" "$outreach_materials"
  check_rows "material_versions WHERE \"FileName\" LIKE 'bench-%'" "$((outreach_materials * 3))"
  check_rows campaigns "$outreach_campaigns"
  check_rows campaign_posts "$outreach_posts"
  say "VACUUM ANALYZE, then wait for autovacuum to settle (the state a production server is in)"
  psql_ -d "$db" -c "VACUUM ANALYZE"
  settle
  say "requests, tasking board, materials library, campaigns and calendar (issue #20): $users users, ${duration} s after ${warmup} s warm-up"
  bench load --pages outreach --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
    | tee "$bench_dir/results-outreach.txt"
  settle
  say "a 50 MB file uploaded to the materials library, checked and stored in the database (issue #20), 5 runs"
  bench upload --base-url "http://127.0.0.1:$web_port" --megabytes 50 --runs 5 | tee "$bench_dir/results-upload.txt"
  stop_web
  say "done"
  exit 0
fi

if [ "$intelligence" -eq 1 ]; then
  # Issue #18's data set lives in its own database too.
  own_database protecthub_intelligence intelligence
  say "web app on the intelligence database (applies the migrations and seeds the demo users of East Midlands)"
  : >"$bench_dir/web.log"
  start_web
  if [ ! -f "$bench_dir/intelligence-generated.ok" ]; then
    say "generate $intelligence_reports intelligence reports with $((intelligence_reports * 5)) subjects and $intelligence_lessons lessons (SQL)"
    start=$(date +%s)
    psql_ -d "$db" -v reports="$intelligence_reports" -v lessons="$intelligence_lessons" -f "$root/bench/ProtectHub.Performance.Benchmarks/generate-intelligence.sql"
    echo "generated in $(( $(date +%s) - start )) s"
    echo "reports=$intelligence_reports lessons=$intelligence_lessons" >"$bench_dir/intelligence-generated.ok"
  fi
  check_rows intelligence_reports "$intelligence_reports"
  check_rows intelligence_subjects "$((intelligence_reports * 5))"
  check_rows "lessons WHERE \"Status\" = 'Published'" "$intelligence_lessons"
  say "VACUUM ANALYZE, then wait for autovacuum to settle (the state a production server is in)"
  psql_ -d "$db" -c "VACUUM ANALYZE"
  settle
  say "intelligence lists, subject searches, report pages, coverage and threat picture (issue #18): $users users, ${duration} s after ${warmup} s warm-up"
  bench load --pages intelligence --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
    | tee "$bench_dir/results-intelligence.txt"
  settle
  say "national library of lessons (issue #18): $users users, ${duration} s after ${warmup} s warm-up"
  bench load --pages library --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
    | tee "$bench_dir/results-library.txt"
  stop_web
  say "done"
  exit 0
fi

if [ "$prevent" -eq 1 ]; then
  # Issue #17's data set lives in its own database, so that it needs none of the 3,000,000 referrals above.
  cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=protecthub_prevent"
  [ "$regenerate" -eq 1 ] && { psql_ -c "DROP DATABASE IF EXISTS protecthub_prevent"; rm -f "$bench_dir/prevent-generated.ok"; }
  [ "$(psql_ -c "SELECT 1 FROM pg_database WHERE datname = 'protecthub_prevent'")" = "1" ] || { psql_ -c "CREATE DATABASE protecthub_prevent"; rm -f "$bench_dir/prevent-generated.ok"; }
  say "web app on the Prevent database (applies the migrations and seeds the demo users of East Midlands)"
  : >"$bench_dir/web.log"
  start_web
  if [ ! -f "$bench_dir/prevent-generated.ok" ]; then
    say "generate $prevent_cases Prevent cases and $prevent_interventions interventions (SQL)"
    start=$(date +%s)
    psql_ -d protecthub_prevent -v cases="$prevent_cases" -v interventions="$prevent_interventions" -f "$root/bench/ProtectHub.Performance.Benchmarks/generate-prevent.sql"
    echo "generated in $(( $(date +%s) - start )) s"
    echo "cases=$prevent_cases interventions=$prevent_interventions" >"$bench_dir/prevent-generated.ok"
  fi
  psql_ -d protecthub_prevent -c "SELECT 'rows: prevent cases ' || (SELECT count(*) FROM prevent_cases) || ', interventions ' || (SELECT count(*) FROM prevent_interventions) || ', reviews ' || (SELECT count(*) FROM prevent_reviews) || ', database ' || pg_size_pretty(pg_database_size('protecthub_prevent'))"
  say "Prevent case list, search and case pages (issue #17): $users users, ${duration} s after ${warmup} s warm-up"
  bench load --pages prevent --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
    | tee "$bench_dir/results-prevent.txt"
  stop_web
  say "operation list import and warning letters (issue #17)"
  bench prevent-import --connection "$cs;Command Timeout=0" --cases "$prevent_cases" | tee "$bench_dir/results-prevent-import.txt"
  say "done"
  exit 0
fi

say "web app (applies the migrations and seeds the demo users of East Midlands)"
: >"$bench_dir/web.log"
start_web

if [ ! -f "$bench_dir/generated.ok" ]; then
  say "generate $organisations organisations, $engagements engagements, $referrals referrals (SQL)"
  stop_web
  start=$(date +%s)
  psql_ -d protecthub -v engagements="$engagements" -v referrals="$referrals" -v organisations="$organisations" \
    -f "$root/bench/ProtectHub.Performance.Benchmarks/generate.sql"
  echo "generated in $(( $(date +%s) - start )) s"
  echo "engagements=$engagements referrals=$referrals organisations=$organisations" >"$bench_dir/generated.ok"
  start_web
fi
# As every other data set here: after the generator's bulk inserts and updates (3,000,000 referrals inserted open,
# then most closed), the indexes still hold every dead version until VACUUM, as a production server's would not (its
# autovacuum has long since run); a name search's trigram index then walks 3,000,000 entries for 43,000 open referrals.
say "VACUUM ANALYZE, then wait for autovacuum to settle (the state a production server is in)"
db=protecthub
psql_ -d protecthub -c "VACUUM ANALYZE"
settle
psql_ -d protecthub -c "SELECT 'rows: engagements ' || (SELECT count(*) FROM engagements) || ', referrals ' || (SELECT count(*) FROM victim_referrals) || ', organisations ' || (SELECT count(*) FROM organisations) || ', feedback ratings ' || (SELECT count(*) FROM feedback_topic_ratings) || ', follow-up actions ' || (SELECT count(*) FROM follow_up_actions) || ', database ' || pg_size_pretty(pg_database_size('protecthub'))"

say "regional quarterly return: metric engine against hand-written SQL, $runs runs each"
bench return --connection "$cs" --region EM --runs "$runs" | tee "$bench_dir/results-return.txt"

say "dashboard: $users users, ${duration} s after ${warmup} s warm-up"
bench load --pages dashboard --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
  | tee "$bench_dir/results-dashboard.txt"

say "referral queue pages (issue #5): $users users, ${duration} s after ${warmup} s warm-up"
bench load --pages queue --base-url "http://127.0.0.1:$web_port" --users "$users" --duration "$duration" --warmup "$warmup" \
  | tee "$bench_dir/results-queue.txt"
stop_web

if [ "$import" -eq 1 ]; then
  say "referral import (issue #5): $import_rows rows on a copy of the data set"
  psql_ -c "DROP DATABASE IF EXISTS protecthub_import" -c "CREATE DATABASE protecthub_import TEMPLATE protecthub"
  organisations_arg=(--organisations)
  [ "$import_people" -eq 1 ] && organisations_arg=()
  bench import "${organisations_arg[@]}" --rows "$import_rows" --connection "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=protecthub_import;Command Timeout=0" \
    | tee "$bench_dir/results-import.txt" || echo "import benchmark failed"
  psql_ -c "DROP DATABASE IF EXISTS protecthub_import"
fi

say "done"
echo "results: $bench_dir/results-return.txt, $bench_dir/results-dashboard.txt"
