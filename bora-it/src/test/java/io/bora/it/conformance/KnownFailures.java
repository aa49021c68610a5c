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

    boolean contains(String caseName) {
        return reasons.containsKey(caseName);
    }

    String reason(String caseName) {
        return reasons.get(caseName);
    }
}
