package io.bora.store.jdbc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of several statements sent as one ({@code "a;\nb"}), built once per sequence of
 * statements. The parts are the tables' constant SQL strings, so the key hashes cheaply; handing
 * the driver the same String instance each time also lets its per-connection statement cache find
 * it without comparing kilobytes of SQL.
 */
final class CombinedStatements {
    /** Steps produce a few dozen sequences; the bound only guards against unusual ones piling up. */
    private static final int MAX_ENTRIES = 1024;
    private static final Map<List<String>, String> TEXTS = new ConcurrentHashMap<>();

    private CombinedStatements() {
    }

    static String text(List<String> parts) {
        String text = TEXTS.get(parts);
        if (text != null) return text;
        text = String.join(";\n", parts);
        if (TEXTS.size() >= MAX_ENTRIES) TEXTS.clear();
        TEXTS.put(List.copyOf(parts), text);
        return text;
    }
}
