package io.bora.it.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code known-failures.txt}: cases the engine does not pass yet, one per line as
 * {@code <case name> <reason>}; blank lines and {@code #} comments are ignored. The list may only
 * shrink: a listed case that passes fails the build until its line is removed.
 */
final class KnownFailures {
    static final String RESOURCE = "/conformance/known-failures.txt";

    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static KnownFailures load() throws IOException {
        try (InputStream in = KnownFailures.class.getResourceAsStream(RESOURCE)) {
            return parse(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static KnownFailures parse(String text) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            reasons.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return new KnownFailures(reasons);
    }

    java.util.Set<String> names() {
        return reasons.keySet();
    }

    /** What the build makes of a verdict. */
    enum Effect { PASS, FAIL, ABORT }

    record Decision(Effect effect, String message) {
    }

    /**
     * A listed failure aborts (reported as skipped, with its differences); a listed case that
     * passes fails, so the list only shrinks; any other failure fails. The case is looked up by
     * its {@code name} and by its file's base name.
     */
    Decision decide(Verdict v, String baseName) {
        String reason = reasons.containsKey(v.name()) ? reasons.get(v.name()) : reasons.get(baseName);
        boolean listed = reasons.containsKey(v.name()) || reasons.containsKey(baseName);
        return switch (v.outcome()) {
            case SKIP -> new Decision(Effect.ABORT, v.detail());
            case PASS -> listed
                    ? new Decision(Effect.FAIL, v.name() + " passes now: remove it from known-failures.txt")
                    : new Decision(Effect.PASS, "");
            case FAIL -> listed
                    ? new Decision(Effect.ABORT, "known failure (" + reason + "): " + v.detail())
                    : new Decision(Effect.FAIL, v.name() + ": " + v.detail());
        };
    }
}
