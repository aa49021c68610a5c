package io.bora.expr.jinja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of the expression conformance corpus. */
record CorpusCase(String id, String lang, String expr, Map<String, Object> context, Map<String, Object> fixtures,
                  boolean expectsError, Object result, String errorCategory, boolean unordered) {

    private static final Path RESOURCE = Path.of("src/test/resources/expressions/public.jsonl");
    private static final Path SHARED = Path.of("/work/shared/conformance/expressions/public.jsonl");

    /** The corpus file: system property {@code bora.corpus}, else the test resource copy, else the shared one. */
    static Path location() {
        String override = System.getProperty("bora.corpus");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Files.exists(RESOURCE) ? RESOURCE : SHARED;
    }

    @SuppressWarnings("unchecked")
    static List<CorpusCase> load(Path file) {
        List<CorpusCase> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) JsonText.parse(line);
                out.add(new CorpusCase((String) m.get("id"), (String) m.get("lang"), (String) m.get("expr"),
                        (Map<String, Object>) m.get("context"), (Map<String, Object>) m.get("fixtures"),
                        m.containsKey("error"), m.get("result"), (String) m.get("error_category"),
                        Boolean.TRUE.equals(m.get("unordered"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
