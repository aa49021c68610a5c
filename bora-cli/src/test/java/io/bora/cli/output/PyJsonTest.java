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
    void integersOfAnySizeStayExact() throws Exception {
        assertThat(PyJson.dumps(JSON.readTree("[12345678901234567890123, -1, 1.5e300]")))
                .isEqualTo("[12345678901234567890123, -1, 1.5e+300]");
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
