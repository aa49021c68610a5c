package io.bora.py;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expected text here is what CPython 3 prints for the same value. */
class PyFormsTest {

    @Test
    void reprQuotesAndSpacesAsPython() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "it's");
        m.put("q", "say \"hi\"");
        m.put("n", null);
        m.put("b", true);
        m.put("l", Arrays.asList(1L, 2.5, "x\ny", new BigInteger("99999999999999999999")));
        assertThat(PyRepr.repr(m)).isEqualTo("{'s': \"it's\", 'q': 'say \"hi\"', 'n': None, 'b': True, "
                + "'l': [1, 2.5, 'x\\ny', 99999999999999999999]}");
        assertThat(PyRepr.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PyRepr.repr("tab\there\\")).isEqualTo("'tab\\there\\\\'");
        assertThat(PyRepr.repr("bell\u0007 del\u007f")).isEqualTo("'bell\\x07 del\\x7f'");
        assertThat(PyRepr.repr("café")).isEqualTo("'café'");
    }

    @Test
    void strIsTheTextItselfOrTheRepr() {
        assertThat(PyRepr.str("text")).isEqualTo("text");
        assertThat(PyRepr.str(null)).isEqualTo("None");
        assertThat(PyRepr.str(false)).isEqualTo("False");
        assertThat(PyRepr.str(5L)).isEqualTo("5");
        assertThat(PyRepr.str(List.of("a"))).isEqualTo("['a']");
    }

    @Test
    void floatsPrintAsPythonRepr() {
        assertThat(PyRepr.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PyRepr.floatRepr(100.0)).isEqualTo("100.0");
        assertThat(PyRepr.floatRepr(2.5)).isEqualTo("2.5");
        assertThat(PyRepr.floatRepr(-2.5)).isEqualTo("-2.5");
        assertThat(PyRepr.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PyRepr.floatRepr(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PyRepr.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(PyRepr.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PyRepr.floatRepr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(PyRepr.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PyRepr.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PyRepr.floatRepr(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(PyRepr.floatRepr(-0.0)).isEqualTo("-0.0");
        assertThat(PyRepr.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(PyRepr.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(PyRepr.repr(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(PyRepr.repr(1.5f)).isEqualTo("1.5");
    }

    @Test
    void jsonDumpsUsesPythonSeparatorsAndAsciiEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", Arrays.asList(1L, true, null, 2.0));
        m.put("b", "é\n\u0001\"\\\u007f");
        m.put("c", Map.of());
        assertThat(PyJson.dumps(m)).isEqualTo(
                "{\"a\": [1, true, null, 2.0], \"b\": \"\\u00e9\\n\\u0001\\\"\\\\\\u007f\", \"c\": {}}");
        assertThat(PyJson.dumps("😀")).isEqualTo("\"\\ud83d\\ude00\"");
        assertThat(PyJson.dumps(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, 1e16, -0.0)))
                .isEqualTo("[NaN, Infinity, 1e+16, -0.0]");
    }

    @Test
    void jsonKeysBecomeStringsAsPythonMakesThem() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, "int");
        m.put(true, "bool");
        m.put(null, "none");
        m.put(2.5, "float");
        assertThat(PyJson.dumps(m)).isEqualTo("{\"1\": \"int\", \"true\": \"bool\", \"null\": \"none\", \"2.5\": \"float\"}");
    }

    @Test
    void sortKeysAndEnsureAsciiAsPythonHasThem() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of("é\u007f"));
        m.put("B", Map.of());
        m.put("a", null);
        m.put("😀", 1L);
        m.put("\uffff", 2L);
        // json.dumps(m, sort_keys=True, ensure_ascii=False): code point order puts U+FFFF before U+1F600
        assertThat(PyJson.dumps(m, true, false))
                .isEqualTo("{\"B\": {}, \"a\": null, \"b\": [\"é\u007f\"], \"\uffff\": 2, \"😀\": 1}");
        assertThat(PyJson.dumps(m, false, true)).isEqualTo(PyJson.dumps(m));
    }

    @Test
    void indentedFormMatchesJsonDumpsIndent() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1L, List.of()));
        m.put("b", Map.of("c", "d"));
        assertThat(PyJson.dumps(m, 4)).isEqualTo("""
                {
                    "a": [
                        1,
                        []
                    ],
                    "b": {
                        "c": "d"
                    }
                }""");
        assertThat(PyJson.dumps(List.of(1L, 2L), 0)).isEqualTo("[\n1,\n2\n]");
    }
}
