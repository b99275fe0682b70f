#!/usr/bin/env bash
# Runs every ProtectHub test: the whole solution on SQLite (unit, HTTP and real-browser tests), then the web suite
# and command-line suites again on a throwaway PostgreSQL server. Installs what it needs first. Ends with "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
work="$root/.test-run"
rm -rf "$work" && mkdir -p "$work"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- system packages -------------------------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
missing=()
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The email tests send through a real SMTP server: aiosmtpd under Debian's own Python (tests/smtp/capture.py).
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install ${missing[*]} failed"; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# --- a throwaway PostgreSQL server ------------------------------------------------------------------------------
pg_dir="$work/pg"
pg_port=${PROTECTHUB_TEST_PG_PORT:-55432}
mkdir -p "$pg_dir"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown -R postgres "$pg_dir"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; echo "initdb failed"; exit 1; }
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  -w start >/dev/null || { cat "$pg_dir/server.log"; echo "PostgreSQL did not start"; exit 1; }
trap 'run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1' EXIT
export PROTECTHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"

# --- build once, then run each suite without rebuilding ---------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build ProtectHub.slnx -c Release -nologo -v q -clp:ErrorsOnly || { echo "tests: 0 passed, 1 failed"; exit 1; }

passed=0; failed=0; status=0
run_suite() {
  local name=$1; shift
  echo "=== $name"
  local log="$work/$name.log"
  "$@" 2>&1 | tee "$log" | grep -E "^(Passed!|Failed!)|^\s+Failed |Error Message" || true
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -E "^(Passed|Failed)!" "$log" | grep -Eo "Passed:\s+[0-9]+" | awk '{s+=$2} END {print s+0}')
  f=$(grep -E "^(Passed|Failed)!" "$log" | grep -Eo "Failed:\s+[0-9]+" | awk '{s+=$2} END {print s+0}')
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$name: test run failed without reporting a failed test (exit $rc)"; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$name: no tests ran"; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" -ne 0 ] && status=1
}

# One test assembly at a time (-m:1): on two cores, assemblies side by side starve the browser journeys.
run_suite sqlite dotnet test ProtectHub.slnx -c Release --no-build -nologo -m:1
PROTECTHUB_TEST_PROVIDER=Postgres run_suite postgres-web dotnet test tests/ProtectHub.Web.Tests -c Release --no-build -nologo
PROTECTHUB_TEST_PROVIDER=Postgres run_suite postgres-cli dotnet test tests/ProtectHub.Cli.Tests -c Release --no-build -nologo

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
