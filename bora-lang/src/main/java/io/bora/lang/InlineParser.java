package io.bora.lang;

import io.bora.expr.ExpressionException;
import io.bora.expr.value.JsonReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mistral's regex reading of {@code "name key=value ..."} (spec §3.2). Deliberately not YAML:
 * bare words, negative numbers and maps are dropped, {@code 2.5} becomes 2, and text after an
 * expression is lost, exactly as users of Mistral have come to rely on.
 */
final class InlineParser {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern COMMAND = Pattern.compile(
            "^([\\w.]+[^=(\\s\"]*|<%.*?%>|\\{\\{.*}}|\\{%.*%})", FLAGS);
    private static final Pattern PARAM = Pattern.compile(
            "([-_\\w]+)=(\"[^\"]*\"\\s*|'[^']*'\\s*|<%.*?%>|\\{\\{(?:.*?)}}|\\{%(?:.*?)%}|\\[.*]\\s*"
                    + "|true|false|null|\\d+)", FLAGS);

    private InlineParser() {
    }

    static InlineCall parse(String text) {
        if (text.indexOf(' ') < 0) {
            return new InlineCall(text, Map.of());
        }
        Matcher command = COMMAND.matcher(text);
        if (!command.find()) {
            throw new DslException("Invalid action/workflow task property: " + text);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Matcher param = PARAM.matcher(text);
        while (param.find()) {
            params.put(param.group(1), value(param.group(2).strip()));
        }
        return new InlineCall(command.group(1), params);
    }

    private static Object value(String raw) {
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            return raw.substring(1, raw.length() - 1);
        }
        try {
            return JsonReader.parse(raw);
        } catch (ExpressionException e) {
            return raw;
        }
    }
}
