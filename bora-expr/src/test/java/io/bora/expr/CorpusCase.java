package io.bora.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** One line of the expression conformance corpus, with JSON numbers kept as int vs float. */
record CorpusCase(String id, String lang, String category, String expr, Map<String, Object> context,
                  Map<String, Object> fixtures, boolean expectError, Object result, String errorCategory,
                  boolean unordered) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return id + " " + expr;
    }

    /** The corpus named by system property {@code bora.corpus}, else the copy in test resources. */
    static List<CorpusCase> load() throws IOException {
        String override = System.getProperty("bora.corpus");
        if (override != null && !override.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(override))) {
                return read(override.endsWith(".gz") ? new GZIPInputStream(in) : in);
            }
        }
        return loadResource("/expressions/public.jsonl");
    }

    /** A corpus in test resources; {@code .gz} files are decompressed. */
    static List<CorpusCase> loadResource(String name) throws IOException {
        try (InputStream in = CorpusCase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("corpus resource " + name + " not found");
            }
            return read(name.endsWith(".gz") ? new GZIPInputStream(in) : in);
        }
    }

    private static List<CorpusCase> read(InputStream in) throws IOException {
        {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CorpusCase> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(parse(JSON.readTree(line)));
                }
            }
            return out;
        }
    }

    @SuppressWarnings("unchecked")
    private static CorpusCase parse(JsonNode n) {
        boolean isError = n.has("error");
        return new CorpusCase(n.get("id").asText(), n.get("lang").asText(), n.get("category").asText(),
                n.get("expr").asText(), (Map<String, Object>) toValue(n.get("context")),
                n.has("fixtures") ? (Map<String, Object>) toValue(n.get("fixtures")) : null,
                isError, isError ? null : toValue(n.get("result")),
                n.has("error_category") ? n.get("error_category").asText() : null,
                n.has("unordered") && n.get("unordered").asBoolean());
    }

    static Object toValue(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(toValue(x)));
            return l;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), toValue(e.getValue()));
        }
        return m;
    }
}
