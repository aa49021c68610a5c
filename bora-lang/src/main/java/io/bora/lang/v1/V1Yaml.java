package io.bora.lang.v1;

import io.bora.lang.DslException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML in and out for v1 documents. The core schema reads the seed's {@code optional: False} as a
 * boolean; the v2 text is written in block style so the v2 parser reads it like any upload.
 */
final class V1Yaml {
    private V1Yaml() {
    }

    static Object load(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false).build();
        try {
            return new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().orElse(null);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new DslException("Definition could not be parsed: " + problem,
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "");
        } catch (YamlEngineException e) {
            throw new DslException("Definition could not be parsed: " + firstLine(e.getMessage()));
        }
    }

    static String dump(Map<String, Object> document) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(4096)
                .setSchema(new CoreSchema()).build();
        return new Dump(settings).dumpToString(document);
    }

    /** A deep copy, so the dumped text has no anchors and aliases (each workflow is stored on its own). */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(item -> out.add(copy(item)));
            return out;
        }
        return value;
    }

    /** A mapping at {@code path}, an empty one when absent; keys must be strings. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String path) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw invalid(path, "must be a mapping");
        }
        for (Object key : m.keySet()) {
            if (!(key instanceof String)) {
                throw invalid(path, "has a key that is not a string: " + key);
            }
        }
        return new LinkedHashMap<>((Map<String, Object>) m);
    }

    /** A name or a list of names ({@code tasks: t} or {@code tasks: [a, b]}). */
    static List<String> names(Object value, String path) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof String s) {
            out.add(s);
            return out;
        }
        if (value instanceof List<?> l) {
            for (Object item : l) {
                if (!(item instanceof String s)) {
                    throw invalid(path, "must list names, found " + item);
                }
                out.add(s);
            }
            return out;
        }
        throw invalid(path, "must be a name or a list of names");
    }

    static DslException invalid(String path, String problem) {
        return new DslException("Invalid v1 workbook: '" + path + "' " + problem, 0, 0, path);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
