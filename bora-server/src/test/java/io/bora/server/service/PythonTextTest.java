package io.bora.server.service;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PythonTextTest {

    @Test
    void strAndReprFollowPython() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", "v");
        m.put("n", null);
        assertThat(PythonText.str("text")).isEqualTo("text");
        assertThat(PythonText.str(null)).isEqualTo("None");
        assertThat(PythonText.str(true)).isEqualTo("True");
        assertThat(PythonText.str(5L)).isEqualTo("5");
        assertThat(PythonText.str(m)).isEqualTo("{'k': 'v', 'n': None}");
        assertThat(PythonText.repr(List.of("a", 1L))).isEqualTo("['a', 1]");
        assertThat(PythonText.repr("it's")).isEqualTo("\"it's\"");
    }

    @Test
    void floatsUsePythonRepr() {
        assertThat(PythonText.floatRepr(2.5)).isEqualTo("2.5");
        assertThat(PythonText.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PythonText.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonText.floatRepr(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PythonText.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonText.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonText.floatRepr(-1.5e-7)).isEqualTo("-1.5e-07");
    }

    @Test
    void jsonDumpsUsesPythonSeparatorsAndAsciiEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", "héllo");
        m.put("y", Arrays.asList(1L, 2.0, null, true));
        assertThat(PythonJson.dumps(m)).isEqualTo("{\"x\": \"h\\u00e9llo\", \"y\": [1, 2.0, null, true]}");
        assertThat(PythonJson.dumps("hello")).isEqualTo("\"hello\"");
    }

    @Test
    void definitionTextsSplitHeaderFromSection() {
        assertThat(DefinitionTexts.section("version: '2.0'\n\nmain:\n  tasks: {}\n")).isEqualTo("main:\n  tasks: {}\n");
        assertThat(DefinitionTexts.standalone("version: '2.0'\n\nwf:\n  tasks: {}\n"))
                .isEqualTo("version: '2.0'\nwf:\n  tasks: {}\n");
        assertThat(DefinitionTexts.parsable("main:\n  tasks: {}\n")).startsWith("version: '2.0'\n");
        assertThat(DefinitionTexts.parsable("---\nversion: '2.0'\nwf: {}\n")).isEqualTo("---\nversion: '2.0'\nwf: {}\n");
    }
}
