package io.bora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts are what PyYAML's safe_dump(default_flow_style=False) printed for the same data. */
class PyYamlTest {
    @Test
    void scalarStylesEscapesAndFoldingMatchPyYaml() {
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Object[][] data = {
            {"A", "plain text"}, {"B", ""}, {"C", null}, {"D", true}, {"E", BigInteger.valueOf(3)}, {"F", 2.5},
            {"G", 1e16}, {"H", "yes"}, {"I", "2026-11-27 04:01:21"}, {"J", "multi\nline"}, {"K", " lead"},
            {"L", "x: y"}, {"M", "café"}, {"N", "it's"}, {"O", "#tag"}, {"P", "- item"}, {"Q", "a ".repeat(50)},
            {"R", "line one\n  indented two " + "w ".repeat(40)}, {"S", "123"}, {"T", "0.5"}, {"U", "~"},
            {"V", "<none>"}};
        for (Object[] kv : data) {
            keys.add((String) kv[0]);
            values.add(kv[1]);
        }

        assertThat(PyYaml.mapping(keys, values)).isEqualTo("A: plain text\nB: ''\nC: null\nD: true\nE: 3\nF: 2.5\n"
                + "G: 1.0e+16\nH: 'yes'\nI: '2026-11-27 04:01:21'\nJ: 'multi\n\n  line'\nK: ' lead'\nL: 'x: y'\n"
                + "M: \"caf\\xE9\"\nN: it's\nO: '#tag'\nP: '- item'\n"
                + "Q: 'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a\n"
                + "  a a a a a a a a a a a '\n"
                + "R: \"line one\\n  indented two w w w w w w w w w w w w w w w w w w w w w w w w w w w\\\n"
                + "  \\ w w w w w w w w w w w w w \"\nS: '123'\nT: '0.5'\nU: '~'\nV: <none>\n");
    }

    @Test
    void listsSortKeysAndIndentContinuations() {
        assertThat(PyYaml.sequence(List.of("b", "a"),
                List.of(Arrays.asList(BigInteger.ONE, "x\ny"), Arrays.asList(null, "z"))))
                .isEqualTo("- a: 'x\n\n    y'\n  b: 1\n- a: z\n  b: null\n");
        assertThat(PyYaml.sequence(List.of("a"), List.of())).isEqualTo("[]\n");
    }
}
