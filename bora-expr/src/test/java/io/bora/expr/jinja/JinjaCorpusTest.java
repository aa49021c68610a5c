package io.bora.expr.jinja;

import io.bora.expr.ExpressionException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Jinja cases of the Mistral expression corpus (and the YAQL-labelled cases that Mistral
 * dispatches to Jinja) through {@link JinjaEvaluator} in the README's strict mode.
 */
class JinjaCorpusTest {
    /**
     * Strict pass ratio required: all of the public corpus (reached), the 99% for another corpus
     * given with {@code -Dbora.corpus=...}; {@code -Dbora.corpus.minRatio=...} overrides both.
     */
    private static final double REQUIRED_RATIO = Double.parseDouble(System.getProperty("bora.corpus.minRatio",
            System.getProperty("bora.corpus") == null ? "1.0" : "0.99"));

    @Test
    void jinjaCorpusPassesInStrictMode() {
        Path file = CorpusCase.location();
        List<CorpusCase> cases = CorpusCase.load(file).stream()
                .filter(c -> c.lang().equals("jinja") || MistralJinjaGlue.isJinja(c.expr()))
                .toList();
        JinjaEvaluator jinja = new JinjaEvaluator();
        List<String> failures = new ArrayList<>();
        int passedJinja = 0;
        int totalJinja = 0;
        for (CorpusCase c : cases) {
            String failure = run(jinja, c);
            boolean jinjaLang = c.lang().equals("jinja");
            if (jinjaLang) {
                totalJinja++;
            }
            if (failure == null) {
                if (jinjaLang) {
                    passedJinja++;
                }
            } else {
                failures.add(c.id() + " " + c.expr().replace("\n", "\\n") + " -> " + failure.replace("\n", "\\n"));
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        double ratio = totalJinja == 0 ? 1 : (double) passedJinja / totalJinja;
        System.out.printf(Locale.ROOT, "Jinja corpus %s: %d/%d jinja cases pass strictly (%.2f%%); %d failures in %d"
                + " Jinja-dispatched cases%n", file, passedJinja, totalJinja, ratio * 100, failures.size(), cases.size());
        assertThat(ratio).isGreaterThanOrEqualTo(REQUIRED_RATIO);
    }

    private static String run(JinjaEvaluator jinja, CorpusCase c) {
        Object actual;
        try {
            actual = MistralJinjaGlue.evaluate(jinja, c.expr(), c.context(), new FixtureFunctions(c.fixtures()));
        } catch (ExpressionException e) {
            if (!c.expectsError()) {
                return "unexpected error " + e.category() + ": " + e.getMessage();
            }
            String category = e.category().name().toLowerCase(Locale.ROOT);
            return category.equals(c.errorCategory()) ? null
                    : "error category " + category + " (" + e.getMessage() + "), expected " + c.errorCategory();
        } catch (RuntimeException e) {
            return "crash " + e;
        }
        if (c.expectsError()) {
            return "expected error " + c.errorCategory() + " but got " + actual;
        }
        return StrictComparison.difference(c.result(), actual, c.unordered());
    }
}
