import json, sys, urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

EX = "f911a485-ccc4-4af5-ae07-dacd0f6a12fb"
EX2 = "0b2c6f7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e"
WF = "cc4cab36-1111-4222-8333-444455556666"
T = "6f5d0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b"
AE = "23e6b0c1-d2e3-4f45-8a6b-7c8d9e0f1a2b"

wb = {"id": "0d3c1e2f-aaaa-4bbb-8ccc-dddddddddddd", "name": "my_wb", "namespace": "",
      "definition": "---\nversion: '2.0'\nname: my_wb\n", "tags": ["cli", "conformance", "a-very-long-tag-name"],
      "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21", "updated_at": None}
wb2 = {"name": "other", "namespace": "ns", "tags": [], "scope": "public",
       "created_at": "2026-11-27 04:01:22", "updated_at": "2026-11-27 04:03:00"}
wf1 = {"id": WF, "name": "wf1", "namespace": "", "input": "who, punct=\"!\"",
       "interface": "{\"input\": [\"who\"], \"output\": []}", "definition": "version: '2.0'\nwf1:\n  tasks: {}\n",
       "tags": ["cli"], "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21",
       "updated_at": None}
wf2 = {"id": EX, "name": "wf2", "namespace": "", "input": "alpha, beta, gamma=\"a very long default\"",
       "tags": [], "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21"}
ex1 = {"id": EX, "workflow_id": WF, "workflow_name": "wf1", "workflow_namespace": "", "description": "d1",
       "tags": [], "params": "{\"namespace\": \"\", \"env\": {}}", "task_execution_id": None,
       "root_execution_id": None, "state": "SUCCESS", "state_info": None,
       "input": "{\"x\": \"hello\", \"y\": 5}", "output": "{\"res\": \"h\\u00e9llo\", \"n\": [1, 2.5, 1e+16, 0.1], \"e\": {}, \"l\": []}",
       "published_global": "{}", "project_id": "<default-project>",
       "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40"}
ex2 = {"id": EX2, "workflow_id": WF, "workflow_name": "wf_fail", "workflow_namespace": "",
       "description": "a fairly long description of this run", "task_execution_id": T, "root_execution_id": EX,
       "state": "ERROR",
       "state_info": "Failure caused by error in tasks: boom\n\n  boom [task_ex_id=42] -> Fail action expected exception.\n",
       "created_at": "2026-11-27 04:00:00", "updated_at": "2026-11-28 05:01:02"}
task = {"id": T, "name": "say", "type": "ACTION", "workflow_name": "wf1", "workflow_namespace": "",
        "workflow_id": WF, "workflow_execution_id": EX, "tags": [], "state": "SUCCESS",
        "state_info": None, "project_id": "<default-project>", "runtime_context": "{}",
        "result": "\"Hi cli!\"", "published": "{\"greeting\": \"Hi cli!\", \"u\": \"\\u00fc\"}", "processed": True,
        "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40",
        "started_at": "2026-11-27 04:02:39", "finished_at": "2026-11-27 04:02:40"}
task_err = dict(task, id="7f5d0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b", name="boom", state="ERROR",
                state_info="The action raised an exception [action=Fail action]", result="null", published="{}")
ae = {"id": AE, "name": "std.echo", "workflow_name": "wf1", "workflow_namespace": "",
      "task_name": "say", "task_execution_id": T, "state": "SUCCESS", "state_info": None,
      "tags": None, "description": "", "accepted": True, "input": "{\"output\": \"Hi cli!\"}",
      "output": "{\"result\": \"Hi cli!\"}", "project_id": "<default-project>",
      "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40"}
ae_adhoc = {"id": "33e6b0c1-d2e3-4f45-8a6b-7c8d9e0f1a2b", "name": "std.echo", "workflow_name": None,
            "workflow_namespace": "", "task_name": None, "task_execution_id": None, "state": "SUCCESS",
            "state_info": None, "accepted": True, "input": "{\"output\": \"saved\"}",
            "output": "{\"result\": \"saved\"}", "created_at": "2026-11-27 04:02:39", "updated_at": None}
