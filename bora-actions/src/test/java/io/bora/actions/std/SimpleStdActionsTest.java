package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleStdActionsTest {

    private final ActionRegistry registry = ActionRegistry.standard();
    private final ActionContext context = ActionContext.standalone("ae-7");

    @Test
    void echoReturnsOutputUnchanged() throws Exception {
        Map<String, Object> out = Map.of("a", 1L);
        assertThat(run("std.echo", Map.of("output", out))).isEqualTo(new ActionResult.Success(out));
    }

    @Test
    void echoDelayWaitsAtLeastTheDelay() throws Exception {
        long start = System.nanoTime();
        assertThat(run("std.echo", Map.of("output", "late", "delay", "0.2"))).isEqualTo(new ActionResult.Success("late"));
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(200_000_000L);
    }

    @Test
    void sleepStopsEarlyWhenCancelled() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        ActionContext cancelledContext = new ActionContext("ae", null, null, null, null, null, null, cancelled::get);
        ActionType sleep = registry.find("std.sleep").orElseThrow();
        long start = System.nanoTime();
        assertThat(sleep.run(registry.prepareInput(sleep, Map.of("seconds", 30L)), cancelledContext))
                .isEqualTo(new ActionResult.Success(null));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void noopReturnsNullAndAsyncNoopIsPending() throws Exception {
        assertThat(run("std.noop", Map.of())).isEqualTo(new ActionResult.Success(null));
        assertThat(registry.find("std.async_noop").orElseThrow().async()).isTrue();
        assertThat(run("std.async_noop", Map.of())).isInstanceOf(ActionResult.Pending.class);
    }

    @Test
    void failWithoutDataRaisesMistralText() throws Exception {
        assertThat(run("std.fail", Map.of())).isEqualTo(new ActionResult.Failure(
                "The action raised an exception [action=Fail action, action_ex_id=ae-7,"
                        + " msg='Fail action expected exception.']"));
    }

    @Test
    void failWithDataFailsWithThatData() throws Exception {
        Map<String, Object> data = Map.of("code", 42L, "msg", "boom");
        assertThat(run("std.fail", Map.of("error_data", data))).isEqualTo(new ActionResult.Failure(data));
    }

    @Test
    void testDictBuildsPrefixedKeys() throws Exception {
        assertThat(run("std.test_dict", Map.of("size", 3L, "key_prefix", "item_", "val", "x")))
                .isEqualTo(new ActionResult.Success(Map.of("item_0", "x", "item_1", "x", "item_2", "x")));
        assertThat(run("std.test_dict", Map.of())).isEqualTo(new ActionResult.Success(Map.of()));
    }

    private ActionResult run(String name, Map<String, Object> input) throws InterruptedException {
        ActionType type = registry.find(name).orElseThrow();
        return type.run(registry.prepareInput(type, input), context);
    }
}
