package io.bora.expr;

import io.bora.expr.value.Limits;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An expression cannot hang the engine or exhaust memory: every bound fails with a LIMIT error. */
class LimitsTest {
    private final Expressions small = new Expressions(new Limits(100_000, 10_000, 50, 100_000));

    private ExpressionException fail(String expr) {
        return catchThrowableOfType(ExpressionException.class,
                () -> small.evaluate(expr, Map.of(), WorkflowFunctions.NONE));
    }

    private void assertLimit(String expr, String what) {
        ExpressionException e = fail(expr);
        assertThat(e).as(expr).isNotNull();
        assertThat(e.category()).as(expr).isEqualTo(ErrorCategory.LIMIT);
        assertThat(e.getMessage()).as(expr).contains(what);
    }

    @Test
    void infiniteSequencesReachingTheOutputStopAtTheCollectionLimit() {
        assertLimit("<% sequence() %>", "collection size limit");
        assertLimit("<% [1].cycle().len() %>", "collection size limit");
        assertLimit("<% range(100000000).select($ * 2).orderBy($) %>", "collection size limit");
    }

    @Test
    void lazyPipelinesThatStopEarlyAreNotLimited() {
        assertThat(small.evaluate("<% sequence().where($ mod 7 = 0).take(3) %>", Map.of(), WorkflowFunctions.NONE))
                .isEqualTo(java.util.List.of(0L, 7L, 14L));
    }

    @Test
    void longComputationsStopAtTheStepLimit() {
        assertLimit("<% range(1000).select(range(1000).select($ * 2).sum()).sum() %>", "iteration limit");
    }

    @Test
    void recursionStopsAtTheDepthLimit() {
        assertLimit("<% def(f, f($)) -> f(1) %>", "recursion depth limit");
    }

    @Test
    void hugeStringsAndNumbersStopAtTheOutputLimits() {
        assertLimit("<% 'x' * 1000000 %>", "output size limit");
        assertLimit("<% 'ab' * 600000000000000000 %>", "output size limit");
        assertLimit("<% [1, 2] * 1000000 %>", "collection size limit");
        assertLimit("<% pow(2, 100000000) %>", "collection size limit");
    }

    @Test
    void deeplyNestedExpressionsAreRefusedNotOverflowed() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        ExpressionException e = fail("<% " + deep + " %>");
        assertThat(e.category()).isEqualTo(ErrorCategory.PARSE);
        assertThat(e.getMessage()).contains("nested too deeply");
    }

    @Test
    void defaultLimitsAllowOrdinaryWork() {
        Expressions normal = new Expressions();
        assertThat(normal.evaluate("<% range(100000).sum() %>", Map.of(), WorkflowFunctions.NONE))
                .isEqualTo(4999950000L);
    }
}
