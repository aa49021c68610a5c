package io.bora.it.conformance;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's Python-compatible pieces: normalisation, canonical JSON text, comparison rules,
 * ignore paths and name discovery. Expected strings are what run.py produces for the same input.
 */
class ConformanceNormalisationTest {
    private final Normaliser norm = new Normaliser("rab12cdc7_", "http://127.0.0.1:4711", List.of("[action="));

    @Test
    void prefixUuidTimestampAndFixtureUrlAreNormalised() {
        String raw = "rab12cdc7_wf t1 [task_ex_id=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b] at 2026-11-27 06:30:01.123 "
                + "url http://127.0.0.1:4711/fixed";
        assertThat(norm.text(raw)).isEqualTo("wf t1 [task_ex_id=<uuid>] at <ts> url {{FIXTURE_URL}}/fixed");
    }

    @Test
    void tracebackAndTruncationMarkersCutTheTail() {
        assertThat(norm.text("Failed]:\nTraceback (most recent call last):\n  File x")).isEqualTo("Failed]:");
        assertThat(norm.text("The action raised an exception [action=x, attr=y]")).isEqualTo("The action raised an exception ");
    }

    @Test
    void dataReprIsElidedUpToTheFirstUnbalancedBracket() {
        String msg = "Can not evaluate YAQL expression [expression=$.x, error='x', data={'a': [1, ')'], 'b': {}}], wf=w";
        assertThat(Normaliser.elideData(msg))
                .isEqualTo("Can not evaluate YAQL expression [expression=$.x, error='x', data=<data>], wf=w");
        assertThat(Normaliser.elideData("metadata={'k': 1} and data={}")).isEqualTo("metadata={'k': 1} and data=<data>");
        assertThat(Normaliser.elideData("data=abc\nnext line")).isEqualTo("data=<data>\nnext line");
    }

    @Test
    void canonicalTextIsPythonsSortedJsonDumps() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("b", List.of(1, 2.5, true, "é\n\"q\""));
        v.put("a", null);
        v.put("B", Map.of());
        assertThat(PyJson.canon(v)).isEqualTo("{\"B\": {}, \"a\": null, \"b\": [1, 2.5, true, \"é\\n\\\"q\\\"\"]}");
        assertThat(PyJson.canonUnsorted(Map.of("k", "é"))).isEqualTo("{\"k\": \"\\u00e9\"}");
    }

    @Test
    void comparisonFollowsTheReferenceRules() {
        assertThat(ViewDiff.between(Map.of("n", 1), Map.of("n", 1.0))).isEmpty();
        assertThat(ViewDiff.between(Map.of("n", true), Map.of("n", 1))).containsExactly("n: expected true, got 1");
        assertThat(ViewDiff.between(List.of(1, 2), List.of(2, 1))).hasSize(2);
        assertThat(ViewDiff.between(Map.of("a", 1), Map.of("b", 1)))
                .containsExactly("a: missing (expected 1)", "b: unexpected 1");
        List<Integer> longer = List.of(1, 2, 3);
        assertThat(ViewDiff.between(List.of(1, 2), longer)).containsExactly("<root>: expected [1, 2], got [1, 2, 3]");
    }

    @Test
    void ignorePathsDropGlobMatchedKeysThroughLists() {
        Map<String, Object> exec = new LinkedHashMap<>(Map.of("result", new LinkedHashMap<>(Map.of("headers", "h", "status", 200))));
        Map<String, Object> view = new LinkedHashMap<>(Map.of("tasks", new LinkedHashMap<>(Map.of("t1", new ArrayList<>(List.of(exec))))));
        IgnorePaths.apply(view, List.of("tasks.*.result.head?rs"));
        assertThat(PyJson.canon(view)).isEqualTo("{\"tasks\": {\"t1\": [{\"result\": {\"status\": 200}}]}}");
    }

    @Test
    void definedNamesAreFoundAndRewrittenAsWholeWords() {
        Map<String, Object> aCase = new LinkedHashMap<>();
        aCase.put("definition", "---\nversion: '2.0'\n\nwf_a:\n  tasks:\n    t: {workflow: wf_b}\nwf_b:\n  tasks: {}\n");
        aCase.put("workbook", "version: '2.0'\nname: wb_x\nworkflows: {}\n");
        aCase.put("environments", List.of(Map.of("name", "env_1")));
        assertThat(Renamer.definedNames(aCase)).containsExactlyInAnyOrder("wf_a", "wf_b", "wb_x", "env_1");
        Renamer r = new Renamer("p1_", Renamer.definedNames(aCase), "http://f");
        assertThat(r.text("wb_x.wf_a calls wf_b, not wf_bb or my.wf_a; {{FIXTURE_URL}}/x"))
                .isEqualTo("p1_wb_x.wf_a calls p1_wf_b, not wf_bb or my.wf_a; http://f/x");
    }

    /**
     * The recordings list each task's executions (and action lists) sorted by Python's canonical
     * text; if this runner's order differed, equal multisets would compare as different.
     */
    @Test
    void recordedMultisetsAreInThisRunnersCanonicalOrder() throws Exception {
        URL dir = getClass().getResource("/conformance/workflows");
        int lists = 0;
        try (var files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.toList()) {
                Map<String, Object> expect = Py.map(Py.map(PyJson.parse(Files.readString(f))).get("expect"));
                List<Map<String, Object>> views = new ArrayList<>(List.of(expect));
                Py.map(expect.get("snapshots")).values().forEach(s -> views.add(Py.map(s)));
                for (Map<String, Object> view : views) {
                    for (Object execs : Py.map(view.get("tasks")).values()) {
                        lists += assertSorted(f, (List<?>) execs);
                        for (Object te : (List<?>) execs) {
                            for (String k : List.of("actions", "action_inputs", "subworkflows")) {
                                if (Py.map(te).get(k) instanceof List<?> l) lists += assertSorted(f, l);
                            }
                        }
                    }
                }
            }
        }
        assertThat(lists).isGreaterThan(200);
    }

    private static int assertSorted(Path f, List<?> list) {
        List<Object> sorted = new ArrayList<>(list);
        sorted.sort(PyJson.CANON_ORDER);
        assertThat(sorted).as("order in %s", f.getFileName()).isEqualTo(list);
        return 1;
    }
}
