package io.bora.expr.jinja;

import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * About 3,100 cases recorded from the real Jinja2 configured as Mistral does (see
 * {@code differential/generate.py}): literals, operators, filters, tests, methods, blocks and every
 * combination of whitespace-control markers. Fails on any case outside the known deviations below.
 */
class JinjaDifferentialTest {
    private static final Path DIR = Path.of("src/test/java/io/bora/expr/jinja/differential");

    /** Cases Bora deliberately or knowingly answers differently, with the reason. */
    private static final Map<String, String> KNOWN_DEVIATIONS = Map.ofEntries(
            Map.entry("{{ (-8) ** (1/3) }}", "Python returns a complex number; Bora raises a value error"),
            Map.entry("{{ 'abc'.encode() }}", "bytes are not part of the value model"),
            Map.entry("{{ self }}", "no template reference object"),
            Map.entry("{{ self | string }}", "no template reference object"),
            Map.entry("{{ {'a b': 1} | xmlattr }}", "Jinja2 3.1.2 (Mistral's) does not validate keys; the recorder ran 3.1.6"),
            Map.entry("{{ yaml_parse('a: 2001-12-14') | string }}", "YAML timestamps stay strings (Mistral cannot persist dates)"),
            Map.entry("{{ yaml_parse('? a\\n: 1') }}", "complex YAML keys"),
            Map.entry("{{ yaml_dump({'': 1}) }}", "complex YAML key form for an empty key"),
            Map.entry("{{ yaml_dump({(1, 2): 'a'}) }}", "tuple keys in YAML"));

    @Test
    @SuppressWarnings("unchecked")
    void matchesRecordedJinja2Behaviour() throws IOException {
        Map<String, Object> contexts = (Map<String, Object>) JsonText.parse(
                Files.readString(DIR.resolve("contexts.json"), StandardCharsets.UTF_8));
        JinjaEvaluator jinja = new JinjaEvaluator();
        List<String> unexpected = new ArrayList<>();
        int total = 0;
        int passed = 0;
        for (String line : Files.readAllLines(DIR.resolve("cases.jsonl"), StandardCharsets.UTF_8)) {
            Map<String, Object> c = (Map<String, Object>) JsonText.parse(line);
            String expr = (String) c.get("expr");
            Map<String, Object> ctx = (Map<String, Object>) JsonText.parse(
                    JsonText.dump(contexts.get((String) c.get("ctx")), false, -1, false));
            total++;
            String failure = run(jinja, expr, ctx, c);
            if (failure == null) {
                passed++;
            } else if (!KNOWN_DEVIATIONS.containsKey(expr)) {
                unexpected.add(expr.replace("\n", "\\n") + " -> " + failure.replace("\n", "\\n"));
            }
        }
        unexpected.forEach(f -> System.out.println("DIFF " + f));
        System.out.printf(Locale.ROOT, "Jinja differential: %d/%d match%n", passed, total);
        assertThat(unexpected).isEmpty();
        assertThat(total - passed).isLessThanOrEqualTo(KNOWN_DEVIATIONS.size());
    }

    private static String run(JinjaEvaluator jinja, String expr, Map<String, Object> ctx, Map<String, Object> c) {
        Object actual;
        try {
            actual = MistralJinjaGlue.evaluate(jinja, expr, ctx, WorkflowFunctions.NONE);
        } catch (ExpressionException e) {
            String category = e.category().name().toLowerCase(Locale.ROOT);
            if (!c.containsKey("error_category")) {
                return "unexpected error " + category + ": " + e.getMessage();
            }
            return category.equals(c.get("error_category")) ? null
                    : "error " + category + " (" + e.getMessage() + "), expected " + c.get("error_category");
        }
        if (c.containsKey("error_category")) {
            return "expected error " + c.get("error_category") + " but got " + actual;
        }
        return StrictComparison.difference(c.get("result"), actual, false);
    }

    @Test
    void knownDeviationsAreStillRecorded() throws IOException {
        Set<String> recorded = new java.util.HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.jsonl"), StandardCharsets.UTF_8)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) JsonText.parse(line);
            recorded.add((String) c.get("expr"));
        }
        assertThat(recorded).containsAll(KNOWN_DEVIATIONS.keySet());
    }
}
