package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import io.bora.expr.value.Limits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The sandbox refusals Mistral relies on, and the bounds that keep a template from hanging the engine. */
class JinjaSandboxAndLimitsTest {
    private final JinjaEvaluator jinja = new JinjaEvaluator();
    private final Map<String, Object> ctx = Map.of("s", "x", "l", List.of(1L));

    private ErrorCategory categoryOf(Runnable r) {
        try {
            r.run();
        } catch (ExpressionException e) {
            return e.category();
        }
        throw new AssertionError("no error");
    }

    private ErrorCategory expressionError(String expression) {
        return categoryOf(() -> jinja.evaluateExpression(expression, ctx, WorkflowFunctions.NONE));
    }

    private ErrorCategory templateError(String template) {
        return categoryOf(() -> jinja.render(template, ctx, WorkflowFunctions.NONE));
    }

    @Test
    void dunderAttributesAreRefused() {
        assertThat(expressionError("_.s.__class__")).isEqualTo(ErrorCategory.SECURITY);
        assertThat(expressionError("_.l.__len__()")).isEqualTo(ErrorCategory.SECURITY);
        assertThat(expressionError("range.__name__")).isEqualTo(ErrorCategory.SECURITY);
        assertThat(expressionError("cycler.__init__")).isEqualTo(ErrorCategory.SECURITY);
        assertThat(expressionError("'{0.__class__}'.format(1)")).isEqualTo(ErrorCategory.SECURITY);
        assertThat(expressionError("_['__class__']")).isEqualTo(ErrorCategory.SECURITY);
    }

    @Test
    void dunderKeysOfTheDataContextAreStillReadable() {
        Map<String, Object> data = Map.of("__env", Map.of("region", "r1"));
        assertThat(jinja.evaluateExpression("_.__env.region", data, WorkflowFunctions.NONE)).isEqualTo("r1");
        assertThat(jinja.evaluateExpression("__env.region", data, WorkflowFunctions.NONE)).isEqualTo("r1");
    }

    @Test
    void rangesAreLimitedLikeTheSandbox() {
        assertThat(jinja.evaluateExpression("range(100000) | length", ctx, WorkflowFunctions.NONE)).isEqualTo(100000L);
        assertThat(expressionError("range(100001) | length")).isEqualTo(ErrorCategory.SECURITY);
    }

    @Test
    void nestedLoopsHitTheStepBound() {
        String template = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}";
        ErrorCategory category = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> templateError(template));
        assertThat(category).isEqualTo(ErrorCategory.LIMIT);
    }

    @Test
    void configuredLimitsAreHonoured() {
        JinjaEvaluator small = new JinjaEvaluator(new Limits(1_000, 100, 5, 50));
        ErrorCategory steps = categoryOf(() -> small.render("{% for x in range(2000) %}{% endfor %}", ctx,
                WorkflowFunctions.NONE));
        ErrorCategory output = categoryOf(() -> small.render("{% for x in range(60) %}x{% endfor %}", ctx,
                WorkflowFunctions.NONE));
        ErrorCategory depth = categoryOf(() -> small.render("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
                ctx, WorkflowFunctions.NONE));
        ErrorCategory size = categoryOf(() -> small.evaluateExpression("'x' * 101", ctx, WorkflowFunctions.NONE));
        assertThat(List.of(steps, output, depth, size)).containsOnly(ErrorCategory.LIMIT);
        assertThat(small.render("{% for x in range(40) %}x{% endfor %}", ctx, WorkflowFunctions.NONE)).hasSize(40);
    }

    @Test
    void hugeValuesHitTheSizeBound() {
        assertThat(expressionError("'x' * 100000000")).isEqualTo(ErrorCategory.LIMIT);
        assertThat(expressionError("[1] * 100000000")).isEqualTo(ErrorCategory.LIMIT);
        assertThat(expressionError("10 ** 100000000")).isEqualTo(ErrorCategory.LIMIT);
    }

    @Test
    void runawayRecursionIsStopped() {
        assertThat(templateError("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}"))
                .isEqualTo(ErrorCategory.LIMIT);
        String deep = "(".repeat(20000) + "1" + ")".repeat(20000);
        assertThat(expressionError(deep)).isEqualTo(ErrorCategory.LIMIT);
    }

    @Test
    void dataIsNeverEvaluated() {
        Map<String, Object> data = Map.of("payload", "{{ 7 * 7 }}");
        assertThat(jinja.evaluateExpression("_.payload", data, WorkflowFunctions.NONE)).isEqualTo("{{ 7 * 7 }}");
        assertThat(jinja.render("got {{ _.payload }}", data, WorkflowFunctions.NONE)).isEqualTo("got {{ 7 * 7 }}");
    }

    @Test
    void callingANonFunctionIsATypeError() {
        assertThatThrownBy(() -> jinja.evaluateExpression("_.s()", ctx, WorkflowFunctions.NONE))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("not callable");
    }
}
