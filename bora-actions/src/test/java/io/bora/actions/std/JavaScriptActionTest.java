package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JavaScriptActionTest {

    private final ActionRegistry registry = ActionRegistry.standard();
    private final ActionContext context = ActionContext.standalone("ae-js");

    @Test
    void bothNamesExistWithMistralsSignature() {
        assertThat(registry.find("std.javascript").orElseThrow().signature()).isEqualTo("script, context=null");
        assertThat(registry.find("std.js").orElseThrow().signature()).isEqualTo("script, context=null");
    }

    @Test
    void contextIsDollarAndReturnValueIsTheResult() throws Exception {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("items", List.of(1L, 2L, 3L));
        ctx.put("name", "bora");
        Object result = success(js("return {total: $.items.reduce(function(a, b) { return a + b; }, 0),"
                + " upper: $.name.toUpperCase(), half: 1 / 2, list: [true, null], nested: {x: 'y'}};", ctx));
        assertThat(result).isEqualTo(Map.of("total", 6L, "upper", "BORA", "half", 0.5,
                "list", java.util.Arrays.asList(true, null), "nested", Map.of("x", "y")));
    }

    @Test
    void resultIsJsonSafe() throws Exception {
        assertThat(success(js("return undefined;", null))).isNull();
        assertThat(success(js("return function() {};", null))).isNull();
        assertThat(success(js("return 0/0;", null))).isNull();
        assertThat(success(js("return new Date(0);", null))).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(success(js("return 'caf\\u00e9';", null))).isEqualTo("caf\u00e9");
    }

    @Test
    void scriptErrorsCarryTheirPosition() throws Exception {
        assertThat(failure(js("var a = 1;\nreturn missing + a;", null)))
                .startsWith("The action raised an exception [action=<mistral.actions.std_actions.JavaScriptAction object at 0x")
                .contains("msg='JavaScriptAction failed: ReferenceError: \"missing\" is not defined. (line 2");
        assertThat(failure(js("return (;", null))).contains("JavaScriptAction failed: syntax error (line 1");
        assertThat(failure(js("throw new Error('custom');", null))).contains("JavaScriptAction failed: Error: custom (line 1");
    }

    @Test
    void javaIsNotReachable() throws Exception {
        assertThat(failure(js("return java.lang.System.getProperty('user.home');", null)))
                .contains("JavaScriptAction failed:");
    }

    @Test
    void endlessLoopIsStoppedByTheBudget() throws Exception {
        ActionType bounded = ActionRegistry.of(List.of(new JavaScriptAction("std.js", Duration.ofSeconds(30), 1_000_000L, 1L << 30)))
                .find("std.js").orElseThrow();
        ActionResult result = bounded.run(Map.of("script", "while (true) {}"), context);
        assertThat(failure(result)).contains("JavaScriptAction failed: script exceeded its budget of 1000000 instructions");

        ActionResult caught = bounded.run(Map.of("script", "try { while (true) {} } catch (e) { return 'escaped'; }"), context);
        assertThat(failure(caught)).contains("script exceeded its budget");

        ActionContext shortTask = new ActionContext("ae", null, null, null, null, null, Duration.ofMillis(200), () -> false);
        ActionType std = registry.find("std.javascript").orElseThrow();
        assertThat(failure(std.run(Map.of("script", "while (true) {}"), shortTask)))
                .contains("JavaScriptAction failed: script exceeded its time limit");
    }

    @Test
    void growingMemoryIsStoppedByTheAllocationBudgetAlsoOnVirtualThreads() throws Exception {
        ActionType bounded = ActionRegistry.of(List.of(new JavaScriptAction("std.js", Duration.ofSeconds(30),
                Long.MAX_VALUE, 64L * 1024 * 1024))).find("std.js").orElseThrow();
        String hog = "var keep = []; for (var i = 0; ; i++) { keep.push('x'.repeat(10000) + i); }";
        assertThat(failure(bounded.run(Map.of("script", hog), context)))
                .contains("JavaScriptAction failed: script exceeded its memory budget of 64 MB");
        java.util.concurrent.atomic.AtomicReference<ActionResult> onVirtual = new java.util.concurrent.atomic.AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                onVirtual.set(bounded.run(Map.of("script", hog), context));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).join();
        assertThat(failure(onVirtual.get())).contains("script exceeded its memory budget of 64 MB");
    }

    @Test
    void cancellationStopsTheScript() throws Exception {
        ActionContext cancelled = new ActionContext("ae", null, null, null, null, null, null, () -> true);
        assertThat(failure(registry.find("std.js").orElseThrow().run(Map.of("script", "while (true) {}"), cancelled)))
                .contains("the action execution was cancelled");
    }

    private ActionResult js(String script, Object ctx) throws InterruptedException {
        ActionType type = registry.find("std.javascript").orElseThrow();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("script", script);
        input.put("context", ctx);
        return type.run(registry.prepareInput(type, input), context);
    }

    private static Object success(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Success.class);
        return ((ActionResult.Success) result).value();
    }

    private static String failure(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        return (String) ((ActionResult.Failure) result).error();
    }
}
