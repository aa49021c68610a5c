package io.bora.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Loads one YAML document into {@link YamlNode}s: the plain value model plus line/column of every
 * node. Mirrors PyYAML's safe_load where Mistral users can tell: YAML 1.1 scalars, duplicate keys
 * (last wins), merge keys, and an empty document meaning {@code {}}.
 */
final class YamlLoader {
    static final String PARSE_ERROR = "Definition could not be parsed: ";

    private YamlLoader() {
    }

    static YamlNode load(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new Yaml11Schema())
                .setAllowDuplicateKeys(true)
                .setUseMarks(true)
                .setLabel("definition")
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text == null ? "" : text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            // Like PyYAML's str(MarkedYAMLError): the context line first, else the problem.
            String first = e.getContext() != null && !e.getContext().isBlank() ? e.getContext() : e.getProblem();
            throw new DslException(PARSE_ERROR + firstLine(first != null ? first : e.getMessage()),
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "");
        } catch (YamlEngineException e) {
            throw new DslException(PARSE_ERROR + firstLine(e.getMessage()));
        }
        if (root.isEmpty()) {
            return new YamlNode(new LinkedHashMap<String, Object>(), 1, 1, 1, true, Map.of(), Map.of(), null);
        }
        YamlNode node = new Converter().convert(root.get());
        if (node.value == null) {
            // PyYAML: "safe_load(text) or {}" turns an empty/null document into an empty mapping.
            return new YamlNode(new LinkedHashMap<String, Object>(), node.line, node.column, node.endLine, true,
                    Map.of(), Map.of(), null);
        }
        return node;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Node graph to plain values; aliases share their converted value like Python objects do. */
    private static final class Converter {
        private final Map<Node, YamlNode> seen = new IdentityHashMap<>();

        YamlNode convert(Node node) {
            YamlNode done = seen.get(node);
            if (done != null) {
                return done;
            }
            int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
            int endLine = node.getEndMark().map(m -> m.getLine() + 1).orElse(0);
            YamlNode result;
            if (node instanceof ScalarNode scalar) {
                result = new YamlNode(scalarValue(scalar), line, column, endLine, false, null, null, null);
            } else if (node instanceof SequenceNode sequence) {
                List<Object> values = new ArrayList<>();
                List<YamlNode> items = new ArrayList<>();
                result = new YamlNode(values, line, column, endLine,
                        sequence.getFlowStyle() == FlowStyle.BLOCK, null, null, items);
                seen.put(node, result);
                for (Node child : sequence.getValue()) {
                    YamlNode item = convert(child);
                    items.add(item);
                    values.add(item.value);
                }
            } else {
                MappingNode mapping = (MappingNode) node;
                Map<String, Object> values = new LinkedHashMap<>();
                Map<String, YamlNode> fields = new LinkedHashMap<>();
                Map<String, YamlNode> keys = new LinkedHashMap<>();
                result = new YamlNode(values, line, column, endLine,
                        mapping.getFlowStyle() == FlowStyle.BLOCK, fields, keys, null);
                seen.put(node, result);
                List<NodeTuple> merged = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                        merged.add(tuple);
                        continue;
                    }
                    YamlNode key = convert(tuple.getKeyNode());
                    YamlNode value = convert(tuple.getValueNode());
                    String name = keyString(key.value);
                    values.put(name, value.value);
                    fields.put(name, value);
                    keys.put(name, key);
                }
                for (NodeTuple tuple : merged) {
                    mergeInto(convert(tuple.getValueNode()), values, fields, keys);
                }
            }
            seen.put(node, result);
            return result;
        }

        /** "<<: *base" (or a list of them): keys not set explicitly are taken from the merged mappings. */
        private void mergeInto(YamlNode source, Map<String, Object> values, Map<String, YamlNode> fields,
                Map<String, YamlNode> keys) {
            if (source.items != null) {
                for (YamlNode each : source.items) {
                    mergeInto(each, values, fields, keys);
                }
                return;
            }
            if (source.fields == null) {
                return;
            }
            source.fields.forEach((name, child) -> {
                if (!values.containsKey(name)) {
                    values.put(name, child.value);
                    fields.put(name, child);
                    keys.put(name, source.keys.get(name));
                }
            });
        }

        private static String keyString(Object key) {
            if (key instanceof Boolean b) {
                return b ? "True" : "False";
            }
            return key == null ? "None" : String.valueOf(key);
        }

        private static Object scalarValue(ScalarNode scalar) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                String lower = text.toLowerCase();
                return lower.equals("yes") || lower.equals("true") || lower.equals("on");
            }
            if (tag.equals(Tag.INT)) {
                try {
                    return integer(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            if (tag.equals(Tag.FLOAT)) {
                try {
                    return floating(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        }

        private static Object integer(String text) {
            String t = text.replace("_", "");
            int sign = 1;
            if (t.startsWith("-") || t.startsWith("+")) {
                sign = t.startsWith("-") ? -1 : 1;
                t = t.substring(1);
            }
            BigInteger value;
            if (t.startsWith("0b")) {
                value = new BigInteger(t.substring(2), 2);
            } else if (t.startsWith("0x")) {
                value = new BigInteger(t.substring(2), 16);
            } else if (t.contains(":")) {
                value = BigInteger.ZERO;
                for (String part : t.split(":")) {
                    value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else if (t.length() > 1 && t.startsWith("0")) {
                value = new BigInteger(t.substring(1), 8);
            } else {
                value = new BigInteger(t);
            }
            if (sign < 0) {
                value = value.negate();
            }
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }

        private static Object floating(String text) {
            String t = text.replace("_", "").toLowerCase();
            if (t.endsWith(".inf")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (t.endsWith(".nan")) {
                return Double.NaN;
            }
            if (t.contains(":")) {
                double sign = t.startsWith("-") ? -1 : 1;
                if (t.startsWith("-") || t.startsWith("+")) {
                    t = t.substring(1);
                }
                double value = 0;
                for (String part : t.split(":")) {
                    value = value * 60 + Double.parseDouble(part);
                }
                return sign * value;
            }
            return Double.parseDouble(t);
        }
    }
}
