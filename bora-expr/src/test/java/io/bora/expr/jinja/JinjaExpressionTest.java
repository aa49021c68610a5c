package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expression semantics: Jinja precedence on Python value semantics. */
class JinjaExpressionTest {
    private final JinjaEvaluator jinja = new JinjaEvaluator();
    private final Map<String, Object> ctx = data();

    private static Map<String, Object> data() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1L);
        m.put("b", 2.5);
        m.put("s", "hello");
        m.put("n", null);
        m.put("l", List.of(1L, 2L, 3L));
        m.put("d", new LinkedHashMap<>(Map.of("x", 1L)));
        m.put("emoji", "a\uD83D\uDE00b");
        return m;
    }

    private Object eval(String expression) {
        return jinja.evaluateExpression(expression, ctx, WorkflowFunctions.NONE);
    }

    private ErrorCategory errorOf(String expression) {
        try {
            eval(expression);
        } catch (ExpressionException e) {
            return e.category();
        }
        throw new AssertionError("no error for " + expression);
    }

    @Test
    void integerAndFloatArithmeticFollowPython() {
        assertThat(eval("7 / 2")).isEqualTo(3.5);
        assertThat(eval("7 // 2")).isEqualTo(3L);
        assertThat(eval("-7 // 2")).isEqualTo(-4L);
        assertThat(eval("-7 % 3")).isEqualTo(2L);
        assertThat(eval("7.5 % 2")).isEqualTo(1.5);
        assertThat(eval("10 // 4.0")).isEqualTo(2.0);
        assertThat(eval("2 ** 70")).isEqualTo(BigInteger.TWO.pow(70));
        assertThat(eval("9223372036854775807 + 1")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(eval("true + 1")).isEqualTo(2L);
        assertThat(eval("2 ** -1")).isEqualTo(0.5);
    }

    @Test
    void jinjaPrecedenceDiffersFromPythonWhereJinjaDoes() {
        assertThat(eval("2 ** 3 ** 2")).as("** is left-associative in Jinja").isEqualTo(64L);
        assertThat(eval("-2 ** 2")).as("unary minus binds tighter than **").isEqualTo(4L);
        assertThat(eval("-5 | abs")).isEqualTo(5L);
        assertThat(eval("_.s ~ '!' | upper")).as("a filter binds to its nearest operand").isEqualTo("hello!");
        assertThat(eval("1 + 2 * 3")).isEqualTo(7L);
        assertThat(eval("1 < 2 < 3")).isEqualTo(true);
        assertThat(eval("true or false and false")).isEqualTo(true);
    }

    @Test
    void logicReturnsOperandsAndShortCircuits() {
        assertThat(eval("0 or 2")).isEqualTo(2L);
        assertThat(eval("'' and 1")).isEqualTo("");
        assertThat(eval("false and _.missing")).isEqualTo(false);
        assertThat(eval("false and (1 / 0)")).isEqualTo(false);
        assertThat(errorOf("_.missing and false")).isEqualTo(ErrorCategory.UNDEFINED);
    }

    @Test
    void equalityAndOrderingFollowPython() {
        assertThat(eval("1 == 1.0")).isEqualTo(true);
        assertThat(eval("1 == true")).isEqualTo(true);
        assertThat(eval("[1, 2] == (1, 2)")).as("a list never equals a tuple").isEqualTo(false);
        assertThat(eval("'B' < 'a'")).isEqualTo(true);
        assertThat(eval("'😀' > 'ｚ'")).as("strings compare by code point").isEqualTo(true);
        assertThat(errorOf("1 < 'a'")).isEqualTo(ErrorCategory.TYPE);
        assertThat(errorOf("none < 1")).isEqualTo(ErrorCategory.TYPE);
    }

    @Test
    void stringsAreSequencesOfCodePoints() {
        assertThat(eval("_.emoji | length")).isEqualTo(3L);
        assertThat(eval("_.emoji[1]")).isEqualTo("\uD83D\uDE00");
        assertThat(eval("_.emoji[::-1]")).isEqualTo("b\uD83D\uDE00a");
        assertThat(eval("_.s[1:3]")).isEqualTo("el");
    }

    @Test
    void attributeAndItemLookupFallBackToEachOther() {
        assertThat(eval("_.d.x")).isEqualTo(1L);
        assertThat(eval("_['d']['x']")).isEqualTo(1L);
        assertThat(eval("_.l.0")).isEqualTo(1L);
        assertThat(eval("_.d.get('x')")).isEqualTo(1L);
        assertThat(eval("_.d.items() | list")).isEqualTo(List.of(List.of("x", 1L)));
        assertThat(errorOf("_.missing")).isEqualTo(ErrorCategory.UNDEFINED);
        assertThat(errorOf("_.n.x")).isEqualTo(ErrorCategory.UNDEFINED);
        assertThat(errorOf("_.l[10]")).isEqualTo(ErrorCategory.UNDEFINED);
        assertThat(eval("_.missing is defined")).isEqualTo(false);
        assertThat(eval("_.missing | default('x')")).isEqualTo("x");
    }

    @Test
    void resultsAreConvertedToPlainValues() {
        assertThat(eval("(1, 2)")).isInstanceOf(List.class).isEqualTo(List.of(1L, 2L));
        assertThat(eval("range(3)")).isEqualTo(List.of(0L, 1L, 2L));
        assertThat(eval("{1: 'a', none: 'b'}")).isEqualTo(Map.of("1", "a", "null", "b"));
        assertThat(eval("'<b>' | safe")).isEqualTo("<b>");
    }

    @Test
    void conditionalWithoutElseIsAnEmptyLenientUndefined() {
        assertThat(eval("1 if true")).isEqualTo(1L);
        assertThat(eval("(1 if false) is defined")).isEqualTo(false);
        assertThat(eval("('a' if false) ~ 'b'")).isEqualTo("b");
    }

    @Test
    void pythonMethodsOnValues() {
        assertThat(eval("'a,b'.split(',')")).isEqualTo(List.of("a", "b"));
        assertThat(eval("'{}-{:>3}'.format(1, 'x')")).isEqualTo("1-  x");
        assertThat(eval("'%s and %05.1f' % ('a', 2.25)")).isEqualTo("a and 002.2");
        assertThat(eval("_.s.title()")).isEqualTo("Hello");
        assertThat(errorOf("_.s.nosuch()")).isEqualTo(ErrorCategory.UNDEFINED);
        assertThat(errorOf("'abc'.upper(1)")).isEqualTo(ErrorCategory.TYPE);
    }

    @Test
    void textOfValuesIsPythonStr() {
        assertThat(eval("1e16 | string")).isEqualTo("1e+16");
        assertThat(eval("1e-5 | string")).isEqualTo("1e-05");
        assertThat(eval("1.0 | string")).isEqualTo("1.0");
        assertThat(eval("[1, 'a', none, true] | string")).isEqualTo("[1, 'a', None, True]");
        assertThat(eval("(1,) | string")).isEqualTo("(1,)");
        assertThat(eval("[\"it's\"] | string")).isEqualTo("[\"it's\"]");
    }

    @Test
    void syntaxErrorsAreParseErrorsNamingThePosition() {
        assertThatThrownBy(() -> eval("1 2")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("chunk after expression")
                .satisfies(e -> assertThat(((ExpressionException) e).category()).isEqualTo(ErrorCategory.PARSE));
        assertThat(errorOf("")).isEqualTo(ErrorCategory.PARSE);
        assertThat(errorOf("[1, 2")).isEqualTo(ErrorCategory.PARSE);
        assertThat(errorOf("_.a is == 1")).isEqualTo(ErrorCategory.PARSE);
        assertThat(errorOf("'unterminated")).isEqualTo(ErrorCategory.PARSE);
    }

    @Test
    void typeAndZeroDivisionErrors() {
        assertThat(errorOf("'a' + 1")).isEqualTo(ErrorCategory.TYPE);
        assertThat(errorOf("1 + 'a'")).isEqualTo(ErrorCategory.TYPE);
        assertThat(errorOf("1 // 0")).isEqualTo(ErrorCategory.ZERO_DIVISION);
        assertThat(errorOf("1 in 'abc'")).isEqualTo(ErrorCategory.TYPE);
        assertThat(errorOf("_.l | nosuchfilter")).isEqualTo(ErrorCategory.NO_FUNCTION);
        assertThat(errorOf("_.a is nosuchtest")).isEqualTo(ErrorCategory.NO_FUNCTION);
    }
}
