package io.bora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PyJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void compactFormUsesPythonSeparatorsAndAsciiEscapes() throws Exception {
        assertThat(PyJson.dumps(JSON.readTree("{\"a\":[1,true,null],\"b\":\"é\\n\\u0001\\\"\",\"c\":{}}")))
                .isEqualTo("{\"a\": [1, true, null], \"b\": \"\\u00e9\\n\\u0001\\\"\", \"c\": {}}");
        assertThat(PyJson.dumps(JSON.readTree("\"😀\""))).isEqualTo("\"\\ud83d\\ude00\"");
    }

    @Test
    void indentedFormMatchesJsonDumpsIndent() throws Exception {
        assertThat(PyJson.dumps(JSON.readTree("{\"a\":[1,[]],\"b\":{\"c\":\"d\"}}"), 4)).isEqualTo("""
                {
                    "a": [
                        1,
                        []
                    ],
                    "b": {
                        "c": "d"
                    }
                }""");
    }

    @Test
    void floatsAreWrittenAsPythonReprDoes() {
        assertThat(PyJson.PyFloat.repr(1.0)).isEqualTo("1.0");
        assertThat(PyJson.PyFloat.repr(2.5)).isEqualTo("2.5");
        assertThat(PyJson.PyFloat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PyJson.PyFloat.repr(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PyJson.PyFloat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PyJson.PyFloat.repr(0.00001)).isEqualTo("1e-05");
        assertThat(PyJson.PyFloat.repr(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(PyJson.PyFloat.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void tableSpreadsMultiLineCellsOverContinuationLines() {
        assertThat(PrettyTable.render(java.util.List.of("A", "Bee"),
                java.util.List.of(java.util.List.of("x\ny", ""), java.util.List.of("long value", "z"))))
                .isEqualTo("""
                        +------------+-----+
                        | A          | Bee |
                        +------------+-----+
                        | x          |     |
                        | y          |     |
                        | long value | z   |
                        +------------+-----+""");
    }

    @Test
    void numericColumnsAreRightAlignedHeaderIncluded() {
        assertThat(PrettyTable.render(java.util.List.of("Name", "N"),
                java.util.List.of(java.util.List.of("a", "3"), java.util.List.of("bb", "None")),
                new boolean[] {false, true}))
                .isEqualTo("""
                        +------+------+
                        | Name |    N |
                        +------+------+
                        | a    |    3 |
                        | bb   | None |
                        +------+------+""");
    }
}
