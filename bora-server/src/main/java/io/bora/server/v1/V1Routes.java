package io.bora.server.v1;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.port.DuplicateException;
import io.bora.lang.DslException;
import io.bora.lang.v1.V1Workbook;
import io.bora.server.rest.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The /v1 routes. Errors are answered here, in WSME's body shape, so the routes behave the same
 * whatever the server around them maps.
 */
final class V1Routes {
    private static final String WB = "/v1/workbooks/{name}";
    private static final String EX = WB + "/executions/{id}";

    private final V1Workbooks workbooks;
    private final V1Executions executions;
    private final V1Tasks tasks;

    V1Routes(V1Workbooks workbooks, V1Executions executions, V1Tasks tasks) {
        this.workbooks = workbooks;
        this.executions = executions;
        this.tasks = tasks;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1", guarded(this::root));
        routes.get("/v1/workbooks", guarded(this::listWorkbooks));
        routes.post("/v1/workbooks", guarded(this::createWorkbook));
        routes.get(WB, guarded(this::getWorkbook));
        routes.put(WB, guarded(this::updateWorkbook));
        routes.delete(WB, guarded(this::deleteWorkbook));
        routes.get(WB + "/definition", guarded(this::getDefinition));
        routes.put(WB + "/definition", guarded(this::putDefinition));
        routes.get(WB + "/executions", guarded(this::listExecutions));
        routes.post(WB + "/executions", guarded(this::createExecution));
        routes.get(EX, guarded(this::getExecution));
        routes.put(EX, guarded(this::updateExecution));
        routes.delete(EX, guarded(this::deleteExecution));
        routes.get(EX + "/tasks", guarded(this::listTasks));
        routes.get(EX + "/tasks/{task}", guarded(this::getTask));
        routes.put(EX + "/tasks/{task}", guarded(this::updateTask));
        routes.get(WB + "/listeners", guarded(ctx -> notImplemented()));
        routes.get(WB + "/listeners/{listener}", guarded(ctx -> notImplemented()));
    }

    private void root(Context ctx) {
        json(ctx, 200, Map.of("uri", ctx.scheme() + "://" + ctx.host() + "/v1"));
    }

    private void listWorkbooks(Context ctx) {
        List<Object> items = new ArrayList<>();
        workbooks.list().forEach(wb -> items.add(V1Json.workbook(wb)));
        json(ctx, 200, Map.of("workbooks", items));
    }

    private void createWorkbook(Context ctx) {
        Map<String, Object> body = body(ctx);
        V1Workbooks.Info wb = workbooks.create(text(body, "name"), text(body, "description"), tags(body));
        json(ctx, 201, V1Json.workbook(wb));
    }

    private void getWorkbook(Context ctx) {
        json(ctx, 200, V1Json.workbook(workbooks.get(ctx.pathParam("name"))));
    }

    private void updateWorkbook(Context ctx) {
        Map<String, Object> body = body(ctx);
        String name = ctx.pathParam("name");
        if (body.get("name") != null && !name.equals(body.get("name"))) {
            throw V1Error.badRequest("Workbook cannot be renamed (" + name + " -> " + body.get("name") + ")");
        }
        json(ctx, 200, V1Json.workbook(workbooks.update(name, text(body, "description"), tags(body))));
    }

    private void deleteWorkbook(Context ctx) {
        workbooks.delete(ctx.pathParam("name"));
        ctx.status(204);
    }

    private void getDefinition(Context ctx) {
        ctx.status(200).contentType("text/plain; charset=utf-8").result(workbooks.definition(ctx.pathParam("name")));
    }

    private void putDefinition(Context ctx) {
        V1Workbook v1 = workbooks.upload(ctx.pathParam("name"), ctx.body());
        ctx.status(200).contentType("text/plain; charset=utf-8").result(v1.definition());
    }

    private void listExecutions(Context ctx) {
        List<Object> items = new ArrayList<>();
        executions.list(ctx.pathParam("name")).forEach(ex -> items.add(V1Json.execution(ex)));
        json(ctx, 200, Map.of("executions", items));
    }