act_sys = {"id": "std.echo", "name": "std.echo", "is_system": False, "input": "output, delay=0",
           "description": "Echo action. It returns back what it gets as input.", "tags": None,
           "definition": "", "scope": None, "namespace": "", "created_at": "", "updated_at": ""}
act_adhoc = {"id": "9a9a9a9a-d2e3-4f45-8a6b-7c8d9e0f1a2b", "name": "my_wb.greet", "is_system": False,
             "input": "who", "description": "greets somebody", "tags": ["x"], "definition": "greet:\n  base: std.echo\n",
             "scope": "private", "namespace": "", "created_at": "2026-11-27 04:01:21", "updated_at": None}
env = {"id": "e1", "name": "my_env", "description": "CLI env", "variables": "{\"greeting\": \"hey\", \"n\": 1, \"l\": [1, {\"a\": null}]}",
       "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21", "updated_at": None}
env2 = dict(env, name="env2", description=None, updated_at="2026-11-27 04:05:00")
ct = {"id": "3c76", "name": "ct1", "workflow_name": "wf1", "workflow_id": WF, "workflow_input": "{}",
      "workflow_params": "{\"env\": {\"a\": 1}}", "pattern": "0 0 1 1 *", "first_execution_time": None,
      "next_execution_time": "2027-01-01 00:00:00", "remaining_executions": 3, "scope": "private",
      "project_id": "p", "created_at": "2026-11-27 04:01:21", "updated_at": None}
report = {"statistics": {"total_tasks_count": 1, "running_tasks_count": 0, "success_tasks_count": 0,
          "error_tasks_count": 1, "idle_tasks_count": 0, "paused_tasks_count": 0, "estimated_time": 0},
          "root_workflow_execution": {"id": "w1", "name": "wf1", "state": "ERROR", "task_executions": [
              {"id": "t1", "name": "boom", "state": "ERROR", "state_info": "bad\nthing " + "x" * 120, "retry_count": 2,
               "action_executions": [{"id": "a1", "name": "std.fail", "state": "ERROR", "state_info": "y" * 130}],
               "workflow_executions": [{"id": "w2", "name": "sub", "state": "ERROR", "task_executions": []}]}]}}

et = {"id": "5e5e5e5e-d2e3-4f45-8a6b-7c8d9e0f1a2b", "name": "et1", "workflow_id": WF, "workflow_input": "{}",
      "workflow_params": "{}", "exchange": "nova", "topic": "notifications", "event": "compute.instance.create.end",
      "scope": "private", "project_id": "p", "created_at": "2026-11-27 04:01:21", "updated_at": None}

def err(code, msg):
    return code, {"faultcode": "Client" if code < 500 else "Server", "faultstring": msg, "debuginfo": None}

