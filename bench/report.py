#!/usr/bin/env python3
"""Turns one bench/run.sh run into bench/results/<date>-<label>.md: the table (measured vs the budgets of
issue 8), the machine, pgbench, GC pauses and the query plans. Python 3 standard library only.

  python3 bench/report.py --work DIR --out FILE --label LABEL --tickets N
DIR holds what run.sh collected: results.tsv (Driver.java), pgbench.txt, gc.log, machine.txt, seed.txt, plans.txt,
timings.txt.
"""
import argparse
import re
import sys
from pathlib import Path


def read(path):
    p = Path(path)
    return p.read_text(encoding="utf-8", errors="replace") if p.exists() else ""


def parse_results(text):
    rows = []
    lines = text.strip().splitlines()
    if not lines:
        return rows
    header = lines[0].split("\t")
    for line in lines[1:]:
        rows.append(dict(zip(header, line.split("\t"))))
    return rows


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def parse_pgbench(text):
    tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text)
    lat = re.search(r"latency average = ([0-9.]+) ms", text)
    return (float(tps.group(1)) if tps else None, float(lat.group(1)) if lat else None)


def parse_gc(text):
    """Stop-the-world pauses in a -Xlog:gc* file (the [gc] summary lines): collector, [(ms, gc id, uptime s)], and by
    pause ((gc id, uptime s)) its cpu line and its timed phases [(name, ms)] (from gc+phases=debug where logged). A
    concurrent cycle's Remark and Cleanup share one gc id: a phase belongs to the next pause of its id to end, the cpu
    line to the pause just ended."""
    pauses = []
    cpu = {}
    phases = {}
    pending = {}
    collector = None
    for line in text.splitlines():
        m = re.search(r"\[gc\s*\] Using (\S+)$", line)
        if m and collector is None:
            collector = m.group(1)
        if re.search(r"\[gc\s*\]", line) and "Pause" in line:
            m = re.search(r"GC\((\d+)\).*?([0-9.]+)ms\s*$", line)
            at = re.match(r"\[([0-9.]+)s\]", line)
            if m:
                pause = (float(m.group(2)), m.group(1), float(at.group(1)) if at else 0.0)
                pauses.append(pause)
                phases[pause[1:]] = pending.pop(m.group(1), [])
        m = re.search(r"\[gc,cpu\s*\] GC\((\d+)\) (User=.*)$", line)
        if m and pauses and pauses[-1][1] == m.group(1):
            cpu[pauses[-1][1:]] = m.group(2)
        m = re.search(r"\[gc,phases\s*\] GC\((\d+)\) +(\S.*?):? ([0-9.]+)ms\s*$", line)
        if m:
            pending.setdefault(m.group(1), []).append((m.group(2), float(m.group(3))))
        # a phase the GC workers run in parallel: its slowest worker (a worker waiting in Termination for another
        # that the OS had not scheduled shows here)
        m = re.search(r"\[gc,phases\s*\] GC\((\d+)\) +(\S.*?) \(ms\):.*Max:\s*([0-9.]+)", line)
        if m:
            pending.setdefault(m.group(1), []).append((m.group(2) + " (slowest worker)", float(m.group(3))))
    return collector, pauses, cpu, phases


def ready_uptime(text):
    """The JVM uptime in seconds at which Spring reported the server started ("process running for 21.4"), or None."""
    m = re.search(r"Started \S+ in [0-9.]+ seconds \(process running for ([0-9.]+)\)", text)
    return float(m.group(1)) if m else None


def budget_for(row):
    """(budget text, check(row) -> bool or None) for a measured line, from issue 8."""
    name, clients = row["line"], int(row["clients"])
    if name == "counts" and clients == 1:
        return "p95 ≤ 5 ms", lambda r: num(r["p95_ms"]) is not None and num(r["p95_ms"]) <= 5
    if name == "counts" and clients == 8:
        return "p95 ≤ 25 ms", lambda r: num(r["p95_ms"]) is not None and num(r["p95_ms"]) <= 25
    if name.endswith("(throughput)"):
        return "at least today's", None
    if name.startswith(("list ", "sort ", "filter ")) and clients == 8:
        return "p95 ≤ 50 ms", lambda r: num(r["p95_ms"]) is not None and num(r["p95_ms"]) <= 50
    if name.startswith("search ") and clients == 8:
        return "p95 ≤ 50 ms", lambda r: num(r["p95_ms"]) is not None and num(r["p95_ms"]) <= 50
    if name.startswith("fetch") and clients == 16:
        return "≥ 1,000 ops/s", lambda r: num(r["ops_per_s"]) is not None and num(r["ops_per_s"]) >= 1000
    if name.startswith(("create", "add comment")):
        return "at least today's", None
    return "–", None


