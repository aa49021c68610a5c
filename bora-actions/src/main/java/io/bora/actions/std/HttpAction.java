package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;

import java.util.List;
import java.util.Map;

/**
 * std.http: one HTTP request. Status 200..306 is a success with the response map; any other status
 * is a failure whose error is the same map, so on-error handlers can inspect status and content.
 */
class HttpAction extends StdAction {

    static final List<ActionParameter> PARAMETERS = List.of(
            ActionParameter.required("url"),
            ActionParameter.optional("method", "GET"),
            ActionParameter.optional("params", null),
            ActionParameter.optional("body", null),
            ActionParameter.optional("json", null),
            ActionParameter.optional("headers", null),
            ActionParameter.optional("cookies", null),
            ActionParameter.optionalSecret("auth", null),
            ActionParameter.optional("timeout", null),
            ActionParameter.optional("allow_redirects", null),
            ActionParameter.optional("proxies", null),
            ActionParameter.optional("verify", null));

    /** Mistral lists the first line of the action class docstring. */
    private static final String DESCRIPTION = "HTTP action.";

    private final long maxBodyBytes;

    HttpAction() {
        this(HttpExchange.MAX_BODY_BYTES);
    }

    HttpAction(long maxBodyBytes) {
        this("std.http", "HTTPAction", maxBodyBytes);
    }

    HttpAction(String name, String pythonClass, long maxBodyBytes) {
        super(name, pythonClass, DESCRIPTION, PARAMETERS);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        HttpCall call = HttpCall.from(input, extraHeaders(context));
        Map<String, Object> result = HttpExchange.send(call, context, maxBodyBytes);
        long status = (Long) result.get("status");
        return status >= 200 && status < 307 ? ActionResult.success(result) : ActionResult.failure(result);
    }

    /** Headers added by subclasses (std.mistral_http adds the callback headers). */
    Map<String, String> extraHeaders(ActionContext context) {
        return Map.of();
    }
}
