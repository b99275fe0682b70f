#!/usr/bin/env bash
# Every benchmark in bench/, one after another, from the repository on a fresh machine, then a report of what each
# measured against its target in docs/benchmarks/latest.md (with the date, commit, machine and load). Each benchmark
# installs what it needs, starts its own PostgreSQL server and generates its data set from scratch (--regenerate), and
# checks the data set before it measures; a failed benchmark is reported and the others still run.
#
#   bench/run-all.sh            about 50 minutes on a 2-core machine
#
# Logs: $BENCH_ALL_DIR (default /var/tmp/protecthub-bench-all)/<benchmark>.log
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${BENCH_ALL_DIR:-/var/tmp/protecthub-bench-all}
mkdir -p "$out"
: >"$out/status"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$(date -u +"%Y-%m-%d %H:%M UTC")
begin=$(date +%s)

run() {
  local name=$1; shift
  printf '\n=== %s (load average %s)\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)"
  local s load; s=$(date +%s); load=$(cut -d' ' -f1-3 /proc/loadavg)
  "$@" >"$out/$name.log" 2>&1
  local rc=$?
  echo "$name: exit $rc in $(( $(date +%s) - s )) s"
  echo "$name|$rc|$(( $(date +%s) - s ))|$load" >>"$out/status"
}

bombs() {
  dotnet build bench/ProtectHub.Imports.Bombs -c Release -nologo -v q -clp:ErrorsOnly || return 1
  local b="dotnet bench/ProtectHub.Imports.Bombs/bin/Release/net10.0/ProtectHub.Imports.Bombs.dll"
  $b xlsx-bomb "$out/bomb-2gb.xlsx" && $b read "$out/bomb-2gb.xlsx"
  $b sparse-xlsx "$out/sparse.xlsx" && $b read "$out/sparse.xlsx"
  $b wide-csv "$out/wide.csv" && $b read "$out/wide.csv"
  rm -f "$out/bomb-2gb.xlsx" "$out/sparse.xlsx" "$out/wide.csv"
}

run linkage dotnet run -c Release --project bench/ProtectHub.Linkage.Benchmarks -- e2e --out "$out/linkage"
run linkage-hard dotnet run -c Release --project bench/ProtectHub.Linkage.Benchmarks -- e2e --records 100000 --hard --out "$out/linkage-hard"
run bombs bombs
run partners bench/ProtectHub.Partners.Benchmarks/run.sh --regenerate --skip-wrk
run performance bench/ProtectHub.Performance.Benchmarks/run.sh --regenerate --import --import-people
# The Prevent data set goes in a database of its own on the server the performance benchmark just made afresh.
run prevent bench/ProtectHub.Performance.Benchmarks/run.sh --prevent
# So do the intelligence (issue #18), outreach (issue #20: requests, materials, campaigns) and advisories (issue #19) data sets.
run intelligence bench/ProtectHub.Performance.Benchmarks/run.sh --intelligence
run outreach bench/ProtectHub.Performance.Benchmarks/run.sh --outreach
run advisories bench/ProtectHub.Performance.Benchmarks/run.sh --advisories

# --- the report ------------------------------------------------------------------------------------------------
bench/report-all.sh "$out" "$started" "$(( ($(date +%s) - begin) / 60 ))"
# Exit code: 0 only when every benchmark ran to the end (their figures against targets are in the report).
awk -F'|' '$2 != 0 { failed = 1 } END { exit failed }' "$out/status"
