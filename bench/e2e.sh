#!/usr/bin/env bash
# e2e.sh -- bench.py --repeat 3 against real Mistral 15, Bora on PostgreSQL and Bora on H2, one
# after the other in ONE sitting (the machines are shared: compare only figures taken together).
# bench.py reports medians of the runs and the 1-minute load average before/after each shape.
#
#   ../shared/peer/mistral-up.sh                        # Mistral 15 on 18989
#   bench/bora-up.sh pg 18101; bench/bora-up.sh h2 18102
#   bench/e2e.sh                                        # results in $OUT/<target>.json
#
# Env: MISTRAL_URL, BORA_PG_URL, BORA_H2_URL, REPEAT (3), OUT (/tmp/bora-bench/e2e),
# TARGETS (default "mistral bora-pg bora-h2"), WARM (1), WARM_S (90).
#
# Warm-up, not recorded (WARM=1): every target first gets one pass of every shape (definitions,
# caches, connections). Bora targets then get WARM_S seconds (default 90) of the same load: the
# JVM compiles its hot code under the first minute or two of load (its C2 compiler used over 20 s
# of CPU in our runs, and figures kept improving for about a minute), and a service is measured
# as it runs, not while it compiles. CPython (Mistral) has no JIT to warm.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=${BENCH_PY:-$HERE/../../shared/bench/bench.py}
OUT=${OUT:-/tmp/bora-bench/e2e}
mkdir -p "$OUT"
declare -A URL=([mistral]=${MISTRAL_URL:-http://127.0.0.1:18989} [bora-pg]=${BORA_PG_URL:-http://127.0.0.1:18101}
                [bora-h2]=${BORA_H2_URL:-http://127.0.0.1:18102})
for t in ${TARGETS:-mistral bora-pg bora-h2}; do
  echo "$t start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/log.txt"
  rm -f "$OUT/$t.json"
  if [ "${WARM:-1}" = 1 ]; then
    python3 "$BENCH" --url "${URL[$t]}" --repeat 1 >/dev/null 2>&1
    case $t in bora-*)
      until_s=$((SECONDS + ${WARM_S:-90}))
      while [ "$SECONDS" -lt "$until_s" ]; do
        python3 "$BENCH" --url "${URL[$t]}" --shapes throughput --tp-e 1000 --repeat 1 >/dev/null 2>&1
        python3 "$BENCH" --url "${URL[$t]}" --shapes seq,fanout,items --repeat 1 >/dev/null 2>&1
      done ;;
    esac
    echo "$t warm  $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/log.txt"
  fi
  python3 "$BENCH" --url "${URL[$t]}" --repeat "${REPEAT:-3}" --label "$t" \
      --json-out "$OUT/$t.json" >"$OUT/$t.out" 2>"$OUT/$t.err" || echo "  $t: some shape not SUCCESS (see $OUT/$t.out)" | tee -a "$OUT/log.txt"
  echo "$t end   $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/log.txt"
done
