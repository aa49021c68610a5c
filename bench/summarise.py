#!/usr/bin/env python3
"""Markdown table of bench.py results for BENCHMARKS.md: shape | Mistral 15 | Bora (PostgreSQL) |
Bora (H2) | ratio. Ratios are "how many times better Bora on PostgreSQL is than Mistral" (time
shapes: Mistral / Bora; throughput: Bora / Mistral), the H2 ratio in parentheses. Each cell is the
median bench.py reports over its --repeat runs, with the 1-minute load average before/after.

    python3 bench/summarise.py [DIR]     # DIR of e2e.sh, default /tmp/bora-bench/e2e
"""
import json
import os
import sys

SHAPES = [  # shape, key of the median, unit, lower is better
    ("seq", "wall_s_median", "s", True),
    ("fanout", "wall_s_median", "s", True),
    ("items", "wall_s_median", "s", True),
    ("throughput", "completed_per_s_median", "exec/s", False),
    ("latency", "p50_ms_median", "ms p50", True),
]


def load(path):
    out = {}
    if os.path.exists(path):
        for line in open(path):
            r = json.loads(line)
            out[r["shape"]] = r
    return out


def cell(r, key, unit):
    if not r:
        return "not measured", None
    if r.get("error") or r.get("skipped"):
        return "error: %s" % (r.get("error") or r.get("skipped"))[:60], None
    v = r.get(key)
    la = r.get("loadavg_1m") or ["?", "?"]
    return "%s %s (load %s→%s)" % (v, unit, la[0], la[1]), v


def ratio(mistral, bora, lower_better):
    if not mistral or not bora:
        return None
    return mistral / bora if lower_better else bora / mistral


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bora-bench/e2e"
    res = {t: load(os.path.join(d, t + ".json")) for t in ("mistral", "bora-pg", "bora-h2")}
    print("| shape | Mistral 15 | Bora (PostgreSQL) | Bora (H2) | ratio PG (H2) |")
    print("| --- | --- | --- | --- | --- |")
    for shape, key, unit, lower in SHAPES:
        cells = [cell(res[t].get(shape), key, unit) for t in ("mistral", "bora-pg", "bora-h2")]
        rp, rh = ratio(cells[0][1], cells[1][1], lower), ratio(cells[0][1], cells[2][1], lower)
        rtext = "%.1f× (%s)" % (rp, "%.1f×" % rh if rh else "-") if rp else "-"
        print("| %s | %s | %s | %s | %s |" % (shape, cells[0][0], cells[1][0], cells[2][0], rtext))


if __name__ == "__main__":
    main()