    private void createExecution(Context ctx) {
        Map<String, Object> body = body(ctx);
        String name = ctx.pathParam("name");
        Object wbName = body.get("workbook_name");
        if (wbName != null && !name.equals(wbName)) {
            throw V1Error.badRequest("workbook_name " + wbName + " does not match the path's workbook " + name);
        }
        json(ctx, 201, V1Json.execution(executions.start(name, text(body, "task"), context(body.get("context")))));
    }

    private void getExecution(Context ctx) {
        json(ctx, 200, V1Json.execution(executions.get(ctx.pathParam("name"), ctx.pathParam("id"))));
    }

    private void updateExecution(Context ctx) {
        Map<String, Object> body = body(ctx);
        json(ctx, 200, V1Json.execution(executions.update(ctx.pathParam("name"), ctx.pathParam("id"),
                text(body, "state"))));
    }

    private void deleteExecution(Context ctx) {
        executions.delete(ctx.pathParam("name"), ctx.pathParam("id"));
        ctx.status(204);
    }

    private void listTasks(Context ctx) {
        String wb = ctx.pathParam("name");
        List<TaskExecution> list = tasks.list(wb, ctx.pathParam("id"));
        V1Workbook v1 = parsedOrNull(wb);
        List<Object> items = new ArrayList<>();
        list.forEach(t -> items.add(V1Json.task(wb, t, v1)));
        json(ctx, 200, Map.of("tasks", items));
    }

    private void getTask(Context ctx) {
        String wb = ctx.pathParam("name");
        TaskExecution t = tasks.get(wb, ctx.pathParam("id"), ctx.pathParam("task"));
        json(ctx, 200, V1Json.task(wb, t, parsedOrNull(wb)));
    }

    private void updateTask(Context ctx) {
        String wb = ctx.pathParam("name");
        Map<String, Object> body = body(ctx);
        Object result = body.containsKey("result") ? body.get("result") : body.get("output");
        if (result instanceof String s) {
            Object parsed = jsonOrNull(s);
            result = parsed != null ? parsed : s;
        }
        TaskExecution t = tasks.convey(wb, ctx.pathParam("id"), ctx.pathParam("task"), text(body, "state"), result);
        json(ctx, 200, V1Json.task(wb, t, parsedOrNull(wb)));
    }

    private V1Workbook parsedOrNull(String wb) {
        try {
            return workbooks.parsed(wb);
        } catch (V1Error e) {
            return null;
        }
    }

    private static void notImplemented() {
        throw new V1Error(501, "Not implemented");
    }

    // ---- request bodies ----

    private static Map<String, Object> body(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> map = Json.parseObjectOrNull(text);
        if (map == null) {
            throw V1Error.badRequest("Request is not a JSON object");
        }
        return map;
    }

    private static String text(Map<String, Object> body, String key) {
        Object v = body.get(key);
        return v == null ? null : String.valueOf(v);
    }

    /** A list of strings, or one comma-separated string, as v1 clients sent tags; null when absent. */
    private static List<String> tags(Map<String, Object> body) {
        Object v = body.get("tags");
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(t -> out.add(String.valueOf(t)));
        } else {
            for (String t : String.valueOf(v).split(",")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    /** The execution context: a JSON object, or a string holding one (WSME's text field). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(Object raw) {
        if (raw == null) {
            return null;
        }
        Object value = raw instanceof String s ? (s.isBlank() ? null : jsonOrNull(s)) : raw;
        if (raw instanceof String s && !s.isBlank() && value == null) {
            throw V1Error.badRequest("Execution context is not valid JSON: " + s);
        }
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw V1Error.badRequest("Execution context must be a JSON object, got: " + raw);
        }
        return new LinkedHashMap<>((Map<String, Object>) m);
    }

    private static Object jsonOrNull(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            return null;
        }
    }

    // ---- answers ----

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    private static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (V1Error e) {
                fault(ctx, e.status(), e.getMessage());
            } catch (BoraException e) {
                fault(ctx, switch (e.kind()) {
                    case BAD_REQUEST -> 400;
                    case FORBIDDEN -> 403;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                }, e.getMessage());
            } catch (DslException e) {
                fault(ctx, 400, e.detail());
            } catch (DuplicateException e) {
                fault(ctx, 409, e.getMessage());
            }
        };
    }

    private static void fault(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("faultcode", status >= 500 ? "Server" : "Client");
        body.put("faultstring", message);
        body.put("debuginfo", null);
        json(ctx, status, body);
    }
}
