package io.bora.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the verified table in workflow-language.md §3.2, plus the parsing edge rules. */
class InlineParserTest {

    static Stream<Arguments> verifiedTable() {
        return Stream.of(
                Arguments.of("std.echo output=ok", "std.echo", map()),
                Arguments.of("std.echo output=\"ok\"", "std.echo", map("output", "ok")),
                Arguments.of("std.echo output='ok'", "std.echo", map("output", "ok")),
                Arguments.of("std.echo output=1 delay=2.5", "std.echo", map("output", 1L, "delay", 2L)),
                Arguments.of("std.echo output=-1", "std.echo", map()),
                Arguments.of("std.echo output=[1, 2]", "std.echo", map("output", List.of(1L, 2L))),
                Arguments.of("std.echo output={\"a\": 1}", "std.echo", map()),
                Arguments.of("std.echo output=<% $.x %>", "std.echo", map("output", "<% $.x %>")),
                Arguments.of("std.echo output=<% $.pa %>B", "std.echo", map("output", "<% $.pa %>")),
                Arguments.of("std.echo output=\"a b\" x=true y=null", "std.echo",
                        map("output", "a b", "x", true, "y", null)),
                Arguments.of("wb.act(x=1)", "wb.act(x=1)", map()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedTable")
    void parsesLikeMistral(String text, String name, Map<String, Object> params) {
        InlineCall call = DslParser.parseInline(text);
        assertThat(call.name()).isEqualTo(name);
        assertThat(call.params()).containsExactlyEntriesOf(params);
    }

    @Test
    void jinjaValuesAndFunctionStyleCommands() {
        assertThat(DslParser.parseInline("std.echo output={{ _.x }} n=007").params())
                .containsExactlyEntriesOf(map("output", "{{ _.x }}", "n", "007"));
        InlineCall fail = DslParser.parseInline("fail(msg=\"stopped at stage one\")");
        assertThat(fail.name()).isEqualTo("fail");
        assertThat(fail.params()).containsExactlyEntriesOf(map("msg", "stopped at stage one"));
    }

    @Test
    void expressionAsActionName() {
        InlineCall call = DslParser.parseInline("<% $.action %> x=\"1\"");
        assertThat(call.name()).isEqualTo("<% $.action %>");
        assertThat(call.params()).containsExactlyEntriesOf(map("x", "1"));
    }

    @Test
    void quotedValuesKeepTheirContentVerbatim() {
        assertThat(DslParser.parseInline("std.echo output=\"it's <% $.x %>\"").params())
                .containsExactlyEntriesOf(map("output", "it's <% $.x %>"));
        assertThat(DslParser.parseInline("std.echo output=\"{\\\"a\\\": 1}\"").params().get("output"))
                .isEqualTo("{\\");
    }

    @Test
    void unparsableCommandIsRejected() {
        assertThatThrownBy(() -> DslParser.parseInline(" std.echo output=1"))
                .isInstanceOf(DslException.class)
                .hasMessage("Invalid action/workflow task property:  std.echo output=1");
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }
}
