package io.bora.lang;

import java.util.List;
import java.util.Map;

/**
 * A loaded YAML value in the plain model together with where it was written, so that every
 * validation error can name a line and column. Mapping children are keyed like the plain map.
 */
final class YamlNode {
    final Object value;
    /** 1-based; 0 when unknown. */
    final int line;
    final int column;
    final int endLine;
    final boolean block;
    final Map<String, YamlNode> fields;
    final Map<String, YamlNode> keys;
    final List<YamlNode> items;

    YamlNode(Object value, int line, int column, int endLine, boolean block,
            Map<String, YamlNode> fields, Map<String, YamlNode> keys, List<YamlNode> items) {
        this.value = value;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.block = block;
        this.fields = fields;
        this.keys = keys;
        this.items = items;
    }

    static YamlNode synthetic(Object value) {
        return new YamlNode(value, 0, 0, 0, false, null, null, null);
    }

    YamlNode field(String name) {
        return fields == null ? null : fields.get(name);
    }

    YamlNode key(String name) {
        return keys == null ? null : keys.get(name);
    }

    YamlNode item(int index) {
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    /** The deepest node along a path of keys (String) and indexes (Integer); this node if none matches. */
    YamlNode find(List<Object> path) {
        YamlNode current = this;
        for (Object step : path) {
            YamlNode next = step instanceof Integer i ? current.item(i) : current.field(String.valueOf(step));
            if (next == null || next.line == 0) {
                break;
            }
            current = next;
        }
        return current;
    }
}
