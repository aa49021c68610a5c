package io.bora.expr;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade's dispatch and typing rules (Mistral's mistral.expressions). */
class ExpressionsTest {
    private final Expressions expressions = new Expressions();
    private final Map<String, Object> ctx = Map.of("x", 2, "s", "hi", "d", Map.of("k", "v"), "b", true);

    private Object eval(Object value) {
        return expressions.evaluate(value, ctx, WorkflowFunctions.NONE);
    }

    @Test
    void wholeStringExpressionKeepsItsType() {
        assertThat(eval("<% $.x + 1 %>")).isEqualTo(3L);
        assertThat(eval("<% $.d %>")).isEqualTo(Map.of("k", "v"));
        assertThat(eval("<%$.b%>")).isEqualTo(true);
        assertThat(eval("<% 7.0 / 2 %>")).isEqualTo(3.5);
        assertThat(eval("<% pow(2, 70) %>")).isEqualTo(BigInteger.TWO.pow(70));
    }

    @Test
    void anythingElseIsTextRenderedWithPythonStr() {
        assertThat(eval(" <% $.x %>")).isEqualTo(" 2");
        assertThat(eval("B=<% $.b %> N=<% null %> D=<% $.d %> L=<% [1, 'a'] %>"))
                .isEqualTo("B=True N=None D={'k': 'v'} L=[1, 'a']");
        assertThat(eval("<% 1 %><% 2 %>")).isEqualTo("12");
    }

    @Test
    void stringsWithoutDelimitersAndMultiLineExpressionsAreUnchanged() {
        assertThat(eval("plain text")).isEqualTo("plain text");
        assertThat(eval("<% $.x +\n1 %>")).isEqualTo("<% $.x +\n1 %>");
        assertThat(eval(42)).isEqualTo(42);
    }

    @Test
    void listsAndMapValuesAreEvaluatedButKeysAreNot() {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("<% $.s %>", List.of("<% $.x %>", "a <% $.s %>"));
        Object out = eval(def);
        assertThat(out).isEqualTo(Map.of("<% $.s %>", List.of(2L, "a hi")));
    }

    @Test
    void eachCallSeesTheContextAsItIsThen() {
        Map<String, Object> mutable = new java.util.HashMap<>(Map.of("n", 1));
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("a", "<% $.n %>");
        publish.put("b", "<% $.n + 1 %>");
        assertThat(expressions.evaluate(publish, mutable, WorkflowFunctions.NONE)).isEqualTo(Map.of("a", 1L, "b", 2L));
        mutable.put("n", 5);
        assertThat(expressions.evaluate(publish, mutable, WorkflowFunctions.NONE)).isEqualTo(Map.of("a", 5L, "b", 6L));
    }

    @Test
    void anyValueCanBeTheRootForAdHocActionOutput() {
        assertThat(expressions.evaluateOn("<% $.sum() %>", List.of(1, 2, 3), WorkflowFunctions.NONE)).isEqualTo(6L);
        assertThat(expressions.evaluateOn("r=<% $ %>", "x", WorkflowFunctions.NONE)).isEqualTo("r=x");
    }

    @Test
    void setsAndNonStringKeysAreConvertedAsMistralPersistsThem() {
        assertThat(eval("<% {1 => a, true => b, null => c} %>")).isEqualTo(Map.of("1", "b", "null", "c"));
        assertThat(eval("<% set(1, 2) %>")).isEqualTo(List.of(1L, 2L));
        assertThat(eval("<% range(3).select($ * 2) %>")).isEqualTo(List.of(0L, 2L, 4L));
    }

    @Test
    void jinjaBlocksWithoutAnExpressionFailLikeMistral() {
        assertThatThrownBy(() -> eval("{% if true %}x{% endif %}"))
                .isInstanceOfSatisfying(ExpressionException.class,
                        e -> assertThat(e.category()).isEqualTo(ErrorCategory.INDEX));
    }

    @Test
    void validationRejectsMixedLanguagesAndBadSyntax() {
        assertThatThrownBy(() -> expressions.validate("{{ 1 }} <% 2 %>"))
                .hasMessageContaining("Mixing expression types in a single line is not allowed");
        assertThatThrownBy(() -> expressions.validate("<% $.x + %>"))
                .isInstanceOfSatisfying(ExpressionException.class,
                        e -> assertThat(e.category()).isEqualTo(ErrorCategory.PARSE));
        expressions.validate("a <% $.x %> b <% len($.l) %>");
    }

    @Test
    void containsExpressionFollowsTheSamePatterns() {
        assertThat(Expressions.containsExpression("a <% $.x %>")).isTrue();
        assertThat(Expressions.containsExpression("{{ _.x }}")).isTrue();
        assertThat(Expressions.containsExpression("<% $.x\n %>")).isFalse();
        assertThat(Expressions.containsExpression("100%")).isFalse();
    }
}
