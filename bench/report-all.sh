#!/usr/bin/env bash
# Writes docs/benchmarks/latest.md from the logs of bench/run-all.sh: what each benchmark measured against its target,
# copied from its own output, with the date, commit, machine and load. run-all.sh calls it at the end.
#
#   bench/report-all.sh [LOG_DIR] [STARTED] [MINUTES]
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:-${BENCH_ALL_DIR:-/var/tmp/protecthub-bench-all}}
started=${2:-$(date -u -r "$out/status" +"%Y-%m-%d %H:%M UTC" 2>/dev/null || echo unknown)}
minutes=${3:-$(awk -F'|' '{ s += $3 } END { printf "%d", s / 60 }' "$out/status")}
lines() { grep -E "$2" "$out/$1.log" 2>/dev/null | grep -vE "^=== |Build succeeded|Warning|Error\(s\)" | sed 's/^[[:space:]]*//; s/^/    /' || true; }
status() { awk -F'|' -v n="$1" '$1 == n { printf "Exit code %s, %s s, load average %s.", $2, $3, $4 }' "$out/status"; }
{
  echo "# Benchmarks: the latest run of bench/run-all.sh"
  echo
  echo "- Started: $started; the benchmarks took $minutes minutes in all"
  echo "- Commit: $(git rev-parse --short HEAD)"
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET SDK $(dotnet --version)"
  echo
  echo "Every figure below is copied from the benchmark's own output (logs in \`$out\`); the targets are the issues'."
  echo "Each benchmark generated its data set from scratch and checked it before measuring."
  echo
  echo "## Every target"
  echo
  python3 bench/summarise-targets.py "$out"
  echo
  echo "## Record linkage (issues #3, #15): dedupe of synthetic people; F1 at least 0.99, 1,000,000 records in minutes"
  echo; status linkage; echo; echo; lines linkage "^\| "
  echo; echo "Hard data (placeholders, couples, twins, shared emails): $(status linkage-hard)"; echo; lines linkage-hard "^\| "
  echo
  echo "## Hostile import files (issue #13): refused at once, in little memory"
  echo; status bombs; echo; echo; lines bombs "\): |ms, peak"
  echo
  echo "## Partners (issue #4): list, search and timeline pages p95 under 100 ms with 16 users; 100,000-row imports"
  echo; status partners; echo; echo; lines partners "declared|rows:|^set |^org-|^contacts-|^engagements-|^timeline|^mixed|over 100 ms|imported .*already held|took|rows a second"
  echo
  echo "## Performance (issues #5, #6): return under 2 s and at most 1.5 times hand-written SQL; dashboard p95 under 200 ms;"
  echo "## referral queue p95 under 100 ms; 1,000,000-row referral import under 180 s at 0.5 of COPY's speed"
  echo; status performance; echo; echo; lines performance "generated in|rows:|ratio|^engine:|^hand-written:|users, 30 s|^  /referrals|import took|^import:|COPY"
  echo
  echo "## Cyber Prevent (issue #17): pages p95 under 100 ms with 16 users; a 50,000-row list under 60 s; 10,000 letters under 30 s"
  echo; status prevent; echo; echo; lines prevent "generated in|rows:|users, 30 s|operation list of|warning letters"
  echo
  echo "## Intelligence and lessons (issue #18): lists, searches, report pages and the national library p95 under 100 ms with 16 users"
  echo; status intelligence; echo; echo; lines intelligence "generated in|rows:|users, 30 s"
  echo
  echo "## Requests, materials and campaigns (issue #20): pages p95 under 100 ms with 16 users; a 50 MB upload under 2 s"
  echo; status outreach; echo; echo; lines outreach "generated in|rows:|users, 30 s|^  /|^upload of"
  echo
  echo "## Threat advisories (issue #19): 20,000 queued under 10 s, delivered at 100 a second or more; acknowledgement pages"
  echo "## p95 under 100 ms with 64 recipients; TAXII pages of 1,000 objects p95 under 200 ms over 100,000 indicators"
  echo; status advisories; echo; echo; lines advisories "generated in|rows:|^issue:|^delivery:|^at the SMTP|recipients at once|clients at once|^  the |^  objects"
} >docs/benchmarks/latest.md
echo "report: docs/benchmarks/latest.md"
