package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * std.mistral_http: an asynchronous std.http. The called service gets the ids and callback URL in
 * {@code Mistral-*} headers and reports the result later with {@code PUT /v2/action_executions/<id>};
 * only an HTTP error status completes the action at once (with ERROR).
 */
final class MistralHttpAction extends HttpAction {

    MistralHttpAction() {
        super("std.mistral_http", "MistralHTTPAction", HttpExchange.MAX_BODY_BYTES);
    }

    @Override
    public boolean async() {
        return true;
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        ActionResult result = super.run(input, context);
        return result instanceof ActionResult.Failure ? result : ActionResult.pending();
    }

    @Override
    Map<String, String> extraHeaders(ActionContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (context == null) {
            return headers;
        }
        // requests drops None-valued headers, so absent ids are simply not sent
        putIfPresent(headers, "Mistral-Workflow-Name", context.workflowName());
        putIfPresent(headers, "Mistral-Workflow-Execution-Id", context.workflowExecutionId());
        putIfPresent(headers, "Mistral-Task-Id", context.taskExecutionId());
        putIfPresent(headers, "Mistral-Action-Execution-Id", context.actionExecutionId());
        putIfPresent(headers, "Mistral-Callback-URL", context.callbackUrl());
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
