#!/usr/bin/env bash
# Cluster scaling benchmark (a benchmark, not a test): bench.py's `throughput` shape against
# 1, 2 and 3 Bora nodes sharing one PostgreSQL database (a fresh database per node count).
#
# Every node plays every role. bench.py takes one URL, so the load enters through node 1's API;
# the work spreads because every node's engine and executor loops claim jobs from the shared
# queue (FOR UPDATE SKIP LOCKED), woken by LISTEN/NOTIFY when another node commits jobs. To show
# that all nodes execute, the script samples which nodes hold job leases during the run.
#
# The machines are shared and noisy, so the node counts are interleaved: ROUNDS rounds, each
# running 1, 2 and 3 nodes once (fresh database, fresh JVMs, one unrecorded warm-up run, then one
# measured bench.py run); the summary gives per node count the median of its ROUNDS runs.
#
# Usage: bench/cluster.sh            (from the repository root, after ./mvnw -pl bora-server -am package)
# Environment (defaults in brackets):
#   BORA_JAR        the server jar [bora-server/target/bora-all.jar], copied first so a rebuild cannot interfere
#   PSQL            how to reach the PostgreSQL server as a superuser [psql -h 127.0.0.1 -U postgres]
#   PG_JDBC_BASE    JDBC URL prefix of that server [jdbc:postgresql://127.0.0.1:5432]
#   PG_JDBC_PARAMS  JDBC URL parameters [user=postgres]
#   NODE_COUNTS     [1 2 3]     ROUNDS [3]     TP_E [300]     TP_C [8]     BASE_PORT [19100]
#   WARMUP_E        executions of an unrecorded warm-up run per node count (JIT) [100]
#   OUT             directory for logs and JSON lines [/tmp/bora-cluster-bench]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
BORA_JAR=${BORA_JAR:-$ROOT/bora-server/target/bora-all.jar}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres}
PG_JDBC_BASE=${PG_JDBC_BASE:-jdbc:postgresql://127.0.0.1:5432}
PG_JDBC_PARAMS=${PG_JDBC_PARAMS:-user=postgres}
NODE_COUNTS=${NODE_COUNTS:-1 2 3}
ROUNDS=${ROUNDS:-3}
TP_E=${TP_E:-300}
WARMUP_E=${WARMUP_E:-100}
TP_C=${TP_C:-8}
BASE_PORT=${BASE_PORT:-19100}
OUT=${OUT:-/tmp/bora-cluster-bench}
BENCH_PY=${BENCH_PY:-$ROOT/../shared/bench/bench.py}

mkdir -p "$OUT"
JAR="$OUT/bora-all.jar"
cp "$BORA_JAR" "$JAR"

PIDS=()
DB=""
SAMPLER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
  if [ -n "$DB" ]; then $PSQL -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null; DB=""; fi
}
trap cleanup EXIT

await_ready() {  # port
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$1/ready" >/dev/null && return 0
    sleep 0.2
  done
  echo "node on port $1 not ready" >&2; return 1
}

# The collector ./bora picks: serial on two cores or fewer.
GC=""; [ "$(nproc 2>/dev/null || echo 4)" -le 2 ] && GC="-XX:+UseSerialGC"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)"
: > "$OUT/results.jsonl"
for round in $(seq 1 "$ROUNDS"); do
for n in $NODE_COUNTS; do
  DB="bora_bench_$(date +%s)_$RANDOM"
  $PSQL -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
  url="$PG_JDBC_BASE/$DB?$PG_JDBC_PARAMS"
  for i in $(seq 1 "$n"); do
    port=$((BASE_PORT + i))
    # shellcheck disable=SC2086
    "$JAVA" $GC -Xmx512m -jar "$JAR" server --port "$port" --node-name "bench-$i" --db-url "$url" \
      > "$OUT/nodes$n-node$i.log" 2>&1 &
    PIDS+=($!)
  done
  for i in $(seq 1 "$n"); do await_ready $((BASE_PORT + i)); done

  # One unrecorded run first: the nodes' JIT warm-up is not what is measured.
  python3 "$BENCH_PY" --url "http://127.0.0.1:$((BASE_PORT + 1))" --shapes throughput --repeat 1 \
    --tp-e "$WARMUP_E" --tp-c "$TP_C" --quiet > /dev/null

  # Which nodes hold job leases, sampled every 0.2 s while bench runs.
  samples="$OUT/nodes$n-leases.txt"; : > "$samples"
  ( while true; do
      $PSQL -qtA -d "$DB" -c "SELECT claimed_by FROM jobs WHERE claimed_by IS NOT NULL" >> "$samples" 2>/dev/null || true
      sleep 0.2
    done ) &
  SAMPLER=$!

  echo "=== round $round, $n node(s): python3 $BENCH_PY --url http://127.0.0.1:$((BASE_PORT + 1)) --shapes throughput --repeat 1 --tp-e $TP_E --tp-c $TP_C"
  python3 "$BENCH_PY" --url "http://127.0.0.1:$((BASE_PORT + 1))" --shapes throughput --repeat 1 \
    --tp-e "$TP_E" --tp-c "$TP_C" --label "nodes=$n" --json-out "$OUT/results.jsonl" --quiet \
    > "$OUT/round$round-nodes$n.txt"
  head -1 "$OUT/round$round-nodes$n.txt" | cut -c1-240

  kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=""
  echo "job leases held, by node (samples): $(sort "$samples" | uniq -c | awk '{printf "%s=%s ", $2, $1}')"
  cleanup
done
done

echo "=== medians of $ROUNDS runs (completed executions/s; start rate; e2e p50)"
python3 - "$OUT/results.jsonl" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    runs.setdefault(r["label"], []).append(r)
for label in sorted(runs):
    rs = runs[label]
    done = [x["completed_per_s_median"] for x in rs]
    print("%s: %.1f exec/s (runs %s), start %.1f/s, e2e p50 %.2f s" % (label, statistics.median(done),
          ", ".join("%.1f" % d for d in done), statistics.median(x["start_per_s_median"] for x in rs),
          statistics.median(x["e2e_p50_s_median"] for x in rs)))
PY
