#!/usr/bin/env python3
"""One table of every target run-all.sh measured: the figure, the target and whether it was met.

Reads the logs bench/run-all.sh left (one per benchmark, and its status file) and prints a Markdown table. Every
figure is read from a line the benchmark printed with its target ("... p95 113 ms ... (target: p95 under 100 ms)"),
from the partners driver's table (its p95 column against 100 ms) and from the linkage table (F1 against 0.99); a
benchmark that stopped before it measured is a row of its own. Nothing is judged that the output does not say.

    bench/summarise-targets.py LOG_DIR
"""
import os
import re
import sys

ORDER = ["linkage", "linkage-hard", "bombs", "partners", "performance", "prevent", "intelligence", "outreach", "advisories"]


def number(text):
    return float(text.replace(",", ""))


def judge(line, log_lines):
    """(figure, target, met) for a line carrying "(target: ...)", or None when its form is not one we know."""
    measured, target = line.split("(target:", 1)
    target = target.rsplit(")", 1)[0].strip()
    p95 = re.search(r"p95 under ([\d,]+) ms", target)
    if p95:
        found = re.search(r"p95 ([\d,.]+) ms", measured)
        if found:
            return f"p95 {found.group(1)} ms", target, number(found.group(1)) < number(p95.group(1))
    # A word of its own: "operation" holds "ratio" too.
    if re.search(r"\bratio\b", measured):
        ratio = number(re.findall(r"\bratio[^0-9]*?([\d.]+)", measured)[-1])
        most = re.search(r"at most ([\d.]+)", target)
        least = re.search(r"at least ([\d.]+)", target)
        met = (most is None or ratio <= number(most.group(1))) and (least is None or ratio >= number(least.group(1)))
        under = re.search(r"under ([\d,]+) ms", target)
        figure = f"ratio {ratio:.2f}"
        if under:
            engine = next((re.search(r"median ([\d,]+) ms", l) for l in log_lines if l.strip().startswith("engine:")), None)
            if engine:
                figure += f", engine median {engine.group(1)} ms"
                met = met and number(engine.group(1)) < number(under.group(1))
        return figure, target, met
    rate = re.search(r"at least ([\d,]+) messages a second", target)
    if rate:
        found = re.search(r"([\d,]+) messages a second", measured)
        if found:
            return f"{found.group(1)} messages a second", target, number(found.group(1)) >= number(rate.group(1))
    under = re.search(r"under ([\d,]+) (s|ms)\b", target)
    if under:
        found = (re.search(r"(?:took|in) ([\d,.]+) (s|ms)\b", measured) or re.search(r"median ([\d,.]+) (s|ms)\b", measured)
                 or re.search(r"worst ([\d,.]+) (s|ms)\b", measured))
        if found:
            value = number(found.group(1)) * (1000 if found.group(2) == "s" else 1)
            limit = number(under.group(1)) * (1000 if under.group(2) == "s" else 1)
            if "worst" in measured:
                worst = re.search(r"worst ([\d,.]+) (s|ms)\b", measured)
                value = number(worst.group(1)) * (1000 if worst.group(2) == "s" else 1)
                return f"worst {worst.group(1)} {worst.group(2)}", target, value < limit
            return f"{found.group(1)} {found.group(2)}", target, value < limit
    return None


def rows(log_dir):
    status = {}
    status_file = os.path.join(log_dir, "status")
    if os.path.exists(status_file):
        for line in open(status_file, encoding="utf-8"):
            parts = line.strip().split("|")
            if len(parts) >= 2:
                status[parts[0]] = parts[1]
    for name in ORDER:
        path = os.path.join(log_dir, f"{name}.log")
        if not os.path.exists(path):
            continue
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
        judged = 0
        for line in lines:
            if "(target:" in line:
                result = judge(line, lines)
                if result:
                    judged += 1
                    yield name, line.split(": ", 1)[0].strip()[:80], *result
            elif name == "partners" and re.match(r"^[a-z-]+\s+\d+\s+\d+\s", line) and re.search(r"\s(yes|NO)\s", line):
                cells = line.split()
                judged += 1
                yield name, cells[0], f"p95 {cells[6]} ms", "p95 under 100 ms", cells[9] == "yes"
            elif name.startswith("linkage") and re.match(r"^\s*\| [\d,]+ \|", line):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                judged += 1
                yield name, f"{cells[0]} records", f"F1 {cells[-1]} in {cells[1]} s", "F1 at least 0.99", float(cells[-1]) >= 0.99
        code = status.get(name)
        if code not in (None, "0") and not judged:
            yield name, "the benchmark", f"stopped (exit code {code}) before it measured", "", False
        elif code not in (None, "0", "1"):
            yield name, "the rest of the benchmark", f"stopped (exit code {code}): see its log", "", False


def main():
    log_dir = sys.argv[1] if len(sys.argv) > 1 else "/var/tmp/protecthub-bench-all"
    table = list(rows(log_dir))
    met = sum(1 for r in table if r[4])
    print(f"{met} of {len(table)} targets met.")
    print()
    print("| Benchmark | What | Figure | Target | Met |")
    print("| --- | --- | --- | --- | --- |")
    for name, what, figure, target, ok in table:
        print(f"| {name} | {what} | {figure} | {target} | {'yes' if ok else '**no**'} |")


if __name__ == "__main__":
    main()