R = {
    ("GET", "/v2/workbooks"): (200, {"workbooks": [wb, wb2]}),
    ("GET", "/v2/workbooks/my_wb"): (200, wb),
    ("POST", "/v2/workbooks"): (201, wb),
    ("PUT", "/v2/workbooks"): (200, dict(wb, updated_at="2026-11-27 04:09:00")),
    ("DELETE", "/v2/workbooks/my_wb"): (204, None),
    ("DELETE", "/v2/workbooks/nope"): err(404, "Workbook not found [name=nope, namespace=]"),
    ("POST", "/v2/workbooks/validate"): (200, {"valid": True}),
    ("GET", "/v2/workflows"): (200, {"workflows": [wf1, wf2]}),
    ("POST", "/v2/workflows"): (201, {"workflows": [wf1, wf2]}),
    ("PUT", "/v2/workflows"): (200, {"workflows": [wf1]}),
    ("GET", "/v2/workflows/wf1"): (200, wf1),
    ("DELETE", "/v2/workflows/wf1"): (204, None),
    ("POST", "/v2/workflows/validate"): (200, {"valid": False, "error": "Invalid DSL: Additional properties are not allowed ('actionx' was unexpected)"}),
    ("GET", "/v2/actions"): (200, {"actions": [act_adhoc, act_sys]}),
    ("GET", "/v2/actions/std.echo"): (200, act_sys),
    ("GET", "/v2/actions/my_wb.greet"): (200, act_adhoc),
    ("POST", "/v2/actions"): (201, {"actions": [act_adhoc]}),
    ("POST", "/v2/actions/validate"): (200, {"valid": True}),
    ("POST", "/v2/action_executions"): (201, ae_adhoc),
    ("GET", "/v2/executions"): (200, {"executions": [ex2, ex1]}),
    ("GET", "/v2/executions/" + EX): (200, ex1),
    ("GET", "/v2/executions/" + EX2): (200, ex2),
    ("GET", "/v2/executions/nope"): err(404, "WorkflowExecution not found [id=nope]"),
    ("POST", "/v2/executions"): (201, ex1),
    ("PUT", "/v2/executions/" + EX): (200, ex1),
    ("DELETE", "/v2/executions/" + EX): (204, None),
    ("GET", "/v2/executions/" + EX + "/report"): (200, report),
    ("GET", "/v2/executions/" + EX + "/executions"): (200, {"executions": [ex1, ex2]}),
    ("GET", "/v2/executions/" + EX + "/tasks"): (200, {"tasks": [task, task_err]}),
    ("GET", "/v2/tasks"): (200, {"tasks": [task_err, task]}),
    ("GET", "/v2/tasks/" + T): (200, task),
    ("PUT", "/v2/tasks/" + T): (200, dict(task, state="RUNNING", finished_at=None)),
    ("GET", "/v2/tasks/" + T + "/executions"): (200, {"executions": []}),
    ("GET", "/v2/tasks/" + T + "/action_executions"): (200, {"action_executions": [ae]}),
    ("GET", "/v2/action_executions"): (200, {"action_executions": [ae_adhoc, ae]}),
    ("GET", "/v2/action_executions/" + AE): (200, ae),
    ("PUT", "/v2/action_executions/" + AE): (200, ae),
    ("GET", "/v2/environments"): (200, {"environments": [env, env2]}),
    ("GET", "/v2/environments/my_env"): (200, env),
    ("GET", "/v2/environments/env2"): (200, env2),
    ("POST", "/v2/environments"): (201, env),
    ("PUT", "/v2/environments"): (200, env2),
    ("GET", "/v2/cron_triggers"): (200, {"cron_triggers": [ct]}),
    ("GET", "/v2/cron_triggers/ct1"): (200, ct),
    ("POST", "/v2/cron_triggers"): (201, ct),
    ("DELETE", "/v2/cron_triggers/ct1"): (204, None),
    ("GET", "/v2/event_triggers"): (200, {"event_triggers": [et]}),
    ("GET", "/v2/event_triggers/" + et["id"]): (200, et),
    ("POST", "/v2/event_triggers"): (201, et),
    ("DELETE", "/v2/event_triggers/" + et["id"]): (204, None),
    ("GET", "/v2/services"): (200, {"services": [{"name": "host1_1234", "type": "executor_group"}]}),
}

LOG = open(sys.argv[2], "a")

class H(BaseHTTPRequestHandler):
    def _go(self):
        u = urllib.parse.urlsplit(self.path)
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode() if n else ""
        path = urllib.parse.unquote(u.path).rstrip("/")
        LOG.write(json.dumps({"m": self.command, "p": path, "q": urllib.parse.parse_qsl(u.query, keep_blank_values=True),
                              "ct": self.headers.get("Content-Type"), "b": body}) + "\n")
        LOG.flush()
        code, doc = R.get((self.command, path), err(404, "no route " + path))
        data = b"" if doc is None else json.dumps(doc).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = do_PUT = do_DELETE = _go
    def log_message(self, *a):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
