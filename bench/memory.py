#!/usr/bin/env python3
"""Memory benchmarks of a running Bora node (or any Mistral-compatible API with a local pid).

  items100k      one execution: with-items over N (100,000) items, concurrency 100, std.noop.
                 Wall time from POST /v2/executions until the execution is SUCCESS.
  concurrent1000 E (1,000) executions started by 16 clients as fast as possible; each waits
                 (wait-before) so that all are in flight at once, then finishes with two noops.
                 Reports the peak number seen RUNNING at once, the time until all SUCCESS.

While it runs it samples, every second, the server's VmRSS (/proc/PID/status) and the Java heap
in use (jcmd PID GC.heap_info), and at the end reads VmHWM (peak RSS since the process started:
use a fresh node per run) and the largest pre-collection heap in the GC log (-Xlog:gc, given
with --gc-log) written during the run. One JSON line on stdout.

  python3 bench/memory.py --url http://127.0.0.1:18100 --pid PID --gc-log FILE items100k [--n 100000]
  python3 bench/memory.py --url http://127.0.0.1:18100 --pid PID --gc-log FILE concurrent1000 [--e 1000]
"""
import argparse
import json
import os
import re
import subprocess
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

JCMD = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jcmd")


def call(url, method="GET", body=None, ctype="application/json", timeout=60):
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": ctype, "Accept": "*/*"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def upload(base, yaml_text):
    name = re.search(r"^(\w+):\s*$", yaml_text, re.M).group(1)
    try:
        call(base + "/v2/workflows/" + name, method="DELETE")
    except Exception:
        pass  # not there yet
    call(base + "/v2/workflows", method="POST", body=yaml_text, ctype="text/plain")
    return name


class Sampler(threading.Thread):
    """Peak VmRSS and heap-in-use of the server, sampled every second."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.stop, self.rss_kb, self.heap_kb, self.samples = pid, threading.Event(), 0, 0, 0

    def run(self):
        while not self.stop.is_set():
            self.rss_kb = max(self.rss_kb, status_kb(self.pid, "VmRSS"))
            self.heap_kb = max(self.heap_kb, heap_used_kb(self.pid))
            self.samples += 1
            self.stop.wait(1.0)


def status_kb(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def heap_used_kb(pid):
    try:
        out = subprocess.run([JCMD, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=20).stdout
    except subprocess.TimeoutExpired:
        return 0
    # JDK 25 G1: "garbage-first heap   total reserved 1048576K, committed 126976K, used 41371K [..."
    m = re.search(r"heap .*?used (\d+)K", out)
    if m:
        return int(m.group(1))
    # Serial ("DefNew"/"Tenured") and Parallel ("PSYoungGen"/"ParOldGen"): one line per generation.
    gens = re.findall(r"^\s*(?:DefNew|Tenured|PSYoungGen|ParOldGen)\s+total \d+K, used (\d+)K", out, re.M)
    return sum(int(g) for g in gens)


def gc_log_peak_mb(path, offset):
    """Largest heap-before-collection in the GC log lines written after offset ("123M->45M(256M)")."""
    if not path:
        return None
    with open(path, errors="replace") as f:
        f.seek(offset)
        before = [int(m.group(1)) for m in re.finditer(r"(\d+)M->\d+M\(\d+M\)", f.read())]
    return max(before) if before else None


def wait_state(base, ex_id, deadline):
    while time.monotonic() < deadline:
        ex = call(base + "/v2/executions/" + ex_id)
        if ex["state"] in ("SUCCESS", "ERROR", "CANCELLED"):
            return ex
        time.sleep(0.2)
    raise TimeoutError("execution %s not finished" % ex_id)


def items100k(base, args):
    name = upload(base, "version: '2.0'\nmem_items:\n  input: [n]\n  tasks:\n    t:\n"
                        "      with-items: i in <% range($.n) %>\n      concurrency: 100\n      action: std.noop\n")
    t0 = time.monotonic()
    ex = call(base + "/v2/executions", method="POST", body={"workflow_name": name, "input": {"n": args.n}})
    done = wait_state(base, ex["id"], t0 + args.timeout)
    return {"shape": "items100k", "n": args.n, "state": done["state"], "wall_s": round(time.monotonic() - t0, 2)}


def concurrent1000(base, args):
    name = upload(base, "version: '2.0'\nmem_hold:\n  tasks:\n    a:\n      action: std.noop\n"
                        "      wait-before: %d\n      on-success: b\n    b:\n      action: std.noop\n" % args.hold)
    t0 = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        ids = list(pool.map(lambda _: call(base + "/v2/executions", method="POST",
                                           body={"workflow_name": name})["id"], range(args.e)))
    started_s = time.monotonic() - t0
    peak_running, states = 0, {}
    while time.monotonic() < t0 + args.timeout:
        listed = call(base + "/v2/executions?workflow_name=%s&fields=id,state&limit=%d" % (name, args.e * 2))
        states = {}
        for ex in listed["executions"]:
            states[ex["state"]] = states.get(ex["state"], 0) + 1
        peak_running = max(peak_running, states.get("RUNNING", 0))
        if states.get("SUCCESS", 0) + states.get("ERROR", 0) >= len(ids):
            break
        time.sleep(0.5)
    return {"shape": "concurrent1000", "e": args.e, "hold_s": args.hold, "start_all_s": round(started_s, 2),
            "wall_s": round(time.monotonic() - t0, 2), "peak_running_seen": peak_running, "final_states": states}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--pid", type=int, required=True, help="server process to sample")
    ap.add_argument("--gc-log", help="the server's -Xlog:gc file")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--e", type=int, default=1000)
    ap.add_argument("--hold", type=int, default=10, help="wait-before of each execution, seconds")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("shape", choices=["items100k", "concurrent1000"])
    args = ap.parse_args()
    base = args.url.rstrip("/")
    gc_offset = os.path.getsize(args.gc_log) if args.gc_log else 0
    rss_before = status_kb(args.pid, "VmRSS")
    sampler = Sampler(args.pid)
    sampler.start()
    result = (items100k if args.shape == "items100k" else concurrent1000)(base, args)
    sampler.stop.set()
    sampler.join()
    result.update({
        "rss_before_mb": round(rss_before / 1024), "peak_rss_sampled_mb": round(sampler.rss_kb / 1024),
        "vmhwm_mb": round(status_kb(args.pid, "VmHWM") / 1024),
        "peak_heap_used_sampled_mb": round(sampler.heap_kb / 1024),
        "peak_heap_before_gc_mb": gc_log_peak_mb(args.gc_log, gc_offset), "samples": sampler.samples,
        "loadavg": open("/proc/loadavg").read().split()[:3]})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
