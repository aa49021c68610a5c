package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements and whitespace handling of rendered templates (trim_blocks, lstrip_blocks). */
class JinjaTemplateTest {
    private final JinjaEvaluator jinja = new JinjaEvaluator();
    private final Map<String, Object> ctx = Map.of(
            "l", List.of(1L, 2L, 3L),
            "d", Map.of("x", 1L),
            "vms", List.of(Map.of("id", "vm-1", "ok", true), Map.of("id", "vm-2", "ok", false)));

    private String render(String template) {
        return jinja.render(template, ctx, WorkflowFunctions.NONE);
    }

    @Test
    void valuesRenderAsPythonStr() {
        assertThat(render("v={{ none }} {{ true }} {{ _.d }} {{ (1, 2) }} {{ range(3) }}"))
                .isEqualTo("v=None True {'x': 1} (1, 2) range(0, 3)");
    }

    @Test
    void trimBlocksAndLstripBlocksRemoveTagLines() {
        assertThat(render("{% for u in _.l %}\n{{ u }}\n{% endfor %}")).isEqualTo("1\n2\n3\n");
        assertThat(render("  {% if true %}\n  yes\n  {% endif %}\n{{ '' }}")).isEqualTo("  yes\n");
        assertThat(render("x  {% if true %}a{% endif %}")).as("lstrip only at line start").isEqualTo("x  a");
        assertThat(render("{{ 'a' }}\n")).as("one trailing newline is dropped").isEqualTo("a");
    }

    @Test
    void whitespaceControlMarkers() {
        assertThat(render("{{ 'a' -}}   \n  {{ 'b' }}")).isEqualTo("ab");
        assertThat(render("{{ 'a' }}  {%- if true %}b{% endif %}")).isEqualTo("ab");
        assertThat(render("  {%+ if true %}a{% endif %}")).isEqualTo("  a");
        assertThat(render("{% if true +%}\na{% endif %}")).isEqualTo("\na");
    }

    @Test
    void forLoopsWithLoopVariableFilterAndElse() {
        assertThat(render("{% for x in _.l %}{{ loop.index0 }}{{ loop.first }}{{ loop.length }} {% endfor %}"))
                .isEqualTo("0True3 1False3 2False3 ");
        assertThat(render("{% for x in _.l if x > 1 %}{{ x }}{{ loop.index }}{% endfor %}")).isEqualTo("2132");
        assertThat(render("{% for x in [] %}{{ x }}{% else %}empty{% endfor %}")).isEqualTo("empty");
        assertThat(render("{% for k, v in _.d.items() %}{{ k }}={{ v }}{% endfor %}")).isEqualTo("x=1");
        assertThat(render("{% for x in [1, [2, [3]]] recursive %}{% if x is iterable %}({{ loop(x) }})"
                + "{% else %}{{ x }}{% endif %}{% endfor %}")).isEqualTo("1(2(3))");
    }

    @Test
    void setScopingFollowsJinja() {
        assertThat(render("{% set t = 0 %}{% for x in _.l %}{% set t = t + x %}{% endfor %}{{ t }}"))
                .as("a loop body cannot change outer variables").isEqualTo("0");
        assertThat(render("{% set ns = namespace(t=0) %}{% for x in _.l %}{% set ns.t = ns.t + x %}{% endfor %}"
                + "{{ ns.t }}")).isEqualTo("6");
        assertThat(render("{% set x %}a{{ 1 }}{% endset %}{{ x }}")).isEqualTo("a1");
        assertThat(render("{% if true %}{% set y = 2 %}{% endif %}{{ y }}")).isEqualTo("2");
    }

    @Test
    void macrosCallBlocksFiltersAndWith() {
        assertThat(render("{% macro g(n, p='Hi') %}{{ p }} {{ n }}{% endmacro %}{{ g('a') }}/{{ g('b', p='Yo') }}"))
                .isEqualTo("Hi a/Yo b");
        assertThat(render("{% macro m() %}[{{ caller() }}]{% endmacro %}{% call m() %}in{% endcall %}"))
                .isEqualTo("[in]");
        assertThat(render("{% filter upper %}abc{% endfilter %}")).isEqualTo("ABC");
        assertThat(render("{% with a = 5 %}{{ a }}{% endwith %}")).isEqualTo("5");
        assertThat(render("{% raw %}{{ x }}{% endraw %}{{ 1 }}")).isEqualTo("{{ x }}1");
        assertThat(render("{# comment #}{{ 1 }}")).isEqualTo("1");
    }

    @Test
    void workflowStyleTemplate() {
        assertThat(render("{% for vm in _.vms if vm.ok %}{{ vm.id }}{% endfor %} of {{ _.vms | length }}"))
                .isEqualTo("vm-1 of 2");
        assertThat(render("{{ _.vms | selectattr('ok') | map(attribute='id') | join(',') }}")).isEqualTo("vm-1");
    }

    @Test
    void bracesInsideTagsAreBalanced() {
        assertThat(render("{{ {'a': {'b': 1}} }}")).isEqualTo("{'a': {'b': 1}}");
        assertThat(render("{{ '}}' }}")).isEqualTo("}}");
    }

    @Test
    void unknownTagsAndUnclosedBlocksAreParseErrors() {
        for (String bad : List.of("{% endif %}{{ 1 }}", "{% do [] %}", "{% if true %}x", "{% for x in %}{% endfor %}",
                "{{ 1 }}{# unterminated")) {
            assertThatThrownBy(() -> jinja.validate(bad)).as(bad).isInstanceOf(ExpressionException.class)
                    .satisfies(e -> assertThat(((ExpressionException) e).category()).isEqualTo(ErrorCategory.PARSE));
        }
    }

    @Test
    void templatesWithoutLoaderFailAtRuntime() {
        assertThatThrownBy(() -> render("{% include 'x' %}")).isInstanceOf(ExpressionException.class)
                .satisfies(e -> assertThat(((ExpressionException) e).category()).isEqualTo(ErrorCategory.TYPE));
    }
}
