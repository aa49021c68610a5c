package io.bora.it.conformance;

/**
 * The outcome of one case: PASS, FAIL (with the differences or the reason) or SKIP (a case
 * without a recorded expectation, or marked {@code skip}).
 */
record Verdict(Outcome outcome, String name, String detail, double seconds) {
    enum Outcome { PASS, FAIL, SKIP }

    /** The reference runner's line: {@code PASS name (0.8s)} / {@code FAIL name <differences>}. */
    String line() {
        return switch (outcome) {
            case PASS -> "PASS " + name + " (" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + "s)";
            case FAIL, SKIP -> outcome + " " + name + " " + detail;
        };
    }
}
