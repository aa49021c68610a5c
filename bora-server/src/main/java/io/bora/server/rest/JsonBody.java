package io.bora.server.rest;

import io.bora.py.PyRepr;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON object of a request to a JSON endpoint, checked the way Mistral's WSME layer checks it:
 * media type (415), syntax (400), attribute names (400) and JSON-typed fields, which accept an
 * object or a string holding one.
 */
public final class JsonBody {
    private final Map<String, Object> fields;
    private final String argument;

    private JsonBody(Map<String, Object> fields, String argument) {
        this.fields = fields;
        this.argument = argument;
    }

    /**
     * @param argument the name Mistral's messages give the body ({@code wf_ex}, {@code env}, ...)
     * @param allowed  attribute names the resource accepts
     */
    public static JsonBody read(Context ctx, String argument, Set<String> allowed) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";")[0].trim().toLowerCase();
        if (!media.isEmpty() && !media.contains("json")) {
            throw new HttpError(415, "Unknown mimetype: " + media);
        }
        String text = ctx.body();
        Object parsed;
        try {
            parsed = text.isBlank() ? new LinkedHashMap<>() : Json.parse(text);
        } catch (IOException e) {
            throw HttpError.badRequest("Request is not in valid JSON format");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw HttpError.badRequest("Invalid input for field/attribute " + argument + ". Value: '" + text
                    + "'. Expected an object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!allowed.contains(key)) {
                unknown.add(key);
            }
            fields.put(key, e.getValue());
        }
        if (!unknown.isEmpty()) {
            throw HttpError.badRequest("Unknown attribute for argument " + argument + ": " + String.join(", ", unknown));
        }
        return new JsonBody(fields, argument);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Present and not null. */
    public boolean given(String key) {
        return fields.get(key) != null;
    }

    public Object raw(String key) {
        return fields.get(key);
    }

    /** A text attribute; numbers and booleans are turned into text as WSME does. */
    public String text(String key) {
        Object v = fields.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw HttpError.badRequest("Invalid input for field/attribute " + key + ". Value: '"
                    + PyRepr.repr(v) + "'. Wrong type. Expected '<class 'str'>', got '" + pyType(v) + "'");
        }
        return String.valueOf(v);
    }

    public Boolean bool(String key) {
        Object v = fields.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v).toLowerCase();
        return switch (s) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default -> throw HttpError.badRequest("Invalid input for field/attribute " + key + ". Value: '" + v
                    + "'. Wrong type. Expected '<class 'bool'>', got '" + pyType(v) + "'");
        };
    }

    /**
     * A JSON-typed attribute: an object, or a string holding one; null when absent.
     *
     * @param prefixed true to report errors as Mistral does for this body
     *                 ({@code Invalid input for field/attribute <argument>. Value: ...}), false for the
     *                 bare {@code JsonType field value must be a dictionary} message
     */
    public Map<String, Object> object(String key, boolean prefixed) {
        Object v = fields.get(key);
        if (v == null) {
            return null;
        }
        return JsonObjects.decode(v, prefixed ? argument : null);
    }

    private static String pyType(Object v) {
        return switch (v) {
            case Map<?, ?> m -> "<class 'dict'>";
            case List<?> l -> "<class 'list'>";
            case Boolean b -> "<class 'bool'>";
            case Long l -> "<class 'int'>";
            case Double d -> "<class 'float'>";
            default -> "<class 'str'>";
        };
    }
}
