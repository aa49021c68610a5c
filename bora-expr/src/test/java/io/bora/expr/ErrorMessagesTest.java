package io.bora.expr;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Errors name what was wrong: the expression, the position, the function, the types, the key. */
class ErrorMessagesTest {
    private final Expressions expressions = new Expressions();

    private ExpressionException fail(String expr) {
        return catchThrowableOfType(ExpressionException.class,
                () -> expressions.evaluate(expr, Map.of("l", java.util.List.of(1), "d", Map.of("a", 1)),
                        WorkflowFunctions.NONE));
    }

    @Test
    void parseErrorsNameTheExpressionAndPosition() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> new io.bora.expr.yaql.YaqlEngine().validate("$.x + "));
        assertThat(e.category()).isEqualTo(ErrorCategory.PARSE);
        assertThat(e.getMessage()).isEqualTo("YAQL parse error at 7 in '$.x + ': unexpected end of expression");
        ExpressionException lexical = fail("<% $.a # 1 %>");
        assertThat(lexical.category()).isEqualTo(ErrorCategory.PARSE);
        assertThat(lexical.getMessage()).contains("at 5 in '$.a # 1'").contains("'#'");
    }

    @Test
    void runtimeErrorsCarryMistralsWrapperAndTheCause() {
        ExpressionException e = fail("<% $.nokey %>");
        assertThat(e.category()).isEqualTo(ErrorCategory.KEY);
        assertThat(e.getMessage()).startsWith("Can not evaluate YAQL expression [expression=$.nokey, error=")
                .contains("'nokey'");
    }

    @Test
    void anUnknownMethodNamesItsReceiverAsYaqlDoes() {
        // messages recorded from Mistral 15 (expression corpus)
        Map<String, Object> ctx = Map.of("l", java.util.List.of(1L, 2L, 3L), "d", new java.util.LinkedHashMap<>(
                Map.of("x", 1L)));
        Map<String, String> cases = Map.of(
                "<% (2.5).abs() %>", "Unknown method \"abs\" for receiver 2.5",
                "<% def(sq, $ * $) -> 3.sq() %>", "Unknown method \"sq\" for receiver 3",
                "<% $.l.foo() %>", "Unknown method \"foo\" for receiver (1, 2, 3)",
                "<% $.d.nosuch() %>", "Unknown method \"nosuch\" for receiver {'x': 1}",
                "<% 'text'.nosuch() %>", "Unknown method \"nosuch\" for receiver text");
        cases.forEach((expr, message) -> assertThat(catchThrowableOfType(ExpressionException.class,
                () -> expressions.evaluate(expr, ctx, WorkflowFunctions.NONE)).getMessage()).as(expr).contains(message));
    }

    @Test
    void unknownFunctionsAndWrongArgumentTypesAreNamed() {
        ExpressionException unknown = fail("<% foo(1) %>");
        assertThat(unknown.category()).isEqualTo(ErrorCategory.NO_FUNCTION);
        assertThat(unknown.getMessage()).contains("Unknown function \"foo\"");
        ExpressionException types = fail("<% len(1) %>");
        assertThat(types.category()).isEqualTo(ErrorCategory.NO_MATCHING_OVERLOAD);
        assertThat(types.getMessage()).contains("No function \"len\" matches supplied arguments (int)");
        ExpressionException op = fail("<% 'a' + 1 %>");
        assertThat(op.getMessage()).contains("#operator_+").contains("(str, int)");
        ExpressionException method = fail("<% $.l.json_dump() %>");
        assertThat(method.getMessage()).contains("Unknown method \"json_dump\"");
    }

    @Test
    void pythonErrorsMapToTheCorpusCategories() {
        assertThat(fail("<% $.l[5] %>").category()).isEqualTo(ErrorCategory.INDEX);
        assertThat(fail("<% 1 / 0 %>").category()).isEqualTo(ErrorCategory.ZERO_DIVISION);
        assertThat(fail("<% [].first() %>").category()).isEqualTo(ErrorCategory.EMPTY);
        assertThat(fail("<% int('x') %>").category()).isEqualTo(ErrorCategory.VALUE);
        assertThat(fail("<% [].sum() %>").category()).isEqualTo(ErrorCategory.TYPE);
        assertThat(fail("<% 1.assert($ > 2) %>").category()).isEqualTo(ErrorCategory.ASSERTION);
        assertThat(fail("<% '{0.x}'.format(1) %>").category()).isEqualTo(ErrorCategory.ATTRIBUTE);
    }
}
