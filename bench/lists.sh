#!/usr/bin/env bash
# lists.sh -- how long a list request takes over many stored executions, and what it costs the node.
#
#   bench/lists.sh [ROWS] [PORT]      # default 300000 executions, port 18110
#
# Starts a PostgreSQL node (bench/bora-up.sh; BORA_JAR picks the jar), runs three executions, copies
# one of them ROWS times with SQL (ids and creation times of their own), and one task's action
# execution ROWS times (a with-items task that large), then times lists as the CLI and bench.py
# send them (median of 5) and prints the node's peak RSS.
set -euo pipefail
ROWS=${1:-300000}; PORT=${2:-18110}; DB=bora_bench_lists
HERE=$(cd "$(dirname "$0")" && pwd)
URL="http://127.0.0.1:$PORT"
PID=$(BORA_JAVA_OPTS=${BORA_JAVA_OPTS:-"-Xmx1g"} "$HERE/bora-up.sh" pg "$PORT" "$DB")
trap 'kill "$PID" 2>/dev/null || true' EXIT
curl -fsS -o /dev/null -X POST -H 'Content-Type: text/plain' \
  --data-binary $'version: "2.0"\nwf:\n  tasks:\n    a: {action: std.noop}\n' "$URL/v2/workflows"
for _ in 1 2 3; do
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"workflow_name": "wf"}' "$URL/v2/executions"
done
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "
  INSERT INTO workflow_executions
  SELECT gen_random_uuid()::text, workflow_id, workflow_name, workflow_namespace, description, tags, spec, state,
         state_info, input, output, params, context, task_execution_id, root_execution_id, project_id,
         created_at - make_interval(secs => g * 0.37), updated_at
  FROM (SELECT * FROM workflow_executions LIMIT 1) t, generate_series(1, $ROWS) g;
  INSERT INTO action_executions
  SELECT gen_random_uuid()::text, name, task_execution_id, task_name, workflow_execution_id, workflow_name,
         workflow_namespace, state, state_info, accepted, input, output, params, description, tags, g, is_async,
         runner, last_heartbeat, project_id, created_at + make_interval(secs => g * 0.001), updated_at
  FROM (SELECT * FROM action_executions LIMIT 1) t, generate_series(1, $ROWS) g;
  ANALYZE workflow_executions; ANALYZE action_executions;"
TASK=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "SELECT task_execution_id FROM action_executions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
median() { for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -w '%{time_total}\n' "$URL$1"; done | sort -n | sed -n 3p; }
CLI='/v2/executions?limit=100&sort_keys=created_at&sort_dirs=desc'
POLL='/v2/executions?limit=100&sort_keys=created_at&sort_dirs=desc&fields=id,state&workflow_name=wf'
LAST=$(curl -fsS "$URL$CLI" | python3 -c 'import json, sys; print(json.load(sys.stdin)["executions"][-1]["id"])')
echo "rows: $((ROWS + 3))"
echo "execution-list (limit 100, newest first): $(median "$CLI") s"
echo "bench.py poll (fields=id,state, workflow_name): $(median "$POLL") s"
echo "second page (marker): $(median "$CLI&marker=$LAST") s"
echo "action-execution-list <task> (limit 100, newest first): $(median "/v2/tasks/$TASK/action_executions?limit=100&sort_keys=created_at&sort_dirs=desc") s"
grep VmHWM "/proc/$PID/status"
