package io.bora.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The stored definition text of one workflow or action taken out of a larger document: the
 * original lines when the section is written in block style (comments and formatting kept),
 * otherwise a block-style re-serialization. Either way a complete document with
 * {@code version: '2.0'} that the parser accepts again.
 */
final class DefinitionText {
    /** As Mistral writes it in front of each re-serialized workflow of a multi-workflow upload. */
    static final String VERSION_HEADER = "version: '2.0'\n";

    private DefinitionText() {
    }

    /** {@code version: '2.0'} plus {@code name: body} re-serialized in block style. */
    static String dump(String name, Object body) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(name, body);
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new Yaml11Schema())
                .setIndent(2)
                .build();
        return VERSION_HEADER + new Dump(settings).dumpToString(doc);
    }

    /**
     * The section {@code name:} of {@code parent} (a block mapping) cut out of the text and dedented,
     * or a re-serialization when the text cannot be cut cleanly.
     */
    static String section(String text, YamlNode parent, String name, Object body) {
        YamlNode key = parent.key(name);
        if (!parent.block || key == null || key.line == 0) {
            return dump(name, body);
        }
        String[] lines = text.split("\n", -1);
        int start = key.line - 1;
        int indent = key.column - 1;
        if (start >= lines.length || lines[start].length() < indent
                || !lines[start].substring(0, indent).isBlank()) {
            return dump(name, body);
        }
        StringBuilder out = new StringBuilder(lines[start].substring(indent)).append('\n');
        for (int i = start + 1; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                out.append(line).append('\n');
                continue;
            }
            int lineIndent = line.length() - line.stripLeading().length();
            if (stripped.startsWith("#")) {
                out.append(lineIndent < indent ? line : line.substring(indent)).append('\n');
            } else if (lineIndent > indent) {
                out.append(line.substring(indent)).append('\n');
            } else {
                break;
            }
        }
        return VERSION_HEADER + out.toString().stripTrailing() + "\n";
    }
}
