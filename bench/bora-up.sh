#!/usr/bin/env bash
# bora-up.sh -- start one Bora node for benchmarking, from a private copy of the jar.
#
#   bench/bora-up.sh pg PORT [DBNAME]   # PostgreSQL on 127.0.0.1:5432 (user postgres), a FRESH database
#   bench/bora-up.sh h2 PORT            # embedded H2 in a fresh directory
#
# Env: BORA_JAR (default /tmp/bora-bench/bora-all.jar; copy bora-server/target/bora-all.jar there so
# other builds cannot replace it under a running server), BORA_BENCH_DIR (/tmp/bora-bench),
# BORA_JAVA_OPTS (default: -Xmx1g (plus -XX:+UseSerialGC on <= 2 cores, as ./bora), GC log to $DIR/<kind>-<port>-gc.log, JFR recording to
# $DIR/<kind>-<port>.jfr, dumped on exit). Prints the node's pid; waits until the API answers.
set -euo pipefail
KIND=${1:?pg|h2}; PORT=${2:?port}
DIR=${BORA_BENCH_DIR:-/tmp/bora-bench}
JAR=${BORA_JAR:-$DIR/bora-all.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mkdir -p "$DIR"
[ -f "$JAR" ] || { echo "no jar at $JAR (cp bora-server/target/bora-all.jar $JAR)" >&2; exit 1; }
TAG="$KIND-$PORT"
OPTS=${BORA_JAVA_OPTS:-"-Xmx1g -Xlog:gc:file=$DIR/$TAG-gc.log:uptime -XX:StartFlightRecording=filename=$DIR/$TAG.jfr,settings=profile,dumponexit=true"}
# The collector ./bora picks: serial on two cores or fewer, unless the options name one.
if [[ "$OPTS" != *-XX:+Use*GC* && "$(nproc 2>/dev/null || echo 4)" -le 2 ]]; then OPTS="-XX:+UseSerialGC $OPTS"; fi
case "$KIND" in
  pg)
    DB=${3:-bora_bench_$(date +%s)}
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" >/dev/null
    STORE=(--db-url "jdbc:postgresql://127.0.0.1:5432/$DB" --db-user postgres) ;;
  h2)
    rm -rf "$DIR/h2-$PORT"
    STORE=(--data "$DIR/h2-$PORT") ;;
  *) echo "pg or h2" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
nohup "$JAVA" $OPTS -jar "$JAR" server --port "$PORT" "${STORE[@]}" >"$DIR/$TAG.log" 2>&1 &
PID=$!
echo "$PID" >"$DIR/$TAG.pid"
for _ in $(seq 1 240); do
  if curl -fsS -m 2 "http://127.0.0.1:$PORT/v2/workflows" >/dev/null 2>&1; then echo "$PID"; exit 0; fi
  kill -0 "$PID" 2>/dev/null || { echo "bora died; see $DIR/$TAG.log" >&2; exit 1; }
  sleep 0.5
done
echo "bora did not answer on $PORT within 120 s; see $DIR/$TAG.log" >&2
exit 1
