package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistral's functions as Jinja globals (bound to the data context) and as filters (piped context). */
class MistralFunctionsTest {
    private final JinjaEvaluator jinja = new JinjaEvaluator();
    private final Map<String, Object> ctx = new LinkedHashMap<>(Map.of(
            "__execution", Map.of("id", "wf-1"),
            "__task_execution", Map.of("id", "t-2", "name", "t2"),
            "__env", Map.of("region", "r1"),
            "d", Map.of("x", 1L),
            "l", List.of(1L, 2L)));
    private final FixtureFunctions fixtures = new FixtureFunctions(Map.of(
            "workflow_executions", List.of(Map.of("id", "wf-1", "name", "wf", "context", Map.of("g", 5L))),
            "task_executions", List.of(
                    task("t-1", "t1", "SUCCESS", Map.of("status", "ok")),
                    task("t-2", "t2", "RUNNING", null))));

    private static Map<String, Object> task(String id, String name, String state, Object result) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("name", name);
        t.put("state", state);
        t.put("result", result);
        t.put("workflow_execution_id", "wf-1");
        return t;
    }

    private Object eval(String expression) {
        return jinja.evaluateExpression(expression, ctx, fixtures);
    }

    @Test
    void databaseFunctionsGoThroughWorkflowFunctions() {
        assertThat(eval("task('t1').result.status")).isEqualTo("ok");
        assertThat(eval("task().name")).isEqualTo("t2");
        assertThat(eval("task('nosuch')")).isNull();
        assertThat(eval("tasks(none, false, 'SUCCESS') | map(attribute='name') | list")).isEqualTo(List.of("t1"));
        assertThat(eval("global('g')")).isEqualTo(5L);
        assertThat(eval("execution().name")).isEqualTo("wf");
        assertThat(eval("env().region")).isEqualTo("r1");
    }

    @Test
    void functionsNeedTheirContextKeys() {
        Map<String, Object> bare = Map.of("x", 1L);
        for (String expression : List.of("env()", "task()", "execution()", "global('v')")) {
            ExpressionException e = org.junit.jupiter.api.Assertions.assertThrows(ExpressionException.class,
                    () -> jinja.evaluateExpression(expression, bare, WorkflowFunctions.NONE));
            assertThat(e.category()).as(expression).isEqualTo(ErrorCategory.KEY);
        }
    }

    @Test
    void jsonAndYamlFunctions() {
        assertThat(eval("json_dump({'b': 1, 'a': [true, none]})"))
                .isEqualTo("{\n    \"b\": 1,\n    \"a\": [\n        true,\n        null\n    ]\n}");
        assertThat(eval("json_parse('{\"a\": [1, 2.5]}').a")).isEqualTo(List.of(1L, 2.5));
        assertThat(eval("yaml_dump({'b': 1, 'a': 'yes', 'c': [1]})")).isEqualTo("a: 'yes'\nb: 1\nc:\n- 1\n");
        assertThat(eval("yaml_dump('x')")).isEqualTo("x\n...\n");
        assertThat(eval("yaml_parse('x: on\\ny: 0x10\\nz: 1:2')")).isEqualTo(Map.of("x", true, "y", 16L, "z", 62L));
        assertThat(eval("uuid() | length")).isEqualTo(36L);
    }

    @Test
    void filterFormPassesThePipedValueAsTheContext() {
        assertThat(eval("_ | json_dump(_.l)")).isEqualTo("[\n    1,\n    2\n]");
        assertThat(eval("_ | env")).isEqualTo(Map.of("region", "r1"));
        assertThat(eval("_.d | json_pp")).isEqualTo("{\n    \"x\": 1\n}");
        ExpressionException e = org.junit.jupiter.api.Assertions.assertThrows(ExpressionException.class,
                () -> eval("_.l | json_dump"));
        assertThat(e.category()).isEqualTo(ErrorCategory.TYPE);
    }
}
