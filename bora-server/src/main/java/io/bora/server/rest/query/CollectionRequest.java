package io.bora.server.rest.query;

import io.bora.engine.port.ListQuery.Op;
import io.bora.server.rest.HttpError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code GET /v2/<collection>} query, validated with Mistral's messages and order of checks:
 * unknown parameters, typed parameters (limit, uuids), then limit, sort and fields.
 *
 * @param fields null when all fields are wanted; else {@code id} first, then the requested ones
 * @param params the raw parameters, for the extras a handler reads ({@code include_output})
 */
public record CollectionRequest(
        List<Filter> filters,
        List<SortKey> sort,
        String marker,
        Integer limit,
        List<String> fields,
        Map<String, List<String>> params) {

    static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> OPS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "nin", "has");

    /**
     * @param markerIsUuid false for actions, whose marker is a name
     */
    public static CollectionRequest parse(Map<String, List<String>> params, ResourceSchema schema,
                                          boolean markerIsUuid) {
        for (String name : params.keySet()) {
            if (!schema.accepts(name)) {
                throw HttpError.badRequest("Unknown argument: \"" + name + "\"");
            }
        }
        Integer limit = null;
        String limitText = first(params, "limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.trim());
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("Invalid input for field/attribute limit. Value: '" + limitText
                        + "'. unable to convert to int. Error: invalid literal for int() with base 10: '"
                        + limitText + "'");
            }
        }
        String marker = first(params, "marker");
        if (marker != null && markerIsUuid) {
            requireUuid("marker", marker);
        }
        for (String p : schema.uuidParams()) {
            String v = first(params, p);
            if (v != null) {
                requireUuid(p, v);
            }
        }
        if (limit != null && limit <= 0) {
            throw HttpError.badRequest("Limit must be positive.");
        }
        List<SortKey> sort = sort(params, schema);
        List<String> fields = fields(params, schema);
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (schema.filters().contains(e.getKey()) && !e.getValue().isEmpty()) {
                filters.add(filter(e.getKey(), e.getValue().getLast()));
            }
        }
        return new CollectionRequest(List.copyOf(filters), sort, marker, limit, fields, params);
    }

    public String param(String name) {
        return first(params, name);
    }

    public boolean flag(String name) {
        String v = first(params, name);
        return v != null && switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            default -> false;
        };
    }

    /** A copy with one more filter (e.g. the execution id of a nested collection). */
    public CollectionRequest plus(Filter f) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(f);
        return new CollectionRequest(List.copyOf(more), sort, marker, limit, fields, params);
    }

    static Filter filter(String field, String raw) {
        int colon = raw.indexOf(':');
        Op op = Op.EQ;
        String value = raw;
        if (colon > 0 && OPS.contains(raw.substring(0, colon))) {
            op = Op.valueOf(raw.substring(0, colon).toUpperCase(Locale.ROOT));
            value = raw.substring(colon + 1);
        }
        if (op == Op.IN || op == Op.NIN) {
            return new Filter(field, op, listValue(value));
        }
        if (field.equals("tags") && op == Op.EQ) {
            return new Filter(field, op, listValue(value));
        }
        return new Filter(field, op, value);
    }

    /**
     * A comma list; also the Python list repr that Mistral writes into {@code next} links
     * ({@code ['a', 'b']}), so that following such a link works.
     */
    static List<String> listValue(String value) {
        String v = value.trim();
        if (v.startsWith("[") && v.endsWith("]")) {
            String inner = v.substring(1, v.length() - 1).trim();
            if (inner.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String part : inner.split(",")) {
                String p = part.trim();
                if (p.length() >= 2 && (p.startsWith("'") && p.endsWith("'") || p.startsWith("\"") && p.endsWith("\""))) {
                    p = p.substring(1, p.length() - 1);
                }
                items.add(p);
            }
            return items;
        }
        return Arrays.asList(value.split(",", -1));
    }

    private static List<SortKey> sort(Map<String, List<String>> params, ResourceSchema schema) {
        List<String> keys = new ArrayList<>();
        String keyText = first(params, "sort_keys");
        if (keyText != null && !keyText.isBlank()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String k : keyText.split(",")) {
                String key = k.trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    seen.add(key);
                }
            }
            keys.addAll(seen);
        } else {
            keys.add(schema.defaultSortKey());
        }
        List<String> dirs = new ArrayList<>();
        String dirText = first(params, "sort_dirs");
        if (dirText != null && !dirText.isBlank()) {
            for (String d : dirText.split(",")) {
                String dir = d.trim().toLowerCase(Locale.ROOT);
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw HttpError.badRequest("Unknown sort direction, must be 'desc' or 'asc'.");
                }
                dirs.add(dir);
            }
        }
        if (dirs.size() > keys.size()) {
            throw HttpError.badRequest("Length of sort_keys must be equal or greater than sort_dirs.");
        }
        for (String key : keys) {
            if (!schema.fields().contains(key)) {
                throw HttpError.badRequest("Sort key supplied is invalid: " + key);
            }
        }
        while (dirs.size() < keys.size()) {
            dirs.add("asc");
        }
        // id last makes the order total, which marker-based paging needs
        if (!keys.contains("id")) {
            keys.add("id");
            dirs.add("asc");
        }
        List<SortKey> sort = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            sort.add(new SortKey(keys.get(i), dirs.get(i).equals("asc")));
        }
        return List.copyOf(sort);
    }

    private static List<String> fields(Map<String, List<String>> params, ResourceSchema schema) {
        String text = first(params, "fields");
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add("id");
        List<String> unknown = new ArrayList<>();
        for (String f : text.split(",")) {
            String field = f.trim().toLowerCase(Locale.ROOT);
            if (field.isEmpty()) {
                continue;
            }
            if (!schema.fields().contains(field)) {
                unknown.add(field);
            }
            wanted.add(field);
        }
        if (!unknown.isEmpty()) {
            throw HttpError.badRequest("Some fields do not exist  [" + String.join(", ", unknown)
                    + "], please choose from [" + String.join(", ", schema.fields()) + "]");
        }
        return List.copyOf(wanted);
    }

    static void requireUuid(String param, String value) {
        if (!UUID_TEXT.matcher(value).matches()) {
            throw HttpError.badRequest("Invalid input for field/attribute " + param + ". Value: '" + value
                    + "'. unable to convert to uuid. Error: Expected a uuid but received " + value + ".");
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getLast();
    }
}
