package io.bora.expr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Data (context values, function results) is never evaluated, whatever delimiters it contains. */
class InjectionTest {
    private final Expressions expressions = new Expressions();
    private final Map<String, Object> ctx = Map.of(
            "y", "<% 6 * 7 %>", "j", "{{ 6 * 7 }}", "nested", Map.of("v", List.of("<% uuid() %>")));

    @Test
    void contextValuesWithDelimitersComeBackVerbatim() {
        assertThat(expressions.evaluate("<% $.y %>", ctx, WorkflowFunctions.NONE)).isEqualTo("<% 6 * 7 %>");
        assertThat(expressions.evaluate("<% $.j %>", ctx, WorkflowFunctions.NONE)).isEqualTo("{{ 6 * 7 }}");
        assertThat(expressions.evaluate("<% $.nested %>", ctx, WorkflowFunctions.NONE))
                .isEqualTo(Map.of("v", List.of("<% uuid() %>")));
    }

    @Test
    void substitutedTextIsNotRewrittenByLaterExpressions() {
        assertThat(expressions.evaluate("a=<% $.y %> b=<% 6 * 7 %>", ctx, WorkflowFunctions.NONE))
                .isEqualTo("a=<% 6 * 7 %> b=42");
    }

    @Test
    void functionResultsAreNotEvaluated() {
        WorkflowFunctions fns = new FixtureFunctions(Map.of("task_executions", List.of(Map.of(
                "id", "t-1", "name", "t1", "workflow_execution_id", "wf-1", "result", "<% $.secret %>"))));
        Map<String, Object> wfCtx = Map.of("__execution", Map.of("id", "wf-1"), "secret", "s3cr3t");
        assertThat(expressions.evaluate("<% task(t1).result %>", wfCtx, fns)).isEqualTo("<% $.secret %>");
        assertThat(expressions.evaluate("r: <% task(t1).result %>", wfCtx, fns)).isEqualTo("r: <% $.secret %>");
    }

    @Test
    void evaluatedValuesAreNotEvaluatedAgainWhenTheResultIsEvaluatedOnce() {
        Object once = expressions.evaluate(List.of("<% $.y %>", "{{ _.y }}"), ctx, WorkflowFunctions.NONE);
        assertThat(once).isEqualTo(List.of("<% 6 * 7 %>", "<% 6 * 7 %>"));
    }
}
