package io.bora.expr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the expression conformance corpus in strict mode. Each case is one parameterised test; a
 * case that does not conform is reported as aborted (skipped) with its reason, and the pass ratio
 * per language is asserted at the end against a floor raised as the implementation improves.
 * Run another corpus of the same format with {@code -Dbora.corpus=/path/to/file.jsonl}.
 */
class ExpressionCorpusTest {
    /** Floors of the strict pass ratio: what is true now; raise them, never lower them. */
    private static final double YAQL_FLOOR = 1.0;
    private static final double JINJA_FLOOR = 0.95;

    private static final Expressions EXPRESSIONS = new Expressions();
    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> TOTAL = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PASSED = new ConcurrentHashMap<>();
    private static final Map<String, Integer> WRONG_CATEGORY = new ConcurrentHashMap<>();

    static List<CorpusCase> cases() throws IOException {
        return CorpusCase.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conforms(CorpusCase c) {
        TOTAL.merge(c.lang(), 1, Integer::sum);
        String failure = check(c);
        if (failure == null) {
            PASSED.merge(c.lang(), 1, Integer::sum);
            return;
        }
        if (failure.startsWith("error category")) {
            WRONG_CATEGORY.merge(c.lang(), 1, Integer::sum);
        }
        FAILURES.put(c.id(), failure);
        Assumptions.abort(failure);
    }

    /** Null when the case conforms, else why not. */
    static String check(CorpusCase c) {
        WorkflowFunctions fns = c.fixtures() == null ? WorkflowFunctions.NONE : new FixtureFunctions(c.fixtures());
        Object actual;
        try {
            actual = EXPRESSIONS.evaluate(c.expr(), c.context(), fns);
        } catch (ExpressionException e) {
            if (!c.expectError()) {
                return "unexpected error " + e.category() + ": " + e.getMessage();
            }
            String mine = e.category().name().toLowerCase(Locale.ROOT);
            if (!mine.equals(c.errorCategory())) {
                return "error category " + mine + " instead of " + c.errorCategory() + ": " + e.getMessage();
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "crash " + e;
        }
        if (c.expectError()) {
            return "expected error " + c.errorCategory() + " but got " + actual;
        }
        if (!StrictComparison.equal(c.result(), actual, c.unordered())) {
            return "expected " + c.result() + " but got " + actual;
        }
        return null;
    }

    @AfterAll
    static void report() {
        System.out.println("=== expression corpus, strict mode ===");
        int allTotal = 0;
        int allPassed = 0;
        for (String lang : new TreeMap<>(TOTAL).keySet()) {
            int total = TOTAL.get(lang);
            int passed = PASSED.getOrDefault(lang, 0);
            allTotal += total;
            allPassed += passed;
            System.out.printf("%s: %d/%d passed (%.1f%%), %d failed only on the error category%n", lang, passed, total,
                    100.0 * passed / total, WRONG_CATEGORY.getOrDefault(lang, 0));
        }
        System.out.printf("overall: %d/%d passed (%.1f%%)%n", allPassed, allTotal, 100.0 * allPassed / Math.max(1, allTotal));
        new TreeMap<>(FAILURES).forEach((id, why) -> System.out.println("FAIL " + id + ": " + why));
        assertThat(ratio("yaql")).as("YAQL strict pass ratio").isGreaterThanOrEqualTo(YAQL_FLOOR);
        assertThat(ratio("jinja")).as("Jinja strict pass ratio").isGreaterThanOrEqualTo(JINJA_FLOOR);
    }

    private static double ratio(String lang) {
        int total = TOTAL.getOrDefault(lang, 0);
        return total == 0 ? 1.0 : (double) PASSED.getOrDefault(lang, 0) / total;
    }
}