def fmt(value):
    return "–" if value in (None, "", "-") else value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--label", required=True)
    ap.add_argument("--tickets", required=True, type=int)
    ap.add_argument("--date", required=True)
    a = ap.parse_args()
    work = Path(a.work)

    rows = parse_results(read(work / "results.tsv"))
    if not rows:
        sys.exit("report.py: no measurements in " + str(work / "results.tsv"))
    tps, pg_latency = parse_pgbench(read(work / "pgbench.txt"))
    collector, pauses, gc_cpu, gc_phases = parse_gc(read(work / "gc.log"))

    table = ["| line | clients | ops | errors | p50 ms | p95 ms | p99 ms | max ms | ops/s | budget | verdict |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    verdicts = []

    def add(name, clients, ops, errors, p50, p95, p99, mx, rps, budget, ok):
        verdict = "–" if ok is None else ("WITHIN" if ok else "**OVER**")
        if ok is not None:
            verdicts.append(ok)
        table.append(f"| {name} | {clients} | {ops} | {errors} | {fmt(p50)} | {fmt(p95)} | {fmt(p99)} | {fmt(mx)} | "
                     f"{fmt(rps)} | {budget} | {verdict} |")

    status16 = None
    for r in rows:
        budget, check = budget_for(r)
        ok = None
        if check is not None:
            ok = check(r) and int(r["errors"]) == 0
        note = f" ({r['conflicts']} × 409)" if r.get("conflicts", "0") not in ("0", "") else ""
        add(r["line"] + note, r["clients"], r["ops"], r["errors"], r["p50_ms"], r["p95_ms"], r["p99_ms"], r["max_ms"],
            r["ops_per_s"], budget, ok)
        if r["line"] == "status change" and r["clients"] == "16":
            status16 = num(r["ops_per_s"])

    if tps is not None:
        add("pgbench: the status change's SQL (lock, update with version check, tally changes, activity row)", 16, "–", "–",
            "–", "–", "–", "–", f"{tps:.1f}", f"reference (avg {pg_latency} ms)", None)
    if tps and status16 is not None:
        ratio = status16 / tps
        add("status change: HTTP / pgbench at 16 clients", 16, "–", "–", "–", "–", "–", "–", f"{100 * ratio:.0f} %",
            "≥ 50 %", ratio >= 0.5)
    else:
        add("status change: HTTP / pgbench at 16 clients", 16, "–", "–", "–", "–", "–", "–", "not measured", "≥ 50 %",
            False)

    # The budget is for the server while it serves: pauses before Spring reported it started (JVM uptime from the
    # measured server's log) held up no request, and are listed on a line of their own.
    ready = ready_uptime(read(work / "server-measure.log"))
    serving = [p for p in pauses if ready is None or p[2] >= ready]
    starting = [p for p in pauses if ready is not None and p[2] < ready]
    if starting:
        add(f"GC pauses while starting (before {ready:.1f} s of uptime, no request served yet): {len(starting)} pauses, "
            f"{sum(1 for p in starting if p[0] > 50)} over 50 ms", "–", "–", "–", "–", "–", "–",
            f"{max(starting)[0]:.1f}", "–", "–", None)
    if serving:
        worst = max(serving)
        over = sum(1 for p in serving if p[0] > 50)
        slowest_phases = sorted(gc_phases.get(worst[1:], []), key=lambda phase: -phase[1])[:3]
        spent = "; its slowest phases: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in slowest_phases) \
            if slowest_phases else ""
        add(f"GC pauses while serving (-Xmx512m, {collector or 'default GC'}): {len(serving)} pauses, {over} over 50 ms, "
            f"total {sum(p[0] for p in serving):.0f} ms; the longest: {gc_cpu.get(worst[1:], '')}{spent}",
            "–", "–", "–", "–", "–", "–", f"{worst[0]:.1f}", "–", "max ≤ 50 ms", worst[0] <= 50)
    else:
        add("GC pauses (-Xmx512m)", "–", "–", "–", "–", "–", "–", "no pause logged", "–", "max ≤ 50 ms", None)

    within = sum(1 for v in verdicts if v)
    summary = f"{within} of {len(verdicts)} budgeted lines WITHIN budget, {len(verdicts) - within} OVER."

    md = []
    md.append(f"# Benchmark {a.date} – {a.label}")
    md.append("")
    md.append(f"`bash bench/run.sh --tickets {a.tickets} --label {a.label}` ({a.tickets:,} tickets in \"Demo Support\" "
              f"and {a.tickets:,} in \"Noisy Neighbour\"; signed in as Alice, an agent of Demo Support, with an API "
              "token). Latency is the whole HTTP operation measured by the client (bench/Driver.java, closed loop, "
              "one thread per client) on the same machine as the server and PostgreSQL. A fetch is two requests "
              "(ticket, then its activity); ops/s counts operations. Writes ran after every read line.")
    md.append("")
    md.append("**" + summary + "**")
    md.append("")
    md.extend(table)
    md.append("")
    md.append("## Machine and run")
    md.append("")
    md.append("```")
    md.append(read(work / "machine.txt").rstrip())
    md.append(read(work / "timings.txt").rstrip())
    md.append("```")
    md.append("")
    md.append("## Seed")
    md.append("")
    md.append("```")
    md.append(read(work / "seed.txt").rstrip())
    md.append("```")
    md.append("")
    md.append("## pgbench (the status change's essential SQL, 16 clients)")
    md.append("")
    md.append("```")
    md.append(read(work / "pgbench.sql").rstrip())
    md.append("")
    md.append(read(work / "pgbench.txt").rstrip())
    md.append("```")
    md.append("")
    md.append("## Query plans at this size (bench/plans.sql, EXPLAIN (ANALYZE, BUFFERS), after one warm-up pass)")
    md.append("")
    md.append("```")
    md.append(read(work / "plans.txt").rstrip())
    md.append("```")
    Path(a.out).write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(table))
    print(summary)


if __name__ == "__main__":
    main()
