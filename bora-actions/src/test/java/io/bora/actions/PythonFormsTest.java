package io.bora.actions;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PythonFormsTest {

    @Test
    void reprFollowsPython() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", "v");
        map.put("n", Arrays.asList(1L, 2.5, true, null));
        assertThat(PythonRepr.of(map)).isEqualTo("{'k': 'v', 'n': [1, 2.5, True, None]}");
        assertThat(PythonRepr.of("it's")).isEqualTo("\"it's\"");
        assertThat(PythonRepr.of("a'b\"c")).isEqualTo("'a\\'b\"c'");
        assertThat(PythonRepr.of("tab\there")).isEqualTo("'tab\\there'");
        assertThat(PythonRepr.str("plain")).isEqualTo("plain");
    }

    @Test
    void floatsPrintLikePython() {
        assertThat(PythonRepr.of(2.0)).isEqualTo("2.0");
        assertThat(PythonRepr.of(0.1)).isEqualTo("0.1");
        assertThat(PythonRepr.of(1e-5)).isEqualTo("1e-05");
        assertThat(PythonRepr.of(0.0001)).isEqualTo("0.0001");
        assertThat(PythonRepr.of(1e16)).isEqualTo("1e+16");
        assertThat(PythonRepr.of(123456.789)).isEqualTo("123456.789");
    }

    @Test
    void jsonDumpsUsesPythonSeparatorsAndAsciiEscapes() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "café");
        map.put("list", List.of(1L, 2L));
        map.put("none", null);
        assertThat(PythonJson.dumps(map)).isEqualTo("{\"name\": \"caf\\u00e9\", \"list\": [1, 2], \"none\": null}");
    }

    @Test
    void jsonLoadsGivesThePlainModel() throws Exception {
        assertThat(PythonJson.loads("{\"a\": 1, \"b\": 99999999999999999999, \"c\": 1.5, \"d\": [true, null]}"))
                .isEqualTo(Map.of("a", 1L, "b", new BigInteger("99999999999999999999"), "c", 1.5,
                        "d", Arrays.asList(true, null)));
    }

    @Test
    void inputConversionsFollowPython() {
        ActionInput in = new ActionInput(Map.of("f", "2.5", "i", 3.9, "s", "7", "bad", "x", "t", List.of()));
        assertThat(in.floatOr("f", 0)).isEqualTo(2.5);
        assertThat(in.intOr("i", 0)).isEqualTo(3);
        assertThat(in.intOr("s", 0)).isEqualTo(7);
        assertThat(in.intOr("bad", -1)).isEqualTo(-1);
        assertThat(in.intOr("f", -1)).as("int('2.5') fails in Python").isEqualTo(-1);
        assertThat(in.truthy("t")).isFalse();
        assertThat(ActionInput.isTruthy(0L)).isFalse();
        assertThat(ActionInput.isTruthy("0")).isTrue();
    }
}
